// Every internal link of the built site resolves: each href/src in dist/*.html names a file that
// exists, and each #fragment names an id on its target page. Absolute links to the site's own origin
// (canonical, hreflang, og:url) count as internal.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const SITE = 'https://reports.example.org';

const htmlFiles = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/'));

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The file a site path serves: `/a/b/` → `a/b/index.html`. */
function fileFor(path: string): string | null {
  const p = decodeURIComponent(path).replace(/^\//, '');
  const candidates = p === '' || p.endsWith('/') ? [`${p}index.html`] : [p, `${p}/index.html`];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile()) ?? null;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(join(DIST, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

describe('internal links in dist/', () => {
  it('the site has been built', () => expect(htmlFiles.length).toBeGreaterThan(1000));

  it('every href and src resolves, fragments included', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const pagePath = `/${file.replace(/index\.html$/, '')}`;
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        let url = decode(m[1]!);
        if (url.startsWith(SITE)) url = url.slice(SITE.length) || '/';
        if (/^(?:[a-z]+:|\/\/)/i.test(url)) continue; // another scheme: none is expected, see the CSP test
        checked++;
        const [beforeHash, fragment] = url.split('#') as [string, string | undefined];
        const path = beforeHash.split('?')[0]!;
        const target = path === '' ? file : fileFor(path.startsWith('/') ? path : posix.join(posix.dirname(pagePath + 'x'), path));
        if (!target) broken.push(`${file}: ${url}`);
        else if (fragment && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${file}: ${url} (no id "${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(50_000);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
