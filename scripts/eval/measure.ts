// Measures predicted outlines against gold outlines: document starts, titles, dates, headings and
// their parents, merged pages, paragraph defects, KPI cells. Pure: gold and predictions in, counts out.
import type { GoldDocument, GoldKpi } from '../../tests/gold/schema.ts';
import type { ResolvedPlace } from '../../tests/gold/load.ts';
import type { PredictedDoc } from './predicted.ts';
import type { KpiRow } from '../ingest/kpi/schema.ts';

/** Counts for precision and recall: `tp` of `predicted` were right, `tp` of `gold` were found. */
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Ratio {
  right: number;
  of: number;
}

export interface Defects {
  /** Paragraphs of one character. */
  oneChar: number;
  /** Paragraphs of two characters. */
  twoChar: number;
  /** Paragraphs that open with closing punctuation (the end of a sentence cut off the previous one). */
  closingOpen: number;
  /** A paragraph ending in a digit followed by one starting with a digit: a number split in two (a full date ending the first is whole). */
  splitNumbers: number;
  /** Running text (headers, footers, side navigation) left in a page. */
  navLeaks: number;
}

export interface Measures {
  documents: Counts;
  /** Document starts found at exactly the gold offset (collection) or line. */
  startsExact: Ratio;
  titles: Ratio;
  dates: Ratio;
  headings: Counts;
  parents: Ratio;
  /** Pages holding the starts of two or more documents. */
  merged: number;
  defects: Defects;
  kpis: Counts;
  tables: Counts;
}

export const emptyMeasures = (): Measures => ({
  documents: { tp: 0, predicted: 0, gold: 0 },
  startsExact: { right: 0, of: 0 },
  titles: { right: 0, of: 0 },
  dates: { right: 0, of: 0 },
  headings: { tp: 0, predicted: 0, gold: 0 },
  parents: { right: 0, of: 0 },
  merged: 0,
  defects: { oneChar: 0, twoChar: 0, closingOpen: 0, splitNumbers: 0, navLeaks: 0 },
  kpis: { tp: 0, predicted: 0, gold: 0 },
  tables: { tp: 0, predicted: 0, gold: 0 },
});

/** Adds `b` into `a` (every count). */
export function addMeasures(a: Measures, b: Measures): Measures {
  const add = <T extends object>(x: T, y: T): T => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'number' ? v + (y as Record<string, number>)[k]! : add(v, (y as Record<string, object>)[k]!)])) as T;
  return add(a, b);
}

/** Text compared as a reader would: width-folded, no spaces; `toHans` puts both scripts in one. */
export type Normalize = (s: string) => string;

/** A gold document resolved: its start as an offset (collection) or line (reports). */
export interface ResolvedGoldDoc {
  doc: GoldDocument;
  start: number;
  places: Map<object, ResolvedPlace>;
}

/** How far (code points) a found document start may sit from the printed one and still count. */
export const START_TOLERANCE = 12;

/** Pairs gold and predicted documents of one collection by their starts (nearest within tolerance). */
export function pairDocuments(gold: readonly ResolvedGoldDoc[], predicted: readonly PredictedDoc[]): Map<ResolvedGoldDoc, PredictedDoc> {
  const pairs = new Map<ResolvedGoldDoc, PredictedDoc>();
  const used = new Set<PredictedDoc>();
  for (const g of gold) {
    let best: PredictedDoc | null = null;
    for (const p of predicted) {
      if (p.start === null || used.has(p)) continue;
      const d = Math.abs(p.start - g.start);
      if (d <= START_TOLERANCE && (!best || d < Math.abs(best.start! - g.start))) best = p;
    }
    if (best) {
      pairs.set(g, best);
      used.add(best);
    }
  }
  return pairs;
}

