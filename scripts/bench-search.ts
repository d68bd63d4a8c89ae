// Search figures for `npm run bench`, measured in Chromium on the built site (scripts/static-server.ts):
// bytes fetched for the first query on a cold page (as a static host sends them, gzip where it helps)
// and the time from the last keystroke to results on screen once the index is warm.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { serveDist } from './static-server.ts';

const PORT = 4339;
const BASE = `http://localhost:${PORT}`;

const KINDS: [RegExp, string][] = [
  [/\/pagefind\/index\//, 'index'],
  [/\/pagefind\/fragment\//, 'fragments'],
  [/\/pagefind\//, 'pagefind runtime'],
  [/\/_astro\/.*(Characters|Phrases|Variants|core|s2t)/, 'script converter'],
];
const kindOf = (url: string) => KINDS.find(([re]) => re.test(url))?.[1] ?? 'page';

interface Fetched {
  raw: number;
  sent: number;
  files: number;
  byKind: Map<string, number>;
}

/** Sums what the page fetches while `during` runs, each URL once: raw bytes and bytes after gzip (the smaller of the two per file). */
async function fetched(page: Page, during: () => Promise<void>): Promise<Fetched> {
  const bodies: Promise<[string, Buffer] | null>[] = [];
  const onResponse = (r: { url(): string; body(): Promise<Buffer> }) => void bodies.push(r.body().then((b) => [r.url(), b] as [string, Buffer], () => null));
  page.on('response', onResponse);
  await during();
  page.off('response', onResponse);
  // A file asked for twice (the second Pagefind instance of an English page loads the same WebAssembly)
  // is fetched once: deploy/nginx.conf lets the browser keep /pagefind/ files for five minutes.
  const all = [...new Map((await Promise.all(bodies)).filter((b): b is [string, Buffer] => b !== null)).entries()];
  const byKind = new Map<string, number>();
  let raw = 0;
  let sent = 0;
  for (const [url, body] of all) {
    const size = Math.min(body.length, gzipSync(body).length);
    raw += body.length;
    sent += size;
    byKind.set(kindOf(url), (byKind.get(kindOf(url)) ?? 0) + size);
  }
  return { raw, sent, files: all.length, byKind };
}

/** Types a query into the header box and resolves with the ms from that input event to the results being rendered. */
async function searchOnce(page: Page, q: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
        const list = document.querySelector<HTMLElement>('[data-results]')!;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (list.dataset.query === q) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        }).observe(list, { attributes: true, attributeFilter: ['data-query'] });
        input.value = q;
        input.dispatchEvent(new Event('input'));
      }),
    q,
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function benchSearch(): Promise<void> {
  // Served without compression; `fetched` counts each file gzipped where that helps, as a CDN sends it.
  const server = await serveDist('dist', PORT);
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const queries = (parse(readFileSync('tests/search/queries.yml', 'utf8')) as { q: string }[]).map((q) => q.q);
    // The first query in the page's own script (the common case), then one typed in the other script,
    // which also loads the script converter; on en, English queries that also search the Chinese text
    // through the terms they map to (table files and the 简体 index English pages search; issue #14's
    // budget: at most 60 KB more than the English page cost with its own index, 152 KB).
    for (const [locale, first] of [['zh-hans', '中频基站'], ['zh-hant', '中頻基站'], ['zh-hant', '中频基站'], ['en', 'green development'], ['en', 'rural revitalization'], ['en', 'emergency communication after typhoon']] as const) {
      const page = await (await browser.newContext()).newPage();
      const cold = await fetched(page, async () => {
        await page.goto(`${BASE}/${locale}/search/`);
        await searchOnce(page, first);
      });
      const times: number[] = [];
      for (const q of queries) times.push(await searchOnce(page, q));
      const again: number[] = [];
      for (const q of queries) again.push(await searchOnce(page, q));
      again.sort((a, b) => a - b);
      const median = again[again.length >> 1]!;
      const p95 = again[Math.floor(again.length * 0.95)]!;
      console.log(
        `search ${locale}: a cold search page and its first query "${first}" fetched ${kb(cold.sent)} (${kb(cold.raw)} uncompressed, ${cold.files} files; goal ${locale === 'en' ? '≤ 212 KB: the English page with its own index, 152 KB, plus 60' : '≤ 150 KB in the page\'s own script'}): ` +
          `${[...cold.byKind].map(([k, n]) => `${k} ${kb(n)}`).join(', ')}; ` +
          `keystroke → results, warm index: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${again.length} queries (goal < 50 ms median)`,
      );
      await page.context().close();
    }
    await browser.close();
  } finally {
    server.close();
  }
}

if (process.argv[1]?.endsWith('bench-search.ts')) await benchSearch();
