// Turns a section's lines into typed blocks (headings, paragraphs, lists, tables) through a handler table.
import { withNoteLabelsJoined } from './notes.ts';
import type { Block, Line } from '../types.ts';
import { looksLikeHeading } from '../report/outline.ts';
import { uniqueSlug } from '../slug.ts';
import { isBlankLine, LIST_MARKS, nextNonBlank, previousNonBlank } from '../lines.ts';
import { sideBySideTitles } from './box-titles.ts';
import { CAPTION_AFTER_SENTENCE, captionsApart, opensWithPictureLabel } from './captions.ts';
import { labelValueTable, textTableAt } from './text-tables.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';
import { inEitherScript } from '../convert-script.ts';

/** A list item's mark and the space after it. */
const BULLET = new RegExp(`^\\s*[${LIST_MARKS}]\\s*`, 'u');
const isBlank = isBlankLine;

interface Context {
  lines: readonly Line[];
  headingIds: Set<string>;
  /** The title of the page the lines are cut from (a heading near them for parallel titles). */
  pageTitles: readonly string[];
}

interface Handler {
  name: Block['type'];
  match(ctx: Context, i: number): boolean;
  /** Returns the block (or blocks) and the index of the first line after it. */
  take(ctx: Context, i: number): [Block | Block[], number];
}

/** Consumes lines while `test` holds, allowing single blank lines inside the run. */
function run(lines: readonly Line[], i: number, test: (l: Line) => boolean): number {
  let j = i;
  while (j < lines.length) {
    if (test(lines[j]!)) j++;
    else if (isBlank(lines[j]) && lines[j + 1] && test(lines[j + 1]!)) j += 2;
    else break;
  }
  return j;
}

/** A qualifier printed before a callout's number (`超 230`): over, about, nearly (kpi.yml labelQualifiers). */
const QUALIFIER = `(?:${alternation([...vocabulary.kpi.labelQualifiers.over, ...(vocabulary.kpi.labelQualifiers.approx ?? [])])})`;
/** A qualifier printed after a callout's number (`1,200余`, `100以上`, `1500⁺`): more than. */
const OVER_AFTER = `(?:⁺|\\+|${alternation(vocabulary.kpi.valueQualifiers.after.over)})`;
/** A number as callouts print it: digits, thousands commas, decimals (`1,152`, `137.5`). */
const NUMBER = '\\d[\\d,]*(?:\\.\\d+)?';
/** A callout's number: `137.5`, `1500⁺`, `超 230`, `1,200余`. */
export const FIGURE_NUMBER = new RegExp(`^${QUALIFIER}?\\s*${NUMBER}\\s*${OVER_AFTER}?$`, 'u');
/** The magnitudes a figure may print before its counting word, in both scripts (`万站`, `億元`). */
export const MAGNITUDE = alternation(inEitherScript(vocabulary.kpi.magnitudes));
/** A callout's unit line: a counting word, optionally after 万/亿 (`万站`, `亿`, `个`, `%`; kpi.yml calloutUnits, magnitudes). */
const UNIT_WORD = `(?:${alternation(inEitherScript(vocabulary.kpi.calloutUnits))})`;
/** A magnitude before a unit's counting word, small ones too (`万站`, `千人`; kpi.yml unitMagnitudes). */
const UNIT_MAGNITUDE = `(?:${MAGNITUDE}|${alternation(inEitherScript(vocabulary.kpi.unitMagnitudes))})`;
/** "Per" a year or a unit after a unit, its slash printed in any width (`亿元 / 年`, `億╱年`, `千克标准煤/TB`, `吨/万元`). */
const PER_YEAR = `(?:\\s*[/／╱]\\s*(?:${escapeRegExp(vocabulary.grammar.dates.year)}|${UNIT_MAGNITUDE}?${UNIT_WORD}))?`;
/** Counting words a number may take before the words it counts (`5个县`; kpi.yml countingWords). */
const COUNTING_WORD = `(?:${alternation(inEitherScript(vocabulary.kpi.countingWords))})`;
const UNIT = `(?:${UNIT_MAGNITUDE}${UNIT_WORD}?|${UNIT_WORD})${PER_YEAR}`;
const FIGURE_UNIT = new RegExp(`^${UNIT}$`, 'u');
/** A number and its unit on one line: `3700 亿元`, `430 亿元 / 年`. */
const FIGURE_NUMBER_UNIT = new RegExp(`^(${QUALIFIER}?\\s*${NUMBER}\\s*${OVER_AFTER}?)\\s*(${UNIT})$`, 'u');
const TERMINAL_PUNCT = /[。；;：:，,！？!?]$/u;
// A callout's number and the words it counts, where no unit word is listed: a magnitude or a counting
// word and up to three more characters (`26 万个行政村`, `25.5萬村`, `8.7 万辆次`, `109位總監`), one character alone
// (`10起`), or anything after 余, a magnitude before it or not (`480 余场次`, `3萬餘名`). A place on a map
// (`5800非洲`) is no unit.
const HAN = '[^\\P{Script=Han}余餘]';
const LED = `(?:${UNIT_MAGNITUDE}${COUNTING_WORD}?|${COUNTING_WORD})${HAN}{0,3}`;
const FIGURE_NUMBER_COUNTED = new RegExp(`^(${QUALIFIER}?\\s*${NUMBER})(?:\\s*(${LED}|${HAN})|(\\s*(?:${MAGNITUDE})?(?:余|餘))\\s*(${LED}|${HAN}{1,3}))${PER_YEAR}$`, 'u');
/** A percentage with a qualifier after it (`95% 以上`, over). */
const FIGURE_PERCENT_OVER = new RegExp(`^(${NUMBER})\\s*%\\s*(${alternation(vocabulary.kpi.valueQualifiers.after.over)})$`, 'u');
/** One figure of a row under one label: a number and the words it counts (`5 个县`, `1,152個村`). */
const ROW_PAIR = new RegExp(`(${NUMBER})\\s*(${COUNTING_WORD}\\p{Script=Han}{1,3})`, 'gu');
/** A clause's comma closing a figure's line. */
const CLAUSE_COMMA = /，$/u;
/** A figure's line, then after a space a short title closed by a colon (the next group's: `38萬站 覆蓋翻倍：`). */
const NEXT_GROUP_TITLE = /^(\S+)[ \u3000]+(\p{Script=Han}{2,8}：)$/u;
/** The longest label a callout prints over its figure. */
const MAX_LABEL = 32;

