import { describe, expect, it } from 'vitest';
import { boldTitlesJoined, cleanLines, findRunningBlocks, toLines, findNamedHeaders } from '../../../scripts/ingest/text/clean.ts';

/** The running side-navigation of the 2024 report (lines 604–616), repeated as on every page spread. */
const NAV = '推进网络向新\n加强新型基础设施建设\n\n推进技术向新\n加快数字技术融合创新\n\n推进服务向新\n加大数实融合发展步伐\n';
const page = (body: string) => `${body}\n\n${NAV}\n`;

describe('findRunningBlocks', () => {
  it('removes navigation repeated in runs and keeps a repeated sub-heading that stands alone', () => {
    // As in the source: the navigation on every spread (20+ times), the sub-heading on a few (5 times).
    const text = [page('2024 年采取的措施\n\n正文甲。'), page('正文一。'), page('2024 年采取的措施\n\n正文乙。'), page('正文二。'), page('正文三。'), page('2024 年采取的措施\n\n正文丙。')].join('');
    const { lines, removed } = cleanLines(toLines(text));
    const kept = lines.map((l) => l.text).filter(Boolean);
    expect(kept).toEqual(['2024 年采取的措施', '正文甲。', '正文一。', '2024 年采取的措施', '正文乙。', '正文二。', '正文三。', '2024 年采取的措施', '正文丙。']);
    expect(removed['running-navigation']!.count).toBe(36);
  });

  it('removes a footer printed one character per line with the page number beside it (2020 report, line 404)', () => {
    const footer = '中\n國\n聯\n通2020\n\n年\n社\n會\n責\n任\n報\n告\n';
    const text = `甲段。\n\n13\n\n${footer}\n乙段。\n\n22\n\n${footer}\n丙段。\n\n南非\n153\n\n33\n\n${footer}`;
    const { lines, removed } = cleanLines(toLines(text));
    expect(lines.map((l) => l.text).filter(Boolean)).toEqual(['甲段。', '乙段。', '丙段。', '南非', '153']);
    expect(removed['page-number']!.samples).toEqual(['13', '22', '33']);
  });

  it('removes the navigation where a page wraps it differently, misprints it or runs it together (2024 report, lines 1409–1425, 1066–1073, 2781–2786)', () => {
    const pages = [1, 2, 3, 4].map((k) => page(`正文${k}。`)).join('');
    const rewrapped = '推进网络向新\n加强新型基础设施\n建设\n\n推进技术向新\n加快数字技术融合\n创新\n\n';
    const misprinted = '推进服务向新\n加大数实融合发展步伐\n\n推进技术向新\n加快数字技术融合创心\n\n';
    const runTogether = '推进网络向新\n加强新型基础设施建设推进技术向新\n加快数字技术融合创新推进服务向新\n加大数实融合发展步伐\n\n';
    // The chapter opener's title printed bold over two lines (line 818) is no navigation: it stays, one line.
    const bold = '**推进服务向新\n加大数实融合发展步伐**\n\n';
    const text = `${pages}甲段。\n\n${rewrapped}乙段。\n\n${misprinted}丙段。\n\n${runTogether}丁段。\n\n${bold}戊段。\n\n建设\n创新\n`;
    const kept = cleanLines(toLines(text)).lines.map((l) => l.text).filter(Boolean);
    expect(kept).toEqual(['正文1。', '正文2。', '正文3。', '正文4。', '甲段。', '乙段。', '丙段。', '丁段。', '推进服务向新 加大数实融合发展步伐', '戊段。', '建设', '创新']);
  });

  it('marks the first line after each navigation block as a page\'s top, and no other line (2024 report, lines 1706–1724)', () => {
    const pages = [1, 2, 3].map((k) => page(`正文${k}。`)).join('');
    const text = `${pages}- 完善节能减排统计监测与报告制度。\n\n\n\n${NAV}\n持续深化共建共享\n\n深化联通电信共建共享\n`;
    const { lines } = cleanLines(toLines(text));
    expect(lines.filter((l) => l.pageTop).map((l) => l.text)).toEqual(['正文2。', '正文3。', '- 完善节能减排统计监测与报告制度。', '持续深化共建共享']);
  });

  it('keeps the blank lines a page prints under its navigation as the page top\'s own spacing (2024 report, lines 1872–1878)', () => {
    const pages = [1, 2, 3].map((k) => page(`正文${k}。`)).join('');
    const text = `${pages}- 加强节水管理。\n\n${NAV}\n\n\n中国联通加快碳管理运营体系建设\n\n赋能低碳生活\n`;
    const top = cleanLines(toLines(text)).lines.find((l) => l.text === '中国联通加快碳管理运营体系建设');
    expect(top?.pageTop).toEqual({ blanks: 3 });
  });

  it('does not treat two repeated lines as a running block', () => {
    expect(findRunningBlocks(toLines('注：\n党组成员\n正文\n注：\n党组成员\n正文二\n注：\n党组成员\n'))).toEqual(new Set());
  });
});

