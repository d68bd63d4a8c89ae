// The grammar of a key-performance table's cells: values (`超 290`, `1.63: 1`, `达标`, `-`), year and
// unit header cells, footnote markers on names, and the numbered notes printed under a table.
import type { Block } from '../types.ts';
import type { KpiRow } from './schema.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { valueQualifiers, met, unitHeader } = vocabulary.kpi;
const YEAR_UNIT = escapeRegExp(vocabulary.grammar.dates.year);

/** Footnote markers printed after a name: superscripts (`⁴`, `¹⁰`) or `^{8, 9}`. */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE = new RegExp(`\\s*(?:\\^\\{([\\d,\\s]+)\\}|([${SUPERSCRIPT}]+))\\s*$`, 'u');

export function splitFootnotes(name: string): { name: string; notes: number[] } {
  const m = FOOTNOTE.exec(name);
  if (!m) return { name: name.trim(), notes: [] };
  const notes = m[1] ? m[1].split(',').map((n) => Number(n.trim())) : [Number([...m[2]!].map((c) => SUPERSCRIPT.indexOf(c)).join(''))];
  return { name: name.slice(0, m.index).trim(), notes };
}

/**
 * A footnote number glued to a name without a marker (`汽油消耗量5`, `信用評估等級1`, `移动出账用户数（万户）1`):
 * a trailing number after a Han character or a closing bracket that is one of the table's notes. Names that start or end with a real number
 * of their own (`5G基站`, `城市100M…`) are left alone because no note has that number.
 */
export function splitGluedFootnote(name: string, noteNumbers: ReadonlySet<number>, column: readonly string[] = []): { name: string; notes: number[] } {
  const m = GLUED_NUMBER.exec(name);
  if (!m || !noteNumbers.has(Number(m[2])) || numbersItsLabels(m[1]!, column)) return { name, notes: [] };
  return { name: m[1]!, notes: [Number(m[2])] };
}

/**
 * A name and the number after its last Han character or its unit's closing bracket (`移动出账用户数（万户）1`);
 * a note's number never opens with a zero (`16联通02` is a bond's short name).
 */
const GLUED_NUMBER = /^(.*[\p{Script=Han}）)])([1-9]\d?)$/u;

/**
 * Whether the column numbers its labels with that word (`原則1` … `原則10` in the Global Compact's index):
 * the word with three or more numbers, each once. A reference to a note repeats (`見註1`, `見註1`, `見註2`).
 */
function numbersItsLabels(word: string, column: readonly string[]): boolean {
  const numbers = column.flatMap((c) => {
    const m = GLUED_NUMBER.exec(c.trim());
    return m && m[1] === word ? [m[2]!] : [];
  });
  return numbers.length >= 3 && new Set(numbers).size === numbers.length;
}

/**
 * A number as the reports print it: an optional sign (`-3.5`, `−3.5`), digits with thousands
 * separators only between groups of three (`1,234,567`), an optional fraction.
 */
const NUMBER = '([-−]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)';

/** A number with its qualifiers: `超 290`, `约 3.5`, `2000余`, `1500⁺`, a ratio `1.63: 1`, a percentage `98.31%`. */
const VALUE = new RegExp(
  `^(${alternation([...valueQualifiers.before.over, ...valueQualifiers.before.approx])})?\\s*${NUMBER}\\s*(?:[:：]\\s*1|%)?\\s*(${alternation(valueQualifiers.after.over)}|⁺|\\+)?$`,
  'u',
);

/**
 * A cell printed as a number that the grammar does not read (`1e309`, `1,2,3,4`, `,`, `3.5.1`): it
 * stands in a value column and is kept as printed, with no number. Never a name, unit or category.
 */
const NUMBER_LIKE = /^[\s\d.,，:：%eE+\-−⁺]*[\d.,][\s\d.,，:：%eE+\-−⁺]*$/u;

/** A printed value: `超 290` (over), `达标` (met), `-` (not disclosed), `1.63: 1` (a ratio), a number. */
export function parseValue(raw: string): { value: number | null; qualifier: KpiRow['qualifier'] } | null {
  const s = raw.trim();
  if (s === '-' || s === '—' || s === '–') return { value: null, qualifier: null };
  if (met.includes(s)) return { value: null, qualifier: 'met' };
  const m = VALUE.exec(s);
  if (!m) return null;
  const value = Number(`${m[2] ? '-' : ''}${m[3]!.replace(/,/g, '')}`);
  // Digits beyond what a double holds (`9…9` of 400 digits) are not a number the dataset can carry.
  if (!Number.isFinite(value)) return null;
  const qualifier = (m[1] && valueQualifiers.before.over.includes(m[1])) || m[4] ? 'over' : m[1] ? 'approx' : null;
  return { value: Object.is(value, -0) ? 0 : value, qualifier };
}

