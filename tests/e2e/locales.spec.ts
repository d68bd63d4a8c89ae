// Three locales: the same pages in each, the right script, English titles, a switcher that keeps your place.
import { expect, test } from '@playwright/test';

const SECTION = '/reports/2024-sustainability-report/gong-si-jian-jie/';

test('the switcher keeps the reader on the same section and heading', async ({ page }) => {
  // A section with sub-headings: 提升网络服务品质 is a heading inside 提升新型基础设施运行效能, printed under
  // the topic 不断提高网络运营效率 (an <h3> below its <h2>).
  await page.goto('/zh-hans/reports/2024-sustainability-report/ti-sheng-xin-xing-ji-chu-she-shi/');
  const heading = page.locator('main h3', { hasText: '提升网络服务品质' });
  const id = await heading.getAttribute('id');
  expect(id).toMatch(/^[a-z0-9-]+$/);
  await page.goto(`/zh-hans/reports/2024-sustainability-report/ti-sheng-xin-xing-ji-chu-she-shi/#${id}`);
  await page.getByRole('link', { name: '繁體' }).click();
  await expect(page).toHaveURL(`/zh-hant/reports/2024-sustainability-report/ti-sheng-xin-xing-ji-chu-she-shi/#${id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator(`main h3#${id}`)).toHaveText('提升網絡服務品質');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/reports/2024-sustainability-report/ti-sheng-xin-xing-ji-chu-she-shi/#${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improving the operating efficiency of new-type infrastructure');
});

test('every page carries hreflang alternates for the three locales', async ({ page }) => {
  await page.goto(`/en${SECTION}`);
  const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
  expect(alternates).toEqual([`zh-Hans /zh-hans${SECTION}`, `zh-Hant /zh-hant${SECTION}`, `en /en${SECTION}`, `x-default /zh-hans${SECTION}`]);
});

test('the 2024 report reads as Traditional on zh-hant, the 2020 report as Simplified on zh-hans', async ({ page }) => {
  await page.goto(`/zh-hant${SECTION}`);
  // Source line 85, converted: 简称→簡稱, 国内→國內, 设有→設有.
  await expect(page.locator('main article')).toContainText('中國聯合網絡通信集團有限公司（簡稱“中國聯通”“本公司”）');
  await page.goto('/zh-hans/reports/2020-social-responsibility-report/dong-shi-chang-zhi-ci/');
  // Source line 11: 2020年是極為不易、極不平凡的一年 → Simplified.
  await expect(page.locator('main article')).toContainText('2020年是极为不易、极不平凡的一年');
  await expect(page.locator('main article')).not.toContainText('極為');
});

test('English pages: English titles, Chinese body marked zh-Hans under a note', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'China Unicom 2024 Sustainability Report' })).toBeVisible();
  await page.goto(`/en${SECTION}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Company profile');
  await expect(page.locator('main .prose-cjk')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('main article')).toContainText('The full text of this section is in Chinese');
  await page.goto('/en/reports/2024-sustainability-report/');
  await expect(page.locator('#doc-abstract + p')).toContainText('sustainability report for 2024');
});

test('the three locales hold the same set of pages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
  const byLocale = (code: string) => new Set(paths.filter((p) => p.startsWith(`/${code}/`)).map((p) => p.slice(code.length + 1)));
  const hans = byLocale('zh-hans');
  expect(hans.size).toBeGreaterThan(250);
  expect(byLocale('zh-hant')).toEqual(hans);
  expect(byLocale('en')).toEqual(hans);
});
