// Source text goes into MDX as data: whatever it holds, it compiles and renders as the same text.
import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitSectionMdx, headingLevels } from '../../../scripts/ingest/output/emit-mdx.ts';
import type { Block, Section } from '../../../scripts/ingest/types.ts';

interface Node {
  type: unknown;
  props: { children?: unknown };
}

const Fragment = Symbol('Fragment');
const node = (type: unknown, props: Node['props']): Node => ({ type, props });
const runtime = { Fragment, jsx: node, jsxs: node, jsxDEV: node };

/** Renders the compiled MDX to a tree and collects the text of each element of `tag`. */
async function textsOf(mdx: string, tag: string): Promise<string[]> {
  const { default: Content } = await evaluate(mdx.replace(/^---[\s\S]*?---\n/, ''), { ...runtime, development: false } as never);
  const root = (Content as (props: object) => Node)({});
  const found: string[] = [];
  const text = (c: unknown): string => (typeof c === 'string' ? c : Array.isArray(c) ? c.map(text).join('') : c && typeof c === 'object' ? text((c as Node).props.children) : '');
  const walk = (c: unknown): void => {
    if (Array.isArray(c)) return c.forEach(walk);
    if (!c || typeof c !== 'object') return;
    const n = c as Node;
    if (n.type === tag) found.push(text(n.props.children));
    walk(n.props.children);
  };
  walk(root);
  return found;
}

const section = (blocks: Block[]): Section => ({ slug: 's', title: '标题', printed: '标题', kind: 'section', chapter: null, lines: [1, 1], blocks });

const HOSTILE = [
  '{', '}', '{props.x}', '<script>alert(1)</script>', 'import fs from "node:fs"', 'export const x = 1',
  '<!-- comment -->', '`code` ```fence```', '&amp; &lt;b&gt; &#x41;', '# not a heading', '* not a list',
  '\u202Eevil\u202C', '\u0000nul', 'a\u2028b', '"quotes" \\ backslash', 'x'.repeat(100_000),
];

describe('headingLevels', () => {
  const h = (depth?: number) => ({ type: 'heading' as const, text: '甲', line: 1, id: `h${depth}`, ...(depth ? { depth } : {}) });
  it('makes the shallowest heading h2 and each deeper printed level one more', () => {
    expect(headingLevels([h(3), h(4), { type: 'paragraph', text: '乙', line: 2 }, h(4), h(3), h(5)])).toEqual([2, 3, 3, 2, 3]);
    // Levels the page does not print leave no gap (3 and 5 are h2 and h3); a heading without a depth is a section heading, a case study below it.
    expect(headingLevels([h(), h(3), h(3), h()])).toEqual([2, 3, 3, 2]);
  });
  it('never goes more than one level below the heading before it, nor past h5', () => {
    expect(headingLevels([h(5), h(3), h(4), h(5), h(6), h(7), h(8)])).toEqual([2, 2, 3, 4, 5, 5, 5]);
  });
  it('emits each heading at its level', async () => {
    const mdx = emitSectionMdx('doc', 'hans', section([h(3), h(4)]));
    expect(await textsOf(mdx, 'h2')).toEqual(['甲']);
    expect(await textsOf(mdx, 'h3')).toEqual(['甲']);
  });
});

