import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOutline, titleLines } from '../../../scripts/ingest/report/outline.ts';
import { foldTinySections } from '../../../scripts/ingest/report/sections.ts';
import type { Block } from '../../../scripts/ingest/types.ts';
import { cleanLines, toLines } from '../../../scripts/ingest/text/clean.ts';
import { joinWrappedLines } from '../../../scripts/ingest/text/join-wrapped-lines.ts';

/** A source's lines as the ingest reads them; a chapter's cover lines that print its own title are taken out. */
const read = (file: string) => {
  const lines = joinWrappedLines(cleanLines(toLines(readFileSync(`content/sources/${file}`, 'utf8'))).lines);
  const title = /^title: (.*)$/mu.exec(readFileSync(`content/sources/${file.replace(/\.txt$/u, '.yml')}`, 'utf8'))![1]!;
  for (const i of titleLines(lines, title)) lines[i] = { n: lines[i]!.n, text: '' };
  return lines;
};
/** The level each entry titled so stands at once tiny sections are folded (3: a heading inside the page before). */
const levels = (file: string, titles: string[]) => {
  const lines = read(file);
  const entries = foldTinySections(findOutline(lines).entries, lines);
  return titles.map((t) => entries.find((e) => e.title === t)?.level ?? (entries.some((e) => e.title === t) ? 2 : null));
};

describe('foldTinySections', () => {
  it('keeps a short section with a sub-heading of its own as a page (2023 chapter: 踐行社會公益事業 over 傾力建設西藏)', () => {
    expect(levels('2023-esg-social-inclusion.txt', ['踐行社會公益事業'])).toEqual([2]);
  });

  it('keeps a topic over sub-sections as a page however short its introduction (2020 report: 全力以赴抗擊疫情, 做好全球企業公民)', () => {
    expect(levels('2020-social-responsibility-report.txt', ['全力以赴抗擊疫情', '快速建立防控體系', '做好全球企業公民', '開展合規誠信經營'])).toEqual([2, 3, 2, 3]);
  });

  it('does not take a diagram’s labels of one length for a section at all (2020 report: 新動態 新生態)', () => {
    expect(levels('2020-social-responsibility-report.txt', ['新動態 新生態', '企業戰略'])).toEqual([null, 2]);
  });
});

describe('repeatedLabels', () => {
  it('makes a title the layout finds three times on a page a paragraph (2024 report: 解决方案 under each scenario), not one it finds twice or the outline’s', async () => {
    const { repeatedLabels } = await import('../../../scripts/ingest/report/sections.ts');
    const heading = (text: string, line: number) => ({ type: 'heading' as const, text, line, id: `h${line}` });
    const paragraph = (text: string, line: number) => ({ type: 'paragraph' as const, text, line });
    const blocks = [heading('家庭安防场景', 1), heading('解决方案', 2), paragraph('联通看家为家庭提供多重智能安防。', 3), heading('解决方案', 4), paragraph('联通看家守护家人。', 5), heading('解决方案', 6), heading('推荐搭配', 7), heading('推荐搭配', 8)];
    const out = repeatedLabels(blocks, new Set());
    expect(out.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['家庭安防场景', '推荐搭配', '推荐搭配']);
    expect(out.filter((b) => b.type === 'paragraph' && b.text === '解决方案')).toHaveLength(3);
    // Headings of the outline stay headings.
    expect(repeatedLabels(blocks, new Set([2, 4, 6])).filter((b) => b.type === 'heading')).toHaveLength(6);
  });
});

