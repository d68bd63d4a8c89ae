// URLs are shared: adding a source or editing one must not change the URL of any other page.
import { describe, expect, it } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { ingest } from '../../scripts/ingest/main.ts';
import type { Source } from '../../scripts/ingest/types.ts';

const urls = (sources: Source[], except?: string) =>
  ingest(sources)
    .docs.filter((d) => d.id !== except && d.collection !== except)
    .flatMap((d) => d.sections.map((s) => `${d.id}/${s.slug}`))
    .sort();

describe('stable URLs', () => {
  const sources = readSources('content/sources');
  const before = urls(sources);

  it('are readable ASCII', () => {
    for (const u of before) expect(u).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(new Set(before).size).toBe(before.length);
  });

  it('do not change when a new source is added', () => {
    const added: Source = {
      id: '2025-new-report',
      file: 'content/sources/2025-new-report.txt',
      meta: { title: '新报告', year: 2025, script: 'hans', kind: 'report', publisher: '中国联通' },
      text: '公司简介\n\n中国联通是一家电信运营商，这一段文字用于检验新来源不会改变其他页面的网址。\n\n董事长致辞\n\n这是另一段足够长的正文，用来构成一个独立的章节页面，以便检验网址的稳定性。',
    };
    const after = urls([...sources, added], '2025-new-report');
    expect(after).toEqual(before);
  });

  it('do not change for other sources when one source is edited', () => {
    const edited = sources.map((s) => (s.id === '2020-pursuing-development' ? { ...s, text: `新增的一行前言文字。\n\n${s.text.replace('防範虛假宣傳', '防範不實宣傳')}` } : s));
    const others = (list: string[]) => list.filter((u) => !u.startsWith('2020-pursuing-development/'));
    expect(others(urls(edited))).toEqual(others(before));
  });
});

describe('uniqueSlug', () => {
  it('reads further into a title on a clash, and numbers only titles that do not differ', async () => {
    const { uniqueSlug } = await import('../../scripts/ingest/slug.ts');
    const taken = new Set<string>();
    // Two headlines of collection 003 (offsets 18408 and 44458) that share their first ten syllables.
    expect(uniqueSlug('2024中国联通合作伙伴大会专场发布会：前沿创新成果集中亮相', taken, 10)).toBe('2024-zhong-guo-lian-tong-he-zuo-huo-ban-da');
    expect(uniqueSlug('2024中国联通合作伙伴大会召开陈忠岳发表题为《向新同行共创智能新时代》的主旨演讲', taken, 10)).toBe('2024-zhong-guo-lian-tong-he-zuo-huo-ban-da-hui');
    expect(uniqueSlug('封面', taken)).toBe('feng-mian');
    expect(uniqueSlug('封面', taken)).toBe('feng-mian-2');
  });
});
