// The whole build: ingest → astro build → Pagefind index → build report into dist/. Prints each stage's time.
// The ingest and Astro run as child processes that print their own errors (a maintainer's mistake as
// its message and fix; a bug in our code with its stack trace), so a failed stage only stops the build
// with the child's exit code; only an error in this process itself ends with a stack trace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeDataFiles } from './data-files.ts';
import { writeGloss } from './gloss.ts';
import { partPages } from './ingest/output/search-parts.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');

async function timed<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`[build] ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Index chunks of about this many word locations (Pagefind's default 20,000 makes a Chinese query
 * fetch four chunks of ~34 KB gzipped; at 2,000 they are ~4 KB and the chunk list grows by ~9 KB).
 * Pagefind reads it from this environment variable (its `UNSTABLE` name: not yet a documented option).
 */
const INDEX_CHUNK_SIZE = '2000';

async function indexSite(): Promise<void> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // The pages search indexes (data-pagefind-body), in a fixed order; a long section as one record per part.
  const files = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
  let pages = 0;
  let records = 0;
  for (const file of files) {
    const html = readFileSync(join(DIST, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const parts = partPages(html);
    const url = `/${file.split(sep).join('/').replace(/index\.html$/, '')}`;
    for (const [k, content] of parts.entries()) {
      // Pagefind keeps one record per URL: a part after the first is told apart by `?part=` (the search page drops it).
      const added = await index.addHTMLFile(parts.length === 1 ? { sourcePath: file, content } : { url: k ? `${url}?part=${k}` : url, content });
      if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
    }
    pages++;
    records += parts.length;
  }
  console.log(`[build] pagefind indexed ${pages} pages as ${records} records (long sections in parts)`);
  const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** A stage run as a child process failed; it has already said why. */
class StageFailed extends Error {
  readonly exitCode: number;
  constructor(stage: string, status: number | null, signal: NodeJS.Signals | null) {
    super(`[build] stopped: ${stage} ${signal ? `was ended by ${signal}` : `failed (exit ${status})`}`);
    this.exitCode = status || 1;
  }
}

function runStage(stage: string, args: string[]): void {
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (child.error) throw child.error;
  if (child.status !== 0) throw new StageFailed(stage, child.status, child.signal);
}

try {
  await timed('ingest', () => runStage('ingest', [join(ROOT, 'scripts/ingest/main.ts')]));
  await timed('astro build', () => runStage('astro build', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']));
} catch (error) {
  if (!(error instanceof StageFailed)) throw error;
  console.error(error.message);
  process.exit(error.exitCode);
}
await timed('pagefind', indexSite);
copyFileSync(join(ROOT, '.generated/build-report.json'), join(DIST, 'build-report.json'));
// Netlify and Cloudflare Pages read their headers from the published folder (deploy/nginx.conf is for nginx).
copyFileSync(join(ROOT, 'deploy/_headers'), join(DIST, '_headers'));
// Old addresses of pages that moved (content/moved.yml): Netlify's and Cloudflare's file, and nginx's map.
for (const file of ['_redirects', '_moved.map']) copyFileSync(join(ROOT, '.generated', file), join(DIST, file));
console.log(`[build] data: ${writeDataFiles(join(ROOT, '.generated'), DIST)} KPI rows in dist/data/`);
await timed('gloss', () => {
  const g = writeGloss(join(ROOT, '.generated'), DIST);
  console.log(`[build] gloss: ${g.files} files in dist/gloss/ (median ${(g.medianGz / 1024).toFixed(1)} KB, largest ${(g.maxGz / 1024).toFixed(1)} KB gzipped)`);
});
