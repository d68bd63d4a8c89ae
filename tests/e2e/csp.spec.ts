// The built site served by Debian's nginx with the shipped deploy/nginx.conf, as a production host
// serves it: every template loads, searches (Pagefind's WebAssembly and worker) and draws charts
// under its strict Content-Security-Policy with no violation, and requests nothing from another origin.
import { expect, test } from '@playwright/test';
import { startNginx, type RunningNginx } from '../../scripts/nginx-server.ts';
import { SECURITY_HEADERS } from '../deploy/policy.ts';

// One nginx per worker (tests of this file run in parallel on two workers), each on a free port.
let nginx: RunningNginx;
test.beforeAll(async () => {
  nginx = await startNginx('dist');
});
test.afterAll(() => nginx?.stop());

const PAGES = [
  '/',
  '/zh-hans/',
  '/zh-hant/reports/2024-sustainability-report/',
  '/zh-hant/reports/2024-sustainability-report/guan-jian-ji-xiao/',
  '/en/reports/2020-social-responsibility-report/gong-si-zhi-li/?hl=%E6%8A%95%E8%B5%84%E8%80%85',
  '/en/kpis/',
  '/zh-hans/kpis/ying-ye-shou-ru/',
  '/zh-hant/search/?q=%E4%B8%AD%E9%A2%91%E5%9F%BA%E7%AB%99',
  '/en/search/?q=%E4%BF%A1%E5%8F%B7%E5%8D%87%E6%A0%BC',
  '/no-such-page/',
];

for (const path of PAGES) {
  test(`under nginx: no CSP violation and no other origin on ${path}`, async ({ page }) => {
    const violations: string[] = [];
    const foreign: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(`${nginx.origin}/`) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const response = await page.goto(`${nginx.origin}${path}`);
    expect(response!.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response!.headers()[name], name).toBe(value);
    if (path.includes('/search/')) await expect(page.locator('[data-results] > li').first()).toBeVisible({ timeout: 15_000 });
    if (path.includes('/kpis/ying-ye-shou-ru/')) await expect(page.locator('kpi-chart')).toHaveAttribute('data-drawn', '6');
    if (path === '/') await page.waitForURL(/\/(zh-hans|zh-hant|en)\/$/);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('under nginx: a link shared before a page moved opens the page that holds its text now, in each locale', async ({ page }) => {
  // Old addresses from content/moved.yml, written from the sources: the 2020 chapter printed alone has no
  // cover (it begins with its title 謀發展…); 聯通雲：不止步於雲端 lost the figure its headline once took.
  const moved = [
    ['/zh-hant/reports/2020-pursuing-development/cover/', '/zh-hant/reports/2020-pursuing-development/', /謀發展/],
    ['/zh-hans/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan-187/quan-wen/', '/zh-hans/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan/quan-wen/', /联通云：不止步于云端/],
    ['/en/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan-187/quan-wen', '/en/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan/quan-wen/', /Unicom Cloud: not stopping at the cloud/],
  ] as const;
  for (const [from, to, title] of moved) {
    const response = await page.goto(`${nginx.origin}${from}`);
    expect(response!.status(), from).toBe(200);
    expect(new URL(page.url()).pathname, from).toBe(to);
    await expect(page.locator('h1').first()).toHaveText(title);
  }
});
