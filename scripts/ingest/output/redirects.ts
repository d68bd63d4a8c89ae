// Pages whose address changed keep answering at the old one: `content/moved.yml` lists each old path
// (without its locale) and the page that now holds its text; the build checks every entry against
// the catalog and writes the redirects for every locale, as `dist/_redirects` (Netlify, Cloudflare
// Pages) and `dist/_moved.map` (the nginx `map` that deploy/nginx.conf includes).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CatalogDoc } from './catalog.ts';
import type { KpiRow } from '../kpi/schema.ts';
import { parseYamlFile } from '../yaml-file.ts';
import { SourceError } from '../errors.ts';
import { builtLocales } from '../../../src/lib/locales.ts';

/** A page's path without its locale: `/reports/<doc>/`, `/reports/<doc>/<section>/` or `/kpis/<indicator>/`. */
const pagePath = z.string().regex(/^\/(?:reports\/[a-z0-9-]+\/(?:[a-z0-9-]+\/)?|kpis\/[a-z0-9-]+\/)$/, 'must be a page path without its locale, such as /reports/<doc>/<section>/ or /kpis/<indicator>/, ending in /');

export const movedSchema = z
  .object({
    moves: z.array(
      z
        .object({
          /** The source whose pages these are (`content/sources/<source>.txt`): a build without it skips them. */
          source: z.string().regex(/^[a-z0-9-]+$/, 'must be the name of a file in content/sources/ without .txt'),
          /** Why these pages moved (the change that moved them), for the next maintainer. */
          reason: z.string().trim().min(1, 'must say why the pages moved'),
          /** Old path → the path that now holds its text (old paths are checked by readMoved, to name their line). */
          pages: z.record(z.string(), pagePath),
        })
        .strict(),
    ),
  })
  .strict();

/** Every page path the catalog and dataset publish (without locale). */
export function pagePaths(catalog: readonly CatalogDoc[], kpis: readonly KpiRow[]): Set<string> {
  const paths = new Set<string>();
  for (const d of catalog) {
    paths.add(`/reports/${d.id}/`);
    for (const s of d.sections) paths.add(`/reports/${d.id}/${s.slug}/`);
  }
  for (const r of kpis) paths.add(`/kpis/${r.indicator}/`);
  return paths;
}

/**
 * The moves of `content/moved.yml` for the sources built (`sources`: their ids), checked: an old
 * path must not be a page again (the redirect would hide it) and the new one must be a page. Errors
 * name the file, the line and the fix.
 */
export function readMoved(file: string, live: ReadonlySet<string>, sources: ReadonlySet<string>, text = readFileSync(file, 'utf8')): Map<string, string> {
  const yaml = parseYamlFile(file, text);
  const parsed = movedSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(file, yaml.lineOf(issue.path as PropertyKey[]), issue.message, 'correct the entry (see scripts/ingest/output/redirects.ts for the shape)');
  }
  const moved = new Map<string, string>();
  parsed.data.moves.forEach((move, m) => {
    if (!sources.has(move.source)) return;
    for (const [from, to] of Object.entries(move.pages)) {
      const line = yaml.lineOf(['moves', m, 'pages'], from);
      const key = pagePath.safeParse(from);
      if (!key.success) throw new SourceError(file, line, `${from} ${key.error.issues[0]!.message}`, 'write the old page\'s path as the site printed it, without /zh-hans, /zh-hant or /en');
      if (live.has(from)) throw new SourceError(file, line, `${from} is a page again`, 'remove this entry: the redirect would hide the page');
      if (!live.has(to)) throw new SourceError(file, line, `${to} (where ${from} moved) is not a page of this build`, 'point it at the page that now holds the text (node scripts/moved-pages.ts finds it)');
      if (moved.has(from)) throw new SourceError(file, line, `${from} is listed twice`, 'keep one entry');
      moved.set(from, to);
    }
  });
  return moved;
}

/** Each move in every locale, with and without its final slash: `[from, to]` pairs in a fixed order. */
export function localizedMoves(moved: ReadonlyMap<string, string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [from, to] of [...moved].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const l of builtLocales) {
      const old = `/${l.code}${from}`;
      pairs.push([old, `/${l.code}${to}`], [old.slice(0, -1), `/${l.code}${to}`]);
    }
  }
  return pairs;
}

/** `_redirects` for Netlify and Cloudflare Pages: `from to 301`, one a line. */
export const redirectsFile = (pairs: readonly [string, string][]) => pairs.map(([from, to]) => `${from} ${to} 301\n`).join('');

/** The body of an nginx `map $uri …` block: `"from" "to";`, one a line (paths hold no quotes). */
export const nginxMap = (pairs: readonly [string, string][]) => pairs.map(([from, to]) => `"${from}" "${to}";\n`).join('');