describe('emitSectionMdx', () => {
  it.each(HOSTILE.map((s) => [s.slice(0, 30), s]))('publishes %j as the same text', async (_, hostile) => {
    const mdx = emitSectionMdx('doc', 'hans', section([{ type: 'paragraph', text: hostile, line: 1 }]));
    expect(await textsOf(mdx, 'p')).toEqual([hostile]);
  });

  it('keeps headings, lists and table cells as text too', async () => {
    const mdx = emitSectionMdx('doc', 'hans', section([
      { type: 'heading', text: '<b>{x}</b>', line: 1, id: 'h' },
      { type: 'list', items: ['{a}', '<i>'], line: 2, marker: '-' },
      { type: 'table', rows: [['指标', '{单位}'], ['<td>', '<ul style="x"> ☆ 甲 ☆ 乙']], line: 3, rowLines: [3, 4] },
    ]));
    expect(await textsOf(mdx, 'h2')).toEqual(['<b>{x}</b>']);
    expect(await textsOf(mdx, 'li')).toEqual(['{a}', '<i>', '甲', '乙']);
    expect(await textsOf(mdx, 'th')).toEqual(['指标', '{单位}']);
    expect(await textsOf(mdx, 'td')).toEqual(['<td>', '甲乙']);
  });

  it('marks a caption and a credit, the caption\'s number label apart, the text as printed', async () => {
    const mdx = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '来源：中国信息通信研究院', line: 1, caption: true },
      { type: 'paragraph', text: '图32021Q1-2023Q3国内5G手机出货量', line: 1, caption: true, captionLabel: '图3' },
    ]));
    expect(mdx).toContain('<p class="caption" data-line="1">{"来源：中国信息通信研究院"}</p>');
    expect(mdx).toContain('<p class="caption" data-line="1"><span class="caption-label">{"图3"}</span>{"2021Q1-2023Q3国内5G手机出货量"}</p>');
    expect(await textsOf(mdx, 'p')).toEqual(['来源：中国信息通信研究院', '图32021Q1-2023Q3国内5G手机出货量']);
  });

  it('links a marker in the text to the page\'s note of that number, and the note back (电信业发展白皮书)', async () => {
    const mdx = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '为ToV市场信息服务第一提供商16，积极助力车联网新型产业高速增长，参与4个国家级先导区。', line: 1 },
      { type: 'paragraph', text: '16备注：ToV指ToVehicle-to-Everything，面向车联网市场', line: 1, caption: true, captionLabel: '16' },
    ]));
    expect(mdx).toContain('{"为ToV市场信息服务第一提供商"}<sup class="fnrefs"><a href="#fn-16" id="fnref-16-1" class="fnref">{"16"}</a></sup>{"，积极助力');
    expect(mdx).toContain('<p id="fn-16" class="caption" data-line="1"><span class="caption-label">{"16"}</span>{"备注：ToV指ToVehicle-to-Everything，面向车联网市场"} <a href="#fnref-16-1" class="fnback" aria-label="↩ 16">{"↩"}</a></p>');
    // A figure the text prints (`4个`) is no marker, nor is a number no note of the page has.
    expect(mdx).not.toContain('#fn-4');
    const alone = emitSectionMdx('doc', 'hans', section([{ type: 'paragraph', text: '第一提供商16，积极助力。', line: 1 }]));
    expect(alone).not.toContain('fnref');
  });

  it('links a page\'s note to its marker glued into the words, found in the notes\' order (电信业发展白皮书, 互联网行业可持续信息披露发展报告)', async () => {
    const note = (n: number): Block => ({ type: 'paragraph', text: `${n}资料来源：公开信息`, line: 1, caption: true, captionLabel: String(n) });
    const mdx = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '是实现现代化国家的首要任务。电信业1作为现代化建设的先锋队，谷歌发布PaLM2，推进5G网络建设。', line: 1 },
      note(1),
      note(2),
      { type: 'paragraph', text: '据不完全统计，共有47家4企业设置了可持续发展部门，第5批试点中，算力达到5.8EFLOPS5，强大的智能算力。', line: 1 },
      note(4),
      note(5),
    ]));
    expect([...mdx.matchAll(/id="fnref-(\d+)-\d+"/gu)].map((m) => m[1])).toEqual(['1', '4', '5']);
    expect(mdx).toContain('电信业"}<sup class="fnrefs"><a href="#fn-1"');
    // A count's digits (`47家`), a figure after its word (`第5批`) and a name's (`5G`, `PaLM2`) are no markers.
    expect(mdx).toContain('{"据不完全统计，共有47家"}<sup class="fnrefs"><a href="#fn-4"');
    expect(mdx).toContain('第5批试点中，算力达到5.8EFLOPS"}<sup class="fnrefs"><a href="#fn-5"');
    expect(mdx).toContain('推进5G网络建设。');
    expect(mdx).toContain('谷歌发布PaLM2，推进5G网络建设。');
    // A note whose marker its case's heading prints takes no other (`案例：…的实践` + `39浙江移动…`, later `IOP39“一平台”`).
    const onHeading = emitSectionMdx('doc', 'hans', section([
      { type: 'heading', text: '案例：浙江移动数据治理的实践', line: 1, id: 'an-li', depth: 3 },
      { type: 'paragraph', text: '39浙江移动成立数据治理委员会。', line: 1 },
      { type: 'paragraph', text: '中国移动推出IOP39“一平台”建设。', line: 1 },
      note(39),
    ]));
    expect([...onHeading.matchAll(/id="fnref-(\d+)-\d+"/gu)].map((m) => m[1])).toEqual(['39']);
    expect(onHeading).toContain('IOP39“一平台”建设。');
    // After a title mark (`《…》1指出`), as white papers cite (made up, a review of the rules).
    const cited = emitSectionMdx('doc', 'hans', section([{ type: 'paragraph', text: '《数字中国发展报告》1指出，数字经济规模持续扩大。', line: 1 }, note(1)]));
    expect(cited).toContain('{"《数字中国发展报告》"}<sup class="fnrefs"><a href="#fn-1"');
    // A number printed only after its note, or before the marker of the note before, is none.
    const order = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '企业7有阿里巴巴，平台6为主要研究范围。', line: 1 },
      note(6),
      note(7),
      { type: 'paragraph', text: '相关指引7（见图8）。', line: 1 },
    ]));
    expect([...order.matchAll(/id="fnref-(\d+)-\d+"/gu)].map((m) => m[1])).toEqual(['6']);
  });

  it('links a filing\'s markers to its numbered notes printed after them (2020 first-quarter report, 2022 annual summary)', async () => {
    const mdx = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '2020年第一季度，移动出账用户1净减747万户。EBITDA2为人民币236.1亿元。我国数字经济规模将超越60万亿3，同比增长3个百分点。', line: 1 },
      { type: 'paragraph', text: '附注1：移动业务数据包含5G用户数。', line: 1, caption: true, captionLabel: '附注1' },
      { type: 'paragraph', text: '附注2：反映了加回财务费用的净利润。', line: 1, caption: true, captionLabel: '附注2' },
      { type: 'paragraph', text: '注3：数据来自中国信息通信研究院', line: 1, caption: true, captionLabel: '注3' },
    ]));
    expect(mdx).toContain('{"2020年第一季度，移动出账用户"}<sup class="fnrefs"><a href="#fn-1" id="fnref-1-1" class="fnref">{"1"}</a></sup>{"净减747万户。EBITDA"}<sup class="fnrefs"><a href="#fn-2"');
    expect(mdx).toContain('我国数字经济规模将超越60万亿"}<sup class="fnrefs"><a href="#fn-3" id="fnref-3-1" class="fnref">{"3"}</a></sup>{"，同比增长3个百分点。"}');
    expect(mdx).toContain('<p id="fn-1" class="caption" data-line="1"><span class="caption-label">{"附注1"}</span>{"：移动业务数据包含5G用户数。"} <a href="#fnref-1-1" class="fnback"');
    // A table's row names the note after its unit (`移动出账用户数（万户）1`): the number links to the note too.
    const table = emitSectionMdx('doc', 'hans', section([
      { type: 'table', rows: [['', '于2020年3月31日', '于2019年12月31日'], ['移动出账用户数（万户）1', '31,100.9', '31,847.5'], ['手机上网总流量(亿MB)', '87,323', '87,630']], line: 1, rowLines: [1, 1, 1], named: true },
      { type: 'paragraph', text: '附注1：移动业务数据包含5G用户数。', line: 1, caption: true, captionLabel: '附注1' },
    ]));
    expect(table).toContain('<td>{"移动出账用户数（万户）"}<sup class="fnrefs"><a href="#fn-1" id="fnref-1-1" class="fnref">{"1"}</a></sup></td>');
    expect(table).toContain('<a href="#fnref-1-1" class="fnback"');
    // A figure's or a name's digits are no markers (`3省`, `Q3`, `IPv6`), and `人民币` after a marker does not hide it.
    const figures = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '公司在3省开展试点，2022年Q3，推进IPv6规模部署，实现收入3人民币268.7亿元。', line: 1 },
      { type: 'paragraph', text: '注3：联通云收入。', line: 1, caption: true, captionLabel: '注3' },
      { type: 'paragraph', text: '注6：数据来自中国信息通信研究院', line: 1, caption: true, captionLabel: '注6' },
    ]));
    expect([...figures.matchAll(/id="fnref-(\d+)-\d+"/gu)].map((m) => m[1])).toEqual(['3']);
    expect(figures).toContain('实现收入"}<sup class="fnrefs"><a href="#fn-3"');
    // The Traditional page: the label converted with its context (`附註1`), the units too (`3個百分點`).
    const hant = emitSectionMdx('doc', 'hant', section([
      { type: 'paragraph', text: '移動出賬用戶1淨減747萬戶，同比增長3個百分點。', line: 1 },
      { type: 'paragraph', text: '附註1：移動業務數據包含5G用戶數。', line: 1, caption: true, captionLabel: '附註1' },
      { type: 'paragraph', text: '附註3：數據來源。', line: 1, caption: true, captionLabel: '附註3' },
    ]));
    expect([...hant.matchAll(/id="fnref-(\d+)-\d+"/gu)].map((m) => m[1])).toEqual(['1']);
    // A note printed before the text, or a number two notes print, takes no marker.
    const before = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '注1：上述数据为营业成本中相同性质的数据。', line: 1, caption: true, captionLabel: '注1' },
      { type: 'paragraph', text: '公司EBITDA1为人民币732亿元。', line: 1 },
    ]));
    expect(before).not.toContain('fnref');
    const twice = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '公司EBITDA1为人民币732亿元。', line: 1 },
      { type: 'paragraph', text: '注1：上述数据为营业成本中相同性质的数据。', line: 1, caption: true, captionLabel: '注1' },
      { type: 'paragraph', text: '附注1：EBITDA反映了加回财务费用的净利润。', line: 1, caption: true, captionLabel: '附注1' },
    ]));
    expect(twice).not.toContain('fnref');
    // Printed between a table's note and the text's of one number, a marker means the later (2020 half-year
    // summary: `注1` under the costs table, `5.EBITDA` + `12020年上半年，…`, then `附注1：反映了…`), and only
    // that note takes the id; a heading's marker, which the text runs on into the paragraph after it, is the heading's.
    const between = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '公司EBITDA1为人民币493亿元。', line: 1 },
      { type: 'paragraph', text: '注1：上述数据为营业成本中相同性质的数据。', line: 1, caption: true, captionLabel: '注1' },
      { type: 'heading', text: '5.EBITDA', line: 1, id: '5-ebitda', depth: 4 },
      { type: 'paragraph', text: '12020年上半年，公司EBITDA为人民币493.5亿元。', line: 1 },
      { type: 'paragraph', text: '附注1：反映了加回财务费用的净利润。', line: 1, caption: true, captionLabel: '附注1' },
    ]));
    expect([...between.matchAll(/id="fnref-(\d+)-\d+"/gu)].length).toBe(1);
    expect(between).toContain('{"5.EBITDA"}<sup class="fnrefs"><a href="#fn-1" id="fnref-1-1" class="fnref">{"1"}</a></sup></h');
    expect(between).toContain('data-line="1">{"2020年上半年，公司EBITDA为人民币493.5亿元。"}</p>');
    expect(between).toContain('{"公司EBITDA1为人民币493亿元。"}');
    expect([...between.matchAll(/id="fn-1"/gu)].length).toBe(1);
    expect(between).toContain('<p id="fn-1" class="caption" data-line="1"><span class="caption-label">{"附注1"}</span>');
    // A figure's digits open no filing paragraph's marker (`3家`, made up).
    const figure = emitSectionMdx('doc', 'hans', section([
      { type: 'heading', text: '（三）开放合作', line: 1, id: 'san', depth: 3 },
      { type: 'paragraph', text: '3家合资公司持续推进产品研发。', line: 1 },
      { type: 'paragraph', text: '附注3：合资公司数据截至年底。', line: 1, caption: true, captionLabel: '附注3' },
    ]));
    expect(figure).not.toContain('fnref');
    // Notes numbered under one label (`注：1.…`, `2.…`; filing-notes.ts gives their numbers) take the
    // markers before them, though they read as a table's numbered notes too (2022 third quarter); a
    // product's name in mixed case is no term taking a marker (`Cat1`, 2022 first quarter).
    const underLabel = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: 'EBITDA1为人民币765.9亿元。“大联接”用户2规模再创新高，以Cat1差异化优势突破重点场景。', line: 1 },
      { type: 'paragraph', text: '注：1.EBITDA反映了加回财务费用的净利润。', line: 1, caption: true, noteNumber: 1 },
      { type: 'paragraph', text: '2.“大联接”用户累计到达数=移动出账用户累计到达数。', line: 1, caption: true, noteNumber: 2 },
    ]));
    expect([...underLabel.matchAll(/id="fnref-(\d+)-\d+"/gu)].map((m) => m[1])).toEqual(['1', '2']);
    expect(underLabel).toContain('{"EBITDA"}<sup class="fnrefs"><a href="#fn-1"');
    expect(underLabel).toContain('以Cat1差异化优势');
    expect(underLabel).toContain('<p id="fn-2" class="caption" data-line="1">{"2.“大联接”用户累计到达数=移动出账用户累计到达数。"} <a href="#fnref-2-1" class="fnback"');
    // A table's cell ending in the number of a filing's note printed before it links to nothing.
    const cell = emitSectionMdx('doc', 'hans', section([
      { type: 'paragraph', text: '附注1：移动业务数据包含5G用户数。', line: 1, caption: true, captionLabel: '附注1' },
      { type: 'table', rows: [['项目', '2020年'], ['移动出账用户1', '3.2']], line: 1, rowLines: [1, 1] },
    ]));
    expect(cell).not.toContain('href="#fn-1"');
  });

  it('prints a heading\'s marker that the text runs on into the paragraph after it after the heading\'s words, linked to the page\'s note (电信业发展白皮书: `案例：…的实践` + `39浙江移动…`, `47` + `2022年…`)', async () => {
    const heading: Block = { type: 'heading', text: '案例：浙江移动企业级数据治理体系建设实践', line: 1, id: 'an-li', depth: 3 };
    const note = (n: number): Block => ({ type: 'paragraph', text: `${n}资料来源：公开新闻信息`, line: 1, caption: true, captionLabel: String(n) });
    const mdx = emitSectionMdx('doc', 'hans', section([
      heading,
      { type: 'paragraph', text: '39浙江移动为持续深化数据治理，成立数据治理委员会。', line: 1 },
      { ...heading, id: 'an-li-2' },
      { type: 'paragraph', text: '472022年联通数科公司支撑西藏自治区大数据中心建设。', line: 1 },
      { ...heading, id: 'an-li-3' },
      { type: 'paragraph', text: '30年来，我国互联网创造了一系列发展奇迹。', line: 1 },
      { type: 'paragraph', text: '39浙江移动的做法值得借鉴。', line: 1 },
      note(39),
      note(47),
      note(30),
    ]));
    expect(mdx).toContain('{"案例：浙江移动企业级数据治理体系建设实践"}<sup class="fnrefs"><a href="#fn-39" id="fnref-39-1" class="fnref">{"39"}</a></sup></h');
    expect(mdx).toContain('data-line="1">{"浙江移动为持续深化数据治理，成立数据治理委员会。"}</p>');
    expect(mdx).toContain('<sup class="fnrefs"><a href="#fn-47" id="fnref-47-1" class="fnref">{"47"}</a></sup></h');
    expect(mdx).toContain('data-line="1">{"2022年联通数科公司支撑西藏自治区大数据中心建设。"}</p>');
    // A number before a date's word (`30年来`) is no marker, nor is one opening a paragraph that follows no heading.
    expect(mdx).not.toContain('#fn-30');
    expect(mdx).toContain('{"39浙江移动的做法值得借鉴。"}');
  });

  it('marks a glossary’s table, whose long English names may wrap anywhere', async () => {
    const glossary = emitSectionMdx('doc', 'hans', section([{ type: 'table', rows: [['缩略语', '英文全称', '含义'], ['5G', '5thGenerationMobileCommunicationTechnology', '第五代移动通信技术']], line: 1, rowLines: [1, 1], glossary: true }]));
    expect(glossary).toContain('<table class="glossary">');
    expect(await textsOf(glossary, 'td')).toEqual(['5G', '5thGenerationMobileCommunicationTechnology', '第五代移动通信技术']);
    const plain = emitSectionMdx('doc', 'hans', section([{ type: 'table', rows: [['指标', '单位'], ['员工总数', '人']], line: 1, rowLines: [1, 1] }]));
    expect(plain).toContain('<table>');
  });

  it('sets a column of amounts right (`num`), and not a column that holds words', async () => {
    const mdx = emitSectionMdx('doc', 'hans', section([{ type: 'table', rows: [['项目', '2022年9月30日', '说明'], ['流动资产：', '', '—'], ['货币资金', '68,382,013,542', '增加'], ['财务费用', '-556,449,750', '减少']], line: 1, rowLines: [1, 2, 3, 4] }]));
    expect(mdx).toContain('<th class="num"><time datetime="2022-09-30">{"2022年9月30日"}</time></th>');
    expect(mdx).toContain('<td class="num">{"-556,449,750"}</td>');
    expect(mdx).toContain('<td>{"货币资金"}</td>');
    expect(mdx).toContain('<td>{"增加"}</td>');
    expect(await textsOf(mdx, 'td')).toContain('68,382,013,542');
  });

  it('compiles any text and renders it unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (s) => {
        const mdx = emitSectionMdx('doc', 'hans', section([{ type: 'paragraph', text: s, line: 1 }]));
        expect(await textsOf(mdx, 'p')).toEqual([s]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('footnote references (2024 table line 3206 and note 4 on line 3306; 2020 table line 4280)', () => {
  const table = (rows: string[][]): Block => ({ type: 'table', rows, line: 3205, rowLines: rows.map((_, i) => 3205 + i) });
  const note = (text: string, line: number): Block => ({ type: 'paragraph', text, line, id: 'p-x' });

  it('link a printed marker to its note, and the note back to the first reference', async () => {
    const mdx = emitSectionMdx('r', 'hans', section([
      table([['类别', '指标', '单位', '2024 年'], ['', '物联网终端连接累计到达数 ⁴', '万户', '62478.1'], ['', '5G 行业虚拟专网服务客户数 ⁴', '个', '16059'], ['', '汽油消耗量 ^{8, 9}', '百万升', '31.7']]),
      note('4. 为更好地反映公司把握新机遇…', 3306),
      note('8. 参考 ESG 信息披露要求…', 3310),
    ]));
    expect(mdx).toContain('<sup class="fnrefs"><a href="#fn-4" id="fnref-4-1" class="fnref">{"4"}</a></sup>');
    expect(mdx).toContain('id="fnref-4-2"');
    expect(mdx).toContain('<p id="fn-4" class="footnote"');
    expect(mdx).toContain('<a href="#fnref-4-1" class="fnback"');
    // Note 9 is not printed in this section: the marker stays, unlinked.
    expect(mdx).toContain('<sup class="fnrefs"><a href="#fn-8" id="fnref-8-1" class="fnref">{"8"}</a><span>{"9"}</span></sup>');
    expect(await textsOf(mdx, 'p')).toContain('4. 为更好地反映公司把握新机遇…↩');
    expect(await textsOf(mdx, 'td')).toContain('物联网终端连接累计到达数4');
  });

  it('read a digit glued to a name as a marker only when that note is printed', () => {
    const mdx = emitSectionMdx('r', 'hant', section([
      table([['類別', '指標', '單位', '2020年'], ['', '汽油消耗量5', '萬噸', '4.05'], ['', '5G基站', '萬個', '38'], ['', '國際互聯帶寬9', 'G', '2460']]),
      note('5. 2018–2020年統計口徑根據有關要求統一調整', 4345),
    ]));
    expect(mdx).toContain('<td>{"汽油消耗量"}<sup class="fnrefs"><a href="#fn-5" id="fnref-5-1" class="fnref">{"5"}</a></sup></td>');
    expect(mdx).toContain('<td>{"5G基站"}</td>');
    expect(mdx).toContain('<td>{"國際互聯帶寬9"}</td>');
  });
});

describe('a table of labels and their text (2024 report, 报告说明 lines 3333-3341)', () => {
  const table = (rows: string[][]): Block => ({ type: 'table', rows, line: 3333, rowLines: rows.map((_, i) => 3333 + i) });
  it('prints no header row: each row is headed by its label', async () => {
    const mdx = emitSectionMdx('r', 'hans', section([table([['报告时间范围', '2024 年 1 月 1 日至 12 月 31 日，部分内容超出上述范围。'], ['报告发布周期', '中国联合网络通信集团有限公司可持续发展报告为年度报告。']])]));
    expect(mdx).not.toContain('<thead>');
    expect(await textsOf(mdx, 'th')).toEqual(['报告时间范围', '报告发布周期']);
    expect(mdx).toContain('<th scope="row">{"报告时间范围"}</th>');
    expect(await textsOf(mdx, 'td')).toHaveLength(2);
  });
  it('keeps a header row of column names as the head', async () => {
    const mdx = emitSectionMdx('r', 'hans', section([table([['利益相关方', '沟通方式', '对联通的期望'], ['客户', '营业厅沟通', '网络品质']])]));
    expect(await textsOf(mdx, 'th')).toEqual(['利益相关方', '沟通方式', '对联通的期望']);
    expect(mdx).not.toContain('scope="row"');
  });
});

describe('a key-figures table read from a results report (figure-tables.ts)', () => {
  it('prints the columns its reader names as the head, long names too, a blank corner as no header cell', async () => {
    const rows = [['', '本报告期末', '上年度末', '本报告期末比上年度末增减变动幅度(%)'], ['总资产', '616,905,658,526', '593,284,479,854', '4.0']];
    const mdx = emitSectionMdx('r', 'hans', section([{ type: 'table', rows, line: 1, rowLines: [1, 1], named: true }]));
    expect(mdx).toContain('<thead><tr><td></td><th class="num">{"本报告期末"}</th>');
    expect(await textsOf(mdx, 'th')).toEqual(['本报告期末', '上年度末', '本报告期末比上年度末增减变动幅度(%)']);
    expect(mdx).toContain('<td class="num">{"616,905,658,526"}</td>');
  });

  it('marks a cell that holds a day as a date, ISO for machines, as printed for readers (the 2022 annual summary’s bonds)', async () => {
    const rows = [['债券简称', '起息日', '到期日'], ['22联通01', '2022-06-19', '2025年6月9日'], ['说明', '2022-06-19起', '']];
    const mdx = emitSectionMdx('r', 'hans', section([{ type: 'table', rows, line: 1, rowLines: [1, 1, 1], named: true }]));
    expect(mdx).toContain('<td><time datetime="2022-06-19">{"2022-06-19"}</time></td>');
    expect(mdx).toContain('<td><time datetime="2025-06-09">{"2025年6月9日"}</time></td>');
    const laws = emitSectionMdx('r', 'hans', section([{ type: 'table', rows: [['名称', '发布日期'], ['《反间谍法（2023年修订）》', '2023.04.26'], ['《网站平台受理处置涉企网络侵权信息举报工作规范》', '2023.08']], line: 1, rowLines: [1, 1, 1], named: true }]));
    expect(laws).toContain('<td class="num"><time datetime="2023-04-26">{"2023.04.26"}</time></td>');
    // A year and a month with a dot reads as a number too: it is left as printed.
    expect(laws).toContain('<td class="num">{"2023.08"}</td>');
    // A day the calendar does not have is text.
    const odd = emitSectionMdx('r', 'hans', section([{ type: 'table', rows: [['名称', '发布日期'], ['《甲法》', '2023.02.30']], line: 1, rowLines: [1, 1], named: true }]));
    expect(odd).not.toContain('<time');
    // A cell with more than a day in it is text.
    expect(mdx).toContain('<td>{"2022-06-19起"}</td>');
  });

  it('spans the rows a cell printed once stands over (a level of legal force over its laws, 互联网法律白皮书)', async () => {
    const rows = [['效力位阶', '名称'], ['法律', '《反间谍法（2023年修订）》'], ['行政法规', '《商用密码管理条例（2023年修订）》'], ['', '《无人驾驶航空器飞行管理暂行条例》'], ['', '《未成年人网络保护条例》'], ['部门规章', '《个人信息出境标准合同办法》']];
    const mdx = emitSectionMdx('r', 'hans', section([{ type: 'table', rows, line: 1, rowLines: rows.map(() => 1), named: true, mergedDown: [0] }]));
    expect(mdx).toContain('<tr><td>{"法律"}</td>');
    expect(mdx).toContain('<tr><td rowspan="3">{"行政法规"}</td><td>{"《商用密码管理条例（2023年修订）》"}</td></tr>');
    expect(mdx).toContain('<tr><td>{"《无人驾驶航空器飞行管理暂行条例》"}</td></tr>');
    expect(mdx).not.toContain('<td></td>');
    expect(await textsOf(mdx, 'td')).toHaveLength(8);
  });

  it('prints a row that names the columns again as column headers among the rows (2020 half-year summary)', async () => {
    const rows = [['主要指标', '本报告期末', '上年度末'], ['资产负债率', '47.71', '48.33'], ['', '本报告期（1-6月）', '上年同期'], ['EBITDA利息保障倍数', '43.46', '34.15']];
    const mdx = emitSectionMdx('r', 'hans', section([{ type: 'table', rows, line: 1, rowLines: [1, 1, 1, 1], named: true, namesAgain: [2] }]));
    expect(mdx).toContain('<tr><td></td><th scope="col" class="num">{"本报告期（1-6月）"}</th><th scope="col" class="num">{"上年同期"}</th></tr>');
    expect(await textsOf(mdx, 'th')).toEqual(['主要指标', '本报告期末', '上年度末', '本报告期（1-6月）', '上年同期']);
    expect(mdx).toContain('<td class="num">{"43.46"}</td>');
    // A long period's name (13 characters) among the rows leaves its column one of amounts.
    const longer = [['项目', '本报告期', '上年同期'], ['营业收入', '1,234.5', '1,100.2'], ['', '年初至报告期末（1-9月）', '上年初至上年报告期末（1-9月）'], ['净利润', '123.4', '110.9']];
    const quarter = emitSectionMdx('r', 'hans', section([{ type: 'table', rows: longer, line: 1, rowLines: [1, 1, 1, 1], named: true, namesAgain: [2] }]));
    expect(quarter).toContain('<td class="num">{"123.4"}</td>');
    expect(quarter).toContain('<th scope="col" class="num">{"年初至报告期末（1-9月）"}</th>');
  });
});

describe('bold lead-ins (2024 report lines 696-697, 2182)', () => {
  it('print the words an item or a paragraph opens with in bold, the text whole', async () => {
    const mdx = emitSectionMdx('r', 'hans', section([
      { type: 'list', items: ['新一代移动通信：承担国家重点研发计划', '算力网络：《算力全光网络技术创新与应用》获奖', '没有加粗的一项'], line: 696, marker: '-', leads: ['新一代移动通信', '算力网络'] },
      { type: 'paragraph', text: '拓展产投融合。中国联通聚焦主责主业', line: 2182, lead: '拓展产投融合。' },
    ]));
    expect(await textsOf(mdx, 'strong')).toEqual(['新一代移动通信', '算力网络', '拓展产投融合。']);
    expect(await textsOf(mdx, 'li')).toEqual(['新一代移动通信：承担国家重点研发计划', '算力网络：《算力全光网络技术创新与应用》获奖', '没有加粗的一项']);
    expect(await textsOf(mdx, 'p')).toEqual(['拓展产投融合。中国联通聚焦主责主业']);
  });
});

describe('English inside the Chinese text', () => {
  it('is marked lang="en" where it runs three words or more (互联网行业可持续信息披露发展报告’s abbreviations)', async () => {
    const { prose } = await import('../../../scripts/ingest/output/emit-mdx.ts');
    expect(prose('全球报告倡议组织（Global Reporting Initiative）')).toBe('{"全球报告倡议组织（"}<span lang="en">{"Global Reporting Initiative"}</span>{"）"}');
    // Two words, an abbreviation or a product's name stay in the text's own language.
    for (const s of ['联通云（Unicom Cloud）', '5G基站', 'GRI标准', '']) expect(prose(s), s).toBe(JSON.stringify(s).replace(/^/u, '{').replace(/$/u, '}'));
  });
});
