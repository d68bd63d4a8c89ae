// One series per indicator across reports: rows with the same name and unit share one id.
import { slugify } from '../slug.ts';
import type { KpiRow } from './schema.ts';
import { indicatorId } from './tables.ts';

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
): { rows: KpiRow[]; joins: SeriesJoin[]; splits: SeriesSplit[] } {
  const keyOf = (row: KpiRow) => {
    const key = seriesKey(row.name, row.unit, toHans);
    return `${key.name}\u0000${key.unit}`;
  };
  // Rows come folded (`foldRepeatedPrintings`): one per indicator, report and year but for callouts.
  // Callouts with the same label in one report and year measure different things (a training rate
  // per staff group), and so does a callout whose figure differs from a table's: each is its own series.
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(`${keyOf(r)}|${r.report}|${r.year}`, (seen.get(`${keyOf(r)}|${r.report}|${r.year}`) ?? 0) + 1);
  const groupKey = (r: KpiRow) => (r.from === 'callout' && seen.get(`${keyOf(r)}|${r.report}|${r.year}`)! > 1 ? `${keyOf(r)}#${r.source.line}` : keyOf(r));

  const groups = new Map<string, { name: string; unit: string; rows: KpiRow[]; latest: number }>();
  for (const row of rows) {
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
  for (const row of rows) {
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
  return { rows: out, joins, splits };
}
