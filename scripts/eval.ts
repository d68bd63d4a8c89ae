// `npm run eval`: the ingest measured against the hand-annotated gold outlines in tests/gold/.
// Prints, per source and aspect, precision and recall of document starts and headings, right
// titles, dates and parents, merged pages, paragraph defects and KPI cells. The collection's
// held-out documents (never tuned on) are printed as totals beside the rest.
// `--json` prints the figures as JSON instead (the tests read them); `--misses <source>` lists the
// tuned part's misses; `--raise-floors` raises tests/ingest/eval-floors.yml to this run's figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { goldFiles, loadGold, type LoadedGold } from '../tests/gold/load.ts';
import type { GoldDocument } from '../tests/gold/schema.ts';
import { readSources } from './ingest/read-sources.ts';
import { ingest, datasetRows, SOURCES_DIR, TRANSLATIONS_FILE } from './ingest/main.ts';
import { readTranslations } from './ingest/translations.ts';
import { toScript } from './ingest/convert-script.ts';
import { predictedDoc, type PredictedDoc } from './eval/predicted.ts';
import {
  addMeasures, emptyMeasures, floorPercent, measureDefects, measureHeadings, measureKpis, pairDocuments, precision, ratio, recall,
  START_TOLERANCE, measureCollectionTables, type Measures, type ResolvedGoldDoc,
} from './eval/measure.ts';

/** Width-folded, Simplified, without spaces and the punctuation between a title's parts (a divider
 *  prints `提價值` over `數字強健…`, the next page `提價值，數字強健…`): how a reader compares two printings. */
const norm = (s: string) => toScript(s.normalize('NFKC').replace(/[\s,，、:：;；·]+/gu, ''), 'hans');

export interface EvalResult {
  /** Figures per source; the collection as `…` (tuned part) and `… (held out)`. */
  sources: Record<string, Measures>;
  all: Measures;
}

/** Misses of the tuned part, by source, for `--misses` (held-out documents never appear here). */
const missLog = new Map<string, string[]>();
const missesOf = (source: string) => missLog.get(source) ?? missLog.set(source, []).get(source)!;

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
  const { rows, duplicates } = datasetRows(docs, readTranslations(TRANSLATIONS_FILE));
  // The gold lists every printing of a value; the dataset holds a figure a report prints twice once. A
  // printing folded into a row of the same value (a box repeating the table, a callout) was read, and
  // build-report.json names it, so it is found; one that printed another value (a conflict) is not.
  const read = [...rows, ...duplicates.filter((d) => !d.conflict)];
  const out: Record<string, Measures> = {};
  for (const source of sources) {
    const files = golds.get(source.id);
    if (!files) continue;
    const predicted = docs.filter((d) => (d.collection ?? d.id) === source.id).map((d) => predictedDoc(d, source.text, source.id, source.meta.kind === 'chapter'));
    const running = files.flatMap((f) => f.gold.running);
    if (source.meta.kind === 'collection') {
      const [tuned, held] = measureCollection(files, predicted, running, read, missesOf(source.id));
      out[source.id] = tuned;
      out[`${source.id} (held out)`] = held;
    } else out[source.id] = measureReport(files, predicted[0], running, read, missesOf(source.id));
  }
  const all = Object.values(out).reduce(addMeasures, emptyMeasures());
  return { result: { sources: out, all }, problems };
}

/**
 * A report or chapter: one document, its gold spread over one or more files (outline, KPIs). Its title
 * and date come from its metadata file (the maintainer's word), so they are not measured.
 */
