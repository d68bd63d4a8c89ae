// Search quality on the built site: every query of tests/search/queries.yml, typed into the header
// box of the search page in both Chinese locales (and on en, where Chinese queries search the 简体
// text), must show one of its expected sections in the
// first five results for at least 90% of the queries. Recall@1 is reported alongside.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { QUERY_WAIT, topPages } from './search-results.ts';
import { parse } from 'yaml';

interface Query {
  q: string;
  type: string;
  expect: string[];
}
const QUERIES = parse(readFileSync('tests/search/queries.yml', 'utf8')) as Query[];

/** Runs `queries` one after another in the search box: how many found an expected page first, and in the top five. */
async function recall(page: Page, queries: readonly Query[]): Promise<{ at1: number; at5: number; misses: string[] }> {
  let at1 = 0;
  let at5 = 0;
  const misses: string[] = [];
  for (const query of queries) {
    const found = await topPages(page, query.q);
    if (query.expect.includes(found[0] ?? '')) at1++;
    if (found.some((s) => query.expect.includes(s))) at5++;
    else misses.push(`${query.q} → ${found.join(', ') || 'nothing'}`);
  }
  return { at1, at5, misses };
}

test('the query set is large enough and well-formed', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  for (const q of QUERIES) {
    expect(typeof q.q, JSON.stringify(q)).toBe('string');
    expect(q.expect.length, q.q).toBeGreaterThan(0);
  }
  const types = new Set(QUERIES.map((q) => q.type));
  for (const t of ['exact', 'other-script', 'two-word', 'number', 'latin', 'rare']) expect(types, t).toContain(t);
});

for (const locale of ['zh-hans', 'zh-hant', 'en']) {
  test(`recall@5 ≥ 90% in ${locale}`, async ({ page }, info) => {
    // Recall is measured over the whole set, so the queries share one test. Each waits on its own
    // results (QUERY_WAIT); the test's limit only has to cover every query waiting its longest.
    test.setTimeout(30_000 + QUERIES.length * QUERY_WAIT);
    await page.goto(`/${locale}/search/`);
    const { at1, at5, misses } = await recall(page, QUERIES);
    const line = `${locale}: recall@1 ${at1}/${QUERIES.length} (${((100 * at1) / QUERIES.length).toFixed(0)}%), recall@5 ${at5}/${QUERIES.length} (${((100 * at5) / QUERIES.length).toFixed(0)}%)`;
    console.log(line + (misses.length ? `\n  missed: ${misses.join('\n  missed: ')}` : ''));
    info.annotations.push({ type: 'recall', description: line });
    expect(at5 / QUERIES.length, misses.join('; ')).toBeGreaterThanOrEqual(0.9);
  });
}

/** English topics only the English page summaries answer (tests/search/queries-en.yml). */
const ENGLISH = parse(readFileSync('tests/search/queries-en.yml', 'utf8')) as (Query & { zh: string })[];

test('English topics that only a summary names are found on /en/ (recall@5 ≥ 70%)', async ({ page }, info) => {
  test.setTimeout(30_000 + ENGLISH.length * QUERY_WAIT);
  await page.goto('/en/search/');
  const { at1, at5, misses } = await recall(page, ENGLISH);
  const line = `en (summaries): recall@1 ${at1}/${ENGLISH.length}, recall@5 ${at5}/${ENGLISH.length}`;
  console.log(line + (misses.length ? `\n  missed: ${misses.join('\n  missed: ')}` : ''));
  info.annotations.push({ type: 'recall', description: line });
  expect(at5 / ENGLISH.length, misses.join('; ')).toBeGreaterThanOrEqual(0.7);
});
