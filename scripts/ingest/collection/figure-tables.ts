// A results report's key-figures tables (主要会计数据和财务指标, 主要财务数据, the quarters' figures), printed as
// tables and run together on the collection's line: the columns' names, then each item's name and one
// figure per column, nothing between them:
// `本报告期末上年度末本报告期末比上年度末增减(%)总资产605,441,7…,8542.0归属于上市公司股东的净资产…`.
// A column is a period (`本报告期`, `2022年`, `第一季度（1-3月份）`, `上年期末数`, a column named by its dates:
// `于2019年9月30日/由2019年1月1日至2019年9月30日期间`) or the change between two (`…增减(%)`, `变动比例（%）`).
// Amounts are grouped by thousands and a column prints its figures with one number of decimals, so
// where one figure ends and the next begins shows; where two readings remain, a change its two figures
// confirm decides, else the amounts of one row are of one size (`8.7` + `582,475,430,408`, not `8.75` +
// `82,475,430,408`). The same reading serves the non-recurring items (a last column of notes) and the
// tables whose header prints its periods over an amount's and a share's column each (shareTables);
// the tables of changes and their reasons (reasonTables) and of the company's contacts (contactTables)
// have readers of their own, each row's text being words.
import { alternation, classMembers, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { grammar, collection: words } = vocabulary;
const { itemsColumn, periods, quarters, dated, change, points, amount, note, noNote, halves, share, netAdds } = words.results.figureTables;
const { notApplicable, itemPrefixes } = words.results.statements;
const notes = words.results.notes;
const [Y, M, D] = [grammar.dates.year, grammar.dates.month, grammar.dates.day].map(escapeRegExp);

/** A period's months in brackets after its name: `（1-9月）`, `（1-3月份）`. */
const MONTHS = `[（(]\\d{1,2}[-－—]\\d{1,2}${M}\\p{Script=Han}?[)）]`;
/** A day in words (`2019年9月30日`) and in ISO's digits (`2022-06-19`). */
export const PRINTED_DAY = `\\d{4}${Y}\\d{1,2}${M}\\d{1,2}${D}`;
export const ISO_DAY = '\\d{4}-\\d{2}-\\d{2}';
/** A column named by its dates: as at a day, over a period from one day to another, or both (`于2019年9月30日/由2019年1月1日至2019年9月30日期间`). */
const DURING = `${escapeRegExp(dated.from)}${PRINTED_DAY}${escapeRegExp(dated.to)}${PRINTED_DAY}${escapeRegExp(dated.during)}`;
const DATED = `(?:${escapeRegExp(dated.asAt)}${PRINTED_DAY}(?:[/／]${DURING})?|${DURING})`;
const IS_DATED = new RegExp(`^${DATED}$`, 'u');
/** Two columns named by their dates make a table, as do three quarters. */
const DATED_COLUMNS = 2;
const PERIOD = `(?:${DATED}|${alternation([...periods, ...quarters])}|\\d{4}${Y})(?:${escapeRegExp(amount)})?(?:${MONTHS})?`;
/**
 * A column of changes: `本报告期比上年同期增减(%)`, `比上年同期增减（%）`, `本年比上年增减(%)`; or named for the ratio
 * alone (`变动比例（%）`), which HEADER takes only after a period's column (the reasons table prints it
 * right after its items' column: `项目名称变动比例（%）主要原因`).
 */
const CHANGE_BETWEEN = `(?:${PERIOD})?${escapeRegExp(change.than)}\\p{Script=Han}{1,10}?${escapeRegExp(change.change)}(?:${escapeRegExp(change.range)})?[(（]%[)）]`;
const CHANGE_RATIO = `${escapeRegExp(change.ratio)}[(（]%[)）]`;
const CHANGE = `(?:${CHANGE_BETWEEN}|${CHANGE_RATIO})`;
/** A last column of notes on the items (`说明`). */
const NOTE = escapeRegExp(note);
const COLUMN = new RegExp(`${CHANGE}|${PERIOD}|${NOTE}$`, 'gu');
const IS_CHANGE = new RegExp(`^${CHANGE}$`, 'u');
const PERIOD_FIRST = new RegExp(`^${PERIOD}(?=${escapeRegExp(change.than)})`, 'u');
/** The columns' names, two to six, maybe after the items column's name, right before the first item's name. */
const HEADER = new RegExp(`(?:${alternation(itemsColumn)})?((?:${CHANGE_BETWEEN}|${PERIOD})(?:${CHANGE}|${PERIOD}){0,5}(?:${NOTE})?)(?=\\p{Script=Han})`, 'gu');
/** A table of this many quarters for columns needs no column of changes. */
const QUARTERS = 3;
const HEADER_HERE = new RegExp(`^${HEADER.source}`, 'u');
/** A period named in words (`本报告期末`, `本报告期（1-6月）`), not a year's, a quarter's or a day's digits. */
const NAMED_PERIOD = new RegExp(`^(?:${alternation(periods)})(?:${escapeRegExp(amount)})?(?:${MONTHS})?$`, 'u');
/** Periods alone, a second row of a table's columns' names, before its next item's name (Latin letters or Han). */
const PERIODS_AGAIN = new RegExp(`^(?:${PERIOD}){2,6}(?=[\\p{Script=Han}A-Za-z])`, 'u');
/** A numbered note's label where the text prints it (`附注1：`, `注2：`): its number. */
const NOTE_NUMBER = new RegExp(`(?<!${alternation(notes.joinedBy)})(?:${escapeRegExp(notes.attached)})?${escapeRegExp(notes.label)}(\\d{1,2})[：:]`, 'gu');

/** A figure: thousands grouped by commas, maybe negative, with decimals or a percent sign. */
const FIGURE = /^-?(?:0|[1-9]\d{0,2}(?:,\d{3})*)(?:\.\d+)?%?$/u;
/** A cell in words: none applies, or a change in percentage points (`增加0.50个百分点`, `2.8个百分点`). */
const WORD_CELL = new RegExp(`^(?:${escapeRegExp(notApplicable)}|(?:${escapeRegExp(points.up)}|${escapeRegExp(points.down)})?-?\\d+(?:\\.\\d+)?${escapeRegExp(points.unit)})`, 'u');
/** Figures run together: digits and their marks. */
const FIGURES = /^-?\d[\d,.%-]*/u;
/** Where an item's name gives way to its figures; a term's digits are the name's (`其中：4G用户数`). */
const CELLS_START = new RegExp(`^(?:-?\\d(?!\\d{0,3}[A-Za-z])|${escapeRegExp(notApplicable)}|${escapeRegExp(points.up)}\\d|${escapeRegExp(points.down)}\\d)`, 'u');
/**
 * An item's name: words, brackets, a unit (`基本每股收益（元／股）`, `EBITDA全部债务比（%）`), a clause's comma
 * (the exchange's long names of non-recurring items); no sentence's end, no colon but after a prefix
 * (`其中：主营业务收入`, `减：所得税影响额`).
 */
const NAME = { min: 2, max: 120 };
const NOT_IN_NAME = /[。！？；：:]/u;
const ITEM_PREFIX = new RegExp(`^(?:${alternation(itemPrefixes)})：`, 'u');
/** A note cell: none (`——`), or a few words up to the next item's prefix (`增值税加计抵减` + `减：所得税影响额`). */
const NOTE_CELL = new RegExp(`^(?:${escapeRegExp(noNote)}|[^\\d。！？；，]{2,20}?(?=(?:${alternation(itemPrefixes)})：))`, 'u');
/** What follows a year, a month or a day. */
const DATE_UNIT = new RegExp(`^(?:${Y}|${M}|${escapeRegExp(grammar.dates.day)})$`, 'u');
/** The number of the part after a table (`3.2报告期分季度的…`), left over after its last row's figures. */
const NEXT_NUMBER = /^\d{1,2}(?:\.\d{1,2})?\.?$/u;

export interface FigureTable {
  at: number;
  end: number;
  /** The names a header of two rows prints once over two columns each, repeated in the flattened header (`2020年`). */
  spanned?: string[];
  /** The columns' names first (the items column's name, or empty where none is printed). */
  rows: string[][];
  /** Rows that name the columns again for the rows below them, by their index in `rows`. */
  namesAgain?: number[];
  /** The columns' names printed again after a page break, left out: counted as repeated-header. */
  repeatedHeaders?: string[];
  /** Columns whose cell is printed once over the rows below it that leave theirs empty. */
  mergedDown?: number[];
}

type Kind = 'amount' | 'change' | 'share' | 'note';

/** How much a change that its two figures confirm outweighs the other signs of a reading. */
const CONFIRMED = 5;

const decimals = (x: string) => x.replace('%', '').split('.')[1]?.length ?? 0;
const digits = (x: string) => x.replace(/[^\d.]/gu, '').split('.')[0]!.length;

/** Every way of reading `run` as `n` figures, each whole, maybe leaving the next part's number. */
function readings(run: string, n: number): { cells: string[]; rest: string }[] {
  if (n === 0) return run === '' ? [{ cells: [], rest: '' }] : NEXT_NUMBER.test(run) ? [{ cells: [], rest: run }] : [];
  const out: { cells: string[]; rest: string }[] = [];
  for (let end = 1; end <= run.length; end++) {
    const head = run.slice(0, end);
    if (FIGURE.test(head)) for (const tail of readings(run.slice(end), n - 1)) out.push({ cells: [head, ...tail.cells], rest: tail.rest });
  }
  return out;
}

/**
 * How badly a row's figures read: columns of a kind print one number of decimals (first); a row's
 * amounts are of one size and print few decimals, and its changes stay under a hundredfold
 * (`0.067` + `24.1`, not `0.06` + `724.1` nor `0.0672` + `4.1`).
 */
function cost(cells: readonly string[], kinds: readonly Kind[], rest: string): number {
  let c = rest ? 100 : 0;
  // A change right after the two figures it compares that equals their difference or their ratio, as
  // printed (`48.8248.330.49`: 48.82 and 48.33 differ by 0.49; not 48.8, 248.3 and 30.49), confirms the reading.
  kinds.forEach((kind, k) => {
    if (kind !== 'change' || k < 2 || kinds[k - 1] !== 'amount' || kinds[k - 2] !== 'amount') return;
    const [a, b, d] = [cells[k - 2], cells[k - 1], cells[k]].map((x) => Number((x ?? '').replace(/[,%]/gu, '')));
    if (![a, b, d].every(Number.isFinite) || b === 0) return;
    const half = 0.5 * 10 ** -decimals(cells[k]!);
    if (Math.abs(a! - b! - d!) <= half + 1e-9 || Math.abs(((a! - b!) / Math.abs(b!)) * 100 - d!) <= half + 1e-9) c -= CONFIRMED;
  });
  for (const kind of ['amount', 'change', 'share'] as const) {
    const figures = cells.filter((x, k) => kinds[k] === kind && FIGURE.test(x));
    c += 10 * (new Set(figures.map(decimals)).size - (figures.length ? 1 : 0));
    if (kind === 'amount' && figures.length > 1) c += Math.max(...figures.map(digits)) - Math.min(...figures.map(digits));
    if (kind === 'amount') c += figures.reduce((sum, x) => sum + decimals(x), 0) / 2;
    if (kind === 'change') c += figures.reduce((sum, x) => sum + Math.max(0, digits(x) - 2), 0);
  }
  return c;
}

/** A row read: its item's name, one cell per column, where it ends. */
interface RowReading {
  name: string;
  cells: string[];
  end: number;
  /** How badly its figures read (cost). */
  cost: number;
  /** Read with a note's number set apart from the figures after the name. */
  apart?: true;
}

/**
 * A row's readings from `text` at `from`: the figures and words after the name, one per column, and a
 * note where the table has a column of them. One reading, or two where a note's number may stand
 * after the name (readFigures), or none.
 */
function readRow(text: string, from: number, kinds: readonly Kind[], markers: ReadonlySet<string> = new Set()): RowReading[] {
  if (kinds.at(-1) !== 'note') return readFigures(text, from, kinds, markers);
  return readFigures(text, from, kinds.slice(0, -1), markers).flatMap((row) => {
    const cell = NOTE_CELL.exec(text.slice(row.end));
    return cell ? [{ ...row, cells: [...row.cells, cell[0]], end: row.end + cell[0].length }] : [];
  });
}

/** Where a row's cells start after `from`: the first figure or word outside brackets (`折旧及摊销（注1）830.3…` names its note). */
function cellsStart(text: string, from: number): number {
  let depth = 0;
  for (let k = from; k < Math.min(text.length, from + NAME.max + 1); k++) {
    const c = text[k]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && CELLS_START.test(text.slice(k, k + 3))) return k;
  }
  return -1;
}

