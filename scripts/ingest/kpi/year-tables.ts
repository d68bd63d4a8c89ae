// Tables of figures by year → KPI rows: a results report's `近3年的主要会计数据和财务指标` (a header of year
// columns, a change column between them, `总资产 644,687,027,607 593,284,479,854 8.7 582,475,430,408`),
// with neither the unit column of a key-performance table nor the bracketed units of a performance
// box: a row's unit is printed in brackets after its name, on its values (`46.1%`), or once for the
// table in the caption over it (`单位：元币种：人民币`).
import type { Block, Doc } from '../types.ts';
import type { KpiRow } from './schema.ts';
import { boxHeaderYears, isKpiHeader, isValueCell, splitFootnotes, splitNameUnit, tableNotes, YEAR_CELL } from './cells.ts';
import { printedRows } from './tables.ts';
import type { BoxRow } from './boxes.ts';
import { alternation, vocabulary } from '../vocabulary.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

const { unitHeader, currencyLabel } = vocabulary.kpi;
/** What a row's name may open with to say it is a part of the row before (`其中：主营业务收入`): not the name. */
const ITEM_PREFIX = new RegExp(`^(?:${alternation(vocabulary.collection.results.statements.itemPrefixes)})[：:]`, 'u');
/** A value printed as an amount: a whole number, or with thousands separators. The caption's unit is an amount's. */
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+)$/u;
/** A caption naming the table's unit (`单位：元币种：人民币`, `單位：百萬元`), the unit captured. */
const UNIT_CAPTION = new RegExp(`^(?:${alternation(unitHeader)})\\s*[：:]\\s*(.+?)\\s*(?:(?:${alternation(currencyLabel)})\\s*[：:].*)?$`, 'u');
/** A heading's number (`3.1 `, `5.2`), left out of the category. */
const HEADING_NUMBER = /^\d+(?:\.\d+)*\s*/u;

/** The unit a caption names for a whole table, or null. */
export function captionUnit(text: string): string | null {
  return UNIT_CAPTION.exec(text.trim())?.[1] ?? null;
}

/**
 * The rows of a table of figures by year, or null when the table is not one: its header is a label
 * cell (or none) and two or more year columns, other columns between them (a change on the year
 * before) read as no year; no unit column (a key-performance table) and not the years alone in order
 * (a performance box: boxes.ts). Every row is a name and, under the year columns, values or nothing,
 * at least one value. The name leaves out a part's prefix (`其中：`). The unit: the name's brackets, else a
 * `%` on every value, else `unit` (the caption's) where every value is an amount, else none (a ratio:
 * `利息保障倍数 7.72` under `单位：元`).
 */
export function parseYearTable(table: Pick<TableBlock, 'rows' | 'rowLines'>, unit: string | null): BoxRow[] | null {
  const [header, ...rows] = table.rows;
  if (!header || rows.length === 0 || isKpiHeader(header) || boxHeaderYears(header)) return null;
  const columns = header.flatMap((c, i) => (i > 0 && YEAR_CELL.test(c.trim()) ? [{ i, year: Number(YEAR_CELL.exec(c.trim())![1]) }] : []));
  if (columns.length < 2 || isValueCell(header[0]!.trim())) return null;
  const isRow = (cells: readonly string[]) => {
    const name = cells[0]?.trim() ?? '';
    const values = columns.map(({ i }) => cells[i]?.trim() ?? '');
    return /\p{Script=Han}/u.test(name) && !isValueCell(name) && values.every((v) => v === '' || isValueCell(v)) && values.some((v) => v !== '');
  };
  if (!rows.every(isRow)) return null;
  return rows.map((cells, k) => {
    const printed = cells[0]!.trim();
    const split = splitNameUnit(printed);
    const { name, notes } = splitFootnotes((split?.name ?? printed).replace(ITEM_PREFIX, ''));
    const values = columns.flatMap(({ i, year }) => (cells[i]!.trim() ? [{ year, raw: cells[i]!.trim() }] : []));
    const percent = values.every((v) => v.raw.endsWith('%'));
    const amounts = values.every((v) => AMOUNT.test(v.raw));
    return { name, unit: split?.unit ?? (percent ? '%' : amounts && unit ? unit : ''), footnotes: notes, values, line: table.rowLines[k + 1]! };
  });
}

/**
 * All KPI rows of one document's tables of figures by year. A row is filed under the heading the table
 * is printed under (its number left out: `近3年的主要会计数据和财务指标`), else under the section's title.
 */
export function extractYearTables(doc: Doc, file: string, englishName: (id: string) => string | null): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const section of doc.sections) {
    const notes = tableNotes(section.blocks);
    let category = section.title;
    let unit: string | null = null;
    for (const block of section.blocks) {
      if (block.type === 'heading') {
        category = block.text.replace(HEADING_NUMBER, '');
        unit = null;
      } else if (block.type === 'paragraph') unit = captionUnit(block.text);
      else if (block.type === 'table') {
        for (const row of parseYearTable(block, unit) ?? []) rows.push(...printedRows({ ...row, category, repaired: null }, { report: doc.id, file, section: section.slug }, notes, englishName));
        unit = null;
      }
    }
  }
  return rows;
}
