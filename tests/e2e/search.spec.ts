// The search interface in Chromium: either script from any locale, results that open the heading
// with the terms highlighted, filters kept in the URL, and `/` to focus the box.
import { expect, test } from '@playwright/test';

test('a Simplified query on 繁體 pages finds the Traditional section and opens it at the heading, highlighted', async ({ page }) => {
  await page.goto('/zh-hant/search/');
  await page.locator('#site-search-q').fill('信号升格');
  const first = page.locator('[data-results][data-query="信号升格"] > li > a').first();
  await expect(first).toHaveAttribute('href', /^\/zh-hant\/reports\/2024-sustainability-report\/jia-kuai-tui-jin-lv-se-fa-zhan\/\?hl=.+#.+/);
  await expect(page).toHaveURL(/\/zh-hant\/search\/\?q=%E4%BF%A1%E5%8F%B7%E5%8D%87%E6%A0%BC$/);
  await first.click();
  await expect(page).toHaveURL(/jia-kuai-tui-jin-lv-se-fa-zhan\/\?hl=.*#/);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${hash}"]`)).toBeVisible();
  // The source prints 信号升格 once in this section; the page shows it as 信號升格 and marks it (the
  // page's script marks it after the heading shows: wait for it).
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()))).toEqual(['信號升格']);
});

