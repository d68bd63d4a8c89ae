// Reading and navigation on a section page in Chromium: breadcrumbs, the on-this-page list, copy
// links, paragraph ids across languages, themes without a flash, print, and the 404 page.
import { expect, test } from '@playwright/test';

const SECTION = '/zh-hans/reports/2024-sustainability-report/jia-kuai-tui-jin-lv-se-fa-zhan/';

test('breadcrumbs lead home, to the document and to the chapter', async ({ page }) => {
  await page.goto(SECTION);
  const crumbs = page.getByRole('navigation', { name: '位置' }).getByRole('listitem');
  await expect(crumbs).toHaveText(['首页', '›中国联通2024年可持续发展报告', '›坚持绿色协调，共创共享融合创新成果', '›加快推进绿色发展']);
  await expect(crumbs.last().locator('[aria-current="page"]')).toHaveText('加快推进绿色发展');
});

test('the contents beside a section list every chapter and the current chapter’s sections, the current one marked', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(SECTION);
  const contents = page.getByRole('navigation', { name: '目录' });
  const chapters = contents.locator('div.hidden > ol > li > a');
  await expect(chapters).toHaveCount(12);
  const current = contents.locator('div.hidden > ol > li:has(a[aria-current="page"]) > ol > li > a');
  await expect(current).toHaveText(['着力推进协调发展', '加快推进绿色发展', '服务共建“一带一路”', '携手共筑合作生态', '持续增进民生福祉', '关心关爱广大职工']);
  await expect(contents.locator('div.hidden a[aria-current="page"]')).toHaveText('加快推进绿色发展');
  // Only the current chapter is opened; the whole list is on the document page.
  await expect(contents.locator('div.hidden > ol > li > ol')).toHaveCount(1);
  await contents.getByRole('link', { name: '完整目录' }).click();
  await expect(page).toHaveURL(/\/zh-hans\/reports\/2024-sustainability-report\/$/);
  // The cover and the 41 entries of the printed contents list.
  await expect(page.locator('nav[aria-labelledby="doc-contents"] a')).toHaveCount(42);
});

test('beside a section: every section of its chapter, the chapters around it, and a link for those left out', async ({ page }) => {
  // The 2020 report's chapter 拓合作 lists three sections on its divider (lines 3329–3332); the report
  // has 16 top-level entries, so the first ones beyond eight before the current chapter are left out.
  // How long lists are cut is tested on documents of thousands of sections in tests/lib/contents.test.ts.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/zh-hans/reports/2020-social-responsibility-report/xie-shou-you-shang-gong-ying-fa-zhan/');
  const sidebar = page.getByRole('navigation', { name: '目录' }).locator('div.hidden');
  await expect(sidebar.locator('li:has(a[aria-current="page"]) > ol > li')).toHaveText(['携手友商共赢发展', '推动产业深度合作', '构筑数字创新生态']);
  const gap = sidebar.locator(':scope > ol > li').filter({ hasText: /^……另有 \d+ 项$/ });
  await expect(gap).toHaveCount(1);
  await gap.getByRole('link').click();
  await expect(page).toHaveURL(/\/zh-hans\/reports\/2020-social-responsibility-report\/$/);
});

test('on a small screen the contents open from a closed drawer with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(SECTION);
  const drawer = page.getByRole('navigation', { name: '目录' }).locator('details');
  const current = drawer.locator('a[aria-current="page"]');
  await expect(current).toBeHidden();
  await drawer.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(current).toBeVisible();
  await current.focus();
  await expect(current).toBeFocused();
});

test('the on-this-page list marks the heading being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${SECTION}#shen-hua-lian-tong-dian-xin-gong-jian`);
  const list = page.getByRole('navigation', { name: '本页内容' });
  await expect(list.locator('a[aria-current="location"]')).toHaveText('深化联通电信共建共享');
});

