// Accessibility: axe on one page of every template in every locale, with zero violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TEMPLATES = [
  (l: string) => `/${l}/`,
  (l: string) => `/${l}/reports/2024-sustainability-report/`,
  (l: string) => `/${l}/reports/2024-sustainability-report/jia-kuai-tui-jin-lv-se-fa-zhan/`,
  (l: string) => `/${l}/reports/2024-sustainability-report/guan-jian-ji-xiao/`,
  // A white paper's page with captions, credits and page notes set apart in a quieter colour.
  (l: string) => `/${l}/reports/dian-xin-ye-fa-zhan-bai-pi-shu-xin-shi/er-gao-zhi-liang-fu-neng-shu-zi/`,
  // A results report's page with key-figures tables read back (a blank corner in a head row).
  (l: string) => `/${l}/reports/2022-nian-di-san-ji-du-bao-gao/yi-zhu-yao-cai-wu-shu-ju/`,
  (l: string) => `/${l}/kpis/`,
  (l: string) => `/${l}/kpis/ying-ye-shou-ru/`,
  (l: string) => `/${l}/search/?q=${encodeURIComponent('数据中心')}`,
];
const PAGES = [...['zh-hans', 'zh-hant', 'en'].flatMap((l) => TEMPLATES.map((t) => t(l))), '/404.html'];

for (const path of PAGES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no violations on ${path} (${scheme})`, async ({ page }) => {
      // axe reads every node: the KPI index (313 indicators, a figure each) takes it 15–30 s on a busy
      // machine, so the cap is wider than the default 30 s; the test still waits on conditions only.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.includes('/search/')) await expect(page.locator('[data-results] > li').first()).toBeVisible({ timeout: 15_000 });
      if (path.includes('/kpis/ying-ye-shou-ru/')) await expect(page.locator('kpi-chart')).toHaveAttribute('data-drawn', /\d/);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(found).toEqual([]);
    });
  }
}
