// Key performance indicators from a report's key-performance table: one row per indicator, year
// and report, with the printed value kept beside the number. Rows whose cells the PDF shifted are
// repaired from the header and said so in the row's notes.
import { z } from 'zod';
import { slugify } from './slug.ts';
import type { Block, Doc } from './types.ts';

export const kpiRowSchema = z
  .object({
    /** Document id of the report that prints the value. */
    report: z.string(),
    /** Category as printed (the table prints it on a block's first row only). */
    category: z.string(),
    /** Stable ASCII id of the indicator, the same in every report that prints it. */
    indicator: z.string().regex(/^[a-z0-9-]+$/),
    /** Name in Chinese as printed, footnote markers removed. */
    name: z.string(),
    name_en: z.string().nullable(),
    unit: z.string(),
    year: z.number().int(),
    /** The number, or null where the report prints no number (`-`, `达标`). */
    value: z.number().nullable(),
    /** The cell as printed. */
    raw: z.string(),
    qualifier: z.enum(['over', 'under', 'approx', 'met']).nullable(),
    /** Footnotes of the indicator and what the build repaired, as text. */
    notes: z.string(),
    source: z.object({ file: z.string(), line: z.number().int() }),
    from: z.enum(['table', 'callout']),
  })
  .strict();

export type KpiRow = z.infer<typeof kpiRowSchema>;

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
 * A footnote number glued to a name without a marker (`汽油消耗量5`, `信用評估等級1`): a trailing number
 * after a Han character that is one of the table's notes. Names that start or end with a real number
 * of their own (`5G基站`, `城市100M…`) are left alone because no note has that number.
 */
export function splitGluedFootnote(name: string, noteNumbers: ReadonlySet<number>): { name: string; notes: number[] } {
  const m = /^(.*\p{Script=Han})(\d{1,2})$/u.exec(name);
  if (!m || !noteNumbers.has(Number(m[2]))) return { name, notes: [] };
  return { name: m[1]!, notes: [Number(m[2])] };
}

/** A printed value: `超 290` (over), `达标` (met), `-` (not disclosed), `1.63: 1` (a ratio), a number. */
export function parseValue(raw: string): { value: number | null; qualifier: KpiRow['qualifier'] } | null {
  const s = raw.trim();
  if (s === '-' || s === '—' || s === '–') return { value: null, qualifier: null };
  if (s === '达标' || s === '達標') return { value: null, qualifier: 'met' };
  const m = /^(超|约|約|近)?\s*([\d,]+(?:\.\d+)?)\s*(?:[:：]\s*1)?\s*(余|餘|以上|⁺|\+)?$/u.exec(s);
  if (!m) return null;
  const value = Number(m[2]!.replace(/,/g, ''));
  const qualifier = m[1] === '超' || m[3] ? 'over' : m[1] ? 'approx' : null;
  return { value, qualifier };
}

/** A letter grade printed as a value (`AAA`): kept as printed, with no number. */
const GRADE = /^[A-D]{1,3}[+-]?$/u;

/** Whether a cell reads as a KPI value: a number, `-`, `达标`, a ratio, or a letter grade. */
export const isKpiValue = (cell: string) => parseValue(cell) !== null || GRADE.test(cell.trim());
const isValue = isKpiValue;

/** Numbered notes under the table (`4. 为更好地反映…`), by number. */
const NOTE = /^(\d{1,2})\.\s*(.+)$/u;

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

/** Said in the notes of a KPI row whose printed cells were shifted (the build report lists these rows). */
export const REPAIRED_NOTE = 'repaired from the header';

export interface ParsedRow {
  category: string;
  name: string;
  unit: string;
  footnotes: number[];
  values: { year: number; raw: string }[];
  line: number;
  repaired: string | null;
}

/** A header cell naming a year column (`2022 年`, `2018年`, `2020`), the year captured. */
export const YEAR_CELL = /^(\d{4})\s*年?$/u;
/** A header cell naming the unit column. */
export const UNIT_CELL = /^(单位|單位)$/u;

/** A table is a key-performance table when its header names a unit column and at least two years. */
export const isKpiHeader = (header: readonly string[] | undefined) =>
  !!header && header.some((c) => UNIT_CELL.test(c.trim())) && header.filter((c) => YEAR_CELL.test(c.trim())).length >= 2;

/** A header whose first cell names the table, not a column (`人員構成 單位 2022年 2023年`), names its category. */
function headerCategory(header: readonly string[]): string | null {
  const first = header[0]?.trim() ?? '';
  return UNIT_CELL.test(header[1]?.trim() ?? '') && first && !/^(指标|指標|类别|類別)$/u.test(first) ? first : null;
}

