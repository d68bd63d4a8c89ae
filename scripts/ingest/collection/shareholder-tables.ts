// A results report's table of its ten largest shareholders, run together on the collection's line after
// its title: the columns' names in the order the report prints them (collection.yml
// `results.figureTables.shareholders`), then each holder's name and its cells, nothing between them:
// `…股东名称股东性质持股比例(%)持股数量…中国联合网络通信集团有限公司国有法人36.811,399,724,2200无0中国人寿…`.
// Each column is of a kind: a holder's name, its nature or a share's status (words of a list), a number
// of shares (grouped by thousands, maybe negative), a share in percent. Numbers of shares show where
// they end by their grouping; a table prints its percentages with one number of decimals, so the
// reading that leaves exactly one way through every row tells `36.8` + `11,399,724,220` from `36.81` +
// `1,399,724,220`. A holder's name runs up to where the rest of its row reads; the table ends at the
// first row that does not read one way (`上述股东关联关系或一致行动的说明…`).
import { columnsByKind, type FigureTable } from './figure-tables.ts';
import { escapeRegExp, vocabulary } from '../vocabulary.ts';

const { shareholders } = vocabulary.collection.results.figureTables;

type Kind = keyof typeof shareholders.columns;
interface Column {
  name: string;
  kind: Kind;
}

/** Every column's name with its kind, longer names first (`持股数量` before `数量`). */
const COLUMNS: Column[] = columnsByKind<Kind>(shareholders.columns);
const GROUPS = [...shareholders.groups].sort((a, b) => b.length - a.length);
/** The fewest columns a table of holdings prints: a name, its nature, shares and a percentage. */
const MIN_COLUMNS = 4;
/** The numbers of decimals a table's percentages may print. */
const DECIMALS = [1, 2];
/** A holder's name, in characters: a company's, a fund's with its product code (`…－005L－CT001沪（注1）`). */
const HOLDER = { min: 2, max: 80 };
/** A holder's name ends on a word (`…有限公司`, `…PLC`) or a bracket (`（有限合伙）`, `（注1）`) and holds no sentence's or clause's end. */
const HOLDER_END = /[\p{Script=Han}A-Za-z）)]$/u;
const NOT_IN_HOLDER = /[。！？；：]/u;
/** A number of shares: thousands grouped by commas, maybe negative (a change in the period). */
const SHARES = /^-?(?:0|[1-9]\d{0,2}(?:,\d{3})*)$/u;
/** What a cell read in full is never followed by: a number going on. */
const GOES_ON = /^[\d,.]/u;

/** The two columns a group's name is printed over: a status or a class, then a number of shares. */
const GROUPED = ['status,shares', 'class,shares'];

interface Header {
  columns: Column[];
  /** Names printed over the status's and the number's columns. */
  groups: string[];
  end: number;
}

/** The columns' names from `at`, or null where they make no table of holdings. */
function headerAt(text: string, at: number): Header | null {
  const columns: Column[] = [];
  const groups: string[] = [];
  let place = -1;
  let k = at;
  for (;;) {
    const group = GROUPS.find((g) => text.startsWith(g, k));
    const column = group ? null : COLUMNS.find((c) => text.startsWith(c.name, k));
    if (group) groups.push(group), (place = columns.length);
    else if (column) columns.push(column);
    else break;
    k += (group ?? column!.name).length;
  }
  // A group's own columns, printed on the header's second row, end the names run together; their
  // cells stand where the group is printed (`…质押或冻结情况股东性质股份状态数量` over `…无0国有法人`).
  const last = columns.slice(-2).map((c) => c.kind).join();
  if (place > 0 && place < columns.length - 2 && GROUPED.includes(last)) columns.splice(place, 0, ...columns.splice(-2));
  // A group's name stands over a pair of columns: without one the header is not one this reader knows.
  const paired = columns.some((c, j) => GROUPED.includes(`${c.kind},${columns[j + 1]?.kind}`));
  const ok = columns.length >= MIN_COLUMNS && columns[0]!.kind === 'holder' && columns.filter((c) => c.kind === 'holder').length === 1 && groups.length <= 1 && (groups.length === 0 || paired);
  return ok ? { columns, groups, end: k } : null;
}

/** The words a cell of a listed kind may print. */
const LISTED = { nature: shareholders.natures, status: shareholders.statuses, class: shareholders.classes };