/**
 * A callout printed on one line of its own, its figure set apart by spaces or a qualifier
 * (`惠及建檔立卡貧困戶 194.7 萬戶`, `固網寬帶平均下載速率提升約 8 倍`, `2020年度企業寬帶降幅超15%`): words,
 * then the number, then a unit that ends the line, or the label's noun after the unit (ONE_LINE_FIGURE_SPLIT).
 */
const ONE_LINE_FIGURE = new RegExp(`^(.*?\\p{Script=Han}.*?)(\\s*)(${QUALIFIER}?\\s*${NUMBER})\\s*(${UNIT})$`, 'u');
const QUALIFIED = new RegExp(`^${QUALIFIER}|${QUALIFIER}$`, 'u');
/** The same with the label's noun after the unit (`建成超 38 萬個5G基站`: built over 38 ten-thousand 5G base stations). */
const ONE_LINE_FIGURE_SPLIT = new RegExp(`^(\\p{Script=Han}{2,8}?)(\\s*)(${QUALIFIER}?\\s*${NUMBER})\\s*(${UNIT})([\\p{Script=Han}A-Za-z0-9]{2,10})$`, 'u');

/** A small count and the one word it counts inside a label, the label's rest set apart after them
 *  (`中央单位定点帮扶工作成效考核连续6 年 获得最高等次“好”`: six years in a row); no year, no figure after. */
const ONE_LINE_COUNT = /^(\p{Script=Han}{4,20})(\d{1,3}) ?(\p{Script=Han}) +([^\d\s。；，：:]{2,16})$/u;

/** A one-line callout at `i`, set apart by blank lines: its label, number and unit, or null. */
function oneLineFigure(lines: readonly Line[], i: number): [label: string, value: string, unit: string, labelAfter: string] | null {
  const text = lines[i]?.text.trim() ?? '';
  if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1]) || text.includes('\t') || BULLET.test(text) || [...text].length > 30) return null;
  const count = ONE_LINE_COUNT.exec(text);
  if (count) return [count[1]!, count[2]!, count[3]!, count[4]!];
  const m = ONE_LINE_FIGURE.exec(text) ?? ONE_LINE_FIGURE_SPLIT.exec(text);
  if (!m) return null;
  const [, label, gap, value, unit, noun] = m as unknown as [string, string, string, string, string, string | undefined];
  // The words are a label of four Han characters or more; the number stands apart from them or is qualified.
  // A colon makes the line a note or a statement (`注：中国大陆临时性市场化用工 9729 人`), not a callout.
  if (((label + (noun ?? '')).match(/\p{Script=Han}/gu) ?? []).length < 4 || /[：:]/u.test(label)) return null;
  if (!gap && !QUALIFIED.test(value) && !QUALIFIED.test(label)) return null;
  return [label.trim(), value.replace(/\s+/gu, ' ').trim(), unit, noun ?? ''];
}

/** A small count and its counting word after a word of its own, alone on a line (`連續5年`: five years in a row). */
const COUNT_ALONE = /^(\p{Script=Han}{2,4})(\d{1,3}) ?(\p{Script=Han})$/u;
/** The words such a count qualifies, printed on the line below it: a label, no sentence (`獲得中央定點幫扶工作成績考核「好」的評價`). */
const LABEL_BELOW = /^[^\d\s。；，：:！？]{6,32}$/u;

/**
 * A count over the words it qualifies, set apart by blank lines (`連續5年` over `獲得中央定點幫扶工作成績考核
 * 「好」的評價`, the 2023 chapter; the 2024 report prints the same callout on one line, ONE_LINE_COUNT):
 * its label is the count's word and the words below, its unit the counting word. The callout and the
 * line after it, or null.
 */
function countOverLabel(lines: readonly Line[], i: number): { oneLine: [string, string, string, string]; end: number } | null {
  const m = COUNT_ALONE.exec(lines[i]?.text.trim() ?? '');
  if (!m || !isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) return null;
  const k = i + 2;
  const below = lines[k]?.text.trim() ?? '';
  if (!LABEL_BELOW.test(below) || !isBlank(lines[k + 1])) return null;
  return { oneLine: [m[1]!, m[2]!, m[3]!, below], end: k + 1 };
}

/** The lines of a callout starting at `i` (label, number, optional unit), or null. Blank lines between are allowed. */
export function figureAt(lines: readonly Line[], i: number): { label: number; labelEnd?: number; value: number; unit: number | null; end: number; inline?: [string, string]; oneLine?: [string, string, string, string]; trailing?: string; nextTitle?: string } | null {
  const one = oneLineFigure(lines, i);
  if (one) return { label: i, value: i, unit: null, end: i + 1, oneLine: one };
  const count = countOverLabel(lines, i);
  if (count) return { label: i, value: i, unit: null, ...count };
  const single = figureAfterLabel(lines, i, i);
  if (single) return single;
  // A label the PDF wrapped onto a second or third line (`2020年《中國大數據` / `企業排行榜》電信行業第`, then
  // `1名`; `集團工會及時處理` / `妥善解決各類信訪、` / `輿情事項`, then `10起`).
  // A label's first word of one or two characters printed over a blank line (`平均` / `培訓時長`, then `167小時`).
  if (/^\p{Script=Han}{1,2}$/u.test(lines[i]!.text.trim()) && isBlank(lines[i + 1]) && !isBlank(lines[i + 2])) {
    const apart = figureAfterLabel(lines, i, i + 2);
    if (apart) return apart;
  }
  for (let last = i + 1; last <= i + 2; last++) {
    const piece = lines[last]?.text.trim() ?? '';
    const before = lines[last - 1]?.text.trim() ?? '';
    if (!piece || !before || [...before].length > 16 || [...piece].length > 16 || TERMINAL_PUNCT.test(before) || FIGURE_NUMBER.test(piece) || FIGURE_NUMBER_UNIT.test(piece)) return null;
    const found = figureAfterLabel(lines, i, last);
    if (found) return found;
  }
  return null;
}

