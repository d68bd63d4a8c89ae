// A filing ends with its sign-off: the board and the date under an announcement (`特此公告。` + `中国联合
// 网络通信股份有限公司董事会` + `2022年10月28日`), or the company, its legal representative and the date
// under a quarterly report (`公司名称…法定代表人王晓初日期2020年4月22日`). On the collection's line it runs on
// from the last paragraph: set apart, each part a line of its own. So is a news article's credit.
import type { Block } from '../types.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';
import { bracketedCredit } from './segment.ts';

const { grammar, names, collection: words } = vocabulary;
const COMPANY = escapeRegExp(names.company.registered);
const DATE = `\\d{4}${escapeRegExp(grammar.dates.year)}\\d{1,2}${escapeRegExp(grammar.dates.month)}\\d{1,2}${escapeRegExp(grammar.dates.day)}`;
const { company, representative, date } = words.results.signOffLabels;
/** An announcement's closing formula right before its board's name (`特此公告。`). */
const CLOSING = new RegExp(`${escapeRegExp(words.announcements.closing)}。$`, 'u');
/** The board's sign-off under an announcement. */
const BOARD = new RegExp(`(${COMPANY}${escapeRegExp(words.announcements.signedBy)})(${DATE})$`, 'u');
/** A quarterly report's sign-off: three labels, each before its value. */
const REPORT = new RegExp(`(${escapeRegExp(company)})(${COMPANY})(${escapeRegExp(representative)})(\\p{Script=Han}{2,4})(${escapeRegExp(date)})(${DATE})$`, 'u');

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** A paragraph's text with the sign-off it ends with set apart (its labels in bold), or the paragraph as it is. */
export function signOffApart(paragraph: Paragraph): Paragraph[] {
  const line = (text: string, lead?: string): Paragraph => ({ type: 'paragraph', text, line: paragraph.line, ...(lead ? { lead } : {}) });
  const before = (at: number): Paragraph[] => (paragraph.text.slice(0, at).trim() ? [{ ...paragraph, text: paragraph.text.slice(0, at).trim() }] : []);
  const report = REPORT.exec(paragraph.text);
  if (report) return [...before(report.index), line(report[1]! + report[2]!, report[1]), line(report[3]! + report[4]!, report[3]), line(report[5]! + report[6]!, report[5])];
  const board = BOARD.exec(paragraph.text);
  if (!board) return [paragraph];
  // The closing formula before the board (`特此公告。`) is a line of its own too, not the last note's or sentence's end.
  const closing = CLOSING.exec(paragraph.text.slice(0, board.index));
  const end = closing ? closing.index : board.index;
  return [...before(end), ...(closing ? [line(closing[0])] : []), line(board[1]!), line(board[2]!)];
}

/** Blocks with the last paragraph's sign-off set apart. */
export function withSignOffApart(blocks: readonly Block[]): Block[] {
  const last = blocks.at(-1);
  return last?.type === 'paragraph' ? [...blocks.slice(0, -1), ...signOffApart(last)] : [...blocks];
}

/**
 * A news article's credit after its last sentence, in brackets (`…央企责任担当。（叶曜坤杨扬李玥郭佳李跇）`,
 * `（来源：通信产业网）`, `（作者：刘孜婧张佳乐）`): one of the bracketed credits that end an article
 * (segment.ts), or a writer's and an editor's without brackets (`撰稿：程唯珈编辑：张瀛丰`, `责任编辑：张三`);
 * or the paragraph's whole text. Printed on a line of its own.
 */
const AFTER_SENTENCE = '(?<=^|[。！？”])';
/** A writer and an editor credited together without brackets (`…不是么？”撰稿：程唯珈编辑：张瀛丰`), or an editor alone (`。责任编辑：张三`). */
const WRITER_EDITOR = `${AFTER_SENTENCE}${escapeRegExp(words.bylines.writer)}[：:]\\p{Script=Han}{2,4}${escapeRegExp(words.bylines.editor)}[：:]\\p{Script=Han}{2,3}`;
const BARE_EDITOR = `${AFTER_SENTENCE}(?:${alternation(words.bylines.bareCreditLabels)})[：:]\\p{Script=Han}{2,3}`;
const CREDIT = new RegExp(`(?:${bracketedCredit(AFTER_SENTENCE)}|${WRITER_EDITOR}|${BARE_EDITOR})$`, 'u');

/** Blocks with the credit the last paragraph ends with (or is) set apart, in a caption's type. */
export function withCreditApart(blocks: readonly Block[]): Block[] {
  const last = blocks.at(-1);
  const credit = last?.type === 'paragraph' && !last.caption ? CREDIT.exec(last.text) : null;
  if (!credit || !last || last.type !== 'paragraph') return [...blocks];
  const before = last.text.slice(0, credit.index);
  return [...blocks.slice(0, -1), ...(before ? [{ ...last, text: before }] : []), { type: 'paragraph', text: credit[0], line: last.line, caption: true }];
}
