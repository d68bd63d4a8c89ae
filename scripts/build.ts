// The whole build: ingest → astro build → Pagefind index → build report into dist/. Prints each stage's time.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeDataFiles } from './data-files.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');

async function timed<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`[build] ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

async function indexSite(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: DIST });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  console.log(`[build] pagefind indexed ${added.page_count} pages`);
  const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

const node = process.execPath;
const run = (args: string[]) => execFileSync(node, args, { cwd: ROOT, stdio: 'inherit' });

await timed('ingest', () => run([join(ROOT, 'scripts/ingest/main.ts')]));
await timed('astro build', () => run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']));
await timed('pagefind', indexSite);
copyFileSync(join(ROOT, '.generated/build-report.json'), join(DIST, 'build-report.json'));
// Netlify and Cloudflare Pages read their headers from the published folder (deploy/nginx.conf is for nginx).
copyFileSync(join(ROOT, 'deploy/_headers'), join(DIST, '_headers'));
console.log(`[build] data: ${writeDataFiles(join(ROOT, '.generated'), DIST)} KPI rows in dist/data/`);
