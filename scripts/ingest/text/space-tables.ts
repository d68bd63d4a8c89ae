// Tables printed with spaces between cells (the 2020 report's key performance table and performance
// boxes) become tab-separated rows, so the wrapped-line joiner leaves them alone and the block stage
// reads them as a table. A table starts at a header that names a unit column and at least two years
// (`類別 指標 單位 2018年 2019年 2020年`); it runs over category lines (`經營發展`) and rows whose
// last cells are one value per year (`汽油消耗量5 萬噸 4.21 4.175 4.05`). A data row is laid out
// under the header: empty cells before the name, the name, the unit (which may hold a space, as in
// `千克標準煤╱ TB`), then the values. Every printed cell is kept; only the separators change.
import type { Line } from '../types.ts';
import { boxHeaderYears, isBoxRow, isValueCell, splitNameUnit, UNIT_CELL as UNIT, UNIT_IN_NAME, YEAR_CELL as YEAR } from '../kpi/cells.ts';
import { isBlankLine } from '../lines.ts';

const CATEGORY = /^\p{Script=Han}{2,10}$/u;

const tokens = (text: string) => text.trim().split(/[ \u3000]+/u).filter(Boolean);

export interface TableHeader {
  cells: string[];
  unitColumn: number;
  years: number;
}

/** The header of a space-separated KPI table, or null. */
export function tableHeader(text: string): TableHeader | null {
  if (text.includes('\t')) return null;
  const cells = tokens(text);
  const unitColumn = cells.findIndex((c) => UNIT.test(c));
  const years = cells.filter((c) => YEAR.test(c)).length;
  if (unitColumn < 1 || years < 2 || !cells.slice(-years).every((c) => YEAR.test(c)) || unitColumn !== cells.length - years - 1) return null;
  return { cells, unitColumn, years };
}

/** A data row laid out under the header, or null when the line is not one. */
export function dataRow(text: string, header: TableHeader): string[] | null {
  const cells = tokens(text);
  if (cells.length < header.years + 2) return null;
  const values = cells.slice(-header.years);
  if (!values.every(isValueCell)) return null;
  const name = cells[0]!;
  if (!/[\p{Script=Han}A-Za-z]/u.test(name)) return null;
  const unit = cells.slice(1, -header.years).join(' ');
  return [...Array<string>(header.unitColumn - 1).fill(''), name, unit, ...values];
}

const isBlank = isBlankLine;

/** The next non-blank line after `i`, skipping at most one blank. */
function nextLine(lines: readonly Line[], i: number): number {
  return isBlank(lines[i + 1]) ? i + 2 : i + 1;
}

/**
 * Two tables printed side by side (the 2023 chapter's training figures): a header of years repeated
 * (`2022年 2023年 2022年 2023年`), then rows `name v v name v v`, where a name holds its unit in
 * brackets, may contain spaces (`（小時 /人）`) and may wrap onto the next line.
 */
export function sideBySideHeader(text: string): number | null {
  const cells = tokens(text);
  const half = cells.length / 2;
  if (text.includes('\t') || cells.length < 4 || !Number.isInteger(half) || !cells.every((c) => YEAR.test(c))) return null;
  return cells.slice(0, half).join() === cells.slice(half).join() ? half : null;
}

const VALUE = '[\\d,]+(?:\\.\\d+)?%?';
function sideBySideRow(text: string, years: number): [string[], string[] | null] | null {
  const values = Array.from({ length: years }, () => `\\s+(${VALUE})`).join('');
  const m = new RegExp(`^(.+?)${values}(?:\\s+(.+?)${values})?\\s*$`, 'u').exec(text.trim());
  if (!m || !/\p{Script=Han}/u.test(m[1]!)) return null;
  const left = [m[1]!, ...m.slice(2, 2 + years)] as string[];
  const right = m[2 + years] ? ([m[2 + years]!, ...m.slice(3 + years, 3 + 2 * years)] as string[]) : null;
  return [left, right];
}

