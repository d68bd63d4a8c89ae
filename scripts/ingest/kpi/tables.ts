// Key-performance tables → KPI rows: each row read from the right (values, unit, name, category),
// rows whose cells the PDF shifted placed by the header and said so in the row's notes.
import { slugify } from '../slug.ts';
import type { Doc } from '../types.ts';
import type { KpiRow } from './schema.ts';
import { alternation, vocabulary } from '../vocabulary.ts';
import { isKpiHeader, isUnreadNumber, isValueCell, parseValue, splitFootnotes, splitGluedFootnote, tableNotes, UNIT_CELL, YEAR_CELL } from './cells.ts';

export interface ParsedRow {
  category: string;
  name: string;
  unit: string;
  footnotes: number[];
  values: { year: number; raw: string }[];
  line: number;
  /** Where the row's cells were printed shifted and placed by the header. */
  repaired: KpiRow['repaired'];
}

/** A header cell over the name or category column (`指标`, `类别`). */
const COLUMN_HEADER = new RegExp(`^(${alternation(vocabulary.kpi.columnHeaders)})$`, 'u');

/** A header whose first cell names the table, not a column (`人員構成 單位 2022年 2023年`), names its category. */
function headerCategory(header: readonly string[]): string | null {
  const first = header[0]?.trim() ?? '';
  return UNIT_CELL.test(header[1]?.trim() ?? '') && first && !COLUMN_HEADER.test(first) && !isValueCell(first) ? first : null;
}

/**
 * How one row of a key-performance table reads, from the right: its value cells (`firstValue`…`last`),
 * the unit before them (`unit`), the name before that and, where printed, a category before the name.
 * `shift` is how far the unit stands from the header's unit column; `shiftedName` says the name is not
 * in the column before the unit. Null for rows that are not indicator rows, and for rows where a
 * number would stand as the name or category (`5.2 | -3.5 | 2.0`): a number is never a name.
 */
interface RowReading {
  unit: number;
  firstValue: number;
  last: number;
  name: { c: string; i: number };
  category: { c: string; i: number } | null;
  shift: number;
  shiftedName: boolean;
}

function readKpiRow(cells: readonly string[], unitColumn: number): RowReading | null {
  let last = cells.length - 1;
  while (last >= 0 && cells[last] === '') last--;
  let firstValue = last + 1;
  while (firstValue - 1 >= 0 && isValueCell(cells[firstValue - 1]!)) firstValue--;
  const unit = firstValue - 1;
  if (unit < 1 || firstValue > last) return null;
  const before = cells.slice(0, unit).map((c, i) => ({ c, i })).filter((x) => x.c !== '');
  const name = before.at(-1);
  const category = before.at(-2) ?? null;
  if (!name || isValueCell(name.c) || (category && isValueCell(category.c))) return null;
  return { unit, firstValue, last, name, category, shift: unit - unitColumn, shiftedName: name.i !== unitColumn - 1 };
}

/** A category printed on its own line (the 2020 table); a number alone on a line is not one. */
const isCategoryRow = (cells: readonly string[]) => !!cells[0] && !isValueCell(cells[0]) && cells.slice(1).every((c) => c === '');

/**
 * Parses one key-performance table. The header names the years (`2022 年`); every other row is read
 * from the right: the value cells, then the unit, the name and, where printed, the category. Where the
 * unit is not in the header's unit column, the row was shifted; its values are placed by that shift.
 */
export function parseKpiTable(rows: readonly string[][], rowLines: readonly number[], carry = '', noteNumbers: ReadonlySet<number> = new Set()): ParsedRow[] {
  const header = rows[0]!;
  const years = header.map((c) => Number(YEAR_CELL.exec(c.trim())?.[1] ?? NaN));
  const unitColumn = header.findIndex((c) => UNIT_CELL.test(c.trim()));
  const out: ParsedRow[] = [];
  let category = headerCategory(header) ?? carry;
  rows.slice(1).forEach((cells, k) => {
    // Another header inside the block (tables printed one under another) starts a new category.
    if (isKpiHeader(cells)) {
      category = headerCategory(cells) ?? category;
      return;
    }
    if (isCategoryRow(cells)) {
      category = cells[0]!;
      return;
    }
    const row = readKpiRow(cells, unitColumn);
    if (!row) return;
    if (row.category) category = row.category.c;
    const marked = splitFootnotes(row.name.c);
    const glued = splitGluedFootnote(marked.name, noteNumbers);
    const name = glued.name;
    const notes = [...marked.notes, ...glued.notes];
    const values: ParsedRow['values'] = [];
    for (let i = row.firstValue; i <= row.last; i++) {
      const year = years[i - row.shift];
      if (year !== undefined && !Number.isNaN(year)) values.push({ year, raw: cells[i]! });
    }
    const { shift } = row;
    const repaired = shift !== 0 || row.shiftedName ? { shift, missingYears: values.length < years.filter((y) => !Number.isNaN(y)).length } : null;
    out.push({ category, name, unit: cells[row.unit]!.replace(/\s*[/╱]\s*/gu, '/'), footnotes: notes, values, line: rowLines[k + 1]!, repaired });
  });
  return out;
}

