// English topic queries (tests/search/english-topics.yml, written from the texts before any English
// query reached the Chinese text, issue #14): an English reader's query on /en/search/ must find the
// page that holds the topic. Prints recall@1 and recall@5 for the whole set, the tuned part, the
// held-out third (measured only) and the queries the English titles and summaries cannot answer.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { QUERY_WAIT, topPages } from './search-results.ts';

interface TopicQuery {
  q: string;
  zh: string[];
  expect: string;
  also?: string[];
  why: string;
  english: boolean;
  heldOut: boolean;
}
const TOPICS = parse(readFileSync('tests/search/english-topics.yml', 'utf8')) as TopicQuery[];

/**
 * Floors of recall@5 and recall@1 over the whole set (figures when they were set, rounded down; only up).
 * Issue #14's goals: 85% and 60%. Set when results became one order per query (inSettledOrder): 89% / 65%
 * (before, Pagefind's order of nearly equal scores varied with the order its index chunks arrived, and
 * recall@1 read 67 or 68% from run to run). recall@1 64% since session 9, the one floor moved down: the
 * ranking code is unchanged and the tuned part reads 64% as before, but pages were re-cut to the printed
 * articles (#12) and one held-out topic lost its first place (70 -> 67% held out, 59 of 91 first); the
 * held-out third is measured only, so that topic was not looked up. recall@1 62% since session 10: the
 * ranking code is unchanged, but news pages print their numbered items as headings now (#12), which
 * Pagefind weighs above body text; two tuned topics lost first place to a near tie and stand second
 * (`submarine cable`: the 一带一路 article, whose page gained four headings; `volunteers`: the 广西联通
 * article, its page unchanged, behind the 广东联通 one), 57 of 91 first, held out unchanged at 67%.
 * recall@5 87% since session 12 (80 of 91, 87.9%; tuned 87 -> 85%, held out unchanged at 93%): the ranking code
 * is unchanged, but the 2020 report's year boxes moved from 共享数字发展红利 to their chapter page 谋发展 (#12,
 * as the chapter printed alone has them), taking 2 of the 5 智慧家庭 of the page `smart home` expects; the
 * two 谋发展 chapter pages, whose English summaries name smart-home products, now stand before it.
 * Session 14 raised both (60 and 81 of 91: 65 / 89%; 61 of 91 now): a long page's later parts carry its
 * English summary (`summary_part`), and the tuned part read 62 / 85 -> 62 / 87%.
 */
const FLOORS = { recall5: 0.89, recall1: 0.65 };

test('the English topic set is large, a third held out, and names pages that exist', () => {
  expect(TOPICS.length).toBeGreaterThanOrEqual(60);
  expect(TOPICS.filter((t) => t.heldOut).length).toBeGreaterThanOrEqual(Math.floor(TOPICS.length / 3));
  const catalog = JSON.parse(readFileSync('.generated/catalog.json', 'utf8')) as { id: string; sections: { slug: string }[] }[];
  const pages = new Set(catalog.flatMap((d) => d.sections.map((s) => `${d.id}/${s.slug}`)));
  for (const t of TOPICS) {
    for (const p of [t.expect, ...(t.also ?? [])]) expect(pages.has(p), `${t.q} → ${p}`).toBe(true);
    expect(t.zh.length, t.q).toBeGreaterThan(0);
    expect(t.q, t.q).toMatch(/^[A-Za-z0-9 '\-]+$/);
  }
});

test('English topic queries reach the Chinese text: recall@1 and recall@5', async ({ page }, info) => {
  test.setTimeout(30_000 + TOPICS.length * QUERY_WAIT);
  await page.goto('/en/search/');
  const groups = new Map<string, { n: number; at1: number; at5: number }>();
  const misses: string[] = [];
  for (const t of TOPICS) {
    const found = await topPages(page, t.q);
    const rank = found.findIndex((p) => [t.expect, ...(t.also ?? [])].includes(p));
    for (const g of ['all', t.heldOut ? 'held out' : 'tuned', t.english ? 'answered in English' : 'only in Chinese']) {
      const k = groups.get(g) ?? { n: 0, at1: 0, at5: 0 };
      k.n++;
      if (rank === 0) k.at1++;
      if (rank >= 0) k.at5++;
      groups.set(g, k);
    }
    if (rank !== 0 && !t.heldOut) misses.push(`${t.q} → ${found.slice(0, 3).join(', ') || 'nothing'}; expected ${t.expect} (${t.zh.join('/')})`);
  }
  const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(0)}%`;
  const lines = [...groups].map(([g, k]) => `en topics, ${g}: recall@1 ${pct(k.at1, k.n)}, recall@5 ${pct(k.at5, k.n)} (${k.n})`);
  console.log(`${lines.join('\n')}\n  not first (tuned part): ${misses.join('\n  not first (tuned part): ')}`);
  for (const line of lines) info.annotations.push({ type: 'english topics', description: line });
  const all = groups.get('all')!;
  expect(all.at5 / all.n).toBeGreaterThanOrEqual(FLOORS.recall5);
  expect(all.at1 / all.n).toBeGreaterThanOrEqual(FLOORS.recall1);
});
