// `npm run eval`: the ingest measured against the hand-annotated gold outlines in tests/gold/.
// Prints, per source and aspect, precision and recall of document starts and headings, right
// titles, dates and parents, merged pages, paragraph defects and KPI cells. The collection's
// held-out documents (never tuned on) are printed as totals beside the rest.
// `--json` prints the figures as JSON instead (the tests read them).
import { goldFiles, loadGold, type LoadedGold } from '../tests/gold/load.ts';
import type { GoldDocument } from '../tests/gold/schema.ts';
import { readSources } from './ingest/read-sources.ts';
import { ingest, datasetRows, SOURCES_DIR, TRANSLATIONS_FILE } from './ingest/main.ts';
import { readTranslations } from './ingest/translations.ts';
import { toScript } from './ingest/convert-script.ts';
import { predictedDoc, type PredictedDoc } from './eval/predicted.ts';
import {
  addMeasures, emptyMeasures, measureDefects, measureHeadings, measureKpis, pairDocuments, precision, ratio, recall,
  START_TOLERANCE, type Measures, type ResolvedGoldDoc,
} from './eval/measure.ts';

/** Width-folded, spaceless, Simplified: how a reader compares two printings of one heading. */
const norm = (s: string) => toScript(s.normalize('NFKC').replace(/\s+/gu, ''), 'hans');

export interface EvalResult {
  /** Figures per source; the collection as `…` (tuned part) and `… (held out)`. */
  sources: Record<string, Measures>;
  all: Measures;
}

export function evaluate(): { result: EvalResult; problems: string[] } {
  const problems: string[] = [];
  const golds = new Map<string, LoadedGold[]>();
  for (const path of goldFiles()) {
    const { loaded, problems: p } = loadGold(path);
    problems.push(...p);
    if (loaded) golds.set(loaded.gold.source, [...(golds.get(loaded.gold.source) ?? []), loaded]);
  }
  const sources = readSources(SOURCES_DIR);
  const { docs } = ingest(sources);
  const { rows } = datasetRows(docs, readTranslations(TRANSLATIONS_FILE));
  const out: Record<string, Measures> = {};
  for (const source of sources) {
    const files = golds.get(source.id);
    if (!files) continue;
    const predicted = docs.filter((d) => (d.collection ?? d.id) === source.id).map((d) => predictedDoc(d, source.text, source.id));
    const running = files.flatMap((f) => f.gold.running);
    if (source.meta.kind === 'collection') {
      const [tuned, held] = measureCollection(files, predicted, running);
      out[source.id] = tuned;
      out[`${source.id} (held out)`] = held;
    } else out[source.id] = measureReport(files, predicted[0], running, rows);
  }
  const all = Object.values(out).reduce(addMeasures, emptyMeasures());
  return { result: { sources: out, all }, problems };
}

/** A report or chapter: one document, its gold spread over one or more files (outline, KPIs). */
function measureReport(files: readonly LoadedGold[], pred: PredictedDoc | undefined, running: readonly string[], rows: Parameters<typeof measureKpis>[2]): Measures {
  const m = emptyMeasures();
  const places = new Map(files.flatMap((f) => [...f.places]));
  const docs = files.flatMap((f) => f.gold.documents);
  const gold: GoldDocument = { ...docs[0]!, headings: docs.flatMap((d) => d.headings), tables: docs.flatMap((d) => d.tables), kpis: docs.flatMap((d) => d.kpis) };
  m.documents = { tp: pred ? 1 : 0, predicted: pred ? 1 : 0, gold: 1 };
  if (!pred) return m;
  m.startsExact = { right: 1, of: 1 };
  m.titles = { right: norm(pred.title) === norm(gold.title) ? 1 : 0, of: 1 };
  m.dates = { right: pred.date === gold.date ? 1 : 0, of: 1 };
  m.headings.predicted = pred.headings.length;
  measureHeadings(gold, places, pred, norm, m);
  measureDefects(pred, running, norm, m.defects);
  measureKpis(gold.kpis, pred.id, rows, norm, m);
  const tableLines = gold.tables.map((t) => places.get(t.at)?.line ?? -99);
  m.tables = { tp: tableLines.filter((l) => pred.tables.some((p) => Math.abs(p - l) <= 3)).length, predicted: pred.tables.length, gold: tableLines.length };
  return m;
}