/** A figure of a label's own: a number with a percent sign or a magnitude. */
const FIGURE_IN_LABEL = new RegExp(`\\d\\s*(?:%|${MAGNITUDE})`, 'u');
/** Words a callout may print as its label: at least two Han characters, short, ending no sentence, no figure of its own (`26.4%`, `637.4萬元`). */
const isCalloutLabel = (label: string) =>
  label.length >= 2 && label.length <= MAX_LABEL && !TERMINAL_PUNCT.test(label) && !BULLET.test(label) && !FIGURE_NUMBER.test(label) && !label.includes('\t') &&
  (label.match(/\p{Script=Han}/gu) ?? []).length >= 2 && !FIGURE_IN_LABEL.test(label);

/** A callout whose label is lines `i`–`last` (joined), its number and unit after it, or null. */
function figureAfterLabel(lines: readonly Line[], i: number, last: number): ReturnType<typeof figureAt> {
  // The next printed line: blank lines between (one, or a few where the PDF left empty boxes) are skipped.
  const next = (k: number) => nextNonBlank(lines, k);
  const label = lines.slice(i, last + 1).map((l) => l.text.trim()).join('');
  // A unit alone on the label's first line is the unit of a figure printed before it (`152.3` / `万站`,
  // then `5G 中频基站`): no label of the figure after.
  if (!isCalloutLabel(label) || FIGURE_UNIT.test(lines[i]!.text.trim())) return null;
  const labelEnd = last > i ? { labelEnd: last } : {};
  const v = next(last);
  const printed = lines[v]?.text.trim() ?? '';
  // A figure and its unit may close a clause, the next figure going on the sentence (`760億，` over
  // `節省運營成本約` / `90億╱年`): the comma is left out, counted as the figures' separator.
  const trailing = CLAUSE_COMMA.exec(printed)?.[0];
  // A figure whose line goes on with the next group's title (`38萬站 覆蓋翻倍：`, an infographic's groups
  // `規模翻倍：`, `覆蓋翻倍：`): the title is text of its own after the figure.
  const titled = NEXT_GROUP_TITLE.exec(printed);
  const value = trailing ? printed.slice(0, -trailing.length) : titled ? titled[1]! : printed;
  const after = { label: i, ...labelEnd, value: v, unit: null, end: v + 1, ...(trailing ? { trailing } : {}), ...(titled ? { nextTitle: titled[2]! } : {}) };
  const both = FIGURE_NUMBER_UNIT.exec(value);
  if (both) return { ...after, inline: [both[1]!.trim(), both[2]!] };
  const counted = FIGURE_NUMBER_COUNTED.exec(value);
  if (counted) return { ...after, inline: [`${counted[1]}${counted[3] ?? ''}`.trim(), (counted[2] ?? counted[4])!] };
  const percentOver = FIGURE_PERCENT_OVER.exec(value);
  if (percentOver) return { ...after, inline: [percentOver[1]!, `% ${percentOver[2]}`] };
  if (trailing || titled) return null;
  if (!FIGURE_NUMBER.test(value)) return null;
  const u = next(v);
  const unit = lines[u]?.text.trim() ?? '';
  if (FIGURE_UNIT.test(unit)) return { label: i, ...labelEnd, value: v, unit: u, end: u + 1 };
  // Without a unit line, only a number that says it is a key figure (`1500⁺`, `300余`) counts.
  return /[⁺+余餘]|以上$/u.test(value) ? { label: i, ...labelEnd, value: v, unit: null, end: v + 1 } : null;
}

/** A figure printed in a row of figures: the number and a unit glued to it (`5.61億元`, `1.54：1`, `242121`). */
const ROW_FIGURE = new RegExp(`^(${QUALIFIER}?${NUMBER}(?:[：:]\\d+)?)(${UNIT})?$`, 'u');
/** A label in a row of labels, its unit in brackets at the end (`員工總數（人）`, `男女比例（男比女）`). */
const ROW_LABEL_UNIT = /^(.*?\p{Script=Han}.*?)[（(]([^（）()]{1,8})[)）]$/u;

/** The lines from `i` up to the next blank line. */
function lineGroup(lines: readonly Line[], i: number): number[] {
  const group: number[] = [];
  for (let k = i; k < lines.length && !isBlank(lines[k]); k++) group.push(k);
  return group;
}

/**
 * Key figures printed side by side: a row of figures and a row of their labels, in either order, set
 * apart by a blank line (`1.08億元 19.1萬次` over `2020年投入救災資金 救災人員`; `員工總數（人） 中國大陸員工數（人）…`
 * over `242121 241245…`), as many labels as figures. A label's unit is in its brackets or glued to its
 * figure. Where every other label ends in a bracketed unit, a label without one is the first line of
 * a label the PDF wrapped (`中國大陸市場化` / `臨時性用工（人）`). Returns the figures, in order, and the
 * line after the two rows, or null.
 */
