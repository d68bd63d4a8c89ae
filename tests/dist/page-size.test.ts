// No page of the built site is larger than 300 KB of HTML, and the contents beside a section stay a
// few KB: the navigation of a section page does not grow with its document (src/lib/contents.ts;
// tests/lib/contents.test.ts checks the bound on documents of 10,000 sections).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = (readdirSync('dist', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));

describe('page sizes in dist/', () => {
  it(`every one of the ${pages.length} pages is under 300 KB`, () => {
    const large = pages.map((p) => ({ page: p, kb: Math.round(statSync(join('dist', p)).size / 1024) })).filter((p) => p.kb > 300);
    expect(large).toEqual([]);
  });

  it('the contents beside every section page take under 20 KB', () => {
    const sections = pages.filter((p) => /^[^/]+\/reports\/[^/]+\/[^/]+\/index\.html$/.test(p) && !p.includes('/contents/'));
    // Every section page of the catalog, in each of the three locales.
    const catalog = JSON.parse(readFileSync('.generated/catalog.json', 'utf8')) as { sections: unknown[] }[];
    expect(sections.length).toBe(3 * catalog.reduce((n, d) => n + d.sections.length, 0));
    const large = sections
      .map((p) => ({ page: p, nav: /<nav [^>]*data-doc-contents[\s\S]*?<\/nav>/.exec(readFileSync(join('dist', p), 'utf8'))?.[0] }))
      .filter((p) => !p.nav || p.nav.length > 20 * 1024)
      .map((p) => ({ page: p.page, kb: p.nav ? Math.round(p.nav.length / 1024) : 'no contents' }));
    expect(large).toEqual([]);
  });
});
