// An indicator page in a real browser: the chart draws one point per year, the table matches
// /data/kpis.json, the view is kept in the URL, and the CSV download parses to the same rows.
import { expect, test } from '@playwright/test';

interface Row {
  indicator: string;
  year: number;
  value: number | null;
  raw: string;
  name: string;
  from: string;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

for (const locale of ['zh-hans', 'zh-hant', 'en']) {
  test(`营业收入 (operating revenue) on ${locale}: chart, table and data agree`, async ({ page, request }) => {
    const data = (await (await request.get('/data/kpis.json')).json()) as Row[];
    const rows = data.filter((r) => r.indicator === 'ying-ye-shou-ru');
    // One series over two reports: 2908.8, 2905.1, 3038.4 億元 for 2018–2020 (2020 report, line 4121)
    // and 3565.6, 3739.9, 3910.4 亿元 for 2022–2024 (2024 report, line 3201). 2021 is in neither.
    expect(rows.map((r) => [r.year, r.value])).toEqual([[2018, 2908.8], [2019, 2905.1], [2020, 3038.4], [2022, 3565.6], [2023, 3739.9], [2024, 3910.4]]);

    await page.goto(`/${locale}/kpis/ying-ye-shou-ru/`);
    const chart = page.locator('kpi-chart');
    await expect(chart).toHaveAttribute('data-drawn', '6');
    await expect(chart.locator('canvas')).toHaveAttribute('aria-label', /2018.2024/);

    await page.getByRole('tab').nth(1).click();
    await expect(page).toHaveURL(/\?view=table$/);
    const cells = await page.locator('[data-kpi-table] tbody td[data-value]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    expect(cells).toEqual(rows.map((r) => r.value));
    await page.reload();
    await expect(page.locator('[data-panel="table"]')).toBeVisible();
    await expect(page.locator('[data-panel="chart"]')).toBeHidden();
  });
}

test('the CSV download parses to the indicator’s rows', async ({ page }) => {
  await page.goto('/en/kpis/ying-ye-shou-ru/?view=table');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'This indicator (CSV)' }).click()]);
  const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...body] = parseCsv(text.slice(1));
  const col = (name: string) => header!.indexOf(name);
  expect(body.map((r) => [r[col('year')], r[col('value')], r[col('unit')], r[col('report')]])).toEqual([
    ['2018', '2908.8', '億元', '2020-social-responsibility-report'],
    ['2019', '2905.1', '億元', '2020-social-responsibility-report'],
    ['2020', '3038.4', '億元', '2020-social-responsibility-report'],
    ['2022', '3565.6', '亿元', '2024-sustainability-report'],
    ['2023', '3739.9', '亿元', '2024-sustainability-report'],
    ['2024', '3910.4', '亿元', '2024-sustainability-report'],
  ]);
});

test('the indicator list shows every category with a trend line', async ({ page }) => {
  await page.goto('/zh-hans/kpis/');
  // A performance box's rows are filed under the section that prints the box (携手友商共赢发展, 推动产业深度合作,
  // 关心关爱广大职工, 打造科技创新实力), or under the key-performance table's category where the table prints
  // the indicator too; never under the box's label 责任绩效指标.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    '经营发展', '网络能力', '重保投入', '自主创新', '客户服务', '以人为本', '低碳发展', '合规管理', '社区责任', '携手友商共赢发展', '推动产业深度合作',
    '厚植人才成长沃土', '关心关爱广大职工', '人员构成', '年龄分布', '学历分布', '打造科技创新实力',
    // The titles of the annual results summaries' tables of key figures by year (tests/gold/news-and-white-papers/part-2.yml).
    '近3年的主要会计数据和财务指标', '公司近2年的主要会计数据和财务指标', '关键数字',
  ]);
  // One trend line per indicator of the dataset.
  const data = (await (await page.request.get('/data/kpis.json')).json()) as Row[];
  await expect(page.locator('main svg[role=img]')).toHaveCount(new Set(data.map((r) => r.indicator)).size);
});