export function figureRows(lines: readonly Line[], i: number): { figures: { label: string; value: string; unit: string; brackets?: string }[]; end: number } | null {
  const first = lineGroup(lines, i);
  if (first.length === 0 || first.length > 3) return null;
  const j = first.at(-1)! + 2;
  if (!isBlank(lines[first.at(-1)! + 1])) return null;
  // A table's header printed right under the labels (`捐贈項目` under `2020年投入救災資金 救災人員`) is not theirs.
  const group = lineGroup(lines, j);
  const table = group.findIndex((k) => labelValueTable(lines, k) !== null);
  const second = table > 0 ? group.slice(0, table) : group;
  if (second.length === 0 || second.length > 3) return null;
  const tokens = (group: number[]) => group.map((k) => lines[k]!.text.trim()).join(' ').split(/\s+/u).filter(Boolean);
  const figureTokens = (group: number[]) => (group.length === 1 ? tokens(group) : null);
  const [valueRow, labelRow] = figureTokens(first)?.every((t) => ROW_FIGURE.test(t)) ? [tokens(first), tokens(second)] : figureTokens(second)?.every((t) => ROW_FIGURE.test(t)) ? [tokens(second), tokens(first)] : [null, null];
  if (!valueRow || !labelRow || valueRow.length < 2) return null;
  // A wrapped label: where the others end in a bracketed unit, one without it runs on into the next.
  const bracketed = labelRow.filter((t) => ROW_LABEL_UNIT.test(t)).length;
  const labels = bracketed >= 2 && bracketed < labelRow.length ? labelRow.reduce<string[]>((out, t, k) => (k > 0 && !ROW_LABEL_UNIT.test(labelRow[k - 1]!) ? [...out.slice(0, -1), out.at(-1)! + t] : [...out, t]), []) : labelRow;
  if (labels.length !== valueRow.length || labels.some((l) => (l.match(/\p{Script=Han}/gu) ?? []).length < 2 || ROW_FIGURE.test(l) || TERMINAL_PUNCT.test(l))) return null;
  const figures = valueRow.map((token, k) => {
    const [, value, glued] = ROW_FIGURE.exec(token)!;
    const bracket = ROW_LABEL_UNIT.exec(labels[k]!);
    // A unit in the label's brackets moves out of them: the brackets are counted as removed.
    const inBrackets = bracket && !glued;
    return { label: bracket ? bracket[1]!.trim() : labels[k]!, value: value!, unit: glued ?? bracket?.[2] ?? '', ...(inBrackets ? { brackets: labels[k]!.slice(bracket[1]!.length).replace(bracket[2]!, '') } : {}) };
  });
  return { figures, end: second.at(-1)! + 1 };
}

/**
 * Key figures printed one under another, then their labels one under another in the same order, each
 * line set apart by a blank line (`637.4萬元` / `55006人`, then `2020年對外捐贈` / `註冊志願者人數達到`): the
 * k-th label names the k-th figure. Each figure prints its unit glued to its number; the stack is
 * whole, set apart from other figures and labels. Returns the figures and the line after the last
 * label, or null.
 */
export function stackedFigures(lines: readonly Line[], i: number): { figures: { label: string; value: string; unit: string }[]; end: number } | null {
  if (i > 0 && !isBlank(lines[i - 1])) return null;
  // The next line of the stack: one blank line down.
  const below = (k: number) => (isBlank(lines[k + 1]) && lines[k + 2] && !isBlank(lines[k + 2]) ? k + 2 : null);
  const text = (k: number) => lines[k]!.text.trim();
  const figures: RegExpExecArray[] = [];
  let k: number | null = i;
  for (let m; k !== null && (m = ROW_FIGURE.exec(text(k))) && m[2]; k = below(k)) figures.push(m);
  if (figures.length < 2) return null;
  const labels: string[] = [];
  for (let last = k; labels.length < figures.length; last = below(last)) {
    if (last === null || !isCalloutLabel(text(last))) return null;
    labels.push(text(last));
    k = last;
  }
  // The stack is whole: no figure right above it, no more labels right below (a chart's many
  // percentages over lines of several labels each cannot be paired).
  const after = below(k!);
  if ((i >= 2 && ROW_FIGURE.test(text(i - 2))) || (after !== null && isCalloutLabel(text(after)))) return null;
  return { figures: figures.map((m, n) => ({ label: labels[n]!, value: m[1]!, unit: m[2]! })), end: k! + 1 };
}

/** A line of figures only (`68.80%`, `15.51%15.69%`): a chart's, or a row of a table's. */
const FIGURES_ONLY = /^[\d.,%\s]+$/u;

/**
 * A label and its figure at lines `i` to `end` printed between a chart's figures (a figure-only line
 * right above the label and right below the figure, past a blank line: the staff pie charts'
 * `15.51%15.69%` / `30-50歲員工比例` / `19.12%` / `12.49%`): which figure the label names cannot be told, so
 * it is no callout. A callout's neighbours are other callouts' labels.
 */
function inChart(lines: readonly Line[], i: number, end: number): boolean {
  const printed = (k: number) => lines[k]?.text.trim() ?? '';
  return FIGURES_ONLY.test(printed(previousNonBlank(lines, i))) && FIGURES_ONLY.test(printed(nextNonBlank(lines, end - 1)));
}

/** The fewest short lines in a row read as a picture's labels, and the longest such line. */
const MIN_LABELS = 3;
const LABEL_CHARS = 6;
/** A diagram's boxes run longer (`審批CSR規劃`, `履行好資本市場責任`): so many lines in a row, each no longer, read as its labels. */
const DIAGRAM = { lines: 6, chars: 14 };
/** A label's words go on past an enumeration comma (`董事、总经理、` / `党组副书记`): such a line may run longer. */
const GOES_ON = /、$/u;
const LABEL_GOING_ON_CHARS = 10;
/** A line that ends a sentence or a clause is text, however short. */
const CLAUSE_END = /[。！？；：:，,…]$/u;
/** A line of a diagram's labels: each of its words set apart by spaces no longer than a label (`超高清直播 智慧客服 智慧專線`). */
const labelsLine = (text: string, chars: number) => chars > LABEL_CHARS && text.split(/[ \u3000]+/u).every((w) => [...w].length <= chars);
const isLabel = (l: Line | undefined, chars = LABEL_CHARS) =>
  !!l &&
  !isBlank(l) &&
  !l.caption &&
  ([...l.text.trim()].length <= (GOES_ON.test(l.text.trim()) ? Math.max(chars, LABEL_GOING_ON_CHARS) : chars) || labelsLine(l.text.trim(), chars)) &&
  !BULLET.test(l.text) &&
  !l.text.includes('\t') &&
  !CLAUSE_END.test(l.text.trim());

/** Whether key figures start at line `i`: a callout, a row of them, or a stack. */
const figuresAt = (lines: readonly Line[], i: number) => figureAt(lines, i) !== null || gluedFigures(lines, i) !== null || figureRows(lines, i) !== null || stackedFigures(lines, i) !== null || labelledFigureRow(lines, i) !== null;

