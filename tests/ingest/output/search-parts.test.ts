import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/ingest/types.ts';
import { partPages, searchParts, withoutBlockIds } from '../../../scripts/ingest/output/search-parts.ts';

const para = (chars: number, line = 1): Block => ({ type: 'paragraph', text: '字'.repeat(chars), line });
const heading = (text: string): Block => ({ type: 'heading', text, line: 1, id: text });

describe('searchParts', () => {
  it('keeps a short section in one part', () => {
    expect(searchParts([heading('甲'), para(500), heading('乙'), para(500)])).toEqual([0, 0, 0, 0]);
  });

  it('starts a part at the first heading after enough text', () => {
    expect(searchParts([para(1000), heading('甲'), para(600), heading('乙'), para(1600), heading('丙'), para(1600)], 1500)).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it('cuts a long text without headings at a block once a part holds twice the length', () => {
    expect(searchParts([para(1600), para(1600), para(1600), para(1600)], 1500)).toEqual([0, 0, 1, 1]);
  });

  it('joins a short tail to the part before it', () => {
    expect(searchParts([para(1600), heading('甲'), para(100)], 1500)).toEqual([0, 0, 0]);
  });
});

describe('partPages', () => {
  const page =
    '<main data-pagefind-body><h1 data-pagefind-meta="title">标题</h1>' +
    '<p data-part="0" id="p-1">一</p><h2 data-part="1" id="h-a">甲</h2><p data-part="1" id="p-2">二</p>' +
    '<p data-part="2" id="p-3">三</p><p data-part="2" id="p-4">四</p></main>';

  it('gives each part the whole page with the other parts ignored', () => {
    const parts = partPages(page);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toContain('<p data-part="0">一</p>');
    expect(parts[0]).toContain('<h2 data-part="1" id="h-a" data-pagefind-ignore>');
    expect(parts[1]).toContain('<p data-part="0" data-pagefind-ignore>一</p>');
    expect(parts[1]).toContain('<h2 data-part="1" id="h-a" data-pagefind-meta="anchor:h-a">甲</h2>');
    // Every part keeps the page's title.
    for (const p of parts) expect(p).toContain('<h1 data-pagefind-meta="title">标题</h1>');
  });

  it('records the first paragraph of a part without a heading as the place to open it', () => {
    const third = partPages(page)[2]!;
    expect(third).toContain('<p data-part="2" data-pagefind-meta="anchor:p-3">三</p>');
    expect(third).toContain('<p data-part="2">四</p>');
  });

  it('keeps the English summary as `summary_en` in the first part only, so an English query finds the page once; later parts carry it as `summary_part`', () => {
    const withSummary = page.replace('<h1', '<span data-page-meta data-pagefind-meta="summary_en[data-summary-en]" data-summary-en="A summary."></span><h1');
    const parts = partPages(withSummary);
    expect(parts[0]).toContain('<span data-page-meta data-pagefind-meta="summary_en[data-summary-en]"');
    // `summary_part`: shown with a hit in a later part; a word only it holds does not find the page again.
    for (const p of parts.slice(1)) expect(p).toContain('<span data-page-meta data-pagefind-meta="summary_part[data-summary-en]" data-summary-en="A summary."></span>');
  });

  it('indexes a page without parts as one record, without the ids of its blocks', () => {
    expect(partPages('<main data-pagefind-body><h2 id="h">甲</h2><p id="p-1">一</p></main>')).toEqual(['<main data-pagefind-body><h2 id="h">甲</h2><p>一</p></main>']);
  });

  it('keeps the ids of headings only', () => {
    expect(withoutBlockIds('<h3 id="x">甲</h3><a href="#fn-1" id="fnref-1-1" class="fnref">1</a><div class="w" id="t">表</div>')).toBe('<h3 id="x">甲</h3><a href="#fn-1" class="fnref">1</a><div class="w">表</div>');
  });
});