test('headings keep their printed levels: a topic and the sub-headings printed under it', async ({ page }) => {
  // 2020 report, 共享數字發展紅利: 啟動品牌煥新工程 opens a topic; 加强品牌管理规范 and 塑造品牌内涵 are printed under it.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/zh-hans/reports/2020-social-responsibility-report/gong-xiang-shu-zi-fa-zhan-hong-li/');
  await expect(page.locator('.prose-cjk h2', { hasText: '启动品牌焕新工程' })).toHaveCount(1);
  await expect(page.locator('.prose-cjk h3', { hasText: '加强品牌管理规范' })).toHaveCount(1);
  await expect(page.locator('.prose-cjk h3', { hasText: '塑造品牌内涵' })).toHaveCount(1);
  // The on-this-page list sets the sub-heading further in than its topic.
  const list = page.getByRole('navigation', { name: '本页内容' });
  const inset = async (name: string) => (await list.getByRole('link', { name, exact: true }).locator('span').boundingBox())!.x;
  expect(await inset('加强品牌管理规范')).toBeGreaterThan(await inset('启动品牌焕新工程'));
  // Its copy-link mark is a heading's.
  await expect(page.locator('.prose-cjk h3', { hasText: '加强品牌管理规范' }).locator('a.anchor')).toHaveAttribute('data-mark', 'heading');
});

test('a paragraph keeps its id in the other script, and its copy link copies the address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(SECTION);
  const first = page.locator('.prose-cjk p[id^="p-"]').first();
  const id = await first.getAttribute('id');
  expect(id).toMatch(/^p-[0-9a-f]{7}$/);
  await first.hover();
  await first.locator('a.anchor').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:4329${SECTION}#${id}`);
  await page.getByRole('link', { name: '繁體' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/reports/2024-sustainability-report/jia-kuai-tui-jin-lv-se-fa-zhan/#${id}$`));
  await expect(page.locator(`p#${id}`)).toContainText('中國聯通');
});

test('a chosen dark theme is applied before the page paints, and kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SECTION);
  await page.getByLabel('外观').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // On the next page the theme is set by the blocking head script, before the body exists.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
    });
  });
  await page.goto('/zh-hans/kpis/');
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('oklch(0.129 0.042 264.695)');
});

test('print shows the text without navigation', async ({ page }) => {
  await page.goto(SECTION);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('nav').first()).toBeHidden();
  await expect(page.locator('.prose-cjk h2').first()).toBeVisible();
});