/** Indexes of the short lines in a row from `i` (one blank line between two of them allowed), up to a callout or where `stops`. */
function labelRun(lines: readonly Line[], i: number, chars = LABEL_CHARS, stops: (j: number) => boolean = () => false): number[] {
  const run: number[] = [];
  let j = i;
  // A key-figure callout (label, number, unit) or a row of them inside the run is a figure of its own: the run stops there.
  while (isLabel(lines[j], chars) && !figuresAt(lines, j) && !stops(j)) {
    run.push(j);
    j = isBlank(lines[j + 1]) && isLabel(lines[j + 2], chars) ? j + 2 : j + 1;
  }
  return run;
}

/**
 * A picture's labels from `i`: very short lines, three or more, or else a diagram's longer ones,
 * DIAGRAM.lines or more. A diagram's run stops at a heading printed under it (a section's title alone
 * over its text), and is none without a blank line in it: a diagram's boxes stand apart, lines one
 * under another are a list, a table's column or a form's questions.
 */
function pictureLabels(ctx: Context, i: number): number[] {
  const { lines } = ctx;
  const short = labelRun(lines, i);
  if (short.length >= MIN_LABELS) return short;
  const diagram = labelRun(lines, i, DIAGRAM.chars, (j) => looksLikeHeading(lines, j, true, ctx.pageTitles));
  const apart = diagram.some((k, n) => n > 0 && k > diagram[n - 1]! + 1);
  return diagram.length >= DIAGRAM.lines && apart ? diagram : [];
}

/**
 * A label over a row of figures that share it, each a number and the words it counts
 * (`定點幫扶與對口支援` / `5個縣、47個鄉鎮、1,152個村`, `定点扶贫：` / `5 个县 52 个乡镇 1140 个村`): one
 * figure per number, under the label (a colon after it is the label's). Null when the line holds
 * anything besides the figures and their separators.
 */
export function labelledFigureRow(lines: readonly Line[], i: number): { figures: { label: string; value: string; unit: string; sharesLabel?: true; separator?: string }[]; end: number } | null {
  const label = lines[i]?.text.trim() ?? '';
  const words = label.replace(/[：:]$/u, '');
  if (!isBlank(lines[i + 1]) || words.length < 2 || words.length > MAX_LABEL || TERMINAL_PUNCT.test(words) || BULLET.test(label) || /\d/u.test(label)) return null;
  if ((words.match(/\p{Script=Han}/gu) ?? []).length < 2) return null;
  const row = lines[i + 2]?.text.trim() ?? '';
  const pairs = [...row.matchAll(ROW_PAIR)];
  if (pairs.length < 2 || pairs[0]!.index !== 0 || row.replace(ROW_PAIR, '').replace(/[\s、，,]+/gu, '') !== '') return null;
  const figures = pairs.map((m, k) => {
    if (k === 0) return { label, value: m[1]!, unit: m[2]! };
    const before = pairs[k - 1]!;
    const separator = row.slice(before.index + before[0].length, m.index).trim();
    return { label, value: m[1]!, unit: m[2]!, sharesLabel: true as const, ...(separator ? { separator } : {}) };
  });
  return { figures, end: i + 3 };
}

/** A label's first line with the figures of a row of callouts glued before it (`286101集團級勞動和技能競賽`). */
const GLUED_FIGURES = /^(\d{4,9})(\p{Script=Han}[^\d\s。；;：:，,！？!?]{1,31})$/u;
/** A callout's unit as the last words of a line, 余 ("over") may stand before it or after its magnitude (`餘萬人次`, `萬餘人次`). */
const UNIT_AT_END = new RegExp(`(?:${MAGNITUDE})?(?:余|餘)?${UNIT}$`, 'u');
/** A line that goes on a label: words only, no figure, no clause's end. */
const LABEL_LINE = /^[^\d\s。；;：:，,！？!?]{1,16}$/u;
/** Each figure of a glued row is at most so many digits, where the text prints a count of a thousand or more with its separator. */
const GLUED_DIGITS = 3;
/** A number printed with thousands separators (`1,635`). */
const SEPARATED = /\d{1,3}(?:,\d{3})+(?![\d,])/u;
/** A number of four digits or more printed without them, not a year (`1572 人`; `2023年` is a year). */
const UNSEPARATED = /(?<![\d.,])\d{4,}(?![\d.,]|\s*(?:年|\/|-))/u;
/** Whether the lines print counts of a thousand or more with separators, and none without (other than line `skip`). */
const printsSeparators = (lines: readonly Line[], skip: number) =>
  lines.some((l) => SEPARATED.test(l.text)) && !lines.some((l, k) => k !== skip && UNSEPARATED.test(l.text));
/** A row holds at most so many callouts, a label at most so many lines. */
const GLUED_GROUPS = 4;
const GLUED_LABEL_LINES = 3;

/** The ways to cut `digits` into `parts` numbers of 1–3 digits, none opening with 0. */
function digitCuts(digits: string, parts: number): string[][] {
  if (parts === 1) return digits.length <= GLUED_DIGITS && !/^0\d/u.test(digits) ? [[digits]] : [];
  const cuts: string[][] = [];
  for (let n = 1; n <= GLUED_DIGITS && n < digits.length; n++) {
    const head = digits.slice(0, n);
    if (/^0\d/u.test(head)) continue;
    for (const rest of digitCuts(digits.slice(n), parts - 1)) cuts.push([head, ...rest]);
  }
  return cuts;
}

/**
 * Key figures printed side by side whose numbers the PDF ran together before the first label, their
 * units after the last (`286101集團級勞動和技能競賽` / `覆蓋職工` / blank / `選拔` / `技術能手餘萬人次 名`): as many
 * figures as units at the end, one label per group of lines (set apart by blank lines). The numbers are
 * read only where one cut gives each at most three digits and the lines around print a larger count
 * with its thousands separator, never without; otherwise null, and the lines stay as printed.
 */