test('a Traditional query on 简体 pages finds the Simplified section', async ({ page }) => {
  await page.goto(`/zh-hans/search/?q=${encodeURIComponent('投資者關係部門')}`);
  await expect(page.locator('#site-search-q')).toHaveValue('投資者關係部門');
  await expect(page.locator('[data-results] > li > a').first()).toHaveAttribute('href', /^\/zh-hans\/reports\/2020-social-responsibility-report\/gong-si-zhi-li\//);
});

test('an English query on en finds English section titles; a Chinese one searches the Chinese text', async ({ page }) => {
  await page.goto('/en/search/?q=green+development');
  const links = page.locator('[data-results] > li > a');
  await expect(links.first()).toBeVisible();
  const titles = await links.allTextContents();
  expect(titles).toContain('Accelerating green development');
  await page.locator('#site-search-q').fill('信號升格');
  await expect(page.locator('[data-results][data-query="信號升格"] > li > a').first()).toHaveAttribute('href', /^\/en\/reports\/2024-sustainability-report\/jia-kuai-tui-jin-lv-se-fa-zhan\//);
  // Found in the 简体 index, titled in English (the 简体 page carries its English title for this).
  await expect(page.locator('[data-results][data-query="信號升格"] > li > a').first()).toHaveText('Accelerating green development');
  // The excerpt is Chinese section text on an English page: marked as such for screen readers.
  await expect(page.locator('[data-results][data-query="信號升格"] > li').first().locator('p[lang="zh-Hans"]').last()).toContainText('信号升格');
});

test('indicator pages come after the sections on a topic, and first when the query names the indicator', async ({ page }) => {
  await page.goto('/zh-hans/search/');
  const top = async (q: string) => {
    await page.locator('#site-search-q').fill(q);
    const links = page.locator(`[data-results][data-query="${q}"] > li > a`);
    await expect(links.first()).toBeVisible();
    return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).slice(0, 5);
  };
  // 志愿者 names no indicator (five indicators hold it in a longer name); the sections on volunteering come first.
  const topic = await top('志愿者');
  expect(topic.filter((h) => h.includes('/kpis/'))).toEqual([]);
  // 注册志愿者人数 is an indicator's whole name (a row of the 2020 report's key performance table, source line 4329).
  const named = await top('注册志愿者人数');
  expect(named[0]).toMatch(/^\/zh-hans\/kpis\/zhu-ce-zhi-yuan-zhe-ren-shu/);
});

test('a kind filter narrows the results and is kept in the URL', async ({ page }) => {
  await page.goto(`/zh-hans/search/?q=${encodeURIComponent('数据中心')}`);
  await expect(page.locator('[data-results][data-query="数据中心"] > li').first()).toBeVisible();
  const before = await page.locator('[data-results] > li').count();
  await page.getByLabel('类型').selectOption('白皮书');
  await expect(page).toHaveURL(/kind=white-paper/);
  await expect(page.locator('[data-results][data-filters="kind=white-paper"] > li').first()).toBeVisible();
  const urls = await page.locator('[data-results] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.url ?? ''));
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(before);
  // The collection's white papers, as their covers name them.
  const whitePapers = /\/reports\/(zhong-guo-5g-fa-zhan-he-jing-ji-she-hui|yun-ji-suan-bai-pi-shu-2024-nian|shu-zi-xiang-cun-fa-zhan-shi-jian-bai-pi|hu-lian-wang-fa-lv-bai-pi-shu-2023-nian|dian-xin-ye-fa-zhan-bai-pi-shu-xin-shi|quan-qiu-shu-zi-jing-ji-bai-pi-shu-2023|qu-kuai-lian-bai-pi-shu-2023-nian|hu-lian-wang-hang-ye-ke-chi-xu-xin-xi|zhong-guo-suan-li-fa-zhan-zhi-shu-bai-pi|ji-yu-yong-hu-ti-yan-de-yi-dong-wang)\//;
  for (const url of urls) expect(url).toMatch(whitePapers);
  // Reloading keeps the filter.
  await page.reload();
  await expect(page.getByLabel('类型')).toHaveValue('white-paper');
  await expect(page.getByLabel('类型').locator('option:checked')).toHaveText('白皮书');
});

test('a Chinese page names its documents: results at once, the document filter once idle (its names loaded after the first results)', async ({ page, request }) => {
  // The page itself carries no document's name (the filter's names are a file of their own).
  const html = await (await request.get('/zh-hant/search/')).text();
  expect(html).not.toContain('中國聯通2020年社會責任報告');
  expect(html).toContain('data-doc-labels="/zh-hant/search/labels.json"');
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('防汛')}`);
  const items = page.locator('[data-results][data-query="防汛"] > li');
  await expect(items.first()).toBeVisible();
  // A result of the 2020 report names it, as its page does (防汛 is printed in its 全力做好防汛救災, source line 1934).
  await expect(page.locator('[data-results] > li[data-url^="/zh-hant/reports/2020-social-responsibility-report/"] > p').first()).toHaveText('中國聯通2020年社會責任報告');
  const filter = page.getByLabel('文件');
  await expect(filter.locator('option[value="2020-social-responsibility-report"]')).toHaveText('中國聯通2020年社會責任報告');
  await filter.selectOption({ label: '中國聯通2020年社會責任報告' });
  await expect(page).toHaveURL(/doc=2020-social-responsibility-report/);
  await expect(page.locator('[data-results][data-filters="doc=2020-social-responsibility-report"] > li').first()).toBeVisible();
  const urls = await page.locator('[data-results] > li').evaluateAll((list) => list.map((li) => (li as HTMLElement).dataset.url ?? ''));
  for (const url of urls) expect(url).toMatch(/^\/zh-hant\/reports\/2020-social-responsibility-report\//);
  // Reloading keeps the filter, named once the names are in.
  await page.reload();
  await expect(filter.locator('option:checked')).toHaveText('中國聯通2020年社會責任報告');
});

test('`/` focuses the search box from a section page, but not while typing in a field', async ({ page }) => {
  await page.goto('/zh-hans/reports/2024-sustainability-report/jia-kuai-tui-jin-lv-se-fa-zhan/');
  await page.locator('body').press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('/5G');
  await expect(page.locator('#site-search-q')).toHaveValue('/5G');
});

test('results come six at a time; "more" adds the next six, new pages only', async ({ page }) => {
  // 数据中心 is printed in dozens of sections (the 2024 report, the white papers), so there are more than twelve.
  await page.goto(`/zh-hans/search/?q=${encodeURIComponent('数据中心')}`);
  const items = page.locator('[data-results][data-query="数据中心"] > li');
  await expect(items).toHaveCount(6);
  const more = page.getByRole('button', { name: '更多结果' });
  await more.click();
  await expect(items).toHaveCount(12);
  const urls = await items.evaluateAll((list) => list.map((li) => li.querySelector('a')?.getAttribute('href')?.split('?')[0] ?? ''));
  expect(new Set(urls).size).toBe(12);
});

test('on an English page, a code printed only inside the Chinese text is found (DAMA)', async ({ page }) => {
  // DAMA appears once in the sources, in chapter 四 of 电信业发展白皮书 (the collection, offset 577878).
  await page.goto(`/en/search/?q=DAMA`);
  const first = page.locator('[data-results][data-query="DAMA"] > li > a').first();
  await expect(first).toHaveAttribute('href', /^\/en\/reports\/dian-xin-ye-fa-zhan-bai-pi-shu-xin-shi\/si-gao-zhi-liang-tui-dong-shu-ju\//);
});

test('English printed without its spaces in the collection is found by its words (Global Reporting Initiative)', async ({ page }) => {
  // The collection prints `全球报告倡议组织（GlobalReportingInitiative）` in 互联网行业可持续信息披露发展报告's appendix of
  // abbreviations and its chapter 二 (collection/latin-words.ts sets the words apart again).
  await page.goto(`/zh-hans/search/?q=${encodeURIComponent('Global Reporting Initiative')}`);
  const links = page.locator('[data-results][data-query="Global Reporting Initiative"] > li > a');
  await expect(links.first()).toHaveAttribute('href', /^\/zh-hans\/reports\/hu-lian-wang-hang-ye-ke-chi-xu-xin-xi\//);
  await links.first().click();
  await expect(page.locator('main')).toContainText('Global Reporting Initiative');
});

test('on an English page, results from both indexes list each page once, exact hits first (PUE)', async ({ page }) => {
  await page.goto(`/en/search/?q=PUE`);
  const links = page.locator('[data-results][data-query="PUE"] > li > a');
  await expect(links.first()).toBeVisible();
  const pages = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[0]!));
  expect(new Set(pages).size).toBe(pages.length);
  // PUE is printed in these sections (checked in the sources: the 2020 and 2024 reports, three white papers;
  // the 2020 report prints it under 建設綠色網絡, a heading of its section 推進綠色低碳發展).
  const holders = /tui-jin-lv-se-di-tan-fa-zhan|jia-kuai-tui-jin-lv-se-fa-zhan|zhuo-li-tui-jin-xie-tiao-fa-zhan|san-shu-zi-jing-ji-zhong-dian-ling|er-wo-guo-suan-li-wen-bu-zeng|san-zhong-guo-suan-li-fa-zhan-zhi|san-gao-zhi-liang-jian-she-xin-xing/;
  expect(pages[0]).toMatch(holders);
});

test('on an English page, a hit deep in a long page still shows the page\'s English summary, and the summary finds the page once', async ({ page }) => {
  // The 游新疆 article is indexed in parts; 新疆 (Xinjiang) is printed all through it, and its English
  // summary names the TV series "My Altay", a word its Chinese text never prints in English.
  await page.goto('/en/search/?q=Xinjiang');
  const result = page.locator('[data-results][data-query="Xinjiang"] > li', { has: page.locator('a[href*="/you-xin-jiang-v2-0-shang-xian-zhong-guo-lian/"]') });
  await expect(result).toHaveCount(1);
  await expect(result.locator('a').first()).toHaveAttribute('href', /#p-[0-9a-f]+$/);
  await expect(result.locator('p').first()).toContainText('As the TV series "My Altay"');
  await page.goto('/en/search/?q=Altay%20visitors');
  const links = page.locator('[data-results][data-query="Altay visitors"] > li > a');
  await expect(links.first()).toBeVisible();
  const pages = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split(/[?#]/)[0]!));
  expect(pages.filter((p) => p.includes('you-xin-jiang')), pages.join(' ')).toHaveLength(1);
});

test('result excerpts show reading text, never interface words (indicator and section results)', async ({ page }) => {
  // 减少碳排放 names an indicator (its page) and is printed in the 2024 report's sections.
  for (const [locale, words] of [
    ['zh-hans', /图表|数据表|下载|CSV|PNG|出处|注释|本指标|关键绩效指标 ›/u],
    ['en', /\bChart\b|\bTable\b|Download|CSV|PNG|Sources|Notes|关键绩效指标 ›|Indicators ›/u],
  ] as const) {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent('减少碳排放')}`);
    const results = page.locator('[data-results] > li');
    await expect(results.first()).toBeVisible();
    const indicator = results.filter({ has: page.locator('a[href*="/kpis/"]') }).first();
    await expect(indicator).toBeVisible();
    // The indicator's excerpt reads as a sentence: its name, its latest value and year.
    await expect(indicator.locator('p').last()).toContainText(/减少碳排放.*\d{4}/u);
    for (const text of await results.locator('p').allTextContents()) expect(text).not.toMatch(words);
  }
});

