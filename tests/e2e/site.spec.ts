// The walking skeleton end to end: home → document → section, and search landing on the right section.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** Every document the build published (the catalog the ingest wrote). */
const DOCS = (JSON.parse(readFileSync('.generated/catalog.json', 'utf8')) as { id: string }[]).map((d) => d.id);

/** Titles as the metadata files give them, in Simplified (the zh-hans locale). */
const REPORTS = [
  '中国联通2024年可持续发展报告',
  '中国联通2020年社会责任报告',
  '促进社会共融 服务民生事业（2023年环境、社会及管治报告章节）',
  '谋发展（2020年社会责任报告章节）',
];

/** Documents of the collection (003), titled as the text prints them: a headline before its
 * source line, a white paper's cover, a results announcement's cover (company and report name). */
const COLLECTED = ['南方暴雨来袭中国联通全力保障通信网络畅通', '云计算白皮书（2024年）', '中国联合网络通信股份有限公司2022年第三季度报告', '中国联合网络通信股份有限公司董事会审计委员会2019年度履职报告'];

/** One phrase per source, picked by hand from the text (Traditional sources shown in Simplified). */
const PHRASES = [
  { source: '2024-sustainability-report', phrase: '移网质量提升三年行动' },
  { source: '2020-social-responsibility-report', phrase: '防疫医院' },
  { source: '2023-esg-social-inclusion', phrase: '联通数村' },
  { source: 'news-and-white-papers', phrase: '灯火彻夜不熄' },
  { source: '2020-pursuing-development', phrase: '一积分助学' },
];

test('the home page lists every report, latest first, and the documents cut from the collection', async ({ page }) => {
  await page.goto('/zh-hans/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const reports = (await page.locator('main > ul').first().locator('li > a').allTextContents()).map((t) => t.trim());
  expect([...reports].sort()).toEqual([...REPORTS].sort());
  expect(reports[0]).toBe('中国联通2024年可持续发展报告');
  const collected = (await page.locator('main section li > a').allTextContents()).map((t) => t.trim());
  for (const title of COLLECTED) expect(collected).toContain(title);
  expect(collected.length).toBeGreaterThanOrEqual(30);
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

test('the home page links every document', async ({ page }) => {
  await page.goto('/zh-hans/');
  const hrefs = await page.locator('main li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(DOCS.length).toBeGreaterThanOrEqual(34);
  for (const id of DOCS) expect(hrefs).toContain(`/zh-hans/reports/${id}/`);
});

// One test per document, each waiting on its own page: a slow machine makes steps slower, not too many.
test.describe('every document page links to at least one section that opens', () => {
  for (const id of DOCS) {
    test(id, async ({ page }) => {
      await page.goto(`/zh-hans/reports/${id}/`);
      await page.locator('nav[aria-labelledby="doc-contents"] a').first().click();
      await expect(page).toHaveURL(new RegExp(`/zh-hans/reports/${id}/[a-z0-9-]+/$`));
      await expect(page.locator('main article .prose-cjk')).not.toBeEmpty();
    });
  }
});

for (const { source, phrase } of PHRASES) {
  test(`search finds “${phrase}” from ${source} and lands on its section`, async ({ page }) => {
    await page.goto(`/zh-hans/search/?q=${encodeURIComponent(phrase)}`);
    await expect(page.locator('#site-search-q')).toHaveValue(phrase);
    const results = page.locator('[data-results] > li > a');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = (await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))).slice(0, 5);
    expect(hrefs.length).toBeGreaterThan(0);
    // Among the first five results, one opens a section of this source that holds the phrase.
    let landed = '';
    for (const href of hrefs) {
      await page.goto(href);
      const article = (await page.locator('main article').textContent()) ?? '';
      if (article.includes(phrase) && article.includes(`${source}.txt`)) {
        landed = href;
        break;
      }
    }
    expect(landed, `a section of ${source} holding “${phrase}” among ${hrefs.join(', ')}`).toMatch(/^\/zh-hans\/reports\/[a-z0-9-]+\/[a-z0-9-]+\/\?hl=[^#]+(#[a-z0-9-]+)?$/);
  });
}

test('a document card gives the number of sections only for documents of more than one page', async ({ page }) => {
  await page.goto('/en/');
  const card = (title: string) => page.locator('li', { has: page.getByRole('link', { name: title, exact: true }) }).locator('p');
  // The 2024 report: its cover and the 41 entries of its contents list; the rain article (source line 发布时间：2024-06-19) is one.
  await expect(card('China Unicom 2024 Sustainability Report')).toHaveText('2024 · Report · 42 sections');
  await expect(card('China Unicom keeps networks running through heavy rain in southern China')).toHaveText('2024-06-19 · News');
});

test('a collected article that prints no date claims no year: not the collection\'s, on its card, its page or in the search filters', async ({ page }) => {
  // The 游新疆 article prints no date of its own and no year in its title;
  // the collection was compiled in 2024, which is not its year. The rain article prints 2024-06-19.
  await page.goto('/en/');
  const card = (title: string) => page.locator('li', { has: page.getByRole('link', { name: title, exact: true }) }).locator('p');
  await expect(card('"Tour Xinjiang" 2.0 goes live: China Unicom opens a new chapter for Xinjiang\'s digital culture and tourism')).toHaveText('News');
  await page.goto('/zh-hans/reports/you-xin-jiang-v2-0-shang-xian-zhong-guo-lian/');
  const facts = page.locator('dl').first();
  await expect(facts.locator('dt', { hasText: '年份' }).locator('xpath=following-sibling::dd[1]')).toHaveText('未注明日期');
  await expect(facts).not.toContainText('2024');
  await expect(page.locator('[data-pagefind-filter^="year:"]')).toHaveCount(0);
  await page.goto('/zh-hans/reports/nan-fang-bao-yu-lai-xi-zhong-guo-lian-tong/');
  await expect(page.locator('dl').first().locator('dt', { hasText: '年份' }).locator('xpath=following-sibling::dd[1]')).toHaveText('2024');
  await expect(page.locator('[data-pagefind-filter="year:2024"]')).toHaveCount(1);
});