export function gluedFigures(lines: readonly Line[], i: number): { figures: { label: string; value: string; unit: string }[]; end: number } | null {
  if (i > 0 && !isBlank(lines[i - 1])) return null;
  const head = GLUED_FIGURES.exec(lines[i]?.text.trim() ?? '');
  if (!head) return null;
  // The label groups: the first line's words, then lines of words up to a blank line, then the next group.
  const groups: string[][] = [[head[2]!]];
  let k = i + 1;
  for (;;) {
    const text = lines[k]?.text.trim();
    if (text === undefined) return null;
    if (isBlank(lines[k])) {
      if (isBlank(lines[k + 1]) || lines[k + 1] === undefined || groups.length === GLUED_GROUPS) return null;
      groups.push([]);
      k++;
      continue;
    }
    // The last line: the last label's words, then the units set apart by spaces.
    const words = text.split(/[ \u3000]+/u);
    const units = words.slice(1);
    const glued = UNIT_AT_END.exec(words[0]!);
    if (units.length > 0 && glued && glued.index > 0 && units.every((u) => UNIT_AT_END.exec(u)?.index === 0)) {
      const labelEnd = words[0]!.slice(0, glued.index);
      if (!LABEL_LINE.test(labelEnd)) return null;
      groups.at(-1)!.push(labelEnd);
      const allUnits = [glued[0], ...units];
      if (groups.length !== allUnits.length || groups.some((g) => g.length === 0)) return null;
      // The cut is sure only where the text writes a count of a thousand or more with its separator
      // (`1,635名`): a text that prints `1572 人` may have glued `12` and `4600`.
      const cuts = digitCuts(head[1]!, allUnits.length);
      if (cuts.length !== 1 || !printsSeparators(lines, i)) return null;
      return { figures: cuts[0]!.map((value, n) => ({ label: groups[n]!.join(''), value, unit: allUnits[n]! })), end: k + 1 };
    }
    if (!LABEL_LINE.test(text) || groups.at(-1)!.length === GLUED_LABEL_LINES) return null;
    groups.at(-1)!.push(text);
    k++;
  }
}

/** A short title after a bullet, with no sentence punctuation at its end. */
const BULLETED_TITLE = /^\s*([•●▪◆■])\s*(\S.{1,15})$/u;

/**
 * A heading printed with a bullet (`● 内控工作机制有序运营`): a short title alone between blank lines,
 * over a paragraph of its own rather than more items (a list of short items stays a list). The
 * title, and the bullet left out.
 */
function bulletedHeading(lines: readonly Line[], i: number): { text: string; marker: string } | null {
  const m = BULLETED_TITLE.exec(lines[i]!.text);
  if (!m || TERMINAL_PUNCT.test(m[2]!.trim()) || (i > 0 && !isBlank(lines[i - 1])) || !isBlank(lines[i + 1])) return null;
  let k = i + 1;
  while (k < lines.length && isBlank(lines[k])) k++;
  const next = lines[k]?.text ?? '';
  return next && !BULLET.test(next) && !next.includes('\t') && [...next.trim()].length >= 20 ? { text: m[2]!.trim(), marker: m[1]! } : null;
}

/** A person's name (two to four Han characters) over their title, a card of a board's or a management's page. */
const CARD_NAME = /^\p{Script=Han}{2,4}$/u;
/** A line of a card's titles: a few words, no sentence (`執行董事兼首席財務官`, `董事、总经理、`). */
const CARD_TITLE = /^[\p{Script=Han}、]{2,14}$/u;
/** The fewest cards in a row read as a page of names and titles. */
const MIN_CARDS = 3;

/**
 * Cards of people printed one under another (`李福申` / `執行董事`, a blank line, `買彥州` / `高級副總裁`…; two
 * cards may stand without a blank between): each a name over one or two lines of titles. Each card is one
 * paragraph, `name title`, as a page of leaders reads; a picture's labels they would otherwise be
 * taken for run on as one line. Returns the cards, each with its name's line, and the line after
 * the last, or null where fewer than MIN_CARDS stand in a row.
 */
export function personCards(lines: readonly Line[], i: number): { cards: { text: string; line: number }[]; end: number } | null {
  if (i > 0 && !isBlank(lines[i - 1])) return null;
  const cards: { text: string; line: number }[] = [];
  let k = i;
  let end = i;
  for (;;) {
    const group = lineGroup(lines, k);
    const texts = group.map((g) => lines[g]!.text.trim());
    // A card is a name over one or two lines of titles (`简勤` / `董事、总经理、` / `党组副书记`); four lines are two cards.
    const size = group.length === 4 ? 2 : group.length;
    if (size < 2 || size > 3 || !texts.every((t, n) => (n % size === 0 ? CARD_NAME.test(t) : CARD_TITLE.test(t)))) break;
    for (let n = 0; n < texts.length; n += size) {
      const titles = texts.slice(n + 1, n + size).reduce((all, t) => (all === '' ? t : GOES_ON.test(all) ? all + t : `${all} ${t}`), '');
      cards.push({ text: `${texts[n]} ${titles}`, line: lines[group[n]!]!.n });
    }
    end = group.at(-1)! + 1;
    k = end;
    while (k < lines.length && isBlank(lines[k])) k++;
  }
  return cards.length >= MIN_CARDS ? { cards, end } : null;
}

