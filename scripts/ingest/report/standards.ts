// Titles naming a reporting standard (`GRI可持續發展報告標準`, `社科院CASS4.0`): the parts of a report's
// index are titled so. The standards' names are in content/ingest/names.yml (`standards`).
import type { Line } from '../types.ts';
import { toScript } from '../convert-script.ts';
import { isBlankLine } from '../lines.ts';
import { alternation, vocabulary } from '../vocabulary.ts';

const STANDARD = new RegExp(alternation(vocabulary.names.standards), 'u');
const chars = (s: string) => [...s.trim()].length;
/** A line ending like a sentence or a list entry is no title. */
const ENDS_CLAUSE = /[。；，、：:]$/u;
/** The longest title of an index part printed over its table (`中国企业可持续发展报告指南 (CASS-ESG6.0)`). */
const TABLE_TITLE_CHARS = 60;

/** A short title line naming a reporting standard (`GRI可持續發展報告標準`, `社科院CASS4.0`), not an index row (`GRI103：管理方法`). */
export function namesStandard(text: string): boolean {
  const title = text.trim();
  return chars(title) <= 20 && !/\d{2,}/u.test(title) && !ENDS_CLAUSE.test(title) && STANDARD.test(toScript(title, 'hans'));
}

/**
 * A title naming a reporting standard right over the index table it heads (`GRI 内容索引 (GRI1: 基础 2021)`,
 * then `指标名称	披露页码…`): its figures and length are the standard's, not an index row's, since a row
 * is printed in the table itself.
 */
export function titlesIndexTable(lines: readonly Line[], i: number): boolean {
  const title = lines[i]!.text.trim();
  if (title.includes('\t') || chars(title) > TABLE_TITLE_CHARS || ENDS_CLAUSE.test(title) || !STANDARD.test(toScript(title, 'hans'))) return false;
  let k = i + 1;
  while (k < lines.length && isBlankLine(lines[k])) k++;
  return k < lines.length && lines[k]!.text.includes('\t');
}