/**
 * A key-performance table as it should have been printed: each shifted row's cells put back in the
 * header's columns (category, name, unit, then each value under its year), read as `parseKpiTable`
 * reads them. `repaired` holds the indexes of the rows moved. Rows whose cells would not fit the
 * columns stay as printed; every cell is kept.
 */
export function repairKpiTable(rows: readonly string[][]): { rows: string[][]; repaired: number[] } {
  const header = rows[0]!;
  const unitColumn = header.findIndex((c) => UNIT_CELL.test(c.trim()));
  const repaired: number[] = [];
  const out = rows.map((cells, k) => {
    if (k === 0 || isKpiHeader(cells) || isCategoryRow(cells)) return [...cells];
    const row = readKpiRow(cells, unitColumn);
    if (!row || (row.shift === 0 && !row.shiftedName)) return [...cells];
    const placed: string[] = cells.map(() => '');
    const put = (column: number, cell: string) => {
      if (column < 0 || column >= placed.length || placed[column] !== '') return false;
      placed[column] = cell;
      return true;
    };
    const moved: boolean[] = [];
    if (row.category) moved.push(put(unitColumn - 2, row.category.c));
    moved.push(put(unitColumn - 1, row.name.c), put(unitColumn, cells[row.unit]!));
    for (let i = row.firstValue; i <= row.last; i++) moved.push(put(i - row.shift, cells[i]!));
    const kept = cells.filter((c) => c !== '').length;
    if (moved.some((m) => !m) || placed.filter((c) => c !== '').length !== kept) return [...cells];
    repaired.push(k);
    return placed;
  });
  return { rows: out, repaired };
}

/** Indicator id from name and unit: the same indicator in two reports gets the same id. */
export function indicatorId(name: string, unit: string): string {
  return slugify(`${name}`, 10) + (unit === '%' ? '-pct' : '');
}

/** One indicator as a table or a box prints it: its name, unit, category, notes and values by year. */
export interface PrintedIndicator {
  name: string;
  unit: string;
  category: string;
  footnotes: number[];
  values: { year: number; raw: string }[];
  line: number;
  repaired: KpiRow['repaired'];
}

/**
 * The dataset's rows of one indicator a table prints (a key-performance table or a performance box):
 * one per year it prints a value for, the value read by the cell grammar, its numbered notes with
 * their text where the section prints it.
 */
export function printedRows(
  p: PrintedIndicator,
  at: { report: string; file: string; section: string },
  notes: ReadonlyMap<number, string>,
  englishName: (id: string) => string | null,
): KpiRow[] {
  const indicator = indicatorId(p.name, p.unit);
  const noteText = p.footnotes.map((n) => (notes.has(n) ? `${n}. ${notes.get(n)}` : `${n}.`)).join(' ');
  return p.values.map((v) => {
    const parsed = parseValue(v.raw) ?? { value: null, qualifier: null };
    return {
      report: at.report,
      category: p.category,
      indicator,
      name: p.name,
      name_en: englishName(indicator),
      unit: p.unit,
      year: v.year,
      value: parsed.value,
      raw: v.raw,
      qualifier: parsed.qualifier,
      notes: noteText,
      source: { file: at.file, line: p.line },
      from: 'table' as const,
      section: at.section,
      repaired: p.repaired,
    };
  });
}

/**
 * All KPI rows of one document: every key-performance table in it (the 2020 report's table runs
 * over a page break into the next section), with the numbered notes printed under the tables.
 * Indicator ids here come from the printed name; `joinSeries` settles them across reports.
 */
export function extractKpis(doc: Doc, file: string, englishName: (id: string) => string | null): KpiRow[] {
  const withTables = doc.sections.filter((s) => s.blocks.some((b) => b.type === 'table' && isKpiHeader(b.rows[0])));
  const notes = new Map<number, string>();
  for (const section of withTables) for (const [n, text] of tableNotes(section.blocks)) if (!notes.has(n)) notes.set(n, text);
  const noteNumbers = new Set(notes.keys());
  const rows: KpiRow[] = [];
  let carry = '';
  // A table that prints no category of its own, with none carried from a table before it, is filed
  // under the title of the section it is printed in (the 2023 chapter's staff and training figures).
  for (const [block, section] of withTables.flatMap((s) => s.blocks.map((b) => [b, s] as const))) {
    if (block.type !== 'table' || !isKpiHeader(block.rows[0])) continue;
    const parsed = parseKpiTable(block.rows, block.rowLines, carry || section.title, noteNumbers);
    carry = parsed.at(-1)?.category ?? carry;
    for (const p of parsed) rows.push(...printedRows(p, { report: doc.id, file, section: section.slug }, notes, englishName));
  }
  return rows;
}

/** A value cell printed as a number that the cell grammar does not read (`1e309`, `1,2,3,4`). */
export interface UnreadValue {
  report: string;
  file: string;
  line: number;
  name: string;
  year: number;
  raw: string;
}

/** The rows whose printed value is a number the grammar does not read: the build report lists them. */
export function unreadKpiValues(rows: readonly KpiRow[]): UnreadValue[] {
  return rows.filter((r) => r.value === null && isUnreadNumber(r.raw)).map((r) => ({ report: r.report, file: r.source.file, line: r.source.line, name: r.name, year: r.year, raw: r.raw }));
}
