// The built site under the strict Content-Security-Policy the README gives for production hosts:
// every template loads, searches (Pagefind's WebAssembly) and draws charts with no violation, and
// requests nothing from another origin.
import { expect, test } from '@playwright/test';
import type { Server } from 'node:http';
import { serveDist } from '../../scripts/static-server.ts';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

// One server per worker (tests of this file run in parallel on two workers).
let PORT = 0;
let server: Server;
test.beforeAll(async ({}, info) => {
  PORT = 4341 + info.workerIndex;
  server = await serveDist('dist', PORT, { 'content-security-policy': CSP });
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const PAGES = [
  '/',
  '/zh-hans/',
  '/zh-hant/reports/2024-sustainability-report/',
  '/zh-hant/reports/2024-sustainability-report/guan-jian-ji-xiao/',
  '/en/reports/2020-social-responsibility-report/tou-zi-zhe-ze-ren/?hl=%E6%8A%95%E8%B5%84%E8%80%85',
  '/en/kpis/',
  '/zh-hans/kpis/ying-ye-shou-ru/',
  '/zh-hant/search/?q=%E4%B8%AD%E9%A2%91%E5%9F%BA%E7%AB%99',
  '/en/search/?q=%E4%BF%A1%E5%8F%B7%E5%8D%87%E6%A0%BC',
  '/no-such-page/',
];

for (const path of PAGES) {
  test(`no CSP violation and no other origin on ${path}`, async ({ page }) => {
    const violations: string[] = [];
    const foreign: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(`http://localhost:${PORT}/`) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const response = await page.goto(`http://localhost:${PORT}${path}`);
    expect(response!.headers()['content-security-policy']).toBe(CSP);
    if (path.includes('/search/')) await expect(page.locator('[data-results] > li').first()).toBeVisible({ timeout: 15_000 });
    if (path.includes('/kpis/ying-ye-shou-ru/')) await expect(page.locator('kpi-chart')).toHaveAttribute('data-drawn', '6');
    if (path === '/') await page.waitForURL(/\/(zh-hans|zh-hant|en)\/$/);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
