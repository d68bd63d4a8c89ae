import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelValueTable, textTable, twoColumnTable } from '../../../scripts/ingest/text/text-tables.ts';
import { cleanLines, toLines } from '../../../scripts/ingest/text/clean.ts';
import { toBlocks } from '../../../scripts/ingest/text/blocks.ts';
import { tabulateSpaceTables } from '../../../scripts/ingest/text/space-tables.ts';
import type { Line } from '../../../scripts/ingest/types.ts';

const lines = (texts: string[]): Line[] => texts.map((text, k) => ({ n: k + 1, text }));

describe('a table printed as text (the 2020 report’s stakeholder table, lines 4019–4115)', () => {
  // As the ingest reads it: the key-performance table below it laid out in columns first.
  const source = tabulateSpaceTables(cleanLines(toLines(readFileSync('content/sources/2020-social-responsibility-report.txt', 'utf8'))).lines).lines;
  const at = source.findIndex((l) => l.n === 4019);
  const table = textTable(source, at)!;

  it('reads its four columns and a row per topic and stakeholder, the lists as the last cells', () => {
    expect(table.rows[0]).toEqual(['實質性議題', '利益相關方', '溝通方式', '對中國聯通的期望']);
    expect(table.rows[1]).toEqual(['加強數字基建', '客戶', '會議\n訪談', '高速流暢的網絡\n創新智能的網絡服務\n邊遠地區高質量的網絡\n網絡信息安全保障']);
    // 提高治理能力 is printed alone over the four stakeholders it spans; 生態環境 prints a dash for its ways.
    expect(table.rows.map((r) => r.slice(0, 2).join('|'))).toEqual([
      '實質性議題|利益相關方',
      '加強數字基建|客戶',
      '加速科技創新|所有相關方',
      '改善服務品質|社區',
      '提高治理能力|股東',
      '|政府',
      '|社會公眾及媒體',
      '|生態環境',
      '攜手員工成長|員工',
      '助力合作共贏|合作夥伴',
      '|同業者',
      '客戶|•訪談、熱線',
    ]);
    expect(table.rows[7]!.slice(1, 3)).toEqual(['生態環境', '—']);
    expect(table.rowLines.slice(0, 3)).toEqual([4019, 4021, 4030]);
  });

  it('counts the bullets it leaves out, and ends before the key-performance table', () => {
    // The source prints 59 bullets on lines 4020–4114 (grep -c '^\s*•').
    expect(table.markers).toHaveLength(59);
    expect(source[table.end]!.text).toMatch(/^\s*類別\t指標/u);
  });

  it('is a table block, and none of its labels is a heading', () => {
    const blocks = toBlocks(source.slice(at - 2, table.end));
    expect(blocks.filter((b) => b.type === 'table')).toHaveLength(1);
    expect(blocks.filter((b) => b.type === 'heading')).toEqual([]);
  });
});

describe('not a table', () => {
  it('words of a diagram set out in a grid, with no lists (2020 report line 1947)', () => {
    expect(textTable(lines(['超高清直播 智慧客服 智慧專線 雲轉播服務 智慧傳媒', '', '智慧場館 全能指揮系統 5G VR娛樂', '', '面向場館與組委會的辦賽服務']), 0)).toBeNull();
  });

  it('three words set apart (a key figure’s phrase), whatever follows', () => {
    expect(textTable(lines(['溫情推出 跨域服務 與跨域產品', '甲乙', '•一', '', '•二', '丙丁', '•三']), 0)).toBeNull();
  });
});