/**
 * How one row of a key-performance table reads, from the right: its value cells (`firstValue`…`last`),
 * the unit before them (`unit`), the name before that and, where printed, a category before the name.
 * `shift` is how far the unit stands from the header's unit column; `shiftedName` says the name is not
 * in the column before the unit. Null for rows that are not indicator rows.
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
  while (firstValue - 1 >= 0 && isValue(cells[firstValue - 1]!)) firstValue--;
  const unit = firstValue - 1;
  if (unit < 1 || firstValue > last) return null;
  const before = cells.slice(0, unit).map((c, i) => ({ c, i })).filter((x) => x.c !== '');
  const name = before.at(-1);
  if (!name) return null;
  return { unit, firstValue, last, name, category: before.at(-2) ?? null, shift: unit - unitColumn, shiftedName: name.i !== unitColumn - 1 };
}

/** A row that is another header or a category printed on its own line (the 2020 table). */
const isCategoryRow = (cells: readonly string[]) => !!cells[0] && cells.slice(1).every((c) => c === '');

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
    const repaired =
      shift !== 0 || row.shiftedName
        ? `Row printed with cells shifted ${shift > 0 ? 'right' : shift < 0 ? 'left' : 'within the row'}${shift ? ` by ${Math.abs(shift)}` : ''}; ${REPAIRED_NOTE}.${values.length < years.filter((y) => !Number.isNaN(y)).length ? ' Not every year is printed.' : ''}`
        : null;
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
  for (const block of withTables.flatMap((s) => s.blocks)) {
    if (block.type !== 'table' || !isKpiHeader(block.rows[0])) continue;
    const parsed = parseKpiTable(block.rows, block.rowLines, carry, noteNumbers);
    carry = parsed.at(-1)?.category ?? carry;
    for (const p of parsed) {
      const indicator = indicatorId(p.name, p.unit);
      const noteText = [...p.footnotes.map((n) => (notes.has(n) ? `${n}. ${notes.get(n)}` : `${n}.`)), ...(p.repaired ? [p.repaired] : [])].join(' ');
      for (const v of p.values) {
        const parsedValue = parseValue(v.raw) ?? { value: null, qualifier: null };
        rows.push({
          report: doc.id,
          category: p.category,
          indicator,
          name: p.name,
          name_en: englishName(indicator),
          unit: p.unit,
          year: v.year,
          value: parsedValue.value,
          raw: v.raw,
          qualifier: parsedValue.qualifier,
          notes: noteText,
          source: { file, line: p.line },
          from: 'table',
        });
      }
    }
  }
  return rows;
}

export interface SeriesJoin {
  indicator: string;
  name: string;
  unit: string;
  reports: string[];
  years: number[];
}

export interface SeriesSplit {
  name: string;
  units: string[];
  indicators: string[];
}

/** How names and units are compared across reports: Simplified script, no spaces, one slash. */
export function seriesKey(name: string, unit: string, toHans: (s: string) => string): { name: string; unit: string } {
  const norm = (s: string) =>
    toHans(s)
      .replace(/\s+/gu, '')
      .replace(/[╱／]/gu, '/')
      .replace(/(\d)[–—－~～](\d)/gu, '$1-$2');
  return { name: norm(name), unit: norm(unit) };
}

/**
 * One series per indicator across reports. Rows whose name and unit are equal after `seriesKey`
 * (script, spacing, slash) share one id: the pinyin of the Simplified name (`-pct` for percentages).
 * Different units are never joined: where two units share a name, the series of the latest report
 * keeps the plain id and the other adds its unit, so adding an older report changes no existing URL.
 * Returns the rows with settled ids and English names, the joins and the names split by unit.
 */
