// Performance boxes → KPI rows: the small tables a report prints at the end of a topic (a header of a
// label and the year columns, then `name（unit） value value value`), without the unit column and
// categories of its key-performance table.
import type { Block, Doc } from '../types.ts';
import type { KpiRow } from './schema.ts';
import { boxHeaderYears, isBoxRow, isKpiHeader, isValueCell, splitFootnotes, splitNameUnit, tableNotes } from './cells.ts';
import { printedRows } from './tables.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

export interface BoxRow {
  name: string;
  unit: string;
  footnotes: number[];
  values: { year: number; raw: string }[];
  line: number;
}

/**
 * The rows of a performance box, or null when the table is not one: its header is a label (or none)
 * and the year columns with no unit column, and every row is a name ending with its unit in brackets
 * and a value or nothing under each year. A year left empty gives no value.
 */
export function parseKpiBox(table: Pick<TableBlock, 'rows' | 'rowLines'>): BoxRow[] | null {
  const [header, ...rows] = table.rows;
  const years = header && !isKpiHeader(header) ? boxHeaderYears(header) : null;
  if (!years || rows.length === 0) return null;
  const width = years.length + 1;
  // The block stage pads every row to the widest one: cells past the years are empty.
  const cut = rows.map((cells) => (cells.slice(width).every((c) => c.trim() === '') ? cells.slice(0, width) : cells));
  if (!cut.every((cells) => isBoxRow(cells, years.length))) return null;
  return cut.map((cells, k) => {
    const { name: printed, unit } = splitNameUnit(cells[0]!.trim())!;
    const { name, notes } = splitFootnotes(printed);
    const values = years.flatMap((year, c) => (cells[c + 1]!.trim() ? [{ year, raw: cells[c + 1]!.trim() }] : []));
    return { name, unit, footnotes: notes, values, line: table.rowLines[k + 1]! };
  });
}

/** A figures row's cells, the empty ones the block stage padded it with left out. */
const filled = (cells: readonly string[]) => cells.map((c) => c.trim()).filter(Boolean);

/**
 * The rows of a table of figures, or null when the table is not one: a row of names, each ending with its
 * unit in brackets, over a row of as many values (`员工总数 (人) | 中国大陆员工 (人) | …` over `244955 | 243645 | …`),
 * maybe again for more names. It prints no year: its figures are the report's year's, as a callout's are.
 */
export function parseFigureRows(table: Pick<TableBlock, 'rows' | 'rowLines'>, year: number): BoxRow[] | null {
  if (table.rows.length < 2 || table.rows.length % 2 !== 0) return null;
  const out: BoxRow[] = [];
  for (let k = 0; k < table.rows.length; k += 2) {
    const [names, values] = [filled(table.rows[k]!), filled(table.rows[k + 1]!)];
    const split = names.map(splitNameUnit);
    if (names.length === 0 || values.length !== names.length || !values.every(isValueCell)) return null;
    if (!split.every((n) => n !== null && /[\p{Script=Han}A-Za-z]/u.test(n.name))) return null;
    split.forEach((n, c) => {
      const { name, notes } = splitFootnotes(n!.name.trim());
      out.push({ name, unit: n!.unit, footnotes: notes, values: [{ year, raw: values[c]! }], line: table.rowLines[k + 1]! });
    });
  }
  return out;
}

/**
 * All KPI rows of one document's performance boxes. A box prints no category: its rows are filed under
 * the title of the section that prints it (as a key-performance table that prints none), and the
 * series stage files an indicator the report's key-performance table also prints under that table's
 * category (`foldRepeatedPrintings`).
 */
export function extractBoxes(doc: Doc, file: string, englishName: (id: string) => string | null): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const section of doc.sections) {
    const notes = tableNotes(section.blocks);
    for (const block of section.blocks) {
      if (block.type !== 'table') continue;
      const boxes = parseKpiBox(block) ?? (doc.year ? parseFigureRows(block, doc.year) : null) ?? [];
      for (const box of boxes) rows.push(...printedRows({ ...box, category: section.title, repaired: null }, { report: doc.id, file, section: section.slug }, notes, englishName));
    }
  }
  return rows;
}
