import { describe, expect, it } from 'vitest';
import { levelsFromFullReport } from '../../../scripts/ingest/report/excerpt-levels.ts';
import { readSources } from '../../../scripts/ingest/read-sources.ts';
import { ingest } from '../../../scripts/ingest/main.ts';
import type { Block, Doc, Section } from '../../../scripts/ingest/types.ts';

const heading = (text: string, depth?: number): Block => ({ type: 'heading', text, line: 1, id: text, ...(depth ? { depth } : {}) });
const section = (title: string, blocks: Block[], chapter: string | null = null, kind: Section['kind'] = 'section'): Section => ({ slug: title, title, printed: title, kind, chapter, lines: [1, 1], blocks });
const doc = (id: string, sections: Section[]): Doc => ({ id, source: `${id}.txt`, title: id, year: 2020, kind: 'report', script: 'hant', publisher: 'p', date: null, collection: null, sections });
const depths = (d: Doc) => d.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'heading' ? [[b.text, b.depth]] : [])));

describe('levelsFromFullReport', () => {
  // The 2020 report indents its topics; its chapter printed alone (2020-pursuing-development) does not.
  const report = doc('report', [
    section('謀發展', [], null, 'chapter'),
    section('共享數字發展紅利', [heading('啓動品牌煥新工程', 3), heading('加強品牌管理規範', 4), heading('創新產品智能體驗', 3), heading('升級智慧家庭互聯網產品', 4), heading('打造行業領先的「跨域」能力', 4)], '謀發展'),
    section('匠心精神服務冬奧', [heading('強化責任彰顯擔當', 3)], '謀發展'),
  ]);

  it('gives each heading of a page the depth the full report prints it at below the same page (variants folded, any order)', () => {
    const chapter = doc('chapter', [
      section('謀發展', [], null, 'chapter'),
      section('共享數字發展紅利', [heading('啟動品牌煥新工程', 3), heading('加強品牌管理規範', 3), heading('創新產品智能體驗', 3), heading('打造行業領先的「跨域」能力', 3), heading('升級智慧家庭互聯網產品', 3), heading('沃家神眼', 3)], '謀發展'),
    ]);
    expect(depths(levelsFromFullReport(chapter, report))).toEqual([
      ['啟動品牌煥新工程', 3],
      ['加強品牌管理規範', 4],
      ['創新產品智能體驗', 3],
      ['打造行業領先的「跨域」能力', 4],
      ['升級智慧家庭互聯網產品', 4],
      // Not in the report: as the chapter had it.
      ['沃家神眼', 3],
    ]);
  });

  it('makes a heading of a line the chapter sets as text where the report prints it as a heading under the same page', () => {
    const paragraph = (text: string): Block => ({ type: 'paragraph', text, line: 1 });
    const chapter = doc('chapter', [section('謀發展', [], null, 'chapter'), section('匠心精神服務冬奧', [paragraph('冬奧會合作夥伴俱樂部輪值主席單位。'), paragraph('強化責任彰顯擔當'), paragraph('其他段落。')], '謀發展')]);
    const blocks = levelsFromFullReport(chapter, report).sections[1]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(depths(levelsFromFullReport(chapter, report))).toEqual([['強化責任彰顯擔當', 3]]);
    // Under another page the same words stay text.
    const elsewhere = doc('chapter', [section('共享數字發展紅利', [paragraph('強化責任彰顯擔當')])]);
    expect(levelsFromFullReport(elsewhere, report).sections[0]!.blocks[0]!.type).toBe('paragraph');
  });

  it('nests a heading below the one whose introduction names it, though the report prints the two side by side (its columns read in another order)', () => {
    const paragraph = (text: string): Block => ({ type: 'paragraph', text, line: 1 });
    const beside = doc('report', [section('共享數字發展紅利', [heading('創新產品智能體驗', 3), heading('升級智慧家庭互聯網產品', 4), heading('打造大流量APP豐富生活服務', 4), heading('沃家神眼', 4)])]);
    const page = (intro: string) =>
      doc('chapter', [section('共享數字發展紅利', [heading('創新產品智能體驗', 3), heading('升級智慧家庭互聯網產品', 3), paragraph(intro), heading('沃家神眼', 3), heading('打造大流量APP豐富生活服務', 3)])]);
    expect(depths(levelsFromFullReport(page('推進「沃家電視、沃家組網、沃家固話、沃家神眼」等核心業務規模化發展。'), beside))).toEqual([
      ['創新產品智能體驗', 3],
      ['升級智慧家庭互聯網產品', 4],
      ['沃家神眼', 5],
      ['打造大流量APP豐富生活服務', 4],
    ]);
    // An introduction that does not name it leaves the report's depth.
    expect(depths(levelsFromFullReport(page('推進智慧家庭產品規模化發展。'), beside))[2]).toEqual(['沃家神眼', 4]);
  });

  it('looks only under the same page: a heading the report prints under another page keeps its depth', () => {
    const chapter = doc('chapter', [section('匠心精神服務冬奧', [heading('加強品牌管理規範', 2)])]);
    expect(depths(levelsFromFullReport(chapter, report))).toEqual([['加強品牌管理規範', 2]]);
  });
});

describe('the 2020 chapter printed alone, beside the 2020 report (partOf)', () => {
  it('nests the sub-headings under their topics as the report does', () => {
    const { docs } = ingest(readSources('content/sources').filter((s) => s.id.startsWith('2020-')));
    const chapter = docs.find((d) => d.id === '2020-pursuing-development')!;
    const at = (text: string) => chapter.sections.flatMap((s) => s.blocks).find((b) => b.type === 'heading' && b.text === text) as Extract<Block, { type: 'heading' }>;
    expect(at('加強品牌管理規範').depth).toBe(at('啟動品牌煥新工程').depth! + 1);
    expect(at('客戶服務更便捷').depth).toBe(at('持續提升客戶口碑').depth! + 1);
    // Named in the introduction of the heading right above it; the report's two columns print it elsewhere.
    expect(at('沃家神眼').depth).toBe(at('升級智慧家庭互聯網產品').depth! + 1);
    // Set below a picture in the chapter (three blank lines over it), a heading in the report (line 1924).
    expect(at('傳播奧運文化精神')).toBeDefined();
  });
});