function measureReport(files: readonly LoadedGold[], pred: PredictedDoc | undefined, running: readonly string[], rows: Parameters<typeof measureKpis>[2], misses: string[]): Measures {
  const m = emptyMeasures();
  const places = new Map(files.flatMap((f) => [...f.places]));
  const docs = files.flatMap((f) => f.gold.documents);
  const gold: GoldDocument = { ...docs[0]!, headings: docs.flatMap((d) => d.headings), tables: docs.flatMap((d) => d.tables), kpis: docs.flatMap((d) => d.kpis) };
  m.documents = { tp: pred ? 1 : 0, predicted: pred ? 1 : 0, gold: 1 };
  if (!pred) return m;
  m.startsExact = { right: 1, of: 1 };
  m.headings.predicted = pred.headings.length;
  measureHeadings(gold, places, pred, norm, m, misses);
  measureDefects(pred, running, norm, m.defects, misses);
  measureKpis(gold.kpis, pred.id, rows, norm, m, misses);
  const tableLines = gold.tables.map((t) => places.get(t.at)?.line ?? -99);
  const tableFound = (l: number) => pred.tables.some((p) => Math.abs(p - l) <= 3);
  m.tables = { tp: tableLines.filter(tableFound).length, predicted: pred.tables.length, gold: tableLines.length };
  gold.tables.forEach((t, k) => tableFound(tableLines[k]!) || misses.push(`  table missed: line ${tableLines[k]} (${t.layout}, ${t.rows} rows${t.kpi ? ', KPI' : ''}) “${t.caption ?? ''}”`));
  return m;
}

