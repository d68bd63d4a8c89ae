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

const isValue = (cell: string) => parseValue(cell) !== null;

/** Numbered notes under the table (`4. 为更好地反映…`), by number. */
export function tableNotes(blocks: readonly Block[]): Map<number, string> {
  const notes = new Map<number, string>();
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const m = /^(\d{1,2})\.\s*(.+)$/u.exec(b.text);
    if (m) notes.set(Number(m[1]), m[2]!);
  }
  return notes;
}

export interface ParsedRow {
  category: string;
  name: string;
  unit: string;
  footnotes: number[];
  values: { year: number; raw: string }[];
  line: number;
  repaired: string | null;
}

/**
 * Parses one key-performance table. The header names the years (`2022 年`); every other row is read
 * from the right: the value cells, then the unit, the name and, where printed, the category. Where the
 * unit is not in the header's unit column, the row was shifted; its values are placed by that shift.
 */
export function parseKpiTable(rows: readonly string[][], rowLines: readonly number[], carry = ''): ParsedRow[] {
  const header = rows[0]!;
  const years = header.map((c) => Number(/^(\d{4})\s*年?$/u.exec(c.trim())?.[1] ?? NaN));
  const unitColumn = header.findIndex((c) => /单位|單位/u.test(c));
  const out: ParsedRow[] = [];
  let category = carry;
  rows.slice(1).forEach((cells, k) => {
    let last = cells.length - 1;
    while (last >= 0 && cells[last] === '') last--;
    let firstValue = last + 1;
    while (firstValue - 1 >= 0 && isValue(cells[firstValue - 1]!)) firstValue--;
    const u = firstValue - 1;
    if (u < 1 || firstValue > last) return;
    const before = cells.slice(0, u).map((c, i) => ({ c, i })).filter((x) => x.c !== '');
    const nameCell = before.at(-1);
    if (!nameCell) return;
    if (before.length >= 2) category = before.at(-2)!.c;
    const shift = u - unitColumn;
    const { name, notes } = splitFootnotes(nameCell.c);
    const values: ParsedRow['values'] = [];
    for (let i = firstValue; i <= last; i++) {
      const year = years[i - shift];
      if (year !== undefined && !Number.isNaN(year)) values.push({ year, raw: cells[i]! });
    }
    const shiftedName = nameCell.i !== unitColumn - 1;
    const repaired =
      shift !== 0 || shiftedName
        ? `Row printed with cells shifted ${shift > 0 ? 'right' : shift < 0 ? 'left' : 'within the row'}${shift ? ` by ${Math.abs(shift)}` : ''}; repaired from the header.${values.length < years.filter((y) => !Number.isNaN(y)).length ? ' Not every year is printed.' : ''}`
        : null;
    out.push({ category, name, unit: cells[u]!.replace(/\s*\/\s*/gu, '/'), footnotes: notes, values, line: rowLines[k + 1]!, repaired });
  });
  return out;
}

/** Indicator id from name and unit: the same indicator in two reports gets the same id. */
export function indicatorId(name: string, unit: string): string {
  return slugify(`${name}`, 10) + (unit === '%' ? '-pct' : '');
}

/** All KPI rows of one document: every key-performance table in its `关键绩效` section. */
export function extractKpis(doc: Doc, file: string, englishName: (id: string) => string | null): KpiRow[] {
  const section = doc.sections.find((s) => /^关键绩效|^關鍵績效/u.test(s.title));
  if (!section) return [];
  const notes = tableNotes(section.blocks);
  const rows: KpiRow[] = [];
  let carry = '';
  for (const block of section.blocks) {
    if (block.type !== 'table' || !block.rows[0]?.some((c) => /^\d{4}\s*年$/u.test(c))) continue;
    const parsed = parseKpiTable(block.rows, block.rowLines, carry);
    carry = parsed.at(-1)?.category ?? carry;
    for (const p of parsed) {
      const indicator = indicatorId(p.name, p.unit);
      const noteText = [...p.footnotes.map((n) => (notes.has(n) ? `${n}. ${notes.get(n)}` : `${n}.`)), ...(p.repaired ? [p.repaired] : [])].join(' ');
      for (const v of p.values) {
        const parsedValue = parseValue(v.raw)!;
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
