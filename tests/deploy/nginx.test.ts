// deploy/nginx.conf as shipped, run by Debian's nginx over the built dist/: the responses a reader's
// browser gets from a production host (status, redirects, the 404 page, headers, compression).
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/nginx-server.ts';
import { CACHE_HASHED, CACHE_SHORT, SECURITY_HEADERS } from './policy.ts';

let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx('dist');
});
afterAll(() => nginx?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${nginx.origin}${path}`, { redirect: 'manual', headers });
const css = readdirSync('dist/_astro').find((f) => f.endsWith('.css'))!;
const js = readdirSync('dist/_astro').find((f) => f.endsWith('.js'))!;

describe('deploy/nginx.conf serving dist/', () => {
  it('serves directory URLs from their index.html with 200', async () => {
    for (const path of ['/', '/zh-hans/', '/en/reports/2024-sustainability-report/', '/zh-hant/kpis/ying-ye-shou-ru/']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(readFileSync(`dist${path}index.html`, 'utf8'));
    }
  });

  it('redirects a directory URL without its slash with 301, query string kept', async () => {
    const plain = await get('/zh-hans/reports/2024-sustainability-report');
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe('/zh-hans/reports/2024-sustainability-report/');
    const search = await get('/en/search?q=5G');
    expect(search.status).toBe(301);
    expect(search.headers.get('location')).toBe('/en/search/?q=5G');
  });

  it('sends an old address of a moved page (content/moved.yml) to the page that holds its text now, in every locale', async () => {
    // Written from the sources: the headline of 联通云：不止步于云端 once took the figure 187 (亿) after it.
    const moves = {
      '/zh-hans/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan-187/quan-wen/': '/zh-hans/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan/quan-wen/',
      '/zh-hant/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan-187/quan-wen': '/zh-hant/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan/quan-wen/',
      '/en/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan-187/': '/en/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan/',
      // The 2020 chapter printed alone begins with its title: it has no cover page any more.
      '/en/reports/2020-pursuing-development/cover/': '/en/reports/2020-pursuing-development/',
    };
    for (const [from, to] of Object.entries(moves)) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
      expect((await get(to)).status, to).toBe(200);
    }
    const moved = await get('/en/reports/2020-pursuing-development/cover/');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(moved.headers.get(name), name).toBe(value);
  });

  it('answers an unknown path with 404 and the 404 page', async () => {
    for (const path of ['/no-such-page/', '/zh-hans/reports/no-such-report/', '/_headers', '/_redirects', '/_moved.map', '/zh-hans/index.htm']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe(readFileSync('dist/404.html', 'utf8'));
    }
  });

  it('sends the Content-Security-Policy and security headers on pages, assets, redirects and errors', async () => {
    for (const path of ['/zh-hans/', `/_astro/${css}`, '/pagefind/pagefind.js', '/data/kpis.json', '/zh-hans', '/no-such-page/']) {
      const response = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('caches hashed assets for a year, the Pagefind index, data and pages briefly', async () => {
    const expected: Record<string, string> = {
      [`/_astro/${css}`]: CACHE_HASHED,
      [`/_astro/${js}`]: CACHE_HASHED,
      '/zh-hans/': CACHE_SHORT,
      '/pagefind/pagefind-entry.json': CACHE_SHORT,
      '/pagefind/pagefind.js': CACHE_SHORT,
      '/data/kpis.csv': CACHE_SHORT,
      '/theme.js': CACHE_SHORT,
      '/no-such-page/': CACHE_SHORT,
    };
    for (const [path, value] of Object.entries(expected)) expect((await get(path)).headers.get('cache-control'), path).toBe(value);
  });

  it('gzips text and leaves Pagefind’s compressed files alone', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    for (const path of ['/zh-hans/', `/_astro/${css}`, '/pagefind/pagefind.js', '/data/kpis.json', '/data/kpis.csv']) {
      const response = await get(path, gzip);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('vary'), path).toMatch(/accept-encoding/i);
    }
    const fragment = readdirSync('dist/pagefind/fragment')[0]!;
    const packed = await get(`/pagefind/fragment/${fragment}`, gzip);
    expect(packed.status).toBe(200);
    expect(packed.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await packed.arrayBuffer()).equals(readFileSync(`dist/pagefind/fragment/${fragment}`))).toBe(true);
  });

  it('serves the KPI downloads as UTF-8 CSV', async () => {
    const response = await get('/data/kpis.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});
