// Finds the pages an earlier build published that this build no longer has, and the page that now
// holds each one's text, for `content/moved.yml`. A maintainer's tool, run after an ingest change
// that may move ids:
//
//   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   (cd /tmp/old && node scripts/ingest/main.ts)
//   node scripts/moved-pages.ts /tmp/old/.generated
//
// It prints YAML `from: to` lines (paths without the locale) to review and paste under a move with
// its reason. Matching is by place, not by name: a report's section goes to the section that now
// holds its first line, a collection's to the one that holds its first character, an indicator to
// the indicator whose rows have the same report, year, value and source line (or unit and a line
// at most three away, where a label is now read whole from a line above).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogDoc, CatalogSection } from './ingest/output/catalog.ts';
import type { KpiRow } from './ingest/kpi/schema.ts';
import { pagePaths } from './ingest/output/redirects.ts';

interface Generated {
  catalog: CatalogDoc[];
  kpis: KpiRow[];
}

const read = (dir: string): Generated => ({
  catalog: JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as CatalogDoc[],
  kpis: JSON.parse(readFileSync(join(dir, 'kpis.json'), 'utf8')) as KpiRow[],
});

const sectionPath = (doc: string, section: string) => `/reports/${doc}/${section}/`;

/** Where a section starts in its source: a character (collections) or a line (reports). */
const startOf = (s: CatalogSection) => s.span?.[0] ?? s.lines[0];
const holds = (s: CatalogSection, at: number) => (s.span ? s.span[0] <= at && at <= s.span[1] : s.lines[0] <= at && at <= s.lines[1]);

/** The page of `now` that holds where `section` of `doc` started (same source). */
function holderOf(now: readonly CatalogDoc[], doc: CatalogDoc, section: CatalogSection): string | null {
  const at = startOf(section);
  const candidates = now.filter((d) => d.source === doc.source);
  for (const d of candidates) {
    // Sections of a report overlap their chapters: the deepest (last listed) that holds the line wins.
    const hit = [...d.sections].reverse().find((s) => holds(s, at));
    if (hit) return sectionPath(d.id, hit.slug);
  }
  return null;
}

/** Lines a figure's label may have grown upwards by. */
const NEAR_LINES = 3;

function indicatorKey(r: KpiRow): string {
  return `${r.report}|${r.year}|${r.value}|${r.source.line}`;
}

/** An old page, the source that printed it and the page that holds its text now (null: none found). */
export interface MovedPage {
  source: string;
  to: string | null;
}

export function movedPages(old: Generated, now: Generated): Map<string, MovedPage> {
  const live = pagePaths(now.catalog, now.kpis);
  const moved = new Map<string, MovedPage>();
  const sourceOf = (doc: CatalogDoc) => doc.source.replace(/\.txt$/, '');
  for (const doc of old.catalog) {
    if (!live.has(`/reports/${doc.id}/`)) {
      const first = doc.sections[0];
      const holder = first ? holderOf(now.catalog, doc, first) : null;
      moved.set(`/reports/${doc.id}/`, { source: sourceOf(doc), to: holder ? holder.replace(/[^/]+\/$/, '') : null });
    }
    for (const s of doc.sections) {
      const path = sectionPath(doc.id, s.slug);
      if (!live.has(path)) moved.set(path, { source: sourceOf(doc), to: holderOf(now.catalog, doc, s) });
    }
  }
  const byKey = new Map<string, string>();
  for (const r of now.kpis) byKey.set(indicatorKey(r), r.indicator);
  // A label now read whole may start a line or two above where a part of it was read before.
  const near = (r: KpiRow) =>
    now.kpis.find((n) => n.report === r.report && n.year === r.year && n.value === r.value && n.unit === r.unit && Math.abs(n.source.line - r.source.line) <= NEAR_LINES)?.indicator;
  for (const r of old.kpis) {
    const path = `/kpis/${r.indicator}/`;
    if (live.has(path) || moved.get(path)?.to) continue;
    const to = byKey.get(indicatorKey(r)) ?? near(r);
    const report = old.catalog.find((d) => d.id === r.report);
    moved.set(path, { source: report ? sourceOf(report) : r.report, to: to ? `/kpis/${to}/` : null });
  }
  return moved;
}

if (import.meta.main) {
  const [dir] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/moved-pages.ts <an earlier build\'s .generated folder>');
    process.exit(2);
  }
  const moved = movedPages(read(dir), read(join(import.meta.dirname, '../.generated')));
  let source = '';
  for (const [from, m] of [...moved].sort(([a, x], [b, y]) => x.source.localeCompare(y.source) || a.localeCompare(b))) {
    if (m.source !== source) console.log(`  - source: ${(source = m.source)}\n    reason: "…"\n    pages:`);
    console.log(`      ${from}: ${m.to ?? '# no page holds it now: point it at the page that prints its text'}`);
  }
}