/**
 * A row's name and its cells, one per column of `kinds`: figures run together read the way that costs
 * least, and a row that two readings read equally well is not read (which is meant does not show:
 * `12345` as `12` + `345` or `123` + `45`), so the table ends there. A note's number may stand right
 * after a unit's bracket (`移动出账用户数（万户）1` + `31,100.9`…, where the text prints `附注1：`): then the
 * figures are also read with that number set apart, the name keeping it (its marker), and the table
 * chooses (chooseReadings).
 */
function readFigures(text: string, from: number, kinds: readonly Kind[], markers: ReadonlySet<string> = new Set()): RowReading[] {
  const at = cellsStart(text, from);
  if (at < 0) return [];
  const name = text.slice(from, at);
  if ([...name].length < NAME.min || [...name].length > NAME.max || NOT_IN_NAME.test(name.replace(ITEM_PREFIX, ''))) return [];
  const read = cellsAt(text, at, kinds);
  if (read?.tied) return [];
  const printed = read ? [{ name, cells: read.cells, end: read.end, cost: read.cost }] : [];
  if (!CLOSING_BRACKET.test(name)) return printed;
  const apart = [...markers].flatMap((n) => {
    const other = text.startsWith(n, at) ? cellsAt(text, at + n.length, kinds) : null;
    return other && !other.tied ? [{ name: name + n, cells: other.cells, end: other.end, cost: other.cost, apart: true as const }] : [];
  });
  return [...printed, ...apart];
}

