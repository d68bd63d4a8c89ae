import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedMoves, nginxMap, pagePaths, readMoved, redirectsFile } from '../../../scripts/ingest/output/redirects.ts';
import type { CatalogDoc } from '../../../scripts/ingest/output/catalog.ts';
import type { KpiRow } from '../../../scripts/ingest/kpi/schema.ts';
import { sourceErrorOf } from '../source-error.ts';
import { movedPages } from '../../../scripts/moved-pages.ts';

const live = new Set(['/reports/a/', '/reports/a/one/', '/reports/a/two/', '/kpis/x/']);
const file = 'content/moved.yml';
const moves = (pages: string) => `moves:\n  - source: s\n    reason: "test"\n    pages:\n${pages}`;
const built = new Set(['s']);

describe('content/moved.yml', () => {
  it('reads old paths and the pages that hold their text now', () => {
    const moved = readMoved(file, live, built, moves('      /reports/a/old/: /reports/a/one/\n      /kpis/y/: /kpis/x/\n'));
    expect([...moved]).toEqual([
      ['/reports/a/old/', '/reports/a/one/'],
      ['/kpis/y/', '/kpis/x/'],
    ]);
  });

  it('refuses an old path that is a page again, naming its line', () => {
    const e = sourceErrorOf(() => readMoved(file, live, built, moves('      /reports/a/old/: /reports/a/one/\n      /reports/a/two/: /reports/a/one/\n')));
    expect(e.line).toBe(6);
    expect(e.message).toContain('/reports/a/two/ is a page again');
  });

  it('refuses a new path that is not a page of this build', () => {
    const e = sourceErrorOf(() => readMoved(file, live, built, moves('      /reports/a/old/: /reports/b/\n')));
    expect(e.line).toBe(5);
    expect(e.message).toContain('/reports/b/ (where /reports/a/old/ moved) is not a page');
  });

  it('refuses a path with its locale or without its final slash', () => {
    expect(sourceErrorOf(() => readMoved(file, live, built, moves('      /zh-hans/reports/a/old/: /reports/a/one/\n'))).message).toMatch(/without its locale/);
    expect(sourceErrorOf(() => readMoved(file, live, built, moves('      /reports/a/old: /reports/a/one/\n'))).message).toMatch(/ending in \//);
  });

  it('refuses a move without its reason', () => {
    expect(sourceErrorOf(() => readMoved(file, live, built, 'moves:\n  - source: s\n    pages:\n      /reports/a/old/: /reports/a/one/\n')).line).toBe(2);
  });

  it('skips the moves of a source this build does not have (a build of fixture sources)', () => {
    expect(readMoved(file, live, new Set(['other']), moves('      /reports/a/old/: /reports/b/\n')).size).toBe(0);
  });
});

describe('redirect files', () => {
  const pairs = localizedMoves(new Map([['/reports/a/old/', '/reports/a/one/']]));

  it('redirects every locale, with and without the final slash', () => {
    expect(pairs).toEqual([
      ['/zh-hans/reports/a/old/', '/zh-hans/reports/a/one/'],
      ['/zh-hans/reports/a/old', '/zh-hans/reports/a/one/'],
      ['/zh-hant/reports/a/old/', '/zh-hant/reports/a/one/'],
      ['/zh-hant/reports/a/old', '/zh-hant/reports/a/one/'],
      ['/en/reports/a/old/', '/en/reports/a/one/'],
      ['/en/reports/a/old', '/en/reports/a/one/'],
    ]);
  });

  it('writes _redirects lines and nginx map entries', () => {
    expect(redirectsFile(pairs.slice(0, 1))).toBe('/zh-hans/reports/a/old/ /zh-hans/reports/a/one/ 301\n');
    expect(nginxMap(pairs.slice(0, 1))).toBe('"/zh-hans/reports/a/old/" "/zh-hans/reports/a/one/";\n');
  });

  it('knows the pages of a catalog and dataset', () => {
    const catalog = [{ id: 'a', sections: [{ slug: 'one' }] }] as unknown as CatalogDoc[];
    const kpis = [{ indicator: 'x' }] as KpiRow[];
    expect([...pagePaths(catalog, kpis)]).toEqual(['/reports/a/', '/reports/a/one/', '/kpis/x/']);
  });

  it('the shipped list holds every move checked against the real build (.generated from the last ingest)', () => {
    const catalog = JSON.parse(readFileSync('.generated/catalog.json', 'utf8')) as CatalogDoc[];
    const kpis = JSON.parse(readFileSync('.generated/kpis.json', 'utf8')) as KpiRow[];
    const sources = new Set(readdirSync('content/sources').filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')));
    const moved = readMoved(file, pagePaths(catalog, kpis), sources);
    expect(moved.get('/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan-187/')).toBe('/reports/lian-tong-yun-bu-zhi-bu-yu-yun-duan/');
    expect(moved.size).toBeGreaterThanOrEqual(83);
  });
});

describe('scripts/moved-pages.ts', () => {
  const section = (slug: string, lines: [number, number]) => ({ slug, lines, span: null });
  const doc = (id: string, sections: object[]) => ({ id, source: 'r.txt', sections }) as unknown as CatalogDoc;
  const row = (indicator: string, line: number, value: number) => ({ report: 'r', indicator, year: 2020, value, unit: '万人', source: { file: 'r.txt', line } }) as KpiRow;

  it('sends an old section to the section that now holds its first line, an indicator to the one printed at its place', () => {
    const old = { catalog: [doc('r', [section('cover', [1, 9]), section('old-part', [10, 30])])], kpis: [row('old-id', 20, 1.8), row('kept', 25, 3)] };
    const now = { catalog: [doc('r', [section('chapter', [1, 40]), section('part', [12, 40])])], kpis: [row('whole-label', 19, 1.8), row('kept', 25, 3)] };
    expect(Object.fromEntries(movedPages(old, now))).toEqual({
      '/reports/r/cover/': { source: 'r', to: '/reports/r/chapter/' },
      '/reports/r/old-part/': { source: 'r', to: '/reports/r/chapter/' },
      '/kpis/old-id/': { source: 'r', to: '/kpis/whole-label/' },
    });
  });
});
