// A filing's notes under a table or a paragraph (`注：1.上表数据来源于…`, `注1：反映了加回财务费用…`,
// `附注2：自由现金流反映了…`) run on from the text before them on the collection's line, after its
// last sentence or figure: each note is set apart, as a note is printed, in the smaller type of a caption.
import type { Block } from '../types.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';
import { cutAtSpans } from './captions.ts';

const { label, attached, joinedBy } = vocabulary.collection.results.notes;
const { applicable, notApplicable, headerFields, holderCounts, figureTables, statements } = vocabulary.collection.results;
/** The titles of the largest shareholders' tables (`前10名股东持股情况`). */
const SHAREHOLDER_TITLES: readonly string[] = figureTables.shareholders.titles;

/**
 * A note's label, maybe attached, numbered `number` (`附注2：`; by default any number, or none before a
 * colon), and closed by its colon; an attached label's number may be closed by a full stop (`附注1.EBITDA…`).
 */
const noteLabel = (number?: string) =>
  `(?:(?:${escapeRegExp(attached)})?${escapeRegExp(label)}${number ?? '\\d{0,2}'}[：:]|${escapeRegExp(attached)}${escapeRegExp(label)}${number ?? '\\d{1,2}'}[.．](?=\\p{Script=Han}|[A-Z]))`;
/** What a numbered note's words open with: a word, a quotation (`2.“大联接”用户…`), a Latin term (`1.EBITDA反映了…`), a year (`2.2021年3月，…`). */
const NOTE_WORDS = `(?:[\\p{Script=Han}“"A-Z]|\\d{4}${escapeRegExp(vocabulary.grammar.dates.year)})`;
/**
 * Where a note opens: its label right after a sentence's end, a figure, a closing bracket, a percent
 * sign or an empty cell's dashes; or the first of numbered notes (`注：1.` and words, not a decimal)
 * after any character that makes no other word with the label and opens no bracket or quotation
 * (`…不适用注：1.`, `…未知注：1.`, `…方框图注:1.`; not `（注：1.…）`, a note inside its sentence).
 */
const NOTE = new RegExp(`(?<=[。！？）)\\d%—])${noteLabel()}|(?<!${alternation([attached, ...joinedBy])}|[（(“「《])${escapeRegExp(label)}[：:](?=1[.．]${NOTE_WORDS})`, 'gu');
/** A paragraph that opens with a note's label. */
const OPENS_NOTE = new RegExp(`^${noteLabel()}`, 'u');
/** A note's label with its number (`附注2`), before its colon. */
const NUMBERED_LABEL = new RegExp(`^((?:${escapeRegExp(attached)})?${escapeRegExp(label)}\\d{1,2})(?:[：:]|[.．](?=\\p{Script=Han}|[A-Z]))`, 'u');

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/**
 * Where the note after note `n` opens inside it, whatever ends the note before (`…累计成交量注3：…`); under
 * one label (`注：1.…。2.…`), the next number after a sentence's or a clause's end.
 */
const nextNote = (text: string, n: number, underLabel: boolean): number =>
  text.search(new RegExp(underLabel ? `(?<=[。；;])${n + 1}[.．](?=${NOTE_WORDS})` : noteLabel(String(n + 1)), 'u'));

/**
 * A labelled list numbered from 1 after a sentence's end: its label's start (`。上述股东关联关系或一致行动的说明1.中国…`).
 * A list a sentence of the note introduces with its colon (`。主要包括：1.…2.…`) is the note's.
 */
const LIST_RESTART = new RegExp(`(?<=[。；;])[^。；;：:\\d]{2,40}?1[.．](?=${NOTE_WORDS})`, 'u');

/**
 * A paragraph cut before each note it runs into, the notes set in a caption's type. `goingOn`: the
 * number of the note under one label printed right before (`注：1.…`), which this paragraph goes on
 * from with the next (`2.…`, cut apart from it by a page's or a paragraph's end).
 */