describe('a table of two columns printed as text (the 2020 report’s training table, lines 3055–3076)', () => {
  // As the blocks stage reads it: wrapped lines joined, blank lines as printed.
  const printed = lines([
    '培訓對象 培訓內容',
    '',
    '全集團幹部員工 面向全集團幹部員工共組織11000多期，125萬餘人次相關教育培訓。',
    '',
    '管理人員',
    '分級分類開展專業化能力培訓，組織實施共5期的管理人員輪訓班，累計1300餘人參訓；',
    '選派33名管理人員參加調訓及專業化能力培訓。',
    '',
    '創新人才及各專業人才',
    '',
    '聚焦IT人才和政企創新人才開展「引擎計劃」、「加速器計劃」培訓38期；',
    '',
    '一線員工',
    '面向重點崗位一線員工培訓約6.8萬期，累計培訓306萬餘人次；',
    '',
    '高層管理人員',
    '',
    '培訓率',
  ]);

  it('reads each label and the sentences under it as a row, and ends at a label with no text under it', () => {
    const table = twoColumnTable(printed, 0)!;
    expect(table.rows).toEqual([
      ['培訓對象', '培訓內容'],
      ['全集團幹部員工', '面向全集團幹部員工共組織11000多期，125萬餘人次相關教育培訓。'],
      ['管理人員', '分級分類開展專業化能力培訓，組織實施共5期的管理人員輪訓班，累計1300餘人參訓；選派33名管理人員參加調訓及專業化能力培訓。'],
      ['創新人才及各專業人才', '聚焦IT人才和政企創新人才開展「引擎計劃」、「加速器計劃」培訓38期；'],
      ['一線員工', '面向重點崗位一線員工培訓約6.8萬期，累計培訓306萬餘人次；'],
    ]);
    expect(printed[table.end - 1]!.text).toBe('面向重點崗位一線員工培訓約6.8萬期，累計培訓306萬餘人次；');
    expect(toBlocks(printed).map((b) => b.type)).toEqual(['table', 'paragraph', 'paragraph']);
  });

  it('reads no table under two year boxes’ titles, nor where fewer than three rows follow', () => {
    expect(twoColumnTable(lines(['2020年採取的措施 2021年將採取的行動', '', '管理人員', '分級分類開展專業化能力培訓，組織實施輪訓班；']), 0)).toBeNull();
    expect(twoColumnTable(printed.slice(0, 8), 0)).toBeNull();
  });
});

describe('a table of labels and amounts printed as text (donations: the 2020 report, lines 2016–2027; the 2023 chapter, 212–221)', () => {
  it('reads its two column names, wrapped onto lines of their own, the unit in brackets joining its name', () => {
    const printed = lines([' 捐贈項目', '捐贈金額 ', '', '（萬元）', '', '向定點扶貧地區捐贈（扶貧） 13.3', '', '援助邊疆地區（援藏、援疆） 5.2', '', '其他捐贈（文體、教育、醫衛、公益、環保等） 618.9', '', '合計 637.4', '', ' 開展對外公益捐贈']);
    const table = labelValueTable(printed, 0)!;
    expect(table.rows).toEqual([
      ['捐贈項目', '捐贈金額（萬元）'],
      ['向定點扶貧地區捐贈（扶貧）', '13.3'],
      ['援助邊疆地區（援藏、援疆）', '5.2'],
      ['其他捐贈（文體、教育、醫衛、公益、環保等）', '618.9'],
      ['合計', '637.4'],
    ]);
    expect(printed[table.end]!.text).toBe('');
    expect(printed[table.end + 1]!.text).toBe(' 開展對外公益捐贈');
  });

  it('reads the names printed on one line, and no table where fewer than three rows follow or a name holds a figure', () => {
    const printed = lines(['捐贈項目 捐贈金額（萬元）', '', '定點扶貧捐贈 5.2', '', '援藏援疆投入 0.9', '', '合計 143.6']);
    expect(labelValueTable(printed, 0)?.rows[0]).toEqual(['捐贈項目', '捐贈金額（萬元）']);
    expect(labelValueTable(printed.slice(0, 5), 0)).toBeNull();
    expect(labelValueTable(lines(['2023年對外捐贈 合計', '', '定點扶貧捐贈 5.2', '', '援藏援疆投入 0.9', '', '合計 143.6']), 0)).toBeNull();
  });

  it('leaves the key figures printed right above it as figures (the 2020 report, lines 2013–2027)', () => {
    const printed = lines(['1.08億元 19.1萬次', '', '2020年投入救災資金 救災人員', ' 捐贈項目', '捐贈金額 ', '', '（萬元）', '', '向定點扶貧地區捐贈（扶貧） 13.3', '', '援助邊疆地區（援藏、援疆） 5.2', '', '合計 637.4']);
    expect(toBlocks(printed).map((b) => b.type)).toEqual(['figure', 'figure', 'table']);
  });
});