const handlers: Handler[] = [
  {
    name: 'figure',
    match: (ctx, i) => gluedFigures(ctx.lines, i) !== null,
    take(ctx, i) {
      const { figures, end } = gluedFigures(ctx.lines, i)!;
      return [figures.map((f) => ({ type: 'figure' as const, ...f, line: ctx.lines[i]!.n })), end];
    },
  },
  {
    name: 'figure',
    match: (ctx, i) => labelledFigureRow(ctx.lines, i) !== null,
    take(ctx, i) {
      const { figures, end } = labelledFigureRow(ctx.lines, i)!;
      return [figures.map((f) => ({ type: 'figure' as const, ...f, line: ctx.lines[i]!.n })), end];
    },
  },
  {
    name: 'figure',
    match: (ctx, i) => figureRows(ctx.lines, i) !== null,
    take(ctx, i) {
      const { figures, end } = figureRows(ctx.lines, i)!;
      return [figures.map((f) => ({ type: 'figure' as const, ...f, line: ctx.lines[i]!.n })), end];
    },
  },
  {
    name: 'figure',
    match: (ctx, i) => stackedFigures(ctx.lines, i) !== null,
    take(ctx, i) {
      const { figures, end } = stackedFigures(ctx.lines, i)!;
      return [figures.map((f) => ({ type: 'figure' as const, ...f, line: ctx.lines[i]!.n })), end];
    },
  },
  {
    name: 'figure',
    match: (ctx, i) => {
      const f = figureAt(ctx.lines, i);
      return f !== null && !inChart(ctx.lines, i, f.end);
    },
    take(ctx, i) {
      const f = figureAt(ctx.lines, i)!;
      const text = (k: number | null) => (k === null ? '' : ctx.lines[k]!.text.trim());
      if (f.oneLine) {
        const [label, value, unit, labelAfter] = f.oneLine;
        return [{ type: 'figure', label, value, unit, ...(labelAfter ? { labelAfter } : {}), line: ctx.lines[i]!.n }, f.end];
      }
      const [value, unit] = f.inline ?? [text(f.value), text(f.unit)];
      const label = ctx.lines.slice(f.label, (f.labelEnd ?? f.label) + 1).map((l) => l.text.trim()).join('');
      const figure: Block = { type: 'figure', label, value, unit, ...(f.trailing ? { separator: f.trailing } : {}), line: ctx.lines[i]!.n };
      return [f.nextTitle ? [figure, { type: 'paragraph', text: f.nextTitle, line: ctx.lines[f.value]!.n }] : figure, f.end];
    },
  },
  {
    name: 'table',
    match: (ctx, i) => ctx.lines[i]!.text.includes('\t'),
    take(ctx, i) {
      const end = run(ctx.lines, i, (l) => l.text.includes('\t'));
      const lines = ctx.lines.slice(i, end).filter((l) => !isBlank(l));
      // The header row printed again where the table goes on after a page break is left out, spaced
      // or not (`2022 年` in the header, `2022年` on the next page).
      const unspaced = (l: Line) => l.text.replace(/[ \u3000]/gu, '').trim();
      const header = unspaced(lines[0]!);
      const repeated = lines.filter((l, k) => k > 0 && unspaced(l) === header);
      const rowSource = lines.filter((l) => !repeated.includes(l));
      const rows = rowSource.map((l) => l.text.split('\t').map((c) => c.trim()));
      const width = Math.max(...rows.map((r) => r.length));
      for (const r of rows) while (r.length < width) r.push('');
      const repeatedHeaders = repeated.map((l) => l.text.trim());
      return [{ type: 'table', rows, line: ctx.lines[i]!.n, rowLines: rowSource.map((l) => l.n), ...(repeatedHeaders.length ? { repeatedHeaders } : {}) }, end];
    },
  },
  {
    // A table printed as text (text-tables.ts): column names set apart by spaces over label lines and
    // lists, two columns of labels and their text, or labels and amounts.
    name: 'table',
    match: (ctx, i) => textTableAt(ctx.lines, i) !== null,
    take(ctx, i) {
      const { rows, rowLines, markers, end } = textTableAt(ctx.lines, i)!;
      return [{ type: 'table', rows, line: ctx.lines[i]!.n, rowLines, ...(markers.length ? { markers } : {}) }, end];
    },
  },
  {
    name: 'heading',
    match: (ctx, i) => bulletedHeading(ctx.lines, i) !== null,
    take(ctx, i) {
      const { text, marker } = bulletedHeading(ctx.lines, i)!;
      return [{ type: 'heading', text, line: ctx.lines[i]!.n, id: uniqueSlug(text, ctx.headingIds), marker }, i + 1];
    },
  },
  {
    name: 'list',
    match: (ctx, i) => BULLET.test(ctx.lines[i]!.text),
    take(ctx, i) {
      // A heading printed with a bullet ends the list before it.
      const whole = run(ctx.lines, i, (l) => BULLET.test(l.text));
      let end = i + 1;
      while (end < whole && bulletedHeading(ctx.lines, end) === null) end++;
      const itemLines = ctx.lines.slice(i, end).filter((l) => !isBlank(l));
      const items = itemLines.map((l) => l.text.replace(BULLET, '').trim());
      const marker = BULLET.exec(ctx.lines[i]!.text)![0].trim();
      const leads = itemLines.flatMap((l) => (l.lead ? [l.lead] : []));
      return [{ type: 'list', items, line: ctx.lines[i]!.n, marker, ...(leads.length ? { leads } : {}) }, end];
    },
  },
  {
    name: 'paragraph',
    match: (ctx, i) => personCards(ctx.lines, i) !== null,
    take(ctx, i) {
      const { cards, end } = personCards(ctx.lines, i)!;
      return [cards.map(({ text, line }) => ({ type: 'paragraph' as const, text, line })), end];
    },
  },
  {
    // The words placed on a picture (a map's places and figures, a chart's labels, a list of names):
    // a run of very short lines reads as one line of labels, not as paragraphs of a word each.
    name: 'paragraph',
    match: (ctx, i) => pictureLabels(ctx, i).length > 0,
    take(ctx, i) {
      const run = pictureLabels(ctx, i);
      const text = run.map((k) => ctx.lines[k]!.text.trim()).reduce((all, words) => (all === '' ? words : GOES_ON.test(all) ? all + words : `${all} ${words}`), '');
      return [{ type: 'paragraph', text, line: ctx.lines[i]!.n, caption: true }, run.at(-1)! + 1];
    },
  },
  {
    name: 'heading',
    match: (ctx, i) => sideBySideTitles(ctx.lines[i]!.text) !== null,
    take(ctx, i) {
      const line = ctx.lines[i]!.n;
      return [sideBySideTitles(ctx.lines[i]!.text)!.map((text) => ({ type: 'heading' as const, text, line, id: uniqueSlug(text, ctx.headingIds) })), i + 1];
    },
  },
  {
    name: 'heading',
    match: (ctx, i) => looksLikeHeading(ctx.lines, i, true, ctx.pageTitles),
    take(ctx, i) {
      const text = ctx.lines[i]!.text.trim();
      return [{ type: 'heading', text, line: ctx.lines[i]!.n, id: uniqueSlug(text, ctx.headingIds) }, i + 1];
    },
  },
  {
    name: 'paragraph',
    match: () => true,
    take: (ctx, i) => [
      { type: 'paragraph', text: ctx.lines[i]!.text.trim(), line: ctx.lines[i]!.n, ...(ctx.lines[i]!.lead ? { lead: ctx.lines[i]!.lead } : {}), ...(captionAlone(ctx.lines, i) ? { caption: true as const } : {}) },
      i + 1,
    ],
  },
];