export function notesApart(paragraph: Paragraph, goingOn?: number): Paragraph[] {
  const continued = goingOn !== undefined && new RegExp(`^${goingOn + 1}[.．](?=${NOTE_WORDS})`, 'u').test(paragraph.text);
  // A paragraph may open with a note (the text before it another paragraph): its label at 0.
  const starts = [...(continued || OPENS_NOTE.test(paragraph.text) ? [0] : []), ...[...paragraph.text.matchAll(NOTE)].map((m) => m.index).filter((at) => at > 0)];
  const notes = new Set(starts);
  /** Notes numbered under one label, by where each opens: their numbers. */
  const numbers = new Map<number, number>();
  // A numbered note runs into the next one: cut there too.
  for (const at of [...starts]) {
    const number = /\d+/u.exec(paragraph.text.slice(at, at + 6));
    // Notes numbered under one label (`注：1.…2.…`): the number follows the label's colon (not `附注1.`, a note's own number).
    const underLabel = (continued && at === 0) || (number !== null && /[：:]$/u.test(paragraph.text.slice(at, at + number.index)) && /[.．]/u.test(paragraph.text[at + number.index + number[0].length] ?? ''));
    let n = Number(number?.[0] ?? NaN);
    let from = at;
    if (underLabel) numbers.set(at, n);
    while (Number.isInteger(n)) {
      const next = nextNote(paragraph.text.slice(from + 1), n, underLabel);
      // A list of its own after a sentence of the note ends the run (`…股。上述股东关联关系或一致行动的说明1.…`):
      // its label and items are text again, numbered from 1.
      const restart = underLabel ? paragraph.text.slice(from + 1).search(LIST_RESTART) : -1;
      if (restart >= 0 && (next < 0 || restart < next)) {
        starts.push(from + 1 + restart);
        break;
      }
      if (next < 0) break;
      from += 1 + next;
      if (!starts.includes(from)) starts.push(from);
      notes.add(from);
      n += 1;
      if (underLabel) numbers.set(from, n);
    }
  }
  const cuts = [0, ...starts.sort((a, b) => a - b), paragraph.text.length];
  return cuts
    .slice(0, -1)
    .flatMap((at, k) => {
      const text = paragraph.text.slice(at, cuts[k + 1]).trim();
      // A note numbered with its label (`注1：`, `附注2：`) carries the label, which the text's markers link to.
      const numbered = NUMBERED_LABEL.exec(text)?.[1];
      const underLabel = numbers.get(at);
      return text
        ? [{ ...paragraph, text, ...(notes.has(at) || OPENS_NOTE.test(text) ? { caption: true as const, ...(numbered ? { captionLabel: numbered } : {}), ...(underLabel !== undefined ? { noteNumber: underLabel } : {}) } : {}) }]
        : [];
    });
}

/** Whether a block is a filing's note (notesApart): a caption opening with a note's label or numbered under one. */
const isNote = (b: Block | undefined): b is Paragraph => b?.type === 'paragraph' && b.caption === true && (b.noteNumber !== undefined || OPENS_NOTE.test(b.text));

/**
 * Blocks with each paragraph's notes set apart; a paragraph goes on with the notes numbered under one
 * label before it. A note the ingest cut at a sentence's end for its length (the next paragraph's
 * `guessedBreak`) goes on in its words before the next note (`2.前十名…转让股份。` + `根据双方《股份转让协议》…`).
 */
export function withFilingNotesApart(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const before = out.at(-1);
    const goingOn = before?.type === 'paragraph' && before.caption ? before.noteNumber : undefined;
    const parts = b.type === 'paragraph' && !b.caption ? notesApart(b, goingOn) : [b];
    const [first] = parts;
    if (isNote(before) && b.type === 'paragraph' && b.guessedBreak && first?.type === 'paragraph' && !first.caption) {
      out[out.length - 1] = { ...before, text: before.text + first.text };
      parts.shift();
    }
    out.push(...parts);
  }
  return out;
}