/** A year's digits after a row's last figure (`-317.2` + `2019`). */
const YEAR_DIGITS = 4;
const YEAR_AFTER = new RegExp(`\\d\\d{${YEAR_DIGITS}}$`, 'u');

/** A single Latin letter after a digit, a term's (`5G`, `4G`), not a word's (`EBITDA`). */
const TERM_AFTER = /^[A-Za-z](?![A-Za-z])/u;

/** A row's name ends with a bracket (its unit: `（万户）`). */
const CLOSING_BRACKET = /[）)]$/u;

/**
 * A row's cells read from `at`, one per column of `kinds`, the figures run together read the way that
 * costs least: its cost, and whether another reading costs as little.
 */
function cellsAt(text: string, start: number, kinds: readonly Kind[]): { cells: string[]; end: number; cost: number; tied: boolean } | null {
  let at = start;
  // The cells: words one each, figures run together read as many as the columns left allow.
  const pieces: { run: string; words: boolean }[] = [];
  for (;;) {
    const rest = text.slice(at);
    const word = WORD_CELL.exec(rest);
    const run = word ? null : FIGURES.exec(rest);
    if (!word && !run) break;
    const piece = (word ?? run)![0];
    // Percentage points after percentages (`46.1%43.3%2.8个百分点`): the last figure is the change's.
    const percent = piece.lastIndexOf('%');
    if (run && percent >= 0 && percent < piece.length - 1 && rest.startsWith(points.unit, piece.length)) {
      pieces.push({ run: piece.slice(0, percent + 1), words: false }, { run: piece.slice(percent + 1) + points.unit, words: true });
      at += piece.length + points.unit.length;
      continue;
    }
    pieces.push({ run: piece, words: !!word });
    at += piece.length;
  }
  // A digit before a single Latin letter is a term's, the next name's (`30,982.6` + `5G套餐用户数`).
  const lastPiece = pieces.at(-1);
  if (lastPiece && !lastPiece.words && TERM_AFTER.test(text.slice(at)) && /\d$/u.test(lastPiece.run)) {
    lastPiece.run = lastPiece.run.slice(0, -1);
    at -= 1;
    if (!lastPiece.run) pieces.pop();
  }
  // Figures before a year, a month or a day are a date (a page's running header), not a row's; the
  // next table's columns' names may open with one (`…1752.5` + `年初至报告期末（1-9月）…`), and the
  // sentence after the table with its year (`…-317.2` + `2019年首三季度，…`): the year's digits are the text's.
  if (DATE_UNIT.test(text[at] ?? '') && !HEADER_HERE.test(text.slice(at))) {
    const last = pieces.at(-1);
    if (text[at] !== grammar.dates.year || !last || last.words || !YEAR_AFTER.test(last.run)) return null;
    pieces[pieces.length - 1] = { run: last.run.slice(0, -YEAR_DIGITS), words: false };
    at -= YEAR_DIGITS;
  }
  let ways: { cells: string[]; rest: string }[] = [{ cells: [], rest: '' }];
  for (const [k, piece] of pieces.entries()) {
    const last = k === pieces.length - 1;
    ways = ways.flatMap((w) => {
      if (w.rest) return [];
      if (piece.words) return w.cells.length < kinds.length ? [{ cells: [...w.cells, piece.run], rest: '' }] : [];
      const out: { cells: string[]; rest: string }[] = [];
      // Figures of a run left for the columns after it, words among them taking theirs.
      const wordsAfter = pieces.slice(k + 1).filter((p) => p.words).length;
      for (let n = 1; n <= kinds.length - w.cells.length - wordsAfter; n++) {
        for (const r of readings(piece.run, n)) if (!r.rest || last) out.push({ cells: [...w.cells, ...r.cells], rest: r.rest });
      }
      return out;
    });
  }
  // A change's column holds no grouped amount, an amount's column no change in points.
  const fits = (cells: readonly string[]) =>
    cells.length === kinds.length &&
    cells.every((x, k) => (kinds[k] === 'change' ? !x.includes(',') : kinds[k] === 'share' ? x.endsWith('%') && !x.includes(',') : !x.endsWith(points.unit)));
  const ranked = ways
    .filter((w) => fits(w.cells))
    .map((w) => ({ ...w, cost: cost(w.cells, kinds, w.rest) }))
    .sort((a, b) => a.cost - b.cost);
  const [best, next] = ranked;
  if (!best) return null;
  const tied = next !== undefined && next.cost === best.cost && next.cells.join('|') !== best.cells.join('|');
  return { cells: best.cells, end: at - best.rest.length, cost: best.cost, tied };
}

