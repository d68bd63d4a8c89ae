// The KPI dataset as the pages need it: one series per indicator, labels per locale.
import { inWrittenOrder } from './written-order.ts';
import labelsJson from '../../.generated/kpi-labels.json';
import type { KpiRow } from '../../scripts/ingest/kpi/schema.ts';
import type { Locale } from './locales.ts';
import { toScript } from './convert.ts';
import { catalog } from './catalog.ts';
import { formatIn, quantity } from './quantity.ts';

export type { KpiRow };

/** The dataset's rows in the order the ingest wrote them (content collection `kpis`, validated by its schema). */
export const kpiRows: readonly KpiRow[] = await inWrittenOrder('kpis');
const labels = labelsJson as { categories: Record<string, string>; units: Record<string, string> };

export interface Series {
  id: string;
  name: string;
  name_en: string | null;
  category: string;
  unit: string;
  /** Footnotes the latest report prints for the indicator ('' if none), in its script. */
  notes: string;
  points: KpiRow[];
}

/**
 * One series per indicator (the ingest joins reports into one id), in the order the reports print
 * them; points by year. Name, category, unit and notes are the latest report's.
 */
function buildSeries(): Series[] {
  const byId = new Map<string, Series>();
  for (const row of kpiRows) {
    let s = byId.get(row.indicator);
    // Categories are grouped in Simplified, whatever script the report printed them in.
    const category = toScript(row.category, 'hans');
    if (!s) byId.set(row.indicator, (s = { id: row.indicator, name: row.name, name_en: row.name_en, category, unit: row.unit, notes: row.notes, points: [] }));
    if (row.year > Math.max(...s.points.map((p) => p.year))) Object.assign(s, { name: row.name, category, unit: row.unit, notes: row.notes });
    s.points.push(row);
  }
  for (const s of byId.values()) s.points.sort((a, b) => a.year - b.year || a.report.localeCompare(b.report));
  return [...byId.values()];
}

// Built once per build, not once per page.
const series = buildSeries();
export const allSeries = (): readonly Series[] => series;

export function seriesById(id: string): Series {
  const s = series.find((x) => x.id === id);
  if (!s) throw new Error(`unknown indicator ${id}`);
  return s;
}

/** Chinese text (printed in either script) in the page's script; on English pages the English label where there is one. */
export function label(zh: string, en: string | null | undefined, locale: Locale): string {
  if (locale.code === 'en' && en) return en;
  return toScript(zh, locale.script);
}

/** English labels are keyed by the Simplified form. */
export const categoryLabel = (zh: string, locale: Locale) => label(zh, labels.categories[toScript(zh, 'hans')], locale);
export const unitLabel = (zh: string, locale: Locale) => label(zh, labels.units[toScript(zh, 'hans')] ?? (/^[\x20-\x7e]*$/.test(zh) ? zh : null), locale);
export const seriesName = (s: Series, locale: Locale) => label(s.name, s.name_en, locale);

/** The section that prints a row (by its source line), for links back into the report. */
export function sectionOf(row: KpiRow): { doc: string; section: string } | null {
  const doc = catalog.find((d) => d.id === row.report);
  const section = doc?.sections.find((s) => s.slug === row.section) ?? doc?.sections.find((s) => s.lines[0] <= row.source.line && row.source.line <= s.lines[1]);
  return doc && section ? { doc: doc.id, section: section.slug } : null;
}

/** Numbers in the page's locale: `1,234.5`. */
export const formatNumber = (value: number, locale: Locale) => formatIn(value, locale.lang);

/**
 * A value and its unit as prose and figure cards show them: in English a unit counted in 10,000s puts
 * its magnitude into the number (`1.375 million` `sites`, quantity.ts); in Chinese as the report prints them (`137.5` `万站`).
 */
export function valueWithUnit(value: number, unitZh: string, locale: Locale): { value: string; unit: string } {
  const unit = unitLabel(unitZh, locale);
  return locale.code === 'en' ? quantity(value, unit, locale.lang) : { value: formatNumber(value, locale), unit };
}

/** A value as printed (`超 290`, `达标`), in the page's script; English pages keep the printed Chinese (Simplified). */
export const printedValue = (raw: string, locale: Locale) => toScript(raw, locale.code === 'en' ? 'hans' : locale.script);
