// The walking skeleton end to end: home → document → section, and search landing on the right section.
import { expect, test } from '@playwright/test';

/** Titles as the metadata files give them, in Simplified (the zh-hans locale). */
const DOCUMENTS = [
  '中国联通2024年可持续发展报告',
  '中国联通2020年社会责任报告',
  '促进社会共融 服务民生事业（2023年环境、社会及管治报告章节）',
  '中国联通新闻、业绩公告与白皮书合集',
  '谋发展（2020年社会责任报告章节）',
];

/** One phrase per source, picked by hand from the text (Traditional sources shown in Simplified). */
const PHRASES = [
  { source: '2024-sustainability-report', phrase: '移网质量提升三年行动' },
  { source: '2020-social-responsibility-report', phrase: '防疫医院' },
  { source: '2023-esg-social-inclusion', phrase: '联通数村' },
  { source: 'news-and-white-papers', phrase: '灯火彻夜不熄' },
  { source: '2020-pursuing-development', phrase: '一积分助学' },
];

test('the home page lists every document, latest first', async ({ page }) => {
  await page.goto('/zh-hans/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const titles = await page.locator('main li a').allTextContents();
  expect(titles.map((t) => t.trim()).sort()).toEqual([...DOCUMENTS].sort());
  expect(titles[0]!.trim()).toBe('中国联通2024年可持续发展报告');
});

test('a reader follows links from home to a section of the 2024 report', async ({ page }) => {
  await page.goto('/zh-hans/');
  await page.getByRole('link', { name: '中国联通2024年可持续发展报告' }).click();
  await expect(page).toHaveURL(/\/zh-hans\/reports\/2024-sustainability-report\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国联通2024年可持续发展报告');
  await page.getByRole('link', { name: '公司简介' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('公司简介');
  // From line 85 of the source: the company's founding date.
  await expect(page.locator('main article')).toContainText('于 2009 年 1 月 6 日在原中国网通和原中国联通的基础上合并组建而成');
});

test('every document page links to at least one section that opens', async ({ page }) => {
  await page.goto('/zh-hans/');
  const hrefs = await page.locator('main li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(hrefs).toHaveLength(5);
  for (const href of hrefs) {
    await page.goto(href);
    const first = page.locator('nav[aria-labelledby="doc-contents"] a').first();
    await first.click();
    await expect(page.locator('main article .prose-cjk')).not.toBeEmpty();
  }
});

for (const { source, phrase } of PHRASES) {
  test(`search finds “${phrase}” from ${source} and lands on its section`, async ({ page }) => {
    await page.goto(`/zh-hans/search/?q=${encodeURIComponent(phrase)}`);
    await expect(page.locator('#site-search-q')).toHaveValue(phrase);
    const results = page.locator('[data-results] > li > a');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = (await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))).slice(0, 5);
    const target = hrefs.find((h) => h.includes(`/reports/${source}/`));
    expect(target, `a result from ${source} among ${hrefs.join(', ')}`).toBeTruthy();
    await page.locator(`[data-results] > li > a[href="${target}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/reports/${source}/[a-z0-9-]+/`));
    await expect(page.locator('main article')).toContainText(phrase);
  });
}