/**
 * The key-figures tables in `text`, each from its columns' names to its last item read whole. A table
 * needs a column of changes, three quarters or two days for columns, or the items column's name over
 * amounts or over periods named in words (tableAt); it ends where a row does not read as one
 * figure per column (a sentence, a page's running header inside a name), or where another table's
 * columns' names begin.
 */
export function figureTables(text: string): FigureTable[] {
  const tables: FigureTable[] = [];
  const markers = new Set([...text.matchAll(NOTE_NUMBER)].map((m) => m[1]!));
  for (const h of text.matchAll(HEADER)) {
    if (tables.length && h.index < tables.at(-1)!.end) continue;
    const items = h[0].slice(0, h[0].length - h[1]!.length);
    // Read as many columns as the rows' figures show: a change's name may open with a period that is a
    // column of its own (`上年初至上年报告期末（1-9月）` + `比上年同期增减(%)`).
    const table = columnReadings(h[1]!)
      .map((columns) => tableAt(text, h.index + h[0].length, items, columns, markers))
      .sort((a, b) => b.rows.length - a.rows.length)[0];
    if (table && table.rows.length > 1) tables.push({ ...table, at: h.index });
  }
  return tables;
}

/** A column of shares (`所占主营业务收入百分比`, `占比`). */
const SHARE = `(?:${escapeRegExp(share.before)}\\p{Script=Han}{1,12}?${escapeRegExp(share.after)}|${escapeRegExp(share.alone)})`;
const IS_SHARE = new RegExp(SHARE, 'u');
/**
 * A header of two rows run together: the periods (`2020年2019年`, `2022年上半年2021年上半年`), then over each
 * the same columns, an amount's and a share's (`累计完成所占主营业务收入百分比` twice).
 */