/** The side-by-side tables from `i` on: the left table's rows, a blank line, the right table's rows. */
function takeSideBySide(lines: readonly Line[], i: number, years: number, edits: Edits, unitWord?: (sample: string) => string): { out: Line[]; end: number } {
  const header = tokens(lines[i]!.text).slice(0, years);
  const left: Line[] = [{ n: lines[i]!.n, text: ['', ...header].join('\t') }];
  const right: Line[] = [{ n: lines[i]!.n, text: ['', ...header].join('\t') }];
  let j = nextLine(lines, i);
  for (;;) {
    const line = lines[j];
    if (!line) break;
    let row = sideBySideRow(line.text, years);
    let used = 1;
    // A name wrapped onto the next line: `高層管理人員平均參加培訓時間（小` + `時） 183 240 …`.
    if (!row && lines[j + 1] && !isBlank(lines[j + 1])) {
      row = sideBySideRow(line.text.trim() + lines[j + 1]!.text.trim(), years);
      used = 2;
    }
    if (!row) break;
    left.push({ n: line.n, text: row[0].join('\t') });
    if (row[1]) right.push({ n: line.n, text: row[1].join('\t') });
    j = nextLine(lines, j + used - 1);
  }
  // Two blank lines end a table block (one blank line is allowed inside a table).
  const gap = (n: number): Line[] => [{ n, text: '' }, { n, text: '' }];
  return { out: [...withUnitColumn(left, edits, unitWord), ...gap(lines[i]!.n), ...withUnitColumn(right, edits, unitWord), ...gap(lines[j - 1]!.n)], end: j };
}

/** A name and the unit it ends with in brackets (`員工總數（人）` → 員工總數, 人); the brackets go into `edits`. */
function splitUnit(name: string, edits: Edits): [string, string] {
  const split = splitNameUnit(name);
  if (!split) return [name, ''];
  const printed = UNIT_IN_NAME.exec(name)!;
  edits.removed.push(printed[0].replace(printed[1]!, ''));
  return [split.name, split.unit];
}

/**
 * A table whose every row names its unit in brackets after the name gets a unit column (headed in the
 * text's script by `unitWord`), so that it reads as a key-performance table.
 */
function withUnitColumn(table: Line[], edits: Edits, unitWord?: (sample: string) => string): Line[] {
  const [header, ...rows] = table.map((l) => l.text.split('\t'));
  if (!unitWord || rows.length === 0 || !rows.every((r) => UNIT_IN_NAME.test(r[0]!))) return table;
  return table.map((l, k) => {
    if (k === 0) {
      const word = unitWord(rows.map((r) => r[0]).join(''));
      edits.added.push(word);
      return { n: l.n, text: [header![0]!, word, ...header!.slice(1)].join('\t') };
    }
    const [name, ...values] = rows[k - 1]!;
    return { n: l.n, text: [...splitUnit(name!, edits), ...values].join('\t') };
  });
}

/**
 * What laying a table out changed besides separators: column headers it wrote (`單位`) and the
 * brackets around a unit it moved into its own column. The build report counts both.
 */
export interface Edits {
  added: string[];
  removed: string[];
}

/**
 * An index printed with spaces (`編號 披露頁碼` over `102-1 P6`, `102-5 P6、9`): a header of two to four
 * short word cells, then rows of as many cells whose first holds a code, with group labels
 * (`組織概況`, `（P1）報告規範`) on lines of their own. Returns the number of columns, or null.
 */
export function indexHeader(text: string): number | null {
  const cells = tokens(text);
  return cells.length >= 2 && cells.length <= 4 && cells.every((c) => /^\p{Script=Han}{2,8}$/u.test(c)) ? cells.length : null;
}

const indexRow = (text: string, columns: number) => {
  const cells = tokens(text);
  return cells.length === columns && (/\d/u.test(cells[0]!) || /\d/u.test(cells.at(-1)!)) && cells.every((c) => [...c].length <= 24) ? cells : null;
};
const groupLabel = (text: string) => tokens(text).length === 1 && [...text.trim()].length <= 24 && !/[。；，]$/u.test(text.trim());