test('the 2024 KPI appendix shows one chart figure per category, each card linking to its indicator', async ({ page }) => {
  await page.goto('/zh-hans/reports/2024-sustainability-report/guan-jian-ji-xiao/');
  const figures = page.locator('.kpi-figures figure');
  await expect(figures.locator('figcaption')).toHaveText(['经营发展', '网络能力', '重保投入', '自主创新', '客户服务', '以人为本', '低碳发展', '合规管理', '社区责任']);
  // Every indicator of the table (96) has a card with a trend line.
  await expect(page.locator('.kpi-figures li svg[role=img]')).toHaveCount(96);
  const revenue = page.locator('.kpi-figures li').filter({ has: page.locator('a[href="/zh-hans/kpis/ying-ye-shou-ru/"]') });
  await expect(revenue).toContainText('3,910.4');
});

test('key-figure callouts in the body are figures, and their section links to their indicators', async ({ page }) => {
  await page.goto('/zh-hant/reports/2024-sustainability-report/quan-mian-jia-qiang-xin-xing-ji-chu/');
  // Source lines 490–510: 5G 中频基站 / 137.5 / 万站, …, 4G 中频可用基站超 / 230 / 万站.
  const callouts = page.locator('figure.key-figure');
  await expect(callouts).toHaveCount(4);
  await expect(callouts.first()).toContainText('5G 中頻基站');
  await expect(callouts.first().locator('strong')).toHaveText('137.5');
  await expect(page.locator('.kpi-figures a[href="/zh-hant/kpis/5g-zhong-pin-ji-zhan/"]')).toBeVisible();
  // In English the section's figure card reads 137.5 萬站 as one number.
  await page.goto('/en/reports/2024-sustainability-report/quan-mian-jia-qiang-xin-xing-ji-chu/');
  await expect(page.locator('.kpi-figures li').filter({ has: page.locator('a[href="/en/kpis/5g-zhong-pin-ji-zhan/"]') })).toContainText('1.375 million sites · 2024');
  // A figure printed with its qualifier (`4G 中频可用基站超` / `230` / `万站`) keeps it on the card.
  await expect(page.locator('.kpi-figures li').filter({ has: page.locator('a[href="/en/kpis/4g-zhong-pin-ke-yong-ji-zhan/"]') })).toContainText('over 2.3 million sites · 2024');
  const data = (await (await page.request.get('/data/kpis.json')).json()) as { indicator: string; from: string; value: number; qualifier: string | null; raw: string }[];
  expect(data.find((r) => r.indicator === '4g-zhong-pin-ke-yong-ji-zhan')).toMatchObject({ from: 'callout', value: 230, qualifier: 'over', raw: '超 230' });
});

test('two callouts side by side whose numbers the PDF ran together are two figures', async ({ page }) => {
  await page.goto('/zh-hans/reports/2023-esg-social-inclusion/hou-zhi-ren-cai-cheng-chang-wo-tu/');
  // Source lines 609–613: `286101集團級勞動和技能競賽` / `覆蓋職工` / `選拔` / `技術能手餘萬人次 名`.
  const contest = page.locator('figure.key-figure').filter({ hasText: '覆盖职工' });
  await expect(contest.locator('strong')).toHaveText('286');
  await expect(page.locator('figure.key-figure').filter({ hasText: '选拔技术能手' }).locator('strong')).toHaveText('101');
  await expect(page.locator('main')).not.toContainText('286101');
});