/** The collection: documents paired by their starts; each gold part file covers a range of the source. */
function measureCollection(files: readonly LoadedGold[], predicted: readonly PredictedDoc[], running: readonly string[]): [Measures, Measures] {
  const ranges = files.map((f): readonly [number, number] => f.gold.range ?? [0, Infinity]);
  const all: ResolvedGoldDoc[] = files
    .flatMap((f) => f.gold.documents.map((doc) => ({ doc, start: f.places.get(doc.start)?.offset ?? -1, places: f.places as Map<object, never> })))
    .filter((g) => g.start >= 0)
    .sort((a, b) => a.start - b.start);
  const covered = (at: number) => ranges.some(([a, b]) => at >= a && at < b);
  const preds = predicted.filter((p) => p.start !== null && covered(p.start));
  const real = all.filter((g) => !g.doc.duplicate);
  const pairs = pairDocuments(real, preds);
  const paired = new Map([...pairs].map(([g, p]) => [p, g]));
  /** The gold document a predicted one lies in: its pair, else the last gold start before it. */
  const home = (p: PredictedDoc) => paired.get(p) ?? [...all].reverse().find((g) => g.start <= p.start! + START_TOLERANCE) ?? all[0]!;
  const tuned = emptyMeasures();
  const held = emptyMeasures();
  const group = (g: ResolvedGoldDoc) => (g.doc.heldOut ? held : tuned);
  for (const g of real) {
    const m = group(g);
    const p = pairs.get(g);
    m.documents.gold++;
    if (p) {
      m.documents.tp++;
      m.startsExact.of++;
      if (p.start === g.start) m.startsExact.right++;
      m.titles.of++;
      if (norm(p.title) === norm(g.doc.title)) m.titles.right++;
      m.dates.of++;
      if (p.date === g.doc.date) m.dates.right++;
    }
    measureHeadings(g.doc, g.places, p, norm, m);
  }
  for (const p of preds) {
    const m = group(home(p));
    m.documents.predicted++;
    m.headings.predicted += p.headings.length;
    measureDefects(p, running, norm, m.defects);
    if (p.end !== null && real.some((g) => g.start > p.start! + START_TOLERANCE && g.start < p.end! - START_TOLERANCE)) m.merged++;
  }
  return [tuned, held];
}

const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(5);

function printTable(result: EvalResult): void {
  const head = ['source', 'docs P', 'docs R', 'start=', 'title', 'date', 'head P', 'head R', 'parent', 'merged', '1ch', '2ch', 'close', 'split#', 'nav', 'KPI R', 'KPI P', 'tbl R'];
  const rows = [...Object.entries(result.sources), ['all', result.all] as const].map(([name, m]) => [
    name,
    pct(precision(m.documents)), pct(recall(m.documents)), pct(ratio(m.startsExact)), pct(ratio(m.titles)), pct(ratio(m.dates)),
    pct(precision(m.headings)), pct(recall(m.headings)), pct(ratio(m.parents)), String(m.merged),
    String(m.defects.oneChar), String(m.defects.twoChar), String(m.defects.closingOpen), String(m.defects.splitNumbers), String(m.defects.navLeaks),
    m.kpis.gold ? pct(recall(m.kpis)) : '  n/a', m.kpis.gold ? pct(precision(m.kpis)) : '  n/a', m.tables.gold ? pct(recall(m.tables)) : '  n/a',
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  const sup = (name: string, m: Measures) => `${name}: ${m.documents.gold} documents, ${m.headings.gold} headings, ${m.kpis.gold} KPI values, ${m.tables.gold} tables in gold`;
  for (const [name, m] of Object.entries(result.sources)) console.log(sup(name, m));
}

function main(): void {
  const { result, problems } = evaluate();
  for (const p of problems) console.error(`gold: ${p}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 1));
  else printTable(result);
  if (problems.length) process.exit(1);
}

if (process.argv[1] && process.argv[1].endsWith('eval.ts')) main();