const PERIODS_OVER = new RegExp(`((?:\\d{4}${Y}(?:${alternation(halves)})?){1,4})(\\p{Script=Han}{2,6}?)(${SHARE})(?:\\2\\3)*(?=\\p{Script=Han})`, 'gu');
const YEAR_PERIOD = new RegExp(`\\d{4}${Y}(?:${alternation(halves)})?`, 'gu');

/** A table's unit printed over it, in brackets (`（单位：人民币亿元）`), right before its header. */
const UNIT_BEFORE = new RegExp(`[（(]${escapeRegExp(words.results.figureTables.unit)}[：:][^（）()]{1,16}[）)]$`, 'u');

/**
 * The tables whose header prints its periods over an amount's and a share's column each, read as the
 * key-figures tables are (`主营业务收入2,758.1100.00%2,643.9100.00%`: 2,758.1 | 100.00% | 2,643.9 | 100.00%).
 * One period over its two columns (`2020年累计支出占比`, the capital expenditure's amounts and their shares of
 * the total) is a table only under its unit (`（单位：人民币亿元）`): a sentence may name a year's share
 * (`2020年移动业务收入占比…`).
 */
export function shareTables(text: string): FigureTable[] {
  return [...text.matchAll(PERIODS_OVER)].flatMap((h) => {
    const periodNames = h[1]!.match(YEAR_PERIOD) ?? [];
    const repeats = (h[0].length - h[1]!.length) / (h[2]!.length + h[3]!.length);
    if (periodNames.length !== repeats) return [];
    if (repeats === 1 && !UNIT_BEFORE.test(text.slice(Math.max(0, h.index - 24), h.index))) return [];
    const columns = periodNames.flatMap((p) => [`${p}${h[2]}`, `${p}${h[3]}`]);
    const table = tableAt(text, h.index + h[0].length, '', columns);
    // One period's table prints its items' rows, two or more (a total and its parts), not one sentence's share.
    return table.rows.length > (repeats === 1 ? 2 : 1) ? [{ ...table, at: h.index, spanned: periodNames }] : [];
  });
}

/** The ways of reading a header's columns: as matched, and with each change's opening period a column apart. */
function columnReadings(header: string): string[][] {
  const columns = [...header.matchAll(COLUMN)].map((c) => c[0]);
  const apart = columns.flatMap((c) => {
    const period = IS_CHANGE.test(c) ? PERIOD_FIRST.exec(c)?.[0] : undefined;
    return period ? [period, c.slice(period.length)] : [c];
  });
  return apart.length === columns.length ? [columns] : [columns, apart];
}

/**
 * A table's rows read from `from`, under `columns`; none where its columns make no table. A table of
 * periods alone under the items column's name goes on under a second row of as many periods
 * (`主要指标本报告期末上年度末资产负债率…` then `本报告期（1-6月）上年同期EBITDA利息保障倍数…`), a row of the table.
 */