test('a footnote marker in the KPI table links to its note, and the note links back', async ({ page }) => {
  await page.goto('/zh-hans/reports/2024-sustainability-report/guan-jian-ji-xiao/');
  // Source line 3206 prints 物联网终端连接累计到达数 ⁴; note 4 is on line 3306.
  const ref = page.locator('a#fnref-4-1');
  await expect(ref).toHaveText('4');
  await ref.click();
  await expect(page).toHaveURL(/#fn-4$/);
  await expect(page.locator('#fn-4')).toContainText('4. 为更好地反映公司把握新机遇');
  await page.locator('#fn-4 a.fnback').click();
  await expect(page).toHaveURL(/#fnref-4-1$/);
});

for (const view of ['', '?view=table']) {
  test(`an indicator page does not shift while it loads and draws (${view || 'chart view'})`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 412, height: 823 });
    // A slow phone: the browser paints the page before it is all parsed, so what comes later must not move what is painted.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 16 });
    await page.goto(`/zh-hans/kpis/ying-ye-shou-ru/${view}`);
    if (!view) await expect(page.locator('kpi-chart')).toHaveAttribute('data-drawn', '6');
    else await expect(page.locator('[data-panel="table"]')).toBeVisible();
    // Every frame up to the load event and two frames after it have been laid out and observed.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  });
}

test('a key-performance row printed with shifted cells shows each value under its year', async ({ page }) => {
  await page.goto('/zh-hans/reports/2024-sustainability-report/guan-jian-ji-xiao/');
  // Source line 3224 prints 报废处置回收额 | 亿元 | 6.28 | 6.55 | 6.80, one cell to the left.
  const row = page.locator('tr', { has: page.locator('td', { hasText: /^报废处置回收额$/ }) });
  await expect(row).toHaveAttribute('data-repaired', '');
  const table = row.locator('xpath=ancestor::table');
  const header = await table.locator('thead th').allTextContents();
  const cells = await row.locator('td').allTextContents();
  expect(cells[header.indexOf('2024 年')]).toBe('6.80');
  expect(cells[header.indexOf('单位')]).toBe('亿元');
  expect(cells[header.indexOf('指标')]).toBe('报废处置回收额');
});

test('an indicator page reads a value printed with its qualifier with it (建成超 38 萬個5G基站: over 38)', async ({ page }) => {
  await page.goto('/en/kpis/jian-cheng-5g-ji-zhan/');
  // 38 萬個 is 380,000 units: English prose reads the count as one number, the heading keeps the report's unit.
  await expect(page.locator('main p', { hasText: 'as printed in' })).toContainText('over 380,000 units in 2020');
  await expect(page.locator('h1')).toContainText('(10,000 units)');
  await page.goto('/zh-hans/kpis/jian-cheng-5g-ji-zhan/');
  await expect(page.locator('main p', { hasText: '见《' })).toContainText('2020年为 超过 38');
});

test('a results report’s key figures by year are indicators, charted on its page and linked to their own', async ({ page, request }) => {
  const data = (await (await request.get('/data/kpis.json')).json()) as (Row & { report: string; unit: string; category: string })[];
  // The 2022 annual summary's table 3.1 (source offset 296301 on, `单位：元币种：人民币`): 总资产 644,687,027,607,
  // 593,284,479,854 and 582,475,430,408 元 for 2022, 2021 and 2020; the change column (8.7) is no year.
  const assets = data.filter((r) => r.indicator === 'zong-zi-chan' && r.report === '2022-nian-nian-du-bao-gao-zhai-yao');
  expect(assets.map((r) => [r.year, r.value, r.unit, r.category])).toEqual([
    [2022, 644687027607, '元', '近3年的主要会计数据和财务指标'],
    [2021, 593284479854, '元', '近3年的主要会计数据和财务指标'],
    [2020, 582475430408, '元', '近3年的主要会计数据和财务指标'],
  ]);
  // The bonds section's ratio printed under `单位：元` has no unit: 利息保障倍数 21.8 (2022), 14.5 (2021).
  expect(data.filter((r) => r.indicator === 'li-xi-bao-zhang-bei-shu' && r.report === '2022-nian-nian-du-bao-gao-zhai-yao').map((r) => [r.year, r.value, r.unit])).toEqual([
    [2022, 21.8, ''],
    [2021, 14.5, ''],
  ]);

  await page.goto('/zh-hant/reports/2022-nian-nian-du-bao-gao-zhai-yao/di-er-jie-gong-si-ji-ben-qing/');
  const card = page.locator('.kpi-figures li').filter({ has: page.locator('a[href="/zh-hant/kpis/zong-zi-chan/"]') });
  await expect(card).toContainText('644,687,027,607');
  await card.locator('a').click();
  await expect(page).toHaveURL(/\/zh-hant\/kpis\/zong-zi-chan\/$/);
  await expect(page.locator('h1')).toContainText('總資產');
  // The source names the summary's page; the collection's one line is no place to point to.
  const source = page.locator('section[aria-labelledby="kpi-sources"] li').filter({ hasText: '2022年年度報告摘要' });
  await expect(source.locator('a')).toHaveAttribute('href', '/zh-hant/reports/2022-nian-nian-du-bao-gao-zhai-yao/di-er-jie-gong-si-ji-ben-qing/');
  await expect(source).not.toContainText('第 1 行');
  await expect(source).toContainText('news-and-white-papers.txt');
});
