// Writes the KPI dataset into dist/data/: JSON (array of rows), CSV (UTF-8 with BOM, for spreadsheet
// programs) and the JSON Schema of a row. Runs after the Astro build, from .generated/kpis.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { kpiRowSchema, type KpiRow } from './ingest/kpi/schema.ts';

/** `section`: the page that prints the value; `repaired_shift`: columns the printed cells stood off their header, where the build put them back. */
export const CSV_COLUMNS = ['report', 'category', 'indicator', 'name', 'name_en', 'unit', 'year', 'value', 'raw', 'qualifier', 'notes', 'source_file', 'source_line', 'from', 'section', 'repaired_shift'] as const;

/** A cell a spreadsheet would read as a formula (OWASP, CSV injection): it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return, and is not a plain number (`-3.5`, `+1,234`, `12%`) or the lone `-`
 * that reports print for "no value". */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN = /^(?:[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?%?|-)$/;

/** One CSV cell: formula-like text is prefixed with `'` so spreadsheets show it as text; then quoted where needed. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA_START.test(s) && !PLAIN.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly KpiRow[]): string {
  const lines = rows.map((r) =>
    [r.report, r.category, r.indicator, r.name, r.name_en, r.unit, r.year, r.value, r.raw, r.qualifier, r.notes, r.source.file, r.source.line, r.from, r.section, r.repaired?.shift].map(csvCell).join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

export function writeDataFiles(generated: string, dist: string): number {
  const rows = z.array(kpiRowSchema).parse(JSON.parse(readFileSync(join(generated, 'kpis.json'), 'utf8')));
  const dir = join(dist, 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kpis.json'), JSON.stringify(rows));
  writeFileSync(join(dir, 'kpis.csv'), toCsv(rows));
  // One CSV per indicator, for the download on its page.
  mkdirSync(join(dir, 'kpis'), { recursive: true });
  for (const id of new Set(rows.map((r) => r.indicator))) writeFileSync(join(dir, 'kpis', `${id}.csv`), toCsv(rows.filter((r) => r.indicator === id)));
  writeFileSync(join(dir, 'kpis.schema.json'), JSON.stringify({ $id: '/data/kpis.schema.json', title: 'KPI dataset', ...z.toJSONSchema(z.array(kpiRowSchema)) }, null, 2));
  return rows.length;
}