/** The collection: documents paired by their starts; each gold part file covers a range of the source. */
function measureCollection(files: readonly LoadedGold[], predicted: readonly PredictedDoc[], running: readonly string[], rows: Parameters<typeof measureKpis>[2], misses: string[]): [Measures, Measures] {
  const ranges: [number, number][] = files.map((f) => f.gold.range ?? [0, Infinity]);
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
  const printedTables = preds.flatMap((p) => p.tableAt.flatMap((o) => (o === null ? [] : [o])));
  const group = (g: ResolvedGoldDoc) => (g.doc.heldOut ? held : tuned);
  /** Whether a page holds a held-out document after its start: what it prints there is not to be read. */
  const holdsHeldOut = (p: PredictedDoc) => p.end !== null && real.some((g) => g.doc.heldOut && g.start > p.start! + START_TOLERANCE && g.start < p.end! - START_TOLERANCE);
  for (const g of real) {
    const m = group(g);
    const log = g.doc.heldOut ? [] : misses;
    const p = pairs.get(g);
    m.documents.gold++;
    log.push(`document at ${g.start} “${g.doc.title}”${p ? ` → ${p.id}` : ' NOT FOUND'}`);
    if (p) {
      m.documents.tp++;
      m.startsExact.of++;
      if (p.start === g.start) m.startsExact.right++;
      else log.push(`  starts at ${p.start}`);
      m.titles.of++;
      if (norm(p.title) === norm(g.doc.title)) m.titles.right++;
      else log.push(`  title: “${p.title}”`);
      m.dates.of++;
      if (p.date === g.doc.date) m.dates.right++;
      else log.push(`  date: ${p.date}, printed ${g.doc.date}`);
    }
    measureHeadings(g.doc, g.places, p, norm, m, log, p !== undefined && holdsHeldOut(p));
    measureCollectionTables(g, printedTables, m, log);
    // The key figures a document prints by year (a results report's), read into the dataset under its page's id.
    if (p) measureKpis(g.doc.kpis, p.id, rows, norm, m, log);
  }
  for (const p of preds) {
    const m = group(home(p));
    m.tables.predicted += p.tableAt.length;
    if (!paired.has(p) && !home(p).doc.heldOut) misses.push(`page not a document: ${p.id} at ${p.start} “${p.title}”`);
    m.documents.predicted++;
    m.headings.predicted += p.headings.length;
    const defects: string[] = [];
    measureDefects(p, running, norm, m.defects, defects);
    if (!home(p).doc.heldOut) misses.push(...(holdsHeldOut(p) && defects.length ? [`  ${defects.length} paragraph defects on ${p.id} (not named: the page holds a held-out document)`] : defects));
    const inside = real.filter((g) => g.start > p.start! + START_TOLERANCE && g.start < p.end! - START_TOLERANCE);
    if (p.end !== null && inside.length) {
      m.merged++;
      // A held-out document inside a tuned page is counted, never named: its words are not to be read.
      if (!home(p).doc.heldOut) misses.push(`merged: ${p.id} also holds ${inside.map((g) => (g.doc.heldOut ? 'a held-out document' : `“${g.doc.title}”`)).join(', ')}`);
    }
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

const FLOORS_FILE = fileURLToPath(new URL('../tests/ingest/eval-floors.yml', import.meta.url));

/**
 * `--raise-floors`: writes the figures of this run into tests/ingest/eval-floors.yml where they are
 * better than the floors there (a floor never moves down), rounded down to a tenth of a percent.
 */
/** A line of the floors file opening a source's floors (`"2024-sustainability-report":`), and one floor (`  parents: 72.8`). */
const FLOOR_SOURCE = /^("[^"]+"):/u;
const FLOOR_KEY = /^\s+(\w+):/u;

/** The comment lines written right above each source's keys (`"source" key` → lines), kept when the floors are written again. */
export function floorComments(text: string): Map<string, string[]> {
  const kept = new Map<string, string[]>();
  let source = '';
  let pending: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s+#/u.test(line)) pending.push(line);
    else {
      const top = FLOOR_SOURCE.exec(line);
      const key = FLOOR_KEY.exec(line);
      if (top) source = top[1]!;
      else if (key && pending.length) kept.set(`${source} ${key[1]}`, pending);
      pending = [];
    }
  }
  return kept;
}

function raiseFloors(result: EvalResult): void {
  const text = existsSync(FLOORS_FILE) ? readFileSync(FLOORS_FILE, 'utf8') : '';
  const old = (text ? parse(text) : {}) as Record<string, Record<string, unknown>>;
  const comments = floorComments(text);
  const down = floorPercent;
  const up = (now: number, before: unknown) => (typeof before === 'number' ? Math.max(now, before) : now);
  const fewer = (now: number, before: unknown) => (typeof before === 'number' ? Math.min(now, before) : now);
  const lines = ['# Floors for tests/ingest/eval.test.ts: the figures `npm run eval` printed when each was set, rounded down.', '# They only move up (`npm run eval -- --raise-floors`). Percentages; defects and merged are the most allowed.'];
  for (const [source, m] of Object.entries(result.sources)) {
    const f = old[source] ?? {};
    const pair = (key: string, c: Measures['documents']) => {
      const before = (f[key] as number[] | undefined) ?? [];
      return `[${up(down(precision(c)), before[0])}, ${up(down(recall(c)), before[1])}]`;
    };
    lines.push(`${JSON.stringify(source)}:`, `  documents: ${pair('documents', m.documents)}`, `  headings: ${pair('headings', m.headings)}`, `  parents: ${up(down(ratio(m.parents)), f.parents)}`);
    if (m.titles.of && source.startsWith('news')) lines.push(`  titles: ${up(down(ratio(m.titles)), f.titles)}`);
    if (m.dates.of && source.startsWith('news')) lines.push(`  dates: ${up(down(ratio(m.dates)), f.dates)}`);
    if (m.kpis.gold) lines.push(`  kpis: ${up(down(recall(m.kpis)), f.kpis)}`);
    if (m.tables.gold) lines.push(`  tables: ${up(down(recall(m.tables)), f.tables)}`);
    const defects = (f.defects ?? {}) as Record<string, number>;
    lines.push(`  defects: {${Object.entries(m.defects).map(([k, v]) => `${k}: ${fewer(v, defects[k])}`).join(', ')}}`, `  merged: ${fewer(m.merged, f.merged)}`);
  }
  // A comment written above a floor (why it was once set as it is) stays above it.
  let source = '';
  const commented = lines.flatMap((line) => {
    const top = FLOOR_SOURCE.exec(line);
    if (top) source = top[1]!;
    const key = FLOOR_KEY.exec(line);
    return [...((key && comments.get(`${source} ${key[1]}`)) ?? []), line];
  });
  writeFileSync(FLOORS_FILE, `${commented.join('\n')}\n`);
  console.log(`floors written to ${FLOORS_FILE}`);
}

function main(): void {
  const { result, problems } = evaluate();
  if (process.argv.includes('--raise-floors')) raiseFloors(result);
  for (const p of problems) console.error(`gold: ${p}`);
  const at = process.argv.indexOf('--misses');
  if (at >= 0) {
    const only = process.argv[at + 1];
    for (const [source, lines] of missLog) if (!only || source === only) console.log(`# ${source}\n${lines.join('\n')}`);
  } else if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 1));
  else printTable(result);
  if (problems.length) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