/** Heading matches in order: each gold heading takes the first unused predicted heading with the same text after the last match. */
/** `unnamed`: the page holds a held-out document too, so headings it prints that gold lacks are counted, not named. */
export function measureHeadings(gold: GoldDocument, places: Map<object, ResolvedPlace>, predicted: PredictedDoc | undefined, norm: Normalize, m: Measures, misses: string[] = [], unnamed = false): void {
  const pred = predicted?.headings ?? [];
  m.headings.gold += gold.headings.length;
  let from = 0;
  const matched = new Set<number>();
  for (const h of gold.headings) {
    const place = places.get(h.at);
    const line = place?.offset === null ? place?.line : null;
    const text = norm(h.text);
    // Where both sides know the line, the line decides (an extraction may print a heading after its
    // sub-headings); elsewhere headings are matched in order.
    const k = line != null
      ? pred.findIndex((p, i) => !matched.has(i) && norm(p.text) === text && p.line != null && Math.abs(p.line - line) <= 2)
      : pred.findIndex((p, i) => i >= from && !matched.has(i) && norm(p.text) === text);
    if (k < 0) {
      misses.push(`  heading missed: L${h.level} “${h.text}” at ${place?.offset ?? `line ${place?.line}`}`);
      continue;
    }
    matched.add(k);
    m.headings.tp++;
    m.parents.of++;
    const parent = pred[k]!.parent;
    if ((parent === null && h.parent === null) || (parent !== null && h.parent !== null && norm(parent) === norm(h.parent))) m.parents.right++;
    else misses.push(`  parent wrong: “${h.text}” under “${parent}”, printed under “${h.parent}”`);
    from = k + 1;
  }
  const extra = pred.filter((_, i) => !matched.has(i));
  if (unnamed && extra.length) misses.push(`  ${extra.length} headings not printed (not named: the page holds a held-out document)`);
  else for (const p of extra) misses.push(`  heading not printed: “${p.text}”${p.line ? ` line ${p.line}` : ''}`);
}

/** Paragraph defects of one document's pages; `running` is the gold list of running text. */
export function measureDefects(doc: PredictedDoc, running: readonly string[], norm: Normalize, d: Defects, misses: string[] = []): void {
  // Running text inside a sentence is counted only for strings long enough not to be ordinary words.
  const runs = running.map(norm).filter((r) => r.length >= 2);
  const long = (r: string) => r.length >= 4;
  doc.pages.forEach((page, p) => {
    page.forEach((raw, k) => {
      const text = raw.trim();
      const chars = Array.from(text.replace(/\s+/gu, ''));
      const onPage = `on page ${p + 1} of ${doc.id}`;
      const where = `${onPage}, after “${page[k - 1]?.trim().slice(-20) ?? ''}”`;
      if (chars.length === 1) d.oneChar++, misses.push(`  paragraph of one character: “${text}” ${where}`);
      else if (chars.length === 2) d.twoChar++, misses.push(`  paragraph of two characters: “${text}” ${where}`);
      if (/^[，。、；：？！”’）》」』】,.;:!?)\]]/u.test(text)) d.closingOpen++, misses.push(`  paragraph opens with closing punctuation: “${text.slice(0, 30)}” ${where}`);
      const next = page[k + 1]?.trim();
      // A full date (`发布时间：2024-07-26`, a source line over a body opening `2014年…`) is a whole number;
      // a note's number its markup sets apart (`数说123` | `5` `数据来源：…`) opens a number of its own.
      if (next && !doc.labelled?.[p]?.[k + 1] && /\d$/u.test(text) && !/\d{4}-\d{2}-\d{2}$/u.test(text) && /^[\d.,]/u.test(next)) d.splitNumbers++, misses.push(`  number split across paragraphs: “${text.slice(-20)}” | “${next.slice(0, 20)}” ${onPage}`);
      const n = norm(text);
      for (const r of runs) {
        if (n === r) d.navLeaks++, misses.push(`  running text as a paragraph: “${text}” ${onPage}`);
        else {
          // Running text inside a paragraph: between bars, or with a page number run onto it.
          let at = long(r) ? n.indexOf(r) : -1;
          while (at >= 0) {
            const after = n[at + r.length] ?? '';
            const before = n[at - 1] ?? '';
            if (/[|｜\d]/u.test(after) || /[|｜]/u.test(before)) d.navLeaks++, misses.push(`  running text inside a paragraph: “${r}” in “${text.slice(0, 40)}” ${onPage}`);
            at = n.indexOf(r, at + r.length);
          }
        }
      }
    });
  });
}

/** A printed KPI value the ingest read: a row of the dataset, or a printing folded into one (`kpis.duplicates`). */
export type ReadKpi = Pick<KpiRow, 'report' | 'year' | 'name' | 'raw' | 'unit'>;