/** Where a cell of `kind` read from `k` may end (none, one or several). */
function cellEnds(text: string, k: number, kind: Exclude<Kind, 'holder' | 'pledged'>, decimals: number): number[] {
  if (kind === 'nature' || kind === 'status' || kind === 'class') return LISTED[kind].filter((w) => text.startsWith(w, k)).map((w) => k + w.length);
  if (kind === 'percent') {
    const m = new RegExp(`\\d{1,3}\\.\\d{${decimals}}`, 'uy');
    m.lastIndex = k;
    return m.test(text) ? [m.lastIndex] : [];
  }
  const run = /-?\d[\d,]*/uy;
  run.lastIndex = k;
  const digits = run.exec(text)?.[0] ?? '';
  const ends: number[] = [];
  for (let n = 1; n <= digits.length; n++) if (SHARES.test(digits.slice(0, n))) ends.push(k + n);
  return ends;
}

interface Row {
  cells: string[];
  end: number;
}

/** Every way of reading the row's cells after the holder's name, from `k`, under `columns`. */
function cellsFrom(text: string, k: number, columns: readonly Column[], decimals: number): Row[] {
  const [column, ...rest] = columns;
  if (!column) return GOES_ON.test(text.slice(k, k + 1)) ? [] : [{ cells: [], end: k }];
  const kind = column.kind;
  if (kind === 'holder') return [];
  if (kind === 'pledged')
    // A status and its number of shares under one name: one cell, the two apart (`质押 585,651,537`).
    return cellEnds(text, k, 'status', decimals).flatMap((s) =>
      cellEnds(text, s, 'shares', decimals).flatMap((e) => cellsFrom(text, e, rest, decimals).map((r) => ({ cells: [`${text.slice(k, s)} ${text.slice(s, e)}`, ...r.cells], end: r.end }))),
    );
  return cellEnds(text, k, kind, decimals).flatMap((e) => cellsFrom(text, e, rest, decimals).map((r) => ({ cells: [text.slice(k, e), ...r.cells], end: r.end })));
}

/** Every way of reading a row from `at`: the shortest holder's name after which its cells read, then those cells. */
function rowsAt(text: string, at: number, columns: readonly Column[], decimals: number): Row[] {
  // A name never opens with a figure: what follows the last row does (`1.中国联合…为本公司控股股东`) or a page's number.
  if (/^[\d-]/u.test(text.slice(at, at + 1))) return [];
  for (let e = at + HOLDER.min; e <= Math.min(text.length, at + HOLDER.max); e++) {
    const holder = text.slice(at, e);
    if (NOT_IN_HOLDER.test(holder)) break;
    if (!HOLDER_END.test(holder)) continue;
    const rows = cellsFrom(text, e, columns.slice(1), decimals);
    if (rows.length) return rows.map((r) => ({ cells: [holder, ...r.cells], end: r.end }));
  }
  return [];
}

/** The rows from `at` that each read one way only, with percentages of `decimals` decimals. */
function bodyAt(text: string, at: number, columns: readonly Column[], decimals: number): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let k = at;
  for (;;) {
    const readings = rowsAt(text, k, columns, decimals);
    if (readings.length !== 1) break;
    rows.push(readings[0]!.cells);
    k = readings[0]!.end;
  }
  return { rows, end: k };
}

/** The header row: each column's name; under a group's name, its two columns' names each after it. */
function headerRow({ columns, groups }: Header): string[] {
  const first = columns.findIndex((c, k) => GROUPED.includes(`${c.kind},${columns[k + 1]?.kind}`));
  return columns.map((c, k) => (groups[0] && first >= 0 && (k === first || k === first + 1) ? `${groups[0]}${c.name}` : c.name));
}

/**
 * The tables of the ten largest shareholders in `text`: after each title, the columns' names, then the
 * rows read under them with the decimals that read the most rows one way each (two rows at least;
 * none where two numbers of decimals read as many).
 * `spanned` holds a group's name, printed once over two columns and written before each.
 */
export function shareholderTables(text: string): FigureTable[] {
  const titles = shareholders.titles.flatMap((t) => [...text.matchAll(new RegExp(escapeRegExp(t), 'gu'))].map((m) => m.index + t.length));
  return titles.sort((a, b) => a - b).flatMap((at) => {
    const header = headerAt(text, at);
    if (!header) return [];
    // Without percentages one reading serves; with them, the decimals that read more rows than any other.
    const decimals = header.columns.some((c) => c.kind === 'percent') ? DECIMALS : DECIMALS.slice(0, 1);
    const [body, next] = decimals.map((d) => bodyAt(text, header.end, header.columns, d)).sort((a, b) => b.rows.length - a.rows.length);
    if (body!.rows.length < 2 || next?.rows.length === body!.rows.length) return [];
    return [{ at, end: body!.end, rows: [headerRow(header), ...body!.rows], ...(header.groups.length ? { spanned: header.groups } : {}) }];
  });
}
