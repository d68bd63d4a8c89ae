// Key-figure callouts: the 2024 report prints label, number and unit on successive lines (source
// lines 490–510, 1481–1483).
import { describe, expect, it } from 'vitest';
import { figureAt, toBlocks } from '../../../scripts/ingest/text/blocks.ts';
import { extractCallouts } from '../../../scripts/ingest/kpi/callouts.ts';
import type { Doc } from '../../../scripts/ingest/types.ts';

const lines = (texts: string[], from = 490) => texts.map((text, i) => ({ n: from + i, text }));

describe('figureAt', () => {
  it('reads label, number and unit across blank lines', () => {
    const l = lines(['5G 中频基站', '', '137.5', '', '万站', '', '可用低频基站']);
    expect(figureAt(l, 0)).toEqual({ label: 0, value: 2, unit: 4, end: 5 });
  });
  it('takes a number without a unit only when it says it is a key figure (1500⁺)', () => {
    expect(figureAt(lines(['2024年服务农业项目', '', '1500⁺', '', '中国联通在株洲市…']), 0)).toMatchObject({ unit: null, end: 3 });
    expect(figureAt(lines(['欧洲', '4800', '', '香港']), 0)).toBeNull();
  });
  it('leaves sentences and headings followed by prose alone', () => {
    expect(figureAt(lines(['中国联通持续推进覆盖更广、能力更强。', '', '2024', '', '万站']), 0)).toBeNull();
    expect(figureAt(lines(['加强移动网络覆盖', '', '中国联通持续推进…']), 0)).toBeNull();
  });
});

