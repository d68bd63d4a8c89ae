// Site budgets for `npm run bench`, on the built dist/ served with gzip like a CDN: Lighthouse in
// mobile emulation on the home page, the longest section page and an indicator page; JavaScript
// and CSS a text-only section page loads, gzipped. Prints figures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sizeFigures } from './gloss.ts';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { serveDist } from './static-server.ts';

const PORT = 4351;
const BASE = `http://localhost:${PORT}`;

interface CatalogSection {
  slug: string;
  chars: number;
}
interface CatalogDoc {
  id: string;
  sections: CatalogSection[];
}

function longestSection(): string {
  const catalog = JSON.parse(readFileSync('.generated/catalog.json', 'utf8')) as CatalogDoc[];
  let best = { url: '', chars: 0 };
  for (const d of catalog) for (const s of d.sections) if (s.chars > best.chars) best = { url: `/zh-hans/reports/${d.id}/${s.slug}/`, chars: s.chars };
  return best.url;
}

async function lighthouseScores(urls: string[]): Promise<void> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const url of urls) {
      const result = await lighthouse(`${BASE}${url}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result!.lhr.categories;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      const lcp = result!.lhr.audits['largest-contentful-paint']?.displayValue ?? '?';
      const cls = result!.lhr.audits['cumulative-layout-shift']?.displayValue ?? '?';
      console.log(`lighthouse ${url}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')} (goal 98/100/100/100); LCP ${lcp}, CLS ${cls}`);
      const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
      if (failing.length) console.log(`  audits not passed: ${failing.map((a) => a.id).join(', ')}`);
    }
  } finally {
    await chrome.kill();
  }
}

/** Gzipped sizes of dist/gloss/ files (a page's word entries, or one part's). */
function glossSizes(): ReturnType<typeof sizeFigures> {
  const files = (readdirSync('dist/gloss', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.json'));
  return sizeFigures(files.map((f) => gzipSync(readFileSync(join('dist/gloss', f))).length));
}

/** Gzipped bytes of the JavaScript and CSS a page loads in Chromium (no interaction). */
async function assetBudget(url: string): Promise<{ js: number; css: number; files: string[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const sizes: Promise<[string, number]>[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet') sizes.push(r.body().then((b) => [`${type}:${new URL(r.url()).pathname}`, gzipSync(b).length] as [string, number]));
  });
  await page.goto(`${BASE}${url}`, { waitUntil: 'networkidle' });
  const all = await Promise.all(sizes);
  await browser.close();
  const sum = (kind: string) => all.filter(([n]) => n.startsWith(kind)).reduce((s, [, n]) => s + n, 0);
  return { js: sum('script'), css: sum('stylesheet'), files: all.map(([n, b]) => `${n} ${b}`) };
}

export async function benchSite(): Promise<void> {
  const server = await serveDist('dist', PORT, {}, { gzip: true });
  try {
    const text = '/zh-hans/reports/2024-sustainability-report/dong-shi-zhang-zhi-ci/';
    const budget = await assetBudget(text);
    console.log(`text-only section page ${text} (word gloss off): JavaScript ${(budget.js / 1024).toFixed(1)} KB gzipped (goal ≤ 20), CSS ${(budget.css / 1024).toFixed(1)} KB gzipped (goal ≤ 20)`);
    // Word gloss (on by default on English pages): its code and the page's entries, loaded when it is on.
    const english = await assetBudget(text.replace('/zh-hans/', '/en/'));
    const gloss = glossSizes();
    console.log(
      `the same page in English (word gloss on): JavaScript ${(english.js / 1024).toFixed(1)} KB gzipped; gloss data per page part: median ${(gloss.medianGz / 1024).toFixed(1)} KB, largest ${(gloss.maxGz / 1024).toFixed(1)} KB gzipped over ${gloss.files} files (goal ≤ 30)`,
    );
    await lighthouseScores(['/zh-hans/', longestSection(), '/zh-hans/kpis/ying-ye-shou-ru/']);
  } finally {
    server.close();
  }
}

if (process.argv[1]?.endsWith('bench-site.ts')) await benchSite();