/** An index row's code: its letters and first number (`（A6）` A 6, `A1.1` A 1, `102-5` '' 102). */
const CODE = /^[（(]?([A-Za-z]*)(\d+)/u;

/**
 * Whether the row after a header printed again numbers its codes from the start again (`（A6）`, then
 * the header, then `A1`): another index printed under the same header (the 2020 report's HKEx index
 * after the CASS index), not the same one going on after a page break.
 */
function restartsNumbering(before: readonly string[] | null, after: readonly string[] | null): boolean {
  const [a, b] = [before && CODE.exec(before[0]!), after && CODE.exec(after[0]!)];
  return !!a && !!b && a[1] === b[1] && Number(b[2]) < Number(a[2]);
}

/** The index table whose header is line `i`: its rows as tab-separated lines, or null when fewer than four rows follow. */
function takeIndex(lines: readonly Line[], i: number, columns: number): { out: Line[]; end: number } | null {
  const tab = (cells: string[]) => [...cells, ...Array<string>(columns - cells.length).fill('')].join('\t');
  const out: Line[] = [{ n: lines[i]!.n, text: tokens(lines[i]!.text).join('\t') }];
  let rows = 0;
  let last: string[] | null = null;
  let j = nextLine(lines, i);
  for (;;) {
    const line = lines[j];
    if (!line) break;
    const row = indexRow(line.text, columns);
    const next = lines[nextLine(lines, j)];
    // The header printed again on the next page continues the table; another header starts another.
    const repeated = (l: Line) => tokens(l.text).join(' ') === tokens(lines[i]!.text).join(' ');
    const fits = (l: Line | undefined) => !!l && (indexRow(l.text, columns) !== null || repeated(l));
    if (row) rows++, out.push({ n: line.n, text: tab(row) }), (last = row);
    else if (repeated(line) && next && restartsNumbering(last, indexRow(next.text, columns))) break;
    else if (repeated(line)) out.push({ n: line.n, text: tab(tokens(line.text)) });
    else if (groupLabel(line.text) && (fits(next) || (next && groupLabel(next.text) && fits(lines[nextLine(lines, nextLine(lines, j))])))) out.push({ n: line.n, text: tab([line.text.trim()]) });
    else break;
    j = nextLine(lines, j);
  }
  return rows >= 4 ? { out, end: j } : null;
}

/**
 * A table printed transposed (the 2023 chapter's staff figures, lines 558–587): the indicators' names
 * first, each over one to three short lines (`員工總數` / `（人）`), then one row per year holding a value
 * per indicator (`2022年 244,658 243,586 …`). Laid out as a KPI table, one row per indicator with its
 * unit (the bracketed word ending its name) and a value per year; the names' lines are emptied and
 * the table stands where the names start. `unitWord` is the unit column's header in the text's script.
 */
export function transposeYearRows(lines: readonly Line[], unitWord: (sample: string) => string): { lines: Line[]; edits: Edits } {
  let out = lines.map((l) => ({ ...l }));
  const edits: Edits = { added: [], removed: [] };
  const yearRow = (l: Line | undefined) => {
    const cells = l ? tokens(l.text) : [];
    return cells.length >= 4 && YEAR.test(cells[0]!) && cells.slice(1).every(isValueCell) ? cells : null;
  };
  const opensWithBracket = (block: number[]) => /^[（(]/u.test(out[block[0]!]!.text.trim());
  for (let i = 0; i < out.length; i++) {
    const first = yearRow(out[i]);
    if (!first) continue;
    const width = first.length - 1;
    // The year rows, one blank line between them allowed.
    const rows = [i];
    for (let j = nextLine(out, i); yearRow(out[j])?.length === first.length; j = nextLine(out, j)) rows.push(j);
    // The names above, block by block from the nearest; a block opening with a bracket (`（男比女）`)
    // ends the name above it.
    const blocks: number[][] = [];
    let k = i - 1;
    while (blocks.length <= width && k >= 0) {
      while (k >= 0 && isBlank(out[k])) k--;
      const block: number[] = [];
      while (k >= 0 && !isBlank(out[k]) && [...out[k]!.text.trim()].length <= 12 && !yearRow(out[k])) block.unshift(k--);
      if (!block.length) break;
      if (blocks[0] && opensWithBracket(blocks[0])) blocks[0] = [...block, ...blocks[0]];
      else if (blocks.length < width) blocks.unshift(block);
      else break;
    }
    if (blocks.length !== width) continue;
    const names = blocks.map((b) => b.map((m) => out[m]!.text.trim()).join(''));
    const values = rows.map((r) => yearRow(out[r])!);
    const word = unitWord(names.join(''));
    edits.added.push(word);
    const header = ['', word, ...values.map((v) => v[0]!)];
    const table: Line[] = [{ n: out[blocks[0]![0]!]!.n, text: header.join('\t') }];
    names.forEach((name, c) => {
      const cells = [...splitUnit(name, edits), ...values.map((v) => v[c + 1]!)];
      // Each indicator's row keeps the line its name is printed on.
      table.push({ n: out[blocks[c]![0]!]!.n, text: cells.join('\t') });
    });
    const from = blocks[0]![0]!;
    const to = rows.at(-1)!;
    out = [...out.slice(0, from), ...table, { n: out[to]!.n, text: '' }, ...out.slice(to + 1)];
    i = from + table.length;
  }
  return { lines: out, edits };
}

/**
 * A performance box printed with spaces (the 2020 report's boxes at the end of a topic, lines 2797,
 * 3440, 3507): a header of a label and the year columns (`責任績效指標 2018年 2019 2020年`), then rows
 * of a name ending with its unit in brackets and one value per year (`桿路共建率（%） 91 91 95`), one
 * blank line between rows allowed. Laid out as tab-separated rows as printed (a header without a label
 * gets an empty first cell); null when line `i` does not open one.
 */
export function takeBox(lines: readonly Line[], i: number): { out: Line[]; end: number } | null {
  const text = lines[i]!.text;
  const header = tokens(text);
  const years = text.includes('\t') ? null : boxHeaderYears(header);
  if (!years) return null;
  const out: Line[] = [{ n: lines[i]!.n, text: (header.length === years.length ? ['', ...header] : header).join('\t') }];
  let j = nextLine(lines, i);
  for (;;) {
    const line = lines[j];
    const cells = line ? tokens(line.text) : [];
    // The name may hold spaces (`（小時 /人）`): it is every cell before the values.
    const row = [cells.slice(0, -years.length).join(' '), ...cells.slice(-years.length)];
    if (!line || line.text.includes('\t') || cells.length <= years.length || !isBoxRow(row, years.length)) break;
    out.push({ n: line.n, text: row.join('\t') });
    j = nextLine(lines, j);
  }
  return out.length > 1 ? { out, end: j } : null;
}

/** Rewrites every space-separated KPI table in `lines` as tab-separated rows; other lines are returned as they are. */
export function tabulateSpaceTables(lines: readonly Line[], unitWord?: (sample: string) => string): { lines: Line[]; tables: number; edits: Edits } {
  const out: Line[] = [];
  const edits: Edits = { added: [], removed: [] };
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const pair = sideBySideHeader(lines[i]!.text);
    if (pair) {
      const taken = takeSideBySide(lines, i, pair, edits, unitWord);
      if (taken.end > nextLine(lines, i)) {
        tables += 2;
        out.push(...taken.out);
        i = taken.end - 1;
        continue;
      }
    }
    const header = tableHeader(lines[i]!.text);
    const columns = header ? null : indexHeader(lines[i]!.text);
    const index = columns ? takeIndex(lines, i, columns) : null;
    if (index) {
      tables++;
      out.push(...index.out);
      // Two blank lines end it, so that the next table printed right below stays a table of its own.
      const last = lines[index.end - 1]!;
      out.push({ n: last.n, text: '' }, { n: last.n, text: '' });
      i = index.end - 1;
      continue;
    }
    const box = header ? null : takeBox(lines, i);
    if (box) {
      tables++;
      out.push(...box.out);
      // Blank lines between rows go with the box; one before the next paragraph is kept.
      if (isBlank(lines[box.end - 1])) out.push(lines[box.end - 1]!);
      i = box.end - 1;
      continue;
    }
    if (!header) {
      out.push(lines[i]!);
      continue;
    }
    tables++;
    out.push({ n: lines[i]!.n, text: header.cells.join('\t') });
    let j = nextLine(lines, i);
    let stacked = false;
    for (;;) {
      const line = lines[j];
      if (!line) break;
      // Another header (`年齡分佈 單位 2022年 2023年` under `人員構成 單位 2022年 2023年`) opens the next table
      // printed right below; the same header printed again after a page break is the table going on.
      stacked = tableHeader(line.text) !== null && tokens(line.text).join() !== header.cells.join();
      if (stacked) break;
      const row = dataRow(line.text, header);
      const text = line.text.trim();
      const next = lines[nextLine(lines, j)];
      if (row) out.push({ n: line.n, text: row.join('\t') });
      else if (CATEGORY.test(text) && next && dataRow(next.text, header)) out.push({ n: line.n, text: [text, ...Array<string>(header.cells.length - 1).fill('')].join('\t') });
      else break;
      j = nextLine(lines, j);
    }
    // Blank lines between rows go with the table; one before the next paragraph is kept, and two before
    // a table stacked under it, so that it stays a table of its own.
    if (stacked) out.push({ n: lines[j - 1]!.n, text: '' }, { n: lines[j - 1]!.n, text: '' });
    else if (isBlank(lines[j - 1])) out.push(lines[j - 1]!);
    i = j - 1;
  }
  return { lines: out, tables, edits };
}