describe('inline artifacts', () => {
  it('removes icon glyphs and stray bold markers and keeps the words', () => {
    const { lines, removed } = cleanLines(toLines('🏠 公司治理\n• **深化党的创新理论研究。**用党的创新理论武装全党'));
    expect(lines.map((l) => l.text)).toEqual(['公司治理', '• 深化党的创新理论研究。用党的创新理论武装全党']);
    expect(removed['icon-glyph']!.count).toBe(1);
    expect(removed['stray-markdown']!.count).toBe(2);
  });

  it('keeps the words a line prints in bold at its start as its lead-in (2024 report lines 268, 696; 2020 chapter line 152)', () => {
    const { lines } = cleanLines(toLines('• **深化党的创新理论研究。**用党的创新理论武装全党\n- **新一代移动通信**：承担国家重点研发计划\n- **2020年NPS**客戶口碑滿意度整體趨勢向好，移網提升**5.5**分\n全年製作推出**3376**條視頻\n**推进服务向新'));
    expect(lines.map((l) => l.lead)).toEqual(['深化党的创新理论研究。', '新一代移动通信', '2020年NPS', undefined, undefined]);
  });

  it('takes out the emphasis underscore left between a figure and its unit, counted (2024 report, line 2219)', () => {
    const { lines, removed } = cleanLines(toLines('志愿者组织达\n\n678_个\n\nsnake_case 1_2'));
    expect(lines.map((l) => l.text)).toEqual(['志愿者组织达', '', '678个', '', 'snake_case 1_2']);
    expect(removed['stray-markdown']!.count).toBe(1);
  });

  it('takes out the spaces of a column justified by spacing its characters, counted; two words set apart keep theirs (2020 report, lines 2704, 3768)', () => {
    const { lines, removed } = cleanLines(toLines('參 考 客 服 熱 線 電 話 記\n•全 面 支 持VoLTE、 定 向 語\n辦賽 參賽\n中國聯通品牌標語 5Gn品牌\n陈忠岳 董事长'));
    expect(lines.map((l) => l.text)).toEqual(['參考客服熱線電話記', '•全面支持VoLTE、定向語', '辦賽 參賽', '中國聯通品牌標語 5Gn品牌', '陈忠岳 董事长']);
    expect(removed['letter-spacing']!.count).toBe(14);
  });

  it('keeps line numbers of the source, and marks a line that opened with an icon (a title), not one with a check mark', () => {
    const { lines } = cleanLines(toLines('一\n\n🏠 二\n✓ 三'));
    expect(lines.slice(-2)).toEqual([{ n: 3, text: '二', icon: true }, { n: 4, text: '三' }]);
  });
});

describe('running headers named by the metadata', () => {
  it('takes out a chapter’s title or its report’s name beside a bare page number, and the number (2023 chapter, lines 40–42 and 552–556)', () => {
    const text = ['升職工生活品質有效銜接。', '', '促進社會共融，服務民生事業', '', '4242', '  紮實推進共享發展', '智慧職場為殘障人士提供居家就業新渠道', '', '54', '', '中國聯通 2023年可持續發展報告', '', '員工總數'].join('\n');
    const { lines, removed } = cleanLines(toLines(text), ['促進社會共融 服務民生事業', '中國聯通 2023年可持續發展報告']);
    expect(lines.map((l) => l.text).filter((t) => t.trim())).toEqual(['升職工生活品質有效銜接。', '  紮實推進共享發展', '智慧職場為殘障人士提供居家就業新渠道', '員工總數']);
    expect(Object.keys(removed).sort()).toEqual(['page-number', 'running-header']);
  });
  it('keeps the title where no page number stands beside it (a cover, a sentence)', () => {
    const text = ['促進社會共融 服務民生事業', '', '中國聯通堅持系統觀念，全面推進城鄉、區域協調發展。'].join('\n');
    expect(findNamedHeaders(toLines(text), ['促進社會共融 服務民生事業']).size).toBe(0);
  });
});

describe('a bold title printed over two lines', () => {
  it('is one line, its phrases set apart by a space as the one-line form prints them (2024 report, lines 818-819)', () => {
    const out = cleanLines(toLines('“数字超级工厂”运营体系\n\n**推进服务向新\n加大数实融合发展步伐**\n\n推进服务向新，加大数实融合发展步伐')).lines;
    expect(out.map((l) => l.text).filter(Boolean)).toEqual(['“数字超级工厂”运营体系', '推进服务向新 加大数实融合发展步伐', '推进服务向新，加大数实融合发展步伐']);
    expect(out.find((l) => l.text.startsWith('推进服务向新 '))!.n).toBe(3);
  });

  it('leaves a bold sentence wrapped over two lines, and lines bold on their own, as they are', () => {
    const sentence = toLines('**中国联通持续推动联网通信、算网数智业务协调发展，\n深化产品创新，不断提高服务运营水平。**');
    expect(boldTitlesJoined(sentence)).toEqual(sentence);
    const own = toLines('**推进服务向新**\n**加大数实融合发展步伐**');
    expect(boldTitlesJoined(own)).toEqual(own);
  });
});