/** A numbered statement's number (`1.`, `2．`), right before its words. */
const NUMBERED = /(\d{1,2})[.．](?=\p{Script=Han})/uy;

/**
 * A paragraph with a run of numbered statements, one sentence each, the first right after its label
 * (`上述股东关联关系或一致行动的说明1.中国联合网络通信集团有限公司为本公司控股股东。2.本公司未知…。`): the
 * label and what follows stay paragraphs, the statements a list keeping their numbers. Numbered parts
 * of several sentences each (`1．网间结算成本2022年上半年，…。…2．…`) are no such run.
 */
export function numberedStatementsApart(paragraph: Paragraph): Block[] {
  const text = paragraph.text;
  for (let k = 1; k < text.length; k++) {
    NUMBERED.lastIndex = k;
    const first = NUMBERED.exec(text);
    if (!first || first[1] !== '1' || !/[\p{Script=Han}：:。]/u.test(text[k - 1]!)) continue;
    const items: string[] = [];
    let at = k;
    for (let n = 1; ; n++) {
      NUMBERED.lastIndex = at;
      const m = NUMBERED.exec(text);
      if (!m || Number(m[1]) !== n) break;
      const stop = text.indexOf('。', at);
      if (stop < 0) break;
      // One sentence: the next number follows its full stop, or the run ends there.
      items.push(text.slice(at, stop + 1));
      at = stop + 1;
    }
    if (items.length < 2) continue;
    const before = text.slice(0, k).trim();
    const after = text.slice(at).trim();
    return [
      ...(before ? [{ ...paragraph, text: before }] : []),
      { type: 'list', items, line: paragraph.line, marker: '' },
      ...(after ? numberedStatementsApart({ ...paragraph, text: after }) : []),
    ];
  }
  return [paragraph];
}

/** The number of the statement a paragraph ends with (`…说明1.中国联合…控股股东。`), or null. */
const lastNumber = (text: string): number | null => {
  const m = /(\d{1,2})[.．]\p{Script=Han}[^。]*。$/u.exec(text);
  return m ? Number(m[1]) : null;
};

/**
 * Blocks with each paragraph's numbered statements set apart as a list. A long paragraph cut between
 * two statements (`…1.…控股股东。` | `2.本公司未知…`) is joined again first.
 */
export function withNumberedStatementsApart(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const b of blocks) {
    const before = joined.at(-1);
    const n = before?.type === 'paragraph' && !before.caption ? lastNumber(before.text) : null;
    if (n !== null && b.type === 'paragraph' && !b.caption && new RegExp(`^${n + 1}[.．]\\p{Script=Han}`, 'u').test(b.text)) joined[joined.length - 1] = { ...(before as Paragraph), text: (before as Paragraph).text + b.text };
    else joined.push(b);
  }
  return joined.flatMap((b) => (b.type === 'paragraph' && !b.caption ? numberedStatementsApart(b) : [b]));
}

/** Brackets after a title, one level of brackets inside them (`(财会[2019]21号)`, `(“准则7号(2019)”)`). */
const BRACKETED = '[(（](?:[^()（）]|[(（][^()（）]{0,30}[)）]){1,60}[)）]';
/** A list item the form prints after a dash: a title, its brackets, maybe a semicolon (`-《企业会计准则解释第13号》(财会[2019]21号)`). */
const DASH_ITEM = `-《[^《》]{1,60}》(?:${BRACKETED})*[；;]?`;
/** Two or more such items right after a colon, run together on the collection's line. */
const DASH_LIST = new RegExp(`(?<=[：:])(?:${DASH_ITEM}){2,}`, 'u');
const DASH_ITEMS = new RegExp(DASH_ITEM, 'gu');

