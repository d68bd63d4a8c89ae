// Reads the gold outlines and resolves every place in them against its source, so that an
// annotation slip (a shifted line, a mistyped snippet) is reported instead of measured.
// CLI: `node tests/gold/load.ts [file.yml …]` checks the named files (default: all of them).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { goldFileSchema, type GoldFile, type GoldPlace } from './schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLD_DIR = join(ROOT, 'tests/gold');
const SOURCES_DIR = join(ROOT, 'content/sources');

/** A place resolved in its source: a 1-based line and, for the one-line collection, a 0-based code-point offset. */
export interface ResolvedPlace {
  line: number;
  offset: number | null;
}

export interface LoadedGold {
  file: string;
  gold: GoldFile;
  /** Resolved place of each `at`/`start`, keyed by the place object. */
  places: Map<GoldPlace, ResolvedPlace>;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

/** Every gold file under tests/gold/ (parts of one source live in a folder named after it). */
export function goldFiles(dir = GOLD_DIR): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...goldFiles(path));
    else if (name.endsWith('.yml')) out.push(path);
  }
  return out;
}

/** Parses one gold file and resolves its places; returns the problems found (empty when it is sound). */
export function loadGold(path: string): { loaded: LoadedGold | null; problems: string[] } {
  const file = relative(ROOT, path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length) return { loaded: null, problems: doc.errors.map((e) => `${file}:${lineCounter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`) };
  const parsed = goldFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      loaded: null,
      problems: parsed.error.issues.map((i) => {
        const node = doc.getIn(i.path as (string | number)[], true) as { range?: [number, number] } | undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : '?';
        return `${file}:${line}: ${i.path.join('.')}: ${i.message}`;
      }),
    };
  }
  const gold = parsed.data;
  const problems: string[] = [];
  const sourceText = readFileSync(join(SOURCES_DIR, `${gold.source}.txt`), 'utf8');
  const lines = sourceText.split(/\r\n|\r|\n/u);
  const chars = lines.length === 1 || lines.length === 2 ? Array.from(lines[0]!) : null;
  const places = new Map<GoldPlace, ResolvedPlace>();
  const where = (p: GoldPlace) => ('line' in p ? `line ${p.line}` : `offset ${p.offset}`);
  const resolve = (p: GoldPlace, what: string) => {
    if ('line' in p) {
      const text = lines[p.line - 1];
      if (text === undefined) problems.push(`${file}: ${what}: line ${p.line} is past the end (${lines.length} lines)`);
      else if (!squash(text).includes(squash(p.text))) {
        const near = [-3, -2, -1, 1, 2, 3].map((d) => p.line + d).find((n) => lines[n - 1] !== undefined && squash(lines[n - 1]!).includes(squash(p.text)));
        problems.push(`${file}: ${what}: line ${p.line} does not hold “${p.text}”${near ? ` (line ${near} does)` : ''}`);
      } else places.set(p, { line: p.line, offset: null });
      return;
    }
    if (!chars) {
      problems.push(`${file}: ${what}: ${gold.source} has several lines; give { line, text }`);
      return;
    }
    const want = Array.from(p.text);
    let best = -1;
    // Look outward from the given offset for the nearest exact occurrence.
    for (let d = 0; d <= chars.length; d++) {
      for (const at of d === 0 ? [p.offset] : [p.offset - d, p.offset + d]) {
        if (at < 0 || at + want.length > chars.length) continue;
        if (want.every((c, k) => chars[at + k] === c)) { best = at; break; }
      }
      if (best >= 0 || (p.offset - d < 0 && p.offset + d > chars.length)) break;
    }
    if (best < 0) problems.push(`${file}: ${what}: “${p.text}” is nowhere in ${gold.source}`);
    else if (best !== p.offset) problems.push(`${file}: ${what}: “${p.text}” is at offset ${best}, not ${p.offset}`);
    else places.set(p, { line: 1, offset: best });
  };
  gold.documents.forEach((d, i) => {
    const name = `document ${i + 1} (${d.title})`;
    resolve(d.start, `${name} start`);
    if (gold.range && 'offset' in d.start && (d.start.offset < gold.range[0] || d.start.offset >= gold.range[1]))
      problems.push(`${file}: ${name}: starts at ${d.start.offset}, outside this file's range ${gold.range.join('–')}`);
    const seen: { text: string; level: number }[] = [];
    for (const h of d.headings) {
      resolve(h.at, `${name} heading “${h.text}” (${where(h.at)})`);
      if (h.level === 1 && h.parent !== null) problems.push(`${file}: ${name}: level-1 heading “${h.text}” has a parent`);
      if (h.level > 1 && !seen.some((s) => s.text === h.parent && s.level === h.level - 1))
        problems.push(`${file}: ${name}: heading “${h.text}” (level ${h.level}): parent “${h.parent}” is not an earlier heading of level ${h.level - 1}`);
      seen.push({ text: h.text, level: h.level });
    }
    for (const t of d.tables) resolve(t.at, `${name} table ${t.caption ?? ''} (${where(t.at)})`);
    for (const k of d.kpis) resolve(k.at, `${name} KPI ${k.name} ${k.year} (${where(k.at)})`);
  });
  return { loaded: { file, gold, places }, problems };
}

function main(): void {
  const paths = process.argv.slice(2);
  let bad = 0;
  for (const path of paths.length ? paths : goldFiles()) {
    const { loaded, problems } = loadGold(path);
    for (const p of problems) console.error(p);
    bad += problems.length;
    if (loaded) {
      const docs = loaded.gold.documents;
      console.log(`${loaded.file}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.headings.length, 0)} headings, ${docs.reduce((n, d) => n + d.tables.length, 0)} tables, ${docs.reduce((n, d) => n + d.kpis.length, 0)} KPI values, ${problems.length} problems`);
    }
  }
  process.exit(bad ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
