// Adding a source moves no published URL: a collection's document ids depend on that source alone, an
// article two sources print is published once, and two documents meeting on one id stop the build.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/ingest/read-sources.ts';
import { ingest } from '../../../scripts/ingest/main.ts';
import { sourceErrorOf as errorOf } from '../source-error.ts';
import { blockText } from '../../../scripts/ingest/text/blocks.ts';
import type { Doc } from '../../../scripts/ingest/types.ts';

const published = readSources('content/sources');
const before = ingest(published).docs;

/** What a URL names: the document's title, and each section page's title and text. */
const pagesOf = (d: Doc) => ({ title: d.title, sections: d.sections.map((s) => ({ slug: s.slug, title: s.title, text: s.blocks.map(blockText) })) });

describe('a second collection sorting first, holding two of the same articles (tests/fixtures/second-collection)', () => {
  const added = readSources('tests/fixtures/second-collection');
  const { docs, reports } = ingest([...added, ...published]);
  const byId = new Map(docs.map((d) => [d.id, d]));

  it('leaves every existing URL naming the same document and section', () => {
    for (const d of before) expect(byId.get(d.id) && pagesOf(byId.get(d.id)!), d.id).toEqual(pagesOf(d));
  });

  it('publishes each article once and says so in the build report', () => {
    expect(docs).toHaveLength(before.length);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    const report = reports.find((r) => r.source.endsWith('news-and-white-papers.txt'))!;
    expect(report.duplicates).toEqual(expect.arrayContaining(['广东联通：雷锋精神永传承志愿服务暖人心', '中国联通：打造特色化党建品牌赋能网信事业高质量发展']));
    expect(reports.every((r) => r.unexplained === 0)).toBe(true);
  });

  it('gives the same ids to the same copies whatever order the sources are read in', () => {
    const named = (ds: readonly Doc[]) => ds.map((d) => `${d.id} ${d.source} ${d.start ?? ''}`).sort();
    expect(named(ingest([...published, ...added].reverse()).docs)).toEqual(named(docs));
  });
});

describe('two sources meeting on one id', () => {
  it('refuses an article the two sources name differently, naming both files (tests/fixtures/article-named-twice)', () => {
    const e = errorOf(() => ingest([...readSources('tests/fixtures/article-named-twice'), ...published]));
    expect(e.file).toBe('content/sources/news-and-white-papers.txt');
    expect(e.line).toBeNull();
    expect(e.message).toContain('tests/fixtures/article-named-twice/2019-news-digest.txt');
    expect(e.message).toContain('2024-zhong-guo-lian-tong-he-zuo-huo-ban-da-hui');
    expect(e.fix).toMatch(/one URL/);
  });

  it('refuses a source whose file name is a collected document’s id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    cpSync('tests/fixtures/untranslated/fixture-added-later.txt', join(dir, 'guang-dong-lian-tong-lei-feng-jing-shen-yong-chuan.txt'));
    cpSync('tests/fixtures/untranslated/fixture-added-later.yml', join(dir, 'guang-dong-lian-tong-lei-feng-jing-shen-yong-chuan.yml'));
    const e = errorOf(() => ingest([...readSources(dir), ...published]));
    expect(e.file).toMatch(/\/guang-dong-lian-tong-lei-feng-jing-shen-yong-chuan\.txt$/);
    expect(e.fix).toMatch(/^rename /);
  });
});