/**
 * A list of titles the form prints a dash before, each on a line of its own, run into its paragraph
 * (`…相关规定如下：-《企业会计准则解释第13号》(财会[2019]21号)(“解释第13号”)-《新冠肺炎疫情相关租金减让会计处理规定》(财会[2020]10号)具体影响详见财务报告。`):
 * the text up to the colon, the list (the dash its marker), the text after it.
 */
export function dashListApart(paragraph: Paragraph): Block[] {
  const m = DASH_LIST.exec(paragraph.text);
  if (!m) return [paragraph];
  const before = paragraph.text.slice(0, m.index).trim();
  const rest = paragraph.text.slice(m.index + m[0].length);
  // A sentence's end right after the last item closes that item (`…-《…》(财会[2023]1号)。`).
  const stop = /^[。；;]/u.exec(rest)?.[0] ?? '';
  const after = rest.slice(stop.length).trim();
  const items = [...m[0].matchAll(DASH_ITEMS)].map((i) => i[0].slice(1));
  if (stop) items[items.length - 1] += stop;
  return [...(before ? [{ ...paragraph, text: before }] : []), { type: 'list', items, line: paragraph.line, marker: '-' }, ...(after ? [{ ...paragraph, text: after }] : [])];
}

/** Blocks with each paragraph's dashed list set apart. */
export const withDashListsApart = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === 'paragraph' && !b.caption ? dashListApart(b) : [b]));

/** The exchange's boxes, ticked either way (`√适用□不适用`, `□适用√不适用`). */
const ANSWER = new RegExp(alternation([applicable, notApplicable].map(escapeRegExp)), 'gu');

/**
 * Blocks with the exchange's ticked boxes set apart: on the collection's line they run on from the
 * item's name and into its content (`…的情况说明□适用√不适用（单位：人民币亿元）…`); the form prints them
 * on a line of their own between the two, so each answer is a paragraph of its own.
 */
export function withFormAnswersApart(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b): Block[] => (b.type !== 'paragraph' || b.caption ? [b] : cutAtSpans(b, [...b.text.matchAll(ANSWER)].map((m) => ({ at: m.index, end: m.index + m[0].length })))));
}

/** A header line's field: its label and colon (a longer label is matched whole, `编制单位`, not its `单位`). */
const FIELD = new RegExp(`(?:${alternation(headerFields)})[：:]`, 'gu');
/** What a header line may print before its first field: nothing, or the period it covers (`2022年1—9月`). */
const PERIOD_BEFORE = /^(?:.*[\d月日])?$/u;
/** A header line is short: its fields and nothing else (a sentence naming a unit is no header). */
const HEADER_CHARS = 80;

/**
 * A statement's header line with its fields set apart: the collection runs them together
 * (`…股份有限公司单位：元币种：人民币`), the form prints them side by side; a space before each field
 * (and after the period the statement covers: `2022年1—9月 编制单位：…`) keeps them apart. Only a short
 * paragraph of two fields or more, opening with the first or with the period (a label the list does not
 * hold, `计量单位：`, is not cut inside).
 */
export function headerFieldsSpaced(text: string): string {
  const fields = [...text.matchAll(FIELD)].map((m) => m.index);
  if (fields.length < 2 || [...text].length > HEADER_CHARS || !PERIOD_BEFORE.test(text.slice(0, fields[0]))) return text;
  return fields.reduceRight((t, at) => (at === 0 || /\s/u.test(t[at - 1]!) ? t : `${t.slice(0, at)} ${t.slice(at)}`), text);
}

/** Blocks with each header line's fields set apart (captions too: the unit line over a table is one). */
export const withHeaderFieldsSpaced = (blocks: readonly Block[]): Block[] => blocks.map((b) => (b.type === 'paragraph' ? { ...b, text: headerFieldsSpaced(b.text) } : b));

/** A form's item and its answer run together, nothing else: a label of words, no sentence or clause in it, then `不适用`. */
const ITEM_ANSWERED = new RegExp(`^([^。！？，；：\\s□√]{4,80}[\\p{Script=Han}）)])(${escapeRegExp(statements.notApplicable)})$`, 'u');