describe('boxesOnTheirChapter', () => {
  const heading = (text: string, line: number) => ({ type: 'heading' as const, text, line, id: text, depth: 3 });
  const list = (items: string[], line: number) => ({ type: 'list' as const, items, line, marker: '•' });
  const page = (slug: string, kind: 'chapter' | 'section', chapter: string | null, blocks: Block[], lines: [number, number]) => ({ slug, title: slug, printed: slug, kind, chapter, lines, blocks });

  it('gives an empty chapter page the introduction and year boxes its first section prints (2020 report, 拓合作, lines 3369-3395)', async () => {
    const { boxesOnTheirChapter } = await import('../../../scripts/ingest/report/sections.ts');
    const intro = { type: 'paragraph' as const, text: '攜手合作、互利共贏既是經濟規律。', line: 3369 };
    const boxes = [heading('2020年採取的措施', 3373), list(['加強行業生態建設。'], 3375), heading('2021年將採取的行動', 3373), list(['穩步推進5G共建共享。'], 3386)];
    const after = { type: 'paragraph' as const, text: '規模翻倍。', line: 3396 };
    const out = boxesOnTheirChapter([
      page('tuo-he-zuo', 'chapter', null, [], [3329, 3334]),
      page('xie-shou', 'section', 'tuo-he-zuo', [{ type: 'paragraph', text: '中國聯通堅持合作共贏。', line: 3336 }, intro, ...boxes, after], [3335, 3466]),
    ]);
    expect(out[0]!.blocks.map((b) => (b.type === 'heading' ? `${b.text} (${b.depth})` : b.type))).toEqual(['paragraph', '2020年採取的措施 (2)', 'list', '2021年將採取的行動 (2)', 'list']);
    expect(out[0]!.lines).toEqual([3329, 3395]);
    expect(out[1]!.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['中國聯通堅持合作共贏。', '規模翻倍。']);
    // Titles side by side apart from their one list, the section's sub-headings between (謀發展, lines 1506-1566).
    const apart = boxesOnTheirChapter([
      page('mou-fa-zhan', 'chapter', null, [], [1469, 1495]),
      page('gong-xiang', 'section', 'mou-fa-zhan', [intro, heading('2020年採取的措施', 1511), heading('2021年將採取的行動', 1511), heading('加強品牌管理規範', 1513), { type: 'paragraph', text: '中國聯通構建獨有的品牌戰略。', line: 1515 }, list(['一。', '二。', '三。', '四。'], 1530), after], [1496, 1859]),
    ]);
    expect(apart[0]!.blocks.map((b) => (b.type === 'heading' ? b.text : b.type === 'list' ? b.items.join('') : b.type))).toEqual(['paragraph', '2020年採取的措施', '一。二。', '2021年將採取的行動', '三。四。']);
    expect(apart[1]!.blocks.map((b) => (b.type === 'heading' ? b.text : b.type))).toEqual(['加強品牌管理規範', 'paragraph', 'paragraph']);
    // A chapter page with text of its own keeps it, and its section keeps the boxes.
    const kept = boxesOnTheirChapter([page('c', 'chapter', null, [intro], [1, 2]), page('s', 'section', 'c', boxes, [3, 9])]);
    expect(kept[1]!.blocks).toHaveLength(4);
  });
});

describe('the page before the first section', () => {
  it('is the cover of a report, and the opening page of a chapter printed alone, titled by the chapter (2023 chapter, lines 3-40)', async () => {
    const { cutSections } = await import('../../../scripts/ingest/report/sections.ts');
    const lines = ['2023年採取的措施 2024年將採取的行動', '', '中國聯通以服務國計民生為己任，接續助力鄉村振興。', '', '紮實推進共享發展', '中國聯通堅持系統觀念，全面推進城鄉、區域協調發展。'].map((text, k) => ({ n: k + 3, text }));
    const entries = [{ title: '紮實推進共享發展', kind: 'chapter' as const, index: 4, confirmed: true }];
    expect(cutSections(lines, entries).map((p) => [p.slug, p.title])).toEqual([['cover', '封面'], ['zha-shi-tui-jin-gong-xiang-fa-zhan', '紮實推進共享發展']]);
    expect(cutSections(lines, entries, '促進社會共融 服務民生事業').map((p) => [p.slug, p.title])[0]).toEqual(['cu-jin-she-hui-gong-rong-fu-wu', '促進社會共融 服務民生事業']);
  });
});