test('an English query also searches the Chinese text, says which terms, and lets the reader take one out (typhoon → 台风)', async ({ page }) => {
  // 台风 is printed four times in the 2024 report's section 持续增进民生福祉 (Improving people's well-being).
  await page.goto('/en/search/?q=typhoon');
  const terms = page.locator('[data-terms]');
  await expect(terms).toBeVisible();
  const term = terms.locator('button[data-term="台风"]');
  await expect(term).toHaveAttribute('aria-label', /台风.*typhoon/);
  const links = page.locator('[data-results][data-query="typhoon"] > li > a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const section = hrefs.find((h) => h.includes('/en/reports/2024-sustainability-report/chi-xu-zeng-jin-min-sheng-fu-zhi/'));
  expect(section, hrefs.join('\n')).toBeTruthy();
  // The result opens with the Chinese term marked.
  expect(decodeURIComponent(section!)).toContain('台风');
  await term.click();
  await expect(page).toHaveURL(/without=%E5%8F%B0%E9%A3%8E/);
  await expect(terms.locator('button[data-term="台风"]')).toHaveText(/台风 \+/);
  await expect
    .poll(async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).some((h) => h.includes('chi-xu-zeng-jin-min-sheng-fu-zhi')))
    .toBe(false);
  // Putting it back searches it again.
  await terms.locator('button[data-term="台风"]').click();
  await expect(page).not.toHaveURL(/without=/);
  await expect(terms.locator('button[data-term="台风"]')).toHaveText(/台风 ×/);
});