/** Gold KPI values found in the dataset: same report, year and printed value, and the same name (tables) . */
export function measureKpis(gold: readonly GoldKpi[], report: string, rows: readonly ReadKpi[], norm: Normalize, m: Measures, misses: string[] = []): void {
  // A cell that prints a dash (`-`, `—`: not reported) is a row of the dataset but no printed value: the gold skips it.
  const mine = rows.filter((r) => r.report === report && !/^[-—–－]+$/u.test(r.raw.trim()));
  // The printed number, without thousands separators or the qualifier words a callout may print apart,
  // nor a percent sign printed on the number (`超 **95%**`: the gold may note it in the value or the unit).
  const value = (s: string) => norm(s).replace(/[，,_]|超过|超過|超|约|約|近|余|餘|以上|[+⁺]/gu, '').replace(/%$/u, '');
  // A name compared without the unit some tables print in brackets after it (`…比例 (%)`).
  const name = (s: string) => norm(s).replace(/[（(][^（）()]{1,8}[)）]$/u, '');
  const used = new Set<ReadKpi>();
  m.kpis.gold += gold.length;
  m.kpis.predicted += mine.length;
  // Table cells first, by name: a callout is matched by its value alone, so it must not take a table's
  // row that a table cell of the same value names; a callout then takes a callout's row before a table's.
  // Callouts whose unit a row prints too go before the rest, so that `連續5年` does not take the row of
  // `5個縣` printed below it, leaving that one missed in its place.
  const missed = new Set<GoldKpi>();
  const callouts = gold.filter((k) => k.from === 'callout');
  const sameUnit = (k: GoldKpi) => (r: ReadKpi) => norm(r.unit) === norm(k.unit);
  const unitShown = (k: GoldKpi) => mine.some((r) => r.year === k.year && value(r.raw) === value(k.raw) && sameUnit(k)(r));
  const ordered = [...gold.filter((k) => k.from !== 'callout'), ...callouts.filter(unitShown), ...callouts.filter((k) => !unitShown(k))];
  for (const k of ordered) {
    const fits = (r: ReadKpi) => !used.has(r) && r.year === k.year && value(r.raw) === value(k.raw) && (k.from === 'callout' || name(r.name) === name(k.name));
    const hit = (k.from === 'callout' ? (mine.find((r) => fits(r) && sameUnit(k)(r)) ?? mine.find((r) => fits(r) && 'from' in r && r.from === 'callout')) : undefined) ?? mine.find(fits);
    if (hit) {
      used.add(hit);
      m.kpis.tp++;
    } else missed.add(k);
  }
  for (const k of gold) if (missed.has(k)) misses.push(`  KPI missed: ${k.from} ${k.name} ${k.year} ${k.raw} ${k.unit}`);
  for (const r of mine) if (!used.has(r)) misses.push(`  KPI not printed so: ${r.name} ${r.year} ${r.raw} ${r.unit}`);
}

/** A fraction as a percentage rounded down to a tenth: how figures are compared with their floors. */
export const floorPercent = (x: number) => Math.floor(x * 1000) / 10;

export function ratio(r: Ratio): number {
  return r.of ? r.right / r.of : 1;
}

export function precision(c: Counts): number {
  return c.predicted ? c.tp / c.predicted : 1;
}

export function recall(c: Counts): number {
  return c.gold ? c.tp / c.gold : 1;
}

/** How far after a gold table's first printed cell (its caption, a unit over it) its first row may be printed. */
const TABLE_REACH = 800;

/**
 * A collected document's tables: each gold table is found where a page's table is printed from its
 * first printed cell on, before the next gold table and within TABLE_REACH (the page's table located
 * by its rows in the source, predicted.ts `tableAt`).
 */
export function measureCollectionTables(g: ResolvedGoldDoc, printed: readonly number[], m: Measures, log: string[]): void {
  const at = g.doc.tables.map((t) => g.places.get(t.at)?.offset ?? -1);
  g.doc.tables.forEach((t, k) => {
    const from = at[k]!;
    const until = Math.min(from + TABLE_REACH, ...at.filter((o) => o > from));
    m.tables.gold++;
    if (from >= 0 && printed.some((o) => o >= from && o < until)) m.tables.tp++;
    else log.push(`  table missed: at ${from} (${t.layout}, ${t.rows} rows${t.kpi ? ', KPI' : ''}) “${t.caption ?? ''}”`);
  });
}
