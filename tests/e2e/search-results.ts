// Shared by the search quality tests: type a query into the header box and read the top results.
import { expect, type Page } from '@playwright/test';

/** How long one query may take to show its results (a cold index on a busy machine). */
export const QUERY_WAIT = 15_000;

/** `/zh-hant/reports/doc/section/?hl=…#h` → `doc/section`; `/en/kpis/id/?hl=…` → `kpis/id`. */
export const sectionOf = (href: string): string => /\/reports\/([^/]+\/[^/?#]+)\//.exec(href)?.[1] ?? /\/(kpis\/[^/?#]+)\//.exec(href)?.[1] ?? '';

/** The pages of the first five results of `q`, as `doc/section` or `kpis/id`. */
export async function topPages(page: Page, q: string): Promise<string[]> {
  const box = page.locator('#site-search-q');
  await box.fill(q);
  const list = page.locator(`[data-results][data-query="${q.replace(/"/g, '\\"')}"]`);
  await expect(list).toBeAttached({ timeout: QUERY_WAIT });
  const hrefs = await list.locator(':scope > li > a').evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(sectionOf);
}