/**
 * A form's item with its answer run on from its name (`表决权恢复的优先股股东及持股数量的说明不适用`, `…情况说明（如有）不适用`):
 * the form prints the answer in a box beside the name, as the counts above the shareholders' table print
 * theirs; a space keeps them apart (`…的说明 不适用`).
 */
export function answerSpaced(text: string): string {
  const m = ITEM_ANSWERED.exec(text);
  return m ? `${m[1]} ${m[2]}` : text;
}

/** Blocks with each form item's answer set apart from its name. */
export const withItemAnswersSpaced = (blocks: readonly Block[]): Block[] => blocks.map((b) => (b.type === 'paragraph' ? { ...b, text: answerSpaced(b.text) } : b));

/** The unit line over the counts (`单位：股`). */
const COUNTS_UNIT = new RegExp(`^${escapeRegExp(figureTables.unit)}[：:]${escapeRegExp(holderCounts.unit)}`, 'u');
/** A count: its label, ending with the count's word and maybe a bracket (`（户）`, `（如有）`), then its number or `不适用`. */
const COUNT = new RegExp(`([^。，；：:\\d]{0,40}?${escapeRegExp(holderCounts.count)}(?:（[^）]{1,4}）)?)(\\d{1,3}(?:,\\d{3})*|${escapeRegExp(statements.notApplicable)})`, 'uy');

/**
 * The counts of shareholders printed over the ten largest holders' table, run together with their unit
 * line and the table's title (`单位：股报告期末普通股股东总数553,429报告期末表决权恢复的优先股股东总数（如有）不适用前10名股东持股情况`):
 * the form prints each on a line of its own, the number after its label. A paragraph made of them only
 * (the unit line and a title of the shareholders' tables around them, maybe) is cut so; else it stays.
 */
export function holderCountsApart(paragraph: Paragraph): Paragraph[] {
  const line = (text: string, caption = false): Paragraph => ({ ...paragraph, text, ...(caption ? { caption: true as const } : {}) });
  const unit = COUNTS_UNIT.exec(paragraph.text)?.[0] ?? '';
  const counts: string[] = [];
  let at = unit.length;
  for (;;) {
    COUNT.lastIndex = at;
    const m = COUNT.exec(paragraph.text);
    if (!m) break;
    counts.push(`${m[1]} ${m[2]}`);
    at = COUNT.lastIndex;
  }
  const rest = paragraph.text.slice(at);
  if (counts.length === 0 || (rest !== '' && !SHAREHOLDER_TITLES.includes(rest))) return [paragraph];
  return [...(unit ? [line(unit, true)] : []), ...counts.map((c) => line(c)), ...(rest ? [line(rest, true)] : [])];
}

/** Blocks with the counts of shareholders set apart, a line each. */
export const withHolderCountsApart = (blocks: readonly Block[]): Block[] => blocks.flatMap((b): Block[] => (b.type === 'paragraph' ? holderCountsApart(b) : [b]));

/** A sentence's end a table's title may follow. */
const SENTENCE_END = /[。！？）)]$/u;

/**
 * The last paragraph before a table of the largest shareholders, its title (`前十名无限售条件股东持股情况`)
 * set apart as the table's caption, as the form prints it over the table: where the text's last sentence
 * runs into it (`…转让股份。前十名无限售条件股东持股情况`) or it stands alone.
 */
export function shareholderTitleApart(paragraph: Paragraph): Paragraph[] {
  const title = SHAREHOLDER_TITLES.find((t) => paragraph.text.endsWith(t));
  if (!title) return [paragraph];
  const rest = paragraph.text.slice(0, -title.length);
  if (rest && !SENTENCE_END.test(rest)) return [paragraph];
  const { guessedBreak: _, ...lone } = paragraph;
  return [...(rest ? [{ ...paragraph, text: rest }] : []), { ...(rest ? lone : paragraph), text: title, caption: true }];
}