/** A cell printed as a number that `parseValue` does not read: kept as printed, `value: null`. */
export const isUnreadNumber = (cell: string) => parseValue(cell) === null && NUMBER_LIKE.test(cell.trim());

/** A letter grade printed as a value (`AAA`): kept as printed, with no number. */
const GRADE = /^[A-D]{1,3}[+-]?$/u;

/** Whether a cell reads as a KPI value: a number, `-`, `达标`, a ratio, or a letter grade. */
export const isKpiValue = (cell: string) => parseValue(cell) !== null || GRADE.test(cell.trim());

/** Whether a cell stands in a value column: a KPI value or a number the grammar does not read. */
export const isValueCell = (cell: string) => isKpiValue(cell) || isUnreadNumber(cell);

/** The label a report prints over a table's notes (`注：`, `註:`), as a pattern's source. */
export const NOTE_LABEL = `(?:${alternation(vocabulary.report.noteLabels)})\\s*[：:]`;
/** Numbered notes under the table (`4. 为更好地反映…`), by number; the first may open with the label over them (`注：1. …`, text/notes.ts). */
const NOTE = new RegExp(`^(?:${NOTE_LABEL})?(\\d{1,2})\\.\\s*(.+)$`, 'u');

/** The number of a numbered note (`4. 为更好地反映…` → 4), or null for other text. */
export function noteNumber(text: string): number | null {
  const m = NOTE.exec(text);
  return m ? Number(m[1]) : null;
}

export function tableNotes(blocks: readonly Block[]): Map<number, string> {
  const notes = new Map<number, string>();
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const m = NOTE.exec(b.text);
    if (m) notes.set(Number(m[1]), m[2]!);
  }
  return notes;
}

/** The unit a name ends with in brackets: `…接受培訓的人數（人次）`, `…的比例 (%)`, `（小時 /人）`. */
export const UNIT_IN_NAME = /\s*[（(]([^（）()]{1,8})[)）]$/u;

/** A name and the unit it ends with in brackets, the unit without spaces (`桿路共建率（%）` → 桿路共建率, %); null without one. */
export function splitNameUnit(cell: string): { name: string; unit: string } | null {
  const m = UNIT_IN_NAME.exec(cell);
  return m ? { name: cell.slice(0, m.index), unit: m[1]!.replace(/\s+/gu, '') } : null;
}

/** A header cell naming a year column (`2022 年`, `2018年`, `2020`), the year captured. */
export const YEAR_CELL = new RegExp(`^(\\d{4})\\s*(?:${YEAR_UNIT})?$`, 'u');
/** A header cell naming the unit column. */
export const UNIT_CELL = new RegExp(`^(${alternation(unitHeader)})$`, 'u');

/**
 * The years of a performance box's header (the small tables printed at the end of a topic): at most
 * one label cell (`責任績效指標`, `指標`, or none), then one or more year columns in increasing order
 * (`2018年 2019 2020年`), and no unit column, for the box prints each unit in brackets after its name.
 * A header without a label needs two years. Null for any other header.
 */
export function boxHeaderYears(header: readonly string[]): number[] | null {
  const cells = header.map((c) => c.trim());
  while (cells.length && cells.at(-1) === '') cells.pop();
  const first = cells.findIndex((c) => YEAR_CELL.test(c));
  if (first < 0 || first > 1 || !cells.slice(first).every((c) => YEAR_CELL.test(c))) return null;
  const label = first === 1 ? cells[0]! : '';
  const years = cells.slice(first).map((c) => Number(YEAR_CELL.exec(c)![1]));
  if (years.some((y, k) => k > 0 && y <= years[k - 1]!)) return null;
  if (label ? isValueCell(label) || UNIT_CELL.test(label) : years.length < 2) return null;
  return years;
}

/**
 * A row of a performance box: a name that ends with its unit in brackets, then one cell per year
 * column, each a value or empty, at least one a value (`桿路共建率（%） | 91 | 91 | 95`).
 */
export function isBoxRow(cells: readonly string[], years: number): boolean {
  const values = cells.slice(1).map((c) => c.trim());
  const split = splitNameUnit(cells[0]?.trim() ?? '');
  return (
    cells.length === years + 1 && !!split && /[\p{Script=Han}A-Za-z]/u.test(split.name) && values.every((c) => c === '' || isValueCell(c)) && values.some((c) => c !== '')
  );
}

/** A table is a key-performance table when its header names a unit column and at least two years. */
export const isKpiHeader = (header: readonly string[] | undefined) =>
  !!header && header.some((c) => UNIT_CELL.test(c.trim())) && header.filter((c) => YEAR_CELL.test(c.trim())).length >= 2;