function tableAt(text: string, from: number, items: string, columns: string[], markers: ReadonlySet<string> = new Set()): Omit<FigureTable, 'at'> {
  const kinds: Kind[] = columns.map((c) => (IS_CHANGE.test(c) ? 'change' : c === note ? 'note' : IS_SHARE.test(c) ? 'share' : 'amount'));
  const rows: string[][] = [[items, ...columns]];
  // Columns of changes, three quarters, two columns named by their dates, or the items column's name
  // over amounts (`项目本期金额说明`) or over periods alone (`主要指标本报告期末上年度末`).
  const periodsOnly = items !== '' && columns.length > 1 && columns.every((c) => NAMED_PERIOD.test(c));
  const amounts = items !== '' && columns.every((c) => c === note || c.includes(amount));
  const enough =
    kinds.includes('change') ||
    kinds.includes('share') ||
    amounts ||
    periodsOnly ||
    columns.filter((c) => quarters.some((q) => c.startsWith(q))).length >= QUARTERS ||
    columns.filter((c) => IS_DATED.test(c)).length >= DATED_COLUMNS;
  if (!enough) return { end: from, rows: [] };
  const namesAgain: number[] = [];
  const open: OpenRow[] = [];
  let at = from;
  for (;;) {
    const rest = text.slice(at);
    const another = rows.length > 1 ? HEADER_HERE.exec(rest) : null;
    const periodsAgain = periodsOnly && rows.length > 1 ? PERIODS_AGAIN.exec(rest) : null;
    const more = periodsAgain ? [...periodsAgain[0].matchAll(COLUMN)].map((c) => c[0]) : [];
    // Another table's columns' names that open with periods (`本报告期末上年度末比上年度末增减(%)`) end this one.
    if (more.length === columns.length && more.every((c) => NAMED_PERIOD.test(c)) && (!another || another[0].length <= periodsAgain![0].length)) {
      const [row, ...others] = readRow(text, at + periodsAgain![0].length, kinds, markers);
      if (!row || others.length || row.apart) break;
      namesAgain.push(rows.length);
      rows.push(['', ...more], [row.name, ...row.cells]);
      at = row.end;
      continue;
    }
    if (another) break;
    const readings = readRow(text, at, kinds, markers);
    // Readings that end apart leave the next row's start in doubt: the table ends before the row.
    if (readings.length === 0 || new Set(readings.map((r) => r.end)).size > 1) break;
    if (readings.length > 1 || readings[0]!.apart) open.push({ row: rows.length, start: at, readings });
    rows.push([readings[0]!.name, ...readings[0]!.cells]);
    at = readings[0]!.end;
  }
  // A row read two ways is read as chooseReadings says; the table ends before the first it leaves in doubt.
  const chosen = chooseReadings(rows, open, columns.length === DATED_COLUMNS && columns.every((c) => IS_DATED.test(c)));
  const doubt = open.find((o) => !chosen.has(o.row));
  for (const [k, r] of chosen) rows[k] = [r.name, ...r.cells];
  if (doubt) {
    rows.length = doubt.row;
    at = doubt.start;
  }
  const again = namesAgain.filter((k) => k < rows.length);
  return { end: at, rows, ...(again.length ? { namesAgain: again } : {}) };
}

/** A row read more than one way: its index in the table's rows, where it starts, its readings. */
interface OpenRow {
  row: number;
  start: number;
  readings: RowReading[];
}

/** Whether a figure of net additions is the change between two totals (`-746.6` = `31,100.9` - `31,847.5`), to its printed decimals. */
const changeOf = (a: string, b: string, d: string) => {
  const [x, y, z] = [a, b, d].map((v) => Number(v.replace(/[,%]/gu, '')));
  return [x, y, z].every(Number.isFinite) && Math.abs(x! - y! - z!) <= 0.5 * 10 ** -decimals(d) + 1e-9;
};

/**
 * The reading of each row read two ways, by its index in `rows`. Over two columns dated at this
 * period's end and the last one's (`dated`), a row of net additions (`移动出账用户净增数（万户）`, collection.yml
 * netAdds) prints first the change between the two figures of its totals row (`移动出账用户数（万户）`): where
 * one pairing of the two rows' readings agrees so, those readings are theirs (`（万户）1` + `31,100.9` +
 * `31,847.5` over `1` + `-746.6`: note 1 set apart in both). Otherwise a row is read as printed where that
 * reads better than every reading with a note's number set apart (`1,419` + `1,817`, not `1` + `419` + `1,817`).
 */
function chooseReadings(rows: readonly string[][], open: readonly OpenRow[], dated: boolean): Map<number, RowReading> {
  const chosen = new Map<number, RowReading>();
  // The names compared without a note's number after their unit (`（万户）1`).
  const bare = (name: string) => name.replace(/(?<=[）)])\d{1,2}$/u, '');
  const readingsOf = (k: number): RowReading[] => open.find((o) => o.row === k)?.readings ?? [{ name: rows[k]![0]!, cells: rows[k]!.slice(1), end: 0, cost: 0 }];
  if (dated) {
    for (let n = 1; n < rows.length; n++) {
      const name = rows[n]![0]!;
      if (!name.includes(netAdds)) continue;
      const t = rows.findIndex((r, k) => k > 0 && bare(r[0]!) === bare(name.replace(netAdds, '')));
      if (t < 0 || !open.some((o) => o.row === t || o.row === n)) continue;
      const agree = readingsOf(t).flatMap((a) => readingsOf(n).filter((b) => changeOf(a.cells[0]!, a.cells[1]!, b.cells[0]!)).map((b) => [a, b] as const));
      if (agree.length !== 1) continue;
      chosen.set(t, agree[0]![0]).set(n, agree[0]![1]);
    }
  }
  for (const o of open) {
    const [printed, ...apart] = o.readings;
    if (!chosen.has(o.row) && printed && !printed.apart && apart.every((r) => r.cost > printed.cost)) chosen.set(o.row, printed);
  }
  return chosen;
}