export function joinSeries(
  rows: readonly KpiRow[],
  toHans: (s: string) => string,
  englishName: (id: string) => string | null,
): { rows: KpiRow[]; joins: SeriesJoin[]; splits: SeriesSplit[]; calloutsInTables: { name: string; report: string; line: number }[] } {
  const keyOf = (row: KpiRow) => {
    const key = seriesKey(row.name, row.unit, toHans);
    return `${key.name}\u0000${key.unit}`;
  };
  // A callout that repeats a table cell (same indicator, report, year and value) is the same figure
  // printed twice: the table row stands for both, and the build report lists the callout.
  const tableCells = new Map(rows.filter((r) => r.from === 'table').map((r) => [`${keyOf(r)}|${r.report}|${r.year}`, r]));
  const calloutsInTables: { name: string; report: string; line: number }[] = [];
  const kept = rows.filter((r) => {
    if (r.from !== 'callout' || tableCells.get(`${keyOf(r)}|${r.report}|${r.year}`)?.value !== r.value) return true;
    calloutsInTables.push({ name: r.name, report: r.report, line: r.source.line });
    return false;
  });
  // Callouts with the same label in one report and year measure different things (a training rate
  // per staff group): each becomes its own series.
  const seen = new Map<string, number>();
  for (const r of kept) seen.set(`${keyOf(r)}|${r.report}|${r.year}`, (seen.get(`${keyOf(r)}|${r.report}|${r.year}`) ?? 0) + 1);
  const groupKey = (r: KpiRow) => (r.from === 'callout' && seen.get(`${keyOf(r)}|${r.report}|${r.year}`)! > 1 ? `${keyOf(r)}#${r.source.line}` : keyOf(r));

  const groups = new Map<string, { name: string; unit: string; rows: KpiRow[]; latest: number }>();
  for (const row of kept) {
    const key = seriesKey(row.name, row.unit, toHans);
    const k = groupKey(row);
    const g = groups.get(k) ?? { ...key, rows: [], latest: 0 };
    g.rows.push(row);
    g.latest = Math.max(g.latest, row.year);
    groups.set(k, g);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b.latest - a.latest || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.rows[0]!.source.line - b.rows[0]!.source.line),
  );
  const unitOf = new Map<string, string>();
  const idOf = new Map<(typeof ordered)[number], string>();
  for (const g of ordered) {
    const base = indicatorId(g.name, g.unit);
    // A name taken with another unit: add this unit. Taken with the same unit: number it.
    let id = unitOf.has(base) && unitOf.get(base) !== g.unit ? `${base}-${g.unit === '%' ? 'pct' : slugify(g.unit, 4)}` : base;
    for (let i = 2; unitOf.has(id); i++) id = `${base}-${i}`;
    unitOf.set(id, g.unit);
    idOf.set(g, id);
  }
  const out: KpiRow[] = [];
  for (const row of kept) {
    const g = groups.get(groupKey(row))!;
    const indicator = idOf.get(g)!;
    out.push({ ...row, indicator, name_en: englishName(indicator) });
  }
  const joins = ordered
    .filter((g) => new Set(g.rows.map((r) => r.report)).size > 1)
    .map((g) => ({ indicator: idOf.get(g)!, name: g.name, unit: g.unit, reports: [...new Set(g.rows.map((r) => r.report))], years: [...new Set(g.rows.map((r) => r.year))].sort((a, b) => a - b) }));
  const byName = new Map<string, (typeof ordered)[number][]>();
  for (const g of ordered) byName.set(g.name, [...(byName.get(g.name) ?? []), g]);
  const splits = [...byName.values()].filter((gs) => gs.length > 1).map((gs) => ({ name: gs[0]!.name, units: gs.map((g) => g.unit), indicators: gs.map((g) => idOf.get(g)!) }));
  return { rows: out, joins, splits, calloutsInTables };
}

/**
 * KPI rows from a document's key-figure callouts (`5G 中频基站 / 137.5 / 万站`). The year is the one
 * the label names (`2024年服务农业项目`), else the report's; a label ending in 超/超过 ("over") or
 * 约/近 ("approx") gives that qualifier to the value, which `raw` then shows as printed. Callouts print no category; they are filed under 关键数字 (key figures)
 * and the notes name the section.
 */
export const CALLOUT_CATEGORY = '关键数字';

export function extractCallouts(doc: Doc, file: string, englishName: (id: string) => string | null): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'figure') continue;
      // A qualifier printed at the end of the label (`4G 中频可用基站超`): its word and meaning.
      const word = /(超过?|超過|约|約|近)$/u.exec(block.label)?.[1];
      const labelQualifier: KpiRow['qualifier'] = word ? (word.startsWith('超') ? 'over' : 'approx') : null;
      const name = word ? block.label.slice(0, -word.length).trim() : block.label;
      const parsed = parseValue(block.value) ?? { value: null, qualifier: null };
      const year = Number(/^(\d{4})\s*年/u.exec(name)?.[1] ?? doc.year);
      const indicator = indicatorId(name, block.unit);
      rows.push({
        report: doc.id,
        category: CALLOUT_CATEGORY,
        indicator,
        name,
        name_en: englishName(indicator),
        unit: block.unit,
        year,
        value: parsed.value,
        raw: word ? `${word} ${block.value}` : block.value,
        qualifier: labelQualifier ?? parsed.qualifier,
        notes: `Key figure printed in the section “${section.title}”.`,
        source: { file, line: block.line },
        from: 'callout',
      });
    }
  }
  return rows;
}
