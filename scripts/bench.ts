// `npm run bench`: prints figures, asserts nothing. Ingest speed over all sources, then the whole
// build split by stage, search bytes and latency in Chromium, Lighthouse and asset budgets, the build
// of a corpus ten times larger and the build of one 30 MB source (`npm run bench -- --quick` skips
// those last two).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSources } from './ingest/read-sources.ts';
import { ingest } from './ingest/main.ts';
import { benchSearch } from './bench-search.ts';
import { benchSite } from './bench-site.ts';
import { benchScale } from './bench-scale.ts';
import { benchLargeSource } from './bench-large-source.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
process.chdir(ROOT);

function benchIngest(runs = 5): void {
  const sources = readSources('content/sources');
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  ingest(sources); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    ingest(sources);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`ingest: ${sources.length} sources, ${(bytes / 1e6).toFixed(2)} MB; median ${times[runs >> 1]!.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms over ${runs} runs (goal < 2000 ms)`);
}

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

function benchBuild(): void {
  const start = performance.now();
  const out = execFileSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8' });
  const total = (performance.now() - start) / 1000;
  for (const line of out.split('\n').filter((l) => l.startsWith('[build]'))) console.log(line);
  const html = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const size = dirSize('dist');
  console.log(`build: ${total.toFixed(1)} s total, ${html} HTML pages, ${(html / total).toFixed(0)} pages/s; dist ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB`);
}

benchIngest();
benchBuild();
await benchSearch();
await benchSite();
if (!process.argv.includes('--quick')) {
  benchScale(ROOT);
  await benchLargeSource(ROOT, 30);
}