const { reasons } = words.results.figureTables;
/** A table of changes and their reasons: its three columns' names (`项目名称变动比例（%）主要原因`). */
const REASONS_HEADER = new RegExp(`(${escapeRegExp(reasons.item)})(${escapeRegExp(reasons.change)}[(（]%[)）])(${escapeRegExp(reasons.reason)})`, 'gu');
/** A row: the item's name, its change, the reason up to its full stop (`财务费用-938.6货币资金存量加大，利息收入增加。`). */
const REASON_ROW = new RegExp(`([^\\d。！？；，、-]{2,20}?)(-?\\d+(?:\\.\\d+)?)([^。！？]{2,80}?。)`, 'uy');

/**
 * The tables of changes and their reasons in `text` (a quarterly report's `主要会计数据、财务指标发生变动的情况、原因`):
 * each row an item's name, its change in percent and the reason, a sentence; the table ends at the
 * first row that does not read so (a page's running header: the figures before its year).
 */
export function reasonTables(text: string): FigureTable[] {
  return [...text.matchAll(REASONS_HEADER)].flatMap((h) => {
    const rows: string[][] = [[h[1]!, h[2]!, h[3]!]];
    let at = h.index + h[0].length;
    for (;;) {
      REASON_ROW.lastIndex = at;
      const m = REASON_ROW.exec(text);
      if (!m || DATE_UNIT.test(m[3]![0]!)) break;
      rows.push([m[1]!, m[2]!, m[3]!]);
      at = m.index + m[0].length;
    }
    return rows.length > 1 ? [{ at: h.index, end: at, rows }] : [];
  });
}

const { contacts } = words.results;
const CONTACTS_HEADER = new RegExp(contacts.columns.map(escapeRegExp).join(''), 'gu');

/**
 * A row's two values run together, apart: two e-mail addresses of one domain (`dongmi@chinaunicom.cnir@chinaunicom.cn`),
 * a value printed twice (`010-66259179010-66259179`), or two names of one length (`李玉焯雷晓旭`); null otherwise.
 */
function twoValues(value: string): [string, string] | null {
  const at = value.lastIndexOf('@');
  if (at > 0 && value.indexOf('@') < at) {
    const domain = value.slice(at + 1);
    const end = value.indexOf(domain) + domain.length;
    return end < at ? [value.slice(0, end), value.slice(end)] : null;
  }
  const half = [...value].length / 2;
  if (!Number.isInteger(half)) return null;
  return [[...value].slice(0, half).join(''), [...value].slice(half).join('')];
}

/**
 * The contacts tables in `text` (`董事会秘书证券事务代表姓名…电话…电子信箱…`): the two columns' names, then
 * each row's label (collection.yml `results.contacts`) and its two values, up to the next label; the
 * e-mail row, last, ends after its second address. A value that does not read as two leaves the text as it is.
 */
export function contactTables(text: string): FigureTable[] {
  return [...text.matchAll(CONTACTS_HEADER)].flatMap((h) => {
    const rows: string[][] = [['', ...contacts.columns]];
    let at = h.index + h[0].length;
    const left = [...contacts.rows];
    while (left.length) {
      const label = left.find((l) => text.startsWith(l, at));
      if (!label) break;
      left.splice(left.indexOf(label), 1);
      const from = at + label.length;
      const next = Math.min(...left.map((l) => text.indexOf(l, from)).filter((k) => k > from));
      const email = label === contacts.email ? /^[\w.-]+@[\w.-]+?@[\w-]+(?:\.[a-z]+)+/u.exec(text.slice(from)) : null;
      const end = email ? from + email[0].length : Number.isFinite(next) ? next : -1;
      const values = end > from ? twoValues(text.slice(from, end)) : null;
      if (!values) return [];
      rows.push([label, ...values]);
      at = end;
      if (label === contacts.email) break;
    }
    return rows.length > 2 ? [{ at: h.index, end: at, rows }] : [];
  });
}

/**
 * Tables whose columns' names are printed as `columns` (each one of the ways listed), run together,
 * then rows each read whole by `row` (sticky), its cells `cells` of the match (by default one capture
 * per column): the header's place, then as many rows as read one after another.
 */
function fixedColumnTables(text: string, columns: readonly (string | readonly string[])[], row: RegExp, cells = (m: RegExpExecArray) => m.slice(1, 1 + columns.length)): FigureTable[] {
  const header = new RegExp(columns.map((c) => `(${alternation(typeof c === 'string' ? [c] : c)})`).join(''), 'gu');
  return [...text.matchAll(header)].flatMap((h) => {
    const body = rowsRead(text, h.index + h[0].length, row, cells);
    return body.rows.length > 0 ? [{ at: h.index, end: body.end, rows: [h.slice(1, 1 + columns.length), ...body.rows] }] : [];
  });
}