/** A caption's longest line: a photo's or a chart's words, a table's title. */
const CAPTION_CHARS = 45;
/** A line that ends a sentence or a clause, or leads into what follows, is text. */
const TEXT_END = /[。！？；：:，、…]$/u;

/**
 * Whether line `i`, which no other rule took (no heading, list, figure or table), is a caption: a line
 * labelled by its picture's place (`左圖：…`), or a short line standing alone between blank lines that
 * ends no sentence (`中国联通召开党组理论学习中心组联学…` under a photo, `线路治理后的小区`, a chart's
 * `中国联通股权结构图`); a line split off a paragraph as its photo's caption is one too.
 */
function captionAlone(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.caption) return true;
  const text = line.text.trim();
  if (opensWithPictureLabel(text) || TEXT_END.test(text) || BULLET.test(line.text) || !isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) return opensWithPictureLabel(text);
  // Between two pictures' gaps (two blank lines or more on each side) a caption may run to two lines' worth.
  return [...text].length <= (betweenPictures(lines, i) ? 2 * CAPTION_CHARS : CAPTION_CHARS);
}

/** Whether line `i` stands between the gaps two pictures leave in the text: two blank lines or more above it and below it. */
const betweenPictures = (lines: readonly Line[], i: number): boolean => [-1, -2, 1, 2].every((d) => isBlank(lines[i + d]));

/** A key figure's label printed at the end of a paragraph's last line, after its full stop and a space. */
const LABEL_AFTER_SENTENCE = /^(.*[。！？])[ \u3000]+(\p{Script=Han}{4,16})$/u;

/**
 * Lines with a key figure's label split off the paragraph line it was printed at the end of
 * (`…全年並未發生涉及人員傷亡的安全生產事故。 安全生產培訓次數`, then `93次`): the label becomes a line of its
 * own, so the callout is read; both keep the source line's number. Where the paragraph ends there (a
 * blank line or a list's item next), the words after the space are a photo's caption (`…賦能。 聯通5G
 * 賦能智慧冬奧`): a line of its own, marked so that it is never taken for a heading.
 */
export function labelsApart(lines: readonly Line[]): Line[] {
  return lines.flatMap((line, i) => {
    let k = i + 1;
    while (k < lines.length && isBlank(lines[k])) k++;
    const next = lines[k]?.text.trim() ?? '';
    const label = LABEL_AFTER_SENTENCE.exec(line.text.trimEnd());
    if (label && k > i + 1 && (FIGURE_NUMBER_UNIT.test(next) || FIGURE_NUMBER_COUNTED.test(next))) return [{ n: line.n, text: label[1]! }, { n: line.n, text: '' }, { n: line.n, text: label[2]! }];
    const caption = CAPTION_AFTER_SENTENCE.exec(line.text.trimEnd());
    const paragraphEnds = k > i + 1 || k >= lines.length || BULLET.test(lines[k]!.text);
    if (caption && paragraphEnds) return [{ ...line, text: caption[1]! }, { n: line.n, text: '' }, { n: line.n, text: caption[2]!, caption: true as const }];
    return [line];
  });
}

/** Splits a section's lines into blocks; heading ids are unique within the section; `pageTitle`, the page's title. */
export function toBlocks(source: readonly Line[], headingIds = new Set<string>(), pageTitle?: string): Block[] {
  const lines = labelsApart(source);
  const ctx: Context = { lines, headingIds, pageTitles: pageTitle ? [pageTitle] : [] };
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    const handler = handlers.find((h) => h.match(ctx, i))!;
    const [block, next] = handler.take(ctx, i);
    blocks.push(...(Array.isArray(block) ? block : [block]));
    i = next;
  }
  // Two photos' captions printed side by side on one line are two captions.
  return withNoteLabelsJoined(blocks).flatMap((b) => (b.type === 'paragraph' && b.caption ? captionsApart(b.text).map((text) => ({ ...b, text })) : [b]));
}

/** The marks that open the items of a list printed as raw HTML inside a table cell. */
export const CELL_ITEM_MARKS = /[☆•]/gu;

/** Raw HTML list markup inside a table cell (`<ul style=…> ☆ a ☆ b`, `<ul …> • a • b`) as list items, or null. */
export function cellListItems(cell: string): string[] | null {
  // A list the build read into a cell (text-tables.ts) holds one item a line.
  if (cell.includes('\n')) return cell.split('\n');
  if (!/<\/?(?:ul|li)\b/i.test(cell)) return null;
  return cell
    .replace(/<\/?(?:ul|li)\b[^>]*>/gi, '☆')
    .split(CELL_ITEM_MARKS)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A figure's whole label: the words before its number and any printed after its unit (`建成` + `5G基站`). */
export const figureLabel = (block: Extract<Block, { type: 'figure' }>) => block.label + (block.labelAfter ?? '');

/** Every character of text a block publishes, for the no-loss accounting. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'table':
      return block.rows.flat().map((c) => cellListItems(c)?.join('') ?? c).join('');
    case 'list':
      return block.items.join('');
    case 'figure':
      return (block.sharesLabel ? '' : block.label) + block.value + block.unit + (block.labelAfter ?? '');
    default:
      return block.text;
  }
}