describe('callouts as blocks and KPI rows', () => {
  const blocks = toBlocks(lines(['5G 中频基站', '', '137.5', '', '万站', '', '4G 中频可用基站超', '', '230', '', '万站']));
  it('become figure blocks', () => {
    expect(blocks).toEqual([
      { type: 'figure', label: '5G 中频基站', value: '137.5', unit: '万站', line: 490 },
      { type: 'figure', label: '4G 中频可用基站超', value: '230', unit: '万站', line: 496 },
    ]);
  });
  it('carry a magnitude printed before 余 in the unit, the value over its number (2020 report line 961: `3萬餘名`)', () => {
    const magnitude = toBlocks(lines(['5年累計參與公益扶貧愛心行動志願者達', '', '3萬餘名', ''], 961));
    const doc = { id: 'r', year: 2020, sections: [{ title: '傳遞公益扶貧溫暖', blocks: magnitude, lines: [950, 970] }] } as unknown as Doc;
    expect(extractCallouts(doc, 'f.txt', () => null).map((r) => [r.unit, r.value, r.raw, r.qualifier])).toEqual([['萬名', 3, '3萬餘', 'over']]);
  });

  it('read callouts side by side whose numbers the PDF ran together (2023 chapter line 609: `286101…` / `技術能手餘萬人次 名`)', () => {
    // The section prints its larger counts with separators (the training table's `9,274`).
    const glued = toBlocks(lines(['', '286101集團級勞動和技能競賽', '覆蓋職工', '', '選拔', '技術能手餘萬人次 名', '', '2022年 2023年', '高層管理人員接受培訓的人數 人次 9,274 8,537'], 608));
    expect(glued.slice(0, 2)).toEqual([
      { type: 'figure', label: '集團級勞動和技能競賽覆蓋職工', value: '286', unit: '餘萬人次', line: 609 },
      { type: 'figure', label: '選拔技術能手', value: '101', unit: '名', line: 609 },
    ]);
    const doc = { id: 'r', year: 2023, sections: [{ title: '厚植人才成長沃土', blocks: glued, lines: [600, 620] }] } as unknown as Doc;
    // 余 before the unit: the value is over the number, the unit is what follows it.
    expect(extractCallouts(doc, 'f.txt', () => null).map((r) => [r.unit, r.value, r.raw, r.qualifier])).toEqual([
      ['萬人次', 286, '286餘', 'over'],
      ['名', 101, '101', null],
    ]);
  });
  it('read 余 after the unit\'s magnitude, the usual order (`萬餘人次`), as over the number', () => {
    const glued = toBlocks(lines(['', '286101集團級勞動和技能競賽', '覆蓋職工', '', '選拔', '技術能手萬餘人次 名', '', '培訓 9,274 人次']));
    const doc = { id: 'r', year: 2025, sections: [{ title: 't', blocks: glued, lines: [480, 520] }] } as unknown as Doc;
    expect(extractCallouts(doc, 'f.txt', () => null).map((r) => [r.name, r.unit, r.value, r.raw, r.qualifier])).toEqual([
      ['集團級勞動和技能競賽覆蓋職工', '萬人次', 286, '286萬餘', 'over'],
      ['選拔技術能手', '名', 101, '101', null],
    ]);
  });
  it('leave numbers run together as printed where they can be cut more than one way, or the units do not count the labels', () => {
    const paragraphs = (texts: string[]) => toBlocks([...lines(texts), { n: 999, text: '培訓 9,274 人次' }]).filter((b) => b.type === 'paragraph').length;
    // A text that prints a count of a thousand or more without its separator (`1572 人`): `124600` may be 12 and 4600.
    expect(paragraphs(['', '124600開展集團級勞動', '和技能競賽', '', '覆蓋一線', '職工項 餘名', '', '新招聘 1572 人'])).toBeGreaterThan(0);
    // …nor one that prints no larger count at all: its convention is not shown.
    expect(toBlocks(lines(['', '286101集團級勞動和技能競賽', '覆蓋職工', '', '選拔', '技術能手萬人次 名'])).filter((b) => b.type === 'paragraph').length).toBeGreaterThan(0);
    // 28611 cuts as 28|611 or 286|11: which one the PDF printed cannot be told.
    expect(paragraphs(['', '28611集團級勞動和技能競賽', '覆蓋職工', '', '選拔', '技術能手萬人次 名'])).toBeGreaterThan(0);
    // Two labels, one unit.
    expect(paragraphs(['', '286101集團級勞動和技能競賽', '覆蓋職工', '', '選拔', '技術能手萬人次'])).toBeGreaterThan(0);
    // A year opening a sentence's line is no glued figure.
    expect(paragraphs(['', '2023年公司開展培訓', '覆蓋職工', '', '選拔', '技術能手萬人次 名'])).toBeGreaterThan(0);
  });

  it('read a unit per another unit (`千克标准煤/TB`: energy intensity), in either script', () => {
    expect(toBlocks(lines(['单位信息流量综合能耗', '', '1.86 千克标准煤/TB']))).toEqual([{ type: 'figure', label: '单位信息流量综合能耗', value: '1.86', unit: '千克标准煤/TB', line: 490 }]);
    expect(toBlocks(lines(['單位信息流量綜合能耗', '', '1.80', '', '千克標準煤/TB']))).toEqual([{ type: 'figure', label: '單位信息流量綜合能耗', value: '1.80', unit: '千克標準煤/TB', line: 490 }]);
  });
  it('take no unit left alone on a line for the first line of the next figure\'s label (number printed first: `152.3` / `万站` / `5G 中频基站`)', () => {
    const figures = toBlocks(lines(['152.3', '', '万站', '', '5G 中频基站', '', '超 300 个', '', '算力资源池'])).filter((b) => b.type === 'figure');
    expect(figures.map((f) => (f.type === 'figure' ? f.label : ''))).not.toContain('万站5G 中频基站');
    expect(figures.every((f) => f.type === 'figure' && !f.label.startsWith('万站'))).toBe(true);
  });

  it('become KPI rows with the report year, the qualifier a trailing 超 gives, and from: callout', () => {
    const doc = { id: 'r', year: 2024, sections: [{ title: '全面加强新型基础设施建设', blocks, lines: [480, 520] }] } as unknown as Doc;
    const rows = extractCallouts(doc, 'f.txt', () => null);
    expect(rows.map((r) => [r.indicator, r.name, r.unit, r.year, r.value, r.raw, r.qualifier, r.from, r.source.line])).toEqual([
      ['5g-zhong-pin-ji-zhan', '5G 中频基站', '万站', 2024, 137.5, '137.5', null, 'callout', 490],
      ['4g-zhong-pin-ke-yong-ji-zhan', '4G 中频可用基站', '万站', 2024, 230, '超 230', 'over', 'callout', 496],
    ]);
  });
});