test('an unknown address gets the 404 page with search in three languages', async ({ page }) => {
  const response = await page.goto('/zh-hans/reports/no-such-report/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(['找不到此页面', '找不到此頁面', 'Page not found']);
  await expect(page.getByRole('search')).toHaveCount(4);
});

test('a section cut from the one-line collection names the characters it comes from', async ({ page }) => {
  await page.goto('/zh-hans/reports/nan-fang-bao-yu-lai-xi-zhong-guo-lian-tong/quan-wen/');
  // The headline 南方暴雨来袭… starts at character 77,496 of news-and-white-papers.txt (checked with a text editor's offset).
  await expect(page.getByText(/来源：news-and-white-papers\.txt，第 77496–\d+ 个字符/)).toBeVisible();
});

test('a document printed as one page is titled by the document, not "Full text"', async ({ page }) => {
  await page.goto('/en/reports/nan-fang-bao-yu-lai-xi-zhong-guo-lian-tong/quan-wen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China Unicom keeps networks running through heavy rain in southern China');
  await expect(page).toHaveTitle('China Unicom keeps networks running through heavy rain in southern China · China Unicom Report Library');
});

test('a white paper’s glossary reads as a table, its back cover as lines of their own, its references as a list', async ({ page }) => {
  await page.goto('/zh-hant/reports/dian-xin-ye-fa-zhan-bai-pi-shu-xin-shi/fu-lu-suo-lve-yu/');
  const table = page.locator('main table.glossary');
  await expect(table.locator('th')).toHaveText(['縮略語', '英文全稱', '含義']);
  // 65 entries printed, 2D to WSON (counted in the source); 增强版5G and 5G-ATG are printed run together.
  await expect(table.locator('tbody tr')).toHaveCount(65);
  await expect(table.locator('tbody tr').first().locator('td')).toHaveText(['2D', '2-Dimension', '二維']);
  await expect(table.locator('tbody tr', { hasText: '5G-ATG' }).locator('td')).toHaveText(['5G-ATG', '5GAirToGround', '5G地空通信']);
  // The English name the collection ran together is set apart into its words (collection/latin-words.ts).
  await expect(table.locator('tbody tr').last().locator('td')).toHaveText(['WSON', 'Wavelength Switched Optical Network', '波長交換光網絡']);
  // The back cover: its publisher, then each contact field on a line of its own, as the cover prints them.
  const backCover = page.locator('main p.caption').filter({ hasText: /^(中國信息通信研究院|地址：|郵編：|電話：|傳真：|網址：)/ });
  await expect(backCover).toHaveText([/^中國信息通信研究院\s*$/, /^地址：北京市海淀區花園北路52號\s*$/, /^郵編：100191\s*$/, /^電話：010-\d+\s*$/, /^傳真：010-62304980\s*$/, /^網址：www\.caict\.ac\.cn\s*$/]);
  // A list of references printed run together: one item for each of its 26 numbered entries.
  await page.goto('/zh-hans/reports/quan-qiu-shu-zi-jing-ji-bai-pi-shu-2023/fu-jian-yi-can-kao-wen-xian/');
  const references = page.locator('main .prose-cjk li');
  await expect(references).toHaveCount(26);
  await expect(references.last()).toHaveText('[26]中国信息通信研究院.中国数字经济发展报告（2023年）.(2023-04-27).');
});

test('a white paper’s figure and table captions, named by its lists of figures and tables, stand apart from its sentences', async ({ page }) => {
  await page.goto('/zh-hant/reports/qu-kuai-lian-bai-pi-shu-2023-nian/er-wo-guo-qu-kuai-lian-zong-ti/');
  // The source prints `…相关企业的技术应用能力取得明显提升。来源：中国信息通信研究院图2各批次备案区块链企业数量来源：中国信息通信研究院图3…`.
  const captions = page.locator('main p.caption');
  await expect(captions.filter({ hasText: /^[圖表]\d/ })).toHaveText(['圖2各批次備案區塊鏈企業數量', '圖32023年我國區塊鏈企業省份分佈', '表2國內已發佈區塊鏈標準情況', '表3國內部分典型城市區塊鏈基礎設施建設情況一覽表']);
  await expect(captions.filter({ hasText: '圖3' }).locator('.caption-label')).toHaveText('圖3');
  // The section prints four credits: the two figures', and the two tables' (`…公共服務等來源：中國信息通信研究院`,
  // `…數據交換的新模式。來源：中國信息通信研究院城市區塊鏈…`, offsets 636697, 638648), each a caption.
  await expect(captions.filter({ hasText: /^來源：中國信息通信研究院\s*$/ })).toHaveCount(4);
  await expect(page.locator('main p:not(.caption)', { hasText: /^城市區塊鏈基礎設施規模化應用成效初步顯現/ })).toHaveCount(1);
  // The sentence before the first caption ends with its full stop; the text after the second opens a paragraph.
  await expect(page.locator('main p:not(.caption)', { hasText: '相關企業的技術應用能力取得明顯提升' })).toHaveText(/提升。\s*$/);
  await expect(page.locator('main p:not(.caption)', { hasText: /^我國區塊鏈產業協作水平持續提升。/ })).toHaveCount(1);
});

test('a news photo’s caption and credit stand apart from the sentences they were glued between', async ({ page }) => {
  await page.goto('/zh-hant/reports/qiu-shi-za-zhi-kan-fa-hao-peng-shu-ming/quan-wen/');
  // The source prints `…重要要求。图为中远海运集团…成为地中海第一大港。国务院国资委供图坚持加快建设世界一流企业。…` (offset 291484).
  await expect(page.locator('main p.caption', { hasText: /^圖為/ })).toHaveText([/^圖為中遠海運集團.*地中海第一大港。國務院國資委供圖\s*$/, /^圖為2022年6月15日，.*新華社記者許暢\/攝\s*$/]);
  await expect(page.locator('main p:not(.caption)', { hasText: /^堅持加快建設世界一流企業。/ })).toHaveCount(1);
  await expect(page.locator('main p:not(.caption)', { hasText: /^堅持加強國有企業黨的建設。/ })).toHaveCount(1);
});

test('a white paper’s notes at the foot of a page stand apart, and the sentence the page break cut is whole', async ({ page }) => {
  await page.goto('/zh-hans/reports/dian-xin-ye-fa-zhan-bai-pi-shu-xin-shi/er-gao-zhi-liang-fu-neng-shu-zi/');
  // The source prints `…打造多个行业领15资料来源：中国移动，…16备注：ToV指…面向车联网市场<running header>先示范项目。`.
  const sentence = page.locator('main p:not(.caption)', { hasText: '打造多个行业领先示范项目。' });
  await expect(sentence).toHaveCount(1);
  await expect(sentence).not.toContainText('资料来源');
  const notes = page.locator('main p.caption', { hasText: /^1[56](资料来源|备注)/ });
  // Each links back to its marker (↩): note 16's in the text, note 15's on its case's heading
  // (`案例：中国移动打造5G+车路协同示范15中国移动把握汽车…`, offset 557461), printed after the heading's words.
  await expect(notes).toHaveText([/^15资料来源：中国移动，中国移动2022年度业绩推介材料，公开新闻信息\s*↩\s*$/, /^16备注：ToV指ToVehicle-to-Everything，面向车联网市场\s*↩\s*$/]);
  await expect(page.locator('main h3', { hasText: '案例：中国移动打造5G+车路协同示范' }).locator('a.fnref')).toHaveAttribute('href', '#fn-15');
  await expect(page.locator('main p:not(.caption)', { hasText: /^中国移动把握汽车/ })).toHaveCount(1);
  await expect(notes.first().locator('.caption-label')).toHaveText('15');
  // The text's marker for note 16 (`…第一提供商16，`) links to it, and the note links back.
  await page.locator('main a.fnref', { hasText: /^16$/ }).click();
  await expect(page).toHaveURL(/#fn-16$/);
  await expect(page.locator('main p#fn-16')).toContainText('备注：ToV指ToVehicle-to-Everything');
  await expect(page.locator('main p#fn-16 a.fnback')).toHaveAttribute('href', '#fnref-16-1');
});

test('a sentence the page cut goes on past the paragraph the PDF put between its halves (2024 chairman’s letter)', async ({ page }) => {
  await page.goto('/zh-hant/reports/2024-sustainability-report/dong-shi-zhang-zhi-ci/');
  // Source line 59 ends `…與國家實驗室、重點高校共建創新`; line 63 is a whole paragraph (`2024年是…`); line 67 opens `平台，與國家自然科學基金委…`.
  await expect(page.locator('main p', { hasText: '共建創新平台，與國家自然科學基金委共設聯合基金' })).toHaveCount(1);
  await expect(page.locator('main p', { hasText: /^平台，/ })).toHaveCount(0);
  await expect(page.locator('main p', { hasText: /^2024年是新中國成立75週年/ })).toHaveCount(1);
});

test('a white paper’s cover prints its number, publisher and month apart, and its copyright notice under its label in bold', async ({ page }) => {
  await page.goto('/zh-hant/reports/qu-kuai-lian-bai-pi-shu-2023-nian/cover/');
  // The source prints `No.202315中国信息通信研究院2023年12月区块链白皮书(2023年)版权声明本白皮书版权属于…`.
  const paragraphs = page.locator('main .prose-cjk p');
  await expect(paragraphs.nth(0)).toHaveText('No.202315');
  await expect(paragraphs.nth(1)).toHaveText('中國信息通信研究院');
  await expect(paragraphs.nth(2)).toHaveText('2023年12月');
  await expect(paragraphs.nth(3).locator('strong')).toHaveText('版權聲明');
  await expect(paragraphs.nth(3)).toContainText('本白皮書版權屬於中國信息通信研究院，並受法律保護。');
  // The title heads the page's document; the cover does not print it again as text.
  await expect(page.locator('main .prose-cjk p', { hasText: '區塊鏈白皮書(2023年)' })).toHaveCount(0);
});

test('a results report’s financial statements read as tables of item and amount per period', async ({ page }) => {
  await page.goto('/zh-hans/reports/2022-nian-di-san-ji-du-bao-gao/si-ji-du-cai-wu-bao-biao/');
  // Six statements printed (consolidated and parent company: balance sheet, income, cash flows).
  const tables = page.locator('main table');
  await expect(tables).toHaveCount(6);
  const balance = tables.first();
  await expect(balance.locator('th')).toHaveText(['项目', '2022年9月30日', '2021年12月31日']);
  // Read from the source: 货币资金68,382,013,54246,273,232,520, the total 616,905,658,526593,284,479,854.
  await expect(balance.locator('tr', { hasText: '货币资金' }).locator('td')).toHaveText(['货币资金', '68,382,013,542', '46,273,232,520']);
  await expect(balance.locator('tbody tr').last().locator('td')).toHaveText(['负债和所有者权益（或股东权益）总计', '616,905,658,526', '593,284,479,854']);
  // Earnings per share, decimals run together (0.2250.185), and the signatures after the table.
  await expect(tables.nth(1).locator('tr', { hasText: '（一）基本每股收益' }).locator('td')).toHaveText(['（一）基本每股收益(元/股)', '0.225', '0.185']);
  await expect(page.locator('main p', { hasText: /^公司负责人：刘烈宏/ })).toHaveCount(6);
});

test('a results report’s key figures read as tables, each figure in its column (figure-tables.ts)', async ({ page }) => {
  await page.goto('/zh-hant/reports/2022-nian-di-san-ji-du-bao-gao/yi-zhu-yao-cai-wu-shu-ju/');
  const quarter = page.locator('main table', { hasText: '年初至報告期末' }).first();
  await expect(quarter.locator('thead th')).toHaveText(['項目', '本報告期', '本報告期比上年同期增減變動幅度(%)', '年初至報告期末', '年初至報告期末比上年同期增減變動幅度(%)']);
  // Read from the source: 基本每股收益（元/股）0.06724.10.22521.6, 经营活动产生的现金流量净额不适用不适用72,609,220,143-8.7.
  await expect(quarter.locator('tr', { hasText: '基本每股收益' }).locator('td')).toHaveText(['基本每股收益（元/股）', '0.067', '24.1', '0.225', '21.6']);
  await expect(quarter.locator('tr', { hasText: '經營活動產生的現金流量淨額' }).locator('td')).toHaveText(['經營活動產生的現金流量淨額', '不適用', '不適用', '72,609,220,143', '-8.7']);
  // The second table's corner is blank: no column header there.
  const assets = page.locator('main table', { hasText: '上年度末' });
  await expect(assets.locator('thead th')).toHaveText(['本報告期末', '上年度末', '本報告期末比上年度末增減變動幅度(%)']);
  await expect(assets.locator('tr', { hasText: '總資產' }).locator('td')).toHaveText(['總資產', '616,905,658,526', '593,284,479,854', '4.0']);
  // The unit printed over the first is its caption, not running text.
  await expect(page.locator('main p.caption', { hasText: '單位：元 幣種：人民幣' }).first()).toBeVisible();
  // The note under the second table stands apart in a caption's type (filing-notes.ts).
  await expect(page.locator('main p.caption', { hasText: '“本報告期”指本季度初至本季度末3個月期間' })).toHaveCount(1);
  // The changes and their reasons: name, percent, the reason's sentence (存货104.3因智慧家庭业务和5G业务开展需要，…。).
  const reasons = page.locator('main table', { hasText: '主要原因' });
  await expect(reasons.locator('tbody tr')).toHaveCount(8);
  await expect(reasons.locator('tr', { hasText: '存貨' }).locator('td')).toHaveText(['存貨', '104.3', '因智慧家庭業務和5G業務開展需要，終端到貨量有所增加。']);
});

test('a results report’s capital expenditure reads as a table of amount and share, its figures apart (figure-tables.ts shareTables)', async ({ page }) => {
  await page.goto('/en/reports/2020-nian-nian-du-bao-gao-zhai-yao/san-jing-ying-qing-kuang-tao-lun-yu/');
  // Read from the source: （单位：人民币亿元）2020年累计支出占比合计676.5100.00%其中：移动网络381.756.42%…其他82.912.25%.
  const capex = page.locator('main table', { hasText: '累计支出' });
  await expect(capex.locator('thead th')).toHaveText(['2020年累计支出', '2020年占比']);
  await expect(capex.locator('tbody tr')).toHaveCount(5);
  await expect(capex.locator('tr', { hasText: '移动网络' }).locator('td')).toHaveText(['其中：移动网络', '381.7', '56.42%']);
  await expect(capex.locator('tr', { hasText: '其他' }).locator('td')).toHaveText(['其他', '82.9', '12.25%']);
  // The run-together figures are gone from the sentence before it.
  await expect(page.locator('main p', { hasText: '381.756.42%' })).toHaveCount(0);
  // The standards the form lists after dashes (`如下：-《…》(…)-《…》(…)具体影响…`) read as a list (filing-notes.ts dashListApart).
  const standards = page.locator('main ul', { hasText: '企业会计准则解释第13号' });
  await expect(standards.locator('li')).toHaveText(['《企业会计准则解释第13号》(财会[2019]21号)(“解释第13号”)', '《新冠肺炎疫情相关租金减让会计处理规定》(财会[2020]10号)']);
});

test('a results report’s notes numbered under one label are a note each, and the digits glued to its words link to them (2022 third quarter)', async ({ page }) => {
  await page.goto('/zh-hans/reports/2022-nian-di-san-ji-du-bao-gao/san-qi-ta-ti-xing-shi-xiang/');
  // Read from the source: `联通云加速发展，实现收入3人民币268.7亿元` and, under `注：`, `3.联通云收入为融合创新解决方案产生的…收入。`
  const marker = page.locator('main p a.fnref[href="#fn-3"]');
  await expect(marker).toHaveText('3');
  await expect(page.locator('main p', { has: page.locator('a.fnref[href="#fn-3"]') })).toContainText('实现收入3人民币268.7亿元');
  await expect(page.locator('main p#fn-3.caption')).toContainText(/^3\.联通云收入为融合创新解决方案/u);
  await expect(page.locator('main p#fn-2.caption')).toContainText(/^2\.“大联接”用户累计到达数=/u);
  await marker.click();
  await expect(page).toHaveURL(/#fn-3$/);
});

test('a results report’s numbered statements read as a list under their label (filing-notes.ts)', async ({ page }) => {
  await page.goto('/zh-hans/reports/2022-nian-di-san-ji-du-bao-gao/er-gu-dong-xin-xi/');
  // Read from the source: 上述股东关联关系或一致行动的说明1.中国联合网络通信集团有限公司为本公司控股股东。2.本公司未知… (four).
  const list = page.locator('main ul', { hasText: '为本公司控股股东' });
  await expect(list.locator('li')).toHaveCount(4);
  await expect(list.locator('li').first()).toHaveText('1.中国联合网络通信集团有限公司为本公司控股股东。');
  // The label stays the paragraph's end: no statement is left in it.
  const label = page.locator('main p', { hasText: '上述股东关联关系或一致行动的说明' });
  await expect(label).toHaveCount(1);
  await expect(label).not.toContainText('控股股东');
});

test('a results report’s ten largest shareholders read as tables (collection/shareholder-tables.ts)', async ({ page }) => {
  await page.goto('/zh-hant/reports/2022-nian-di-san-ji-du-bao-gao/er-gu-dong-xin-xi/');
  // Read from the source: 前10名股东持股情况股东名称股东性质持股数量…中国联合网络通信集团有限公司国有法人11,399,724,22036.80无0… (ten holders).
  const holdings = page.locator('main table', { hasText: '股東性質' });
  await expect(holdings.locator('thead th')).toHaveText(['股東名稱', '股東性質', '持股數量', '持股比例(%)', '持有有限售條件股份數量', '質押、標記或凍結情況股份狀態', '質押、標記或凍結情況數量']);
  await expect(holdings.locator('tbody tr')).toHaveCount(10);
  await expect(holdings.locator('tbody tr').first().locator('td')).toHaveText(['中國聯合網絡通信集團有限公司', '國有法人', '11,399,724,220', '36.8', '0', '無', '0']);
  await expect(holdings.locator('tbody tr', { hasText: '蘇寧易購' }).locator('td').nth(5)).toHaveText('質押');
  // …and the holders of shares without selling restrictions, by class: 人民币普通股.
  const unrestricted = page.locator('main table', { hasText: '持有無限售條件流通股的數量' });
  await expect(unrestricted.locator('tbody tr')).toHaveCount(10);
  await expect(unrestricted.locator('tbody tr').first().locator('td')).toHaveText(['中國聯合網絡通信集團有限公司', '11,399,724,220', '人民幣普通股', '11,399,724,220']);
  // No figures run together are left in the text.
  await expect(page.locator('main p', { hasText: '11,399,724,220' })).toHaveCount(0);
});

test('a results report’s bonds, their payments and its shares read as tables (bond-tables.ts, figure-tables.ts)', async ({ page }) => {
  await page.goto('/zh-hans/reports/2022-nian-nian-du-bao-gao-zhai-yao/di-er-jie-gong-si-ji-ben-qing/');
  // Read from the source: 债券名称简称代码到期日债券余额利率（%）…19联通01155478.SH2022-06-1903.67… (six bonds).
  const bonds = page.locator('main table', { hasText: '债券余额' });
  await expect(bonds.locator('thead th')).toHaveText(['债券名称', '简称', '代码', '到期日', '债券余额', '利率（%）']);
  await expect(bonds.locator('tbody tr')).toHaveCount(6);
  await expect(bonds.locator('tbody tr').first().locator('td')).toHaveText(['中国联合网络通信有限公司2019年公司债券（第一期）', '19联通01', '155478.SH', '2022-06-19', '0', '3.67']);
  await expect(bonds.locator('sup')).toHaveCount(0);
  const paid = page.locator('main table', { hasText: '付息兑付情况的说明' });
  await expect(paid.locator('tbody tr')).toHaveCount(5);
  await expect(page.locator('main table', { hasText: '股票上市交易所' }).locator('tbody td')).toHaveText(['A股', '上海证券交易所', '中国联通', '600050']);
});

test('a quarter’s operating data, a table going on under a second row of periods, and a list of laws read as tables (figure-tables.ts, document-lists.ts)', async ({ page }) => {
  await page.goto('/zh-hant/reports/2019-nian-di-san-ji-du-bao-gao/san-jing-ying-qing-kuang/');
  // Read from the source (offset 423685): two columns named by their dates, ten items, the first 32,472.9 and 30,982.6.
  const operating = page.locator('main table', { hasText: '32,472.9' });
  await expect(operating.locator('thead th')).toHaveCount(2);
  await expect(operating.locator('tbody tr')).toHaveCount(10);
  await expect(operating.locator('tbody tr').first().locator('td').nth(1)).toHaveText('32,472.9');
  await expect(operating.locator('tbody tr').last().locator('td').nth(2)).toHaveText('-317.2');
  await page.goto('/zh-hans/reports/2020-nian-ban-nian-du-bao-gao-zhai-yao/er-gong-si-ji-ben-qing-kuang/');
  // 主要指标本报告期末上年度末资产负债率47.7148.33本报告期（1-6月）上年同期EBITDA利息保障倍数43.4634.15
  const solvency = page.locator('main table', { hasText: '资产负债率' });
  await expect(solvency.locator('tbody th[scope="col"]')).toHaveText(['本报告期（1-6月）', '上年同期']);
  await expect(solvency.locator('tbody tr').last().locator('td')).toHaveText(['EBITDA利息保障倍数', '43.46', '34.15']);
  await page.goto('/zh-hans/reports/hu-lian-wang-fa-lv-bai-pi-shu-2023-nian/fu-lu-2023-nian-hu-lian-wang-li/');
  // The appendix lists 25 documents in 《》 before a page break cuts a title (offset 544640).
  const laws = page.locator('main table', { hasText: '发文字号' });
  await expect(laws.locator('thead th')).toHaveText(['效力位阶', '名称', '发文字号', '发布日期', '实施日期']);
  await expect(laws.locator('tbody tr')).toHaveCount(25);
  await expect(laws.locator('tbody tr').first().locator('td')).toHaveText(['法律', '《反间谍法（2023年修订）》', '中华人民共和国主席令第4号', '2023.04.26', '2023.07.01']);
  // A level printed once over its laws spans their rows: 行政法规 over three, 部门规章 over seven.
  await expect(laws.locator('td[rowspan]')).toHaveText(['行政法规', '部门规章', '法律法规配套规范文件']);
  await expect(laws.locator('td[rowspan]').first()).toHaveAttribute('rowspan', '3');
});

test('a table of two columns printed as text reads as a table, its labels no headings', async ({ page }) => {
  await page.goto('/zh-hant/reports/2020-social-responsibility-report/you-hua-ren-cai-gong-gei-ge-ju/');
  const table = page.locator('main table', { hasText: '培訓對象' });
  await expect(table.locator('th')).toHaveText(['培訓對象', '培訓內容']);
  // Five rows printed (lines 3057–3076 of the source), the last 一線員工.
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('tbody tr').last().locator('td').first()).toHaveText('一線員工');
  await expect(page.getByRole('heading', { name: '一線員工' })).toHaveCount(0);
});

test('a diagram’s boxes read as one line of labels in a caption’s type, not as a paragraph each (text/blocks.ts)', async ({ page }) => {
  await page.goto('/zh-hant/reports/2020-social-responsibility-report/ze-ren-zhan-lve/');
  // The CSR organisation chart, read from the source (lines 3791–3844): its boxes one a line, from 董事會 to 利益相關方進行溝通.
  const chart = page.locator('main p.caption', { hasText: '審批CSR規劃' });
  await expect(chart).toHaveCount(1);
  await expect(chart).toHaveText(/^董事會 中國聯通 社會責任指導委員會 .* 審批CSR規劃 複盤CSR目標 和進度 .* 與本單位職責所涉及的 利益相關方進行溝通\s*$/);
  await expect(page.locator('main p', { hasText: /^(審批CSR規劃|信息|重大事項)$/ })).toHaveCount(0);
  // The sentences before it stay text.
  await expect(page.locator('main p:not(.caption)', { hasText: /^中國聯通建立以「緊跟標準、定期更新、持續改進」為原則/ })).toHaveCount(1);
});

test('a table of labels and amounts printed as text reads as a table (the 2023 chapter’s donations)', async ({ page }) => {
  await page.goto('/zh-hans/reports/2023-esg-social-inclusion/cu-jin-qu-yu-xie-diao-fa-zhan/');
  const table = page.locator('main table', { hasText: '捐赠项目' });
  await expect(table.locator('th')).toHaveText(['捐赠项目', '捐赠金额（万元）']);
  // Read from the source (lines 212–221): four rows, the total 143.6.
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.locator('tbody tr').last().locator('td')).toHaveText(['合计', '143.6']);
});

test('a table’s notes open with their label, in a caption’s type (text/notes.ts)', async ({ page }) => {
  await page.goto('/zh-hant/reports/2020-social-responsibility-report/gong-si-zhi-li/');
  // Read from the source (lines 311–316): `註：` on a line of its own, then notes 1 to 3 under the shareholding chart.
  const first = page.locator('main p.caption', { hasText: '混合所有制改革引入的戰略投資者' });
  await expect(first.locator('.caption-label')).toHaveText('註：');
  await expect(first).toContainText('註：1. 中國聯合網絡通信股份有限公司');
  await expect(page.locator('main p.caption', { hasText: '225,722,791' })).toContainText('3. 不包括中國聯通集團(BVI)有限公司');
  // The label is no paragraph of its own.
  await expect(page.locator('main p').filter({ hasText: /^註：$/u })).toHaveCount(0);
  // The note keeps its id from before its label was joined: a link to it still opens it.
  await expect(first).toHaveAttribute('id', 'p-5af06e3');
});