/** The rows read one after another from `at` by `row` (sticky), each row's cells `cells` of its match; where they end. */
export function rowsRead(text: string, at: number, row: RegExp, cells: (m: RegExpExecArray) => string[]): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let end = at;
  for (;;) {
    row.lastIndex = end;
    const m = row.exec(text);
    if (!m || m[0].length === 0) break;
    rows.push(cells(m));
    end = m.index + m[0].length;
  }
  return { rows, end };
}

/** The columns' names printed one after another from `at`, each one of `columns` (longer names first), with their kinds and where they end. */
export function columnsAt<K extends string>(text: string, at: number, columns: readonly { name: string; kind: K }[]): { kinds: K[]; names: string[]; end: number } {
  const kinds: K[] = [];
  const names: string[] = [];
  let k = at;
  for (;;) {
    const column = columns.find((c) => text.startsWith(c.name, k));
    if (!column) break;
    kinds.push(column.kind);
    names.push(column.name);
    k += column.name.length;
  }
  return { kinds, names, end: k };
}

/** A reader's columns from their printed names by kind (collection.yml), longer names first where one starts another (`持股数量` before `数量`). */
export function columnsByKind<K extends string>(byKind: Readonly<Record<K, readonly string[]>>): { name: string; kind: K }[] {
  return (Object.entries(byKind) as [K, string[]][]).flatMap(([kind, printed]) => printed.map((name) => ({ name, kind }))).sort((a, b) => b.name.length - a.name.length);
}

const { guarantees } = words.results;
const SUM = '\\d{1,3}(?:,\\d{3})*\\.\\d{2}';
const PARTY = (most: number) => `[^\\d。！？；]{0,${most}}?${escapeRegExp(guarantees.partyEnds)}`;
const NONE = escapeRegExp(guarantees.none);
/** A guarantee: number, guarantor, party guaranteed, amount, start, end, kind; or the total and none thrice. */
const GUARANTEE_ROW = new RegExp(
  `(?:(\\d{1,3})(${PARTY(10)})(${PARTY(40)})(${SUM})(${ISO_DAY})(${ISO_DAY})(${alternation(guarantees.kinds)})|(${escapeRegExp(guarantees.total)})(${SUM})(${NONE})(${NONE})(${NONE}))`,
  'uy',
);

/** The tables of guarantees in `text` (`序号担保方被担保方担保金额…1财务公司…`): the seven columns, a row per guarantee, the total (its label over the first three columns). */
export const guaranteeTables = (text: string): FigureTable[] =>
  fixedColumnTables(text, guarantees.columns, GUARANTEE_ROW, (m) => (m[1] ? m.slice(1, 8) : [m[8]!, '', '', ...m.slice(9, 13)]));

const { stock } = words.results;
/** A class of shares, the exchange, the short name (two to eight characters), the six-digit code: `A股上海证券交易所中国联通600050`. */
const STOCK_ROW = new RegExp(`(${alternation(stock.classes)})(${alternation(stock.exchanges)})([^\\d。！？；：]{2,8}?)(\\d{6})(?!\\d)`, 'uy');

/** The tables of the company's shares in `text` (`股票种类股票上市交易所股票简称股票代码A股上海证券交易所中国联通600050`): the four columns' names, then a row per class of shares. */
export const stockTables = (text: string): FigureTable[] => fixedColumnTables(text, stock.columns, STOCK_ROW);

const { boardReport } = words;
const { meetings } = boardReport;
const NUMBER_WORD = `[${classMembers(grammar.numerals)}]{1,3}`;
/** A meeting's name: `第六届董事会审计委员会第十次会议`. */
const MEETING = `${escapeRegExp(grammar.ordinal)}${NUMBER_WORD}${escapeRegExp(meetings.term)}${escapeRegExp(boardReport.committee)}${escapeRegExp(grammar.ordinal)}${NUMBER_WORD}${escapeRegExp(meetings.meeting)}`;
/** A row: the meeting, its date, where and how (a few words), what it approved from `1.` up to the next meeting or the text's end. */
const MEETING_ROW = new RegExp(`(${MEETING})(${PRINTED_DAY})([^\\d。！？；]{2,12}?)(1[.．][^]+?)(?=${MEETING}|$)`, 'uy');

/**
 * The tables of the audit committee's meetings in `text` (a board committee's annual report, `会议届次召开时间…`):
 * the four columns' names, then a row per meeting; the last row runs to the text's end (the table
 * closes its part of the report).
 */
export const meetingTables = (text: string): FigureTable[] => fixedColumnTables(text, meetings.columns, MEETING_ROW);
