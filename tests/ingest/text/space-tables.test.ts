// The 2020 report's key performance table (source lines 4116–4339): cells separated by spaces,
// categories on their own lines, footnote digits glued to names, `—` for missing, `：` in ratios.
import { describe, expect, it } from 'vitest';
import { dataRow, sideBySideHeader, tableHeader, tabulateSpaceTables, transposeYearRows } from '../../../scripts/ingest/text/space-tables.ts';
import { joinSeries } from '../../../scripts/ingest/kpi/series.ts';
import { parseKpiTable } from '../../../scripts/ingest/kpi/tables.ts';
import { splitGluedFootnote } from '../../../scripts/ingest/kpi/cells.ts';
import { type KpiRow } from '../../../scripts/ingest/kpi/schema.ts';
import { reportKpis } from '../kpi/report-kpis.ts';
import { convertText } from '../../../scripts/ingest/convert-script.ts';

const lines = (texts: string[], from = 4116) => texts.map((text, i) => ({ n: from + i, text }));

describe('tableHeader and dataRow', () => {
  const header = tableHeader(' 類別 指標 單位 2018年 2019年 2020年')!;
  it('reads the header: unit column and years', () => {
    expect(header).toMatchObject({ unitColumn: 2, years: 3 });
    expect(tableHeader('人員構成 單位 2022年 2023年')).toMatchObject({ unitColumn: 1, years: 2 });
    expect(tableHeader('本報告時間範圍 2020年1月1日至12月31日')).toBeNull();
  });
  it('lays a row out under the header, keeping a unit with a space and every printed value', () => {
    expect(dataRow('單位信息流量能耗5 千克標準煤╱ TB 3.71 3.48 2.83', header)).toEqual(['', '單位信息流量能耗5', '千克標準煤╱ TB', '3.71', '3.48', '2.83']);
    expect(dataRow('5G基站 萬個 — — 38', header)).toEqual(['', '5G基站', '萬個', '—', '—', '38']);
    expect(dataRow('男女員工比例 男比女 1.50：1 1.53：1 1.54：1', header)).toEqual(['', '男女員工比例', '男比女', '1.50：1', '1.53：1', '1.54：1']);
    expect(dataRow('信用評估等級1 級 AAA AAA AAA', header)).toEqual(['', '信用評估等級1', '級', 'AAA', 'AAA', 'AAA']);
  });
  it('refuses prose and rows with too few values', () => {
    expect(dataRow('中國聯通堅持以人為本 把解決廣大員工', header)).toBeNull();
    expect(dataRow('5G基站 萬個 38', header)).toBeNull();
  });
});

describe('tabulateSpaceTables', () => {
  it('turns the table into tab-separated rows, categories included, and stops at prose', () => {
    const out = tabulateSpaceTables(
      lines([' 類別 指標 單位 2018年 2019年 2020年', '經營發展', '資產總額 億元 5403.2 5625 5806.2', '', '營業收入 億元 2908.8 2905.1 3038.4', '', '註：', '1. 為聯合信用評級有限公司…']),
    );
    expect(out.tables).toBe(1);
    expect(out.lines.map((l) => l.text)).toEqual([
      '類別\t指標\t單位\t2018年\t2019年\t2020年',
      '經營發展\t\t\t\t\t',
      '\t資產總額\t億元\t5403.2\t5625\t5806.2',
      '\t營業收入\t億元\t2908.8\t2905.1\t3038.4',
      '',
      '註：',
      '1. 為聯合信用評級有限公司…',
    ]);
    expect(out.lines.map((l) => l.n)).toEqual([4116, 4117, 4118, 4120, 4121, 4122, 4123]);
  });
});

describe('splitGluedFootnote', () => {
  const notes = new Set([1, 2, 3, 4, 5]);
  it('takes a note number glued after a Han character', () => {
    expect(splitGluedFootnote('汽油消耗量5', notes)).toEqual({ name: '汽油消耗量', notes: [5] });
    expect(splitGluedFootnote('信用評估等級1', notes)).toEqual({ name: '信用評估等級', notes: [1] });
  });
  it('takes a note number glued after a unit’s closing bracket (a results report’s operating data)', () => {
    expect(splitGluedFootnote('移动出账用户数（万户）1', notes)).toEqual({ name: '移动出账用户数（万户）', notes: [1] });
    expect(splitGluedFootnote('手机上网总流量(亿MB)9', notes)).toEqual({ name: '手机上网总流量(亿MB)9', notes: [] });
  });
  it('leaves names whose digits are their own', () => {
    expect(splitGluedFootnote('5G基站', notes)).toEqual({ name: '5G基站', notes: [] });
    expect(splitGluedFootnote('城市100M及以上寬帶網絡覆蓋率', notes)).toEqual({ name: '城市100M及以上寬帶網絡覆蓋率', notes: [] });
    expect(splitGluedFootnote('國際互聯帶寬9', notes)).toEqual({ name: '國際互聯帶寬9', notes: [] });
    // A number opening with a zero is no note's (a bond's short name in a results report: `16联通02`, note 2 printed on its page).
    expect(splitGluedFootnote('16联通02', new Set([1, 2]))).toEqual({ name: '16联通02', notes: [] });
  });
  it('leaves a column that numbers its labels with one word (the Global Compact index of the 2020 report)', () => {
    const column = ['人權', '原則1', '原則2', '勞工標準', '原則3', '原則4', '原則10'];
    expect(splitGluedFootnote('原則1', notes, column)).toEqual({ name: '原則1', notes: [] });
    expect(splitGluedFootnote('原則3', notes, column)).toEqual({ name: '原則3', notes: [] });
    expect(splitGluedFootnote('汽油消耗量5', notes, ['汽油消耗量5', '柴油消耗量', '用電量4'])).toEqual({ name: '汽油消耗量', notes: [5] });
    // A reference to a note repeats its number down the column (the HKEX index: A1.3 and A1.4 `見註1`, A2.5 `見註2`).
    expect(splitGluedFootnote('見註1', notes, ['P78', '見註1', '見註1', '見註2', '見註3', '見註3'])).toEqual({ name: '見註', notes: [1] });
  });
});

describe('parseKpiTable on a space-separated table', () => {
  it('reads categories printed on their own rows and headers stacked in one block', () => {
    const rows = parseKpiTable(
      [
        ['人員構成', '單位', '2022年', '2023年'],
        ['市場人員', '%', '50.5', '50.30'],
        ['年齡分佈', '單位', '2022年', '2023年'],
        ['30歲以下員工比例', '%', '14.4', '16.89'],
      ],
      [633, 635, 643, 645],
    );
    expect(rows.map((r) => [r.category, r.name, r.values.map((v) => `${v.year}:${v.raw}`).join(' ')])).toEqual([
      ['人員構成', '市場人員', '2022:50.5 2023:50.30'],
      ['年齡分佈', '30歲以下員工比例', '2022:14.4 2023:16.89'],
    ]);
  });
});

describe('the 2020 report’s key performance table', () => {
  const { rows, find } = reportKpis('2020-social-responsibility-report');

  it('holds every cell: 100 indicators × 3 years over both pages of the table', () => {
    expect(new Set(rows.map((r) => r.name)).size).toBe(100);
    expect(rows).toHaveLength(300);
  });

  it('has the values, units, categories and notes the report prints', () => {
    expect(find('資產總額', 2018)).toMatchObject({ category: '經營發展', unit: '億元', value: 5403.2, source: { line: 4120 } });
    expect(find('5G基站', 2019)).toMatchObject({ category: '網絡能力', value: null, raw: '—' });
    expect(find('5G基站', 2020)).toMatchObject({ value: 38, unit: '萬個' });
    expect(find('汽油消耗量', 2019)).toMatchObject({ category: '低碳發展', unit: '萬噸', value: 4.175, notes: '5. 2018–2020年統計口徑根據有關要求統一調整' });
    expect(find('單位信息流量能耗', 2020)).toMatchObject({ unit: '千克標準煤/TB', value: 2.83 });
    expect(find('男女員工比例', 2020)).toMatchObject({ category: '以人為本', unit: '男比女', value: 1.54, raw: '1.54：1' });
    expect(find('信用評估等級', 2020)).toMatchObject({ category: '社區責任', value: null, raw: 'AAA' });
    expect(find('信用評估等級', 2020)!.notes).toMatch(/^1\. 為聯合信用評級有限公司/u);
    expect(find('捐贈總額', 2020)).toMatchObject({ value: 637.4, unit: '萬元', source: { line: 4339 } });
    expect(find('員工培訓投入', 2018)).toMatchObject({ category: '以人為本', value: 42299, source: { line: 4233 } });
  });
});

describe('joinSeries', () => {
  const row = (report: string, name: string, unit: string, year: number): KpiRow => ({
    report, category: '', indicator: 'x', name, name_en: null, unit, year, value: 1, raw: '1', qualifier: null, notes: '', source: { file: 'f', line: 1 }, from: 'table', section: null, repaired: null,
  });
  const toHans = (s: string) => convertText(s, 'hant', 'hans');

  it('joins the same name and unit across scripts and spacing, never across units', () => {
    const { rows, joins, splits } = joinSeries(
      [row('r2024', '营业收入', '亿元', 2024), row('r2020', '營業收入', '億元', 2020), row('r2024', '汽油消耗量', '百万升', 2024), row('r2020', '汽油消耗量', '萬噸', 2020), row('r2024', '30-50 岁员工流失率', '%', 2024), row('r2020', '30–50歲員工流失率', '%', 2020)],
      toHans,
      () => null,
    );
    expect(rows.map((r) => r.indicator)).toEqual(['ying-ye-shou-ru', 'ying-ye-shou-ru', 'qi-you-xiao-hao-liang', 'qi-you-xiao-hao-liang-wan-dun', '30-50-sui-yuan-gong-liu-shi-lv-pct', '30-50-sui-yuan-gong-liu-shi-lv-pct']);
    expect(joins.map((j) => [j.indicator, j.reports.join('+'), j.years.join(',')])).toEqual([
      ['30-50-sui-yuan-gong-liu-shi-lv-pct', 'r2024+r2020', '2020,2024'],
      ['ying-ye-shou-ru', 'r2024+r2020', '2020,2024'],
    ]);
    expect(splits).toEqual([{ name: '汽油消耗量', units: ['百万升', '万吨'], indicators: ['qi-you-xiao-hao-liang', 'qi-you-xiao-hao-liang-wan-dun'] }]);
  });
});

describe('tables stacked under one another (the 2023 chapter, source lines 633–657)', () => {
  it('each header printed again opens a table of its own, two blank lines apart, not a row of the table above', () => {
    const out = tabulateSpaceTables(
      lines(['人員構成 單位 2022年 2023年', '', '市場人員 % 50.5 50.30', '', '管理人員 % 7.7 8.00', '', '年齡分佈 單位 2022年 2023年', '', '30歲以下員工比例 % 14.4 16.89', '', '學歷分佈 單位 2022年 2023年', '', '本科 % 65.5 67.70', '  保障員工合法權益'], 633),
    );
    expect(out.tables).toBe(3);
    expect(out.lines.map((l) => l.text)).toEqual([
      '人員構成\t單位\t2022年\t2023年',
      '市場人員\t%\t50.5\t50.30',
      '管理人員\t%\t7.7\t8.00',
      '',
      '',
      '年齡分佈\t單位\t2022年\t2023年',
      '30歲以下員工比例\t%\t14.4\t16.89',
      '',
      '',
      '學歷分佈\t單位\t2022年\t2023年',
      '本科\t%\t65.5\t67.70',
      '  保障員工合法權益',
    ]);
  });

  it('keeps the same header printed again after a page break one blank line apart: one table, whose repeated header blocks.ts drops', () => {
    const out = tabulateSpaceTables(lines(['人員構成 單位 2022年 2023年', '市場人員 % 50.5 50.30', '', '人員構成 單位 2022年 2023年', '管理人員 % 7.7 8.00'], 633));
    expect(out.lines.map((l) => l.text)).toEqual(['人員構成\t單位\t2022年\t2023年', '市場人員\t%\t50.5\t50.30', '', '人員構成\t單位\t2022年\t2023年', '管理人員\t%\t7.7\t8.00']);
  });
});

describe('two tables printed side by side (the 2023 chapter, source lines 615–631)', () => {
  it('are separated, each with its half of the header; a wrapped name is joined', () => {
    expect(sideBySideHeader('2022年 2023年 2022年 2023年')).toBe(2);
    expect(sideBySideHeader('2022年 2023年 2024年')).toBeNull();
    const out = tabulateSpaceTables(
      lines(
        [
          '2022年 2023年 2022年 2023年',
          '',
          '高層管理人員接受培訓的人數（人次） 9,274 8,537 普通員工平均參加培訓時間（小時） 116 112',
          '',
          '男性員工參加培訓的比例（%） 98.31% 98.5% 高層管理人員參加培訓的比例 (%) 100% 100%',
          '',
          '高層管理人員平均參加培訓時間（小',
          '時） 183 240 普通員工參加培訓的比例 (%) 98.31% 98.35%',
          '',
          '中層管理人員平均參加培訓時間（小',
          '時） 141 171',
          '',
          '人員構成 單位 2022年 2023年',
        ],
        615,
      ),
    );
    const texts = out.lines.map((l) => l.text);
    expect(texts.slice(0, 5)).toEqual([
      '\t2022年\t2023年',
      '高層管理人員接受培訓的人數（人次）\t9,274\t8,537',
      '男性員工參加培訓的比例（%）\t98.31%\t98.5%',
      '高層管理人員平均參加培訓時間（小時）\t183\t240',
      '中層管理人員平均參加培訓時間（小時）\t141\t171',
    ]);
    expect(texts.slice(5, 7)).toEqual(['', '']);
    expect(texts.slice(7, 11)).toEqual([
      '\t2022年\t2023年',
      '普通員工平均參加培訓時間（小時）\t116\t112',
      '高層管理人員參加培訓的比例 (%)\t100%\t100%',
      '普通員工參加培訓的比例 (%)\t98.31%\t98.35%',
    ]);
    expect(texts.at(-1)).toBe('人員構成\t單位\t2022年\t2023年');
  });
});

describe('an index printed with spaces (the 2020 report’s GRI and CASS-CSR indexes, lines 4414–4440, 4749–4760)', () => {
  const lines = (texts: string[]) => texts.map((text, k) => ({ n: k + 1, text }));

  it('lays the codes and pages out in columns, group labels on rows of their own, the header printed again kept as a row', () => {
    const out = tabulateSpaceTables(lines([' 編號 披露頁碼', '組織概況', '', '102-1 P6', '', '102-5 P6、9', '', '102-7 P6、57、78', '', '編號 披露頁碼', '102-8 P57、78', '', 'GRI201：經濟績效', '管理方法 P44–46', '', '201-1 P77', '', '本報告以中文繁體版本發佈。']));
    const texts = out.lines.map((l) => l.text).filter(Boolean);
    expect(texts).toEqual(['編號\t披露頁碼', '組織概況\t', '102-1\tP6', '102-5\tP6、9', '102-7\tP6、57、78', '編號\t披露頁碼', '102-8\tP57、78', 'GRI201：經濟績效\t', '管理方法\tP44–46', '201-1\tP77', '本報告以中文繁體版本發佈。']);
    expect(out.tables).toBe(1);
  });

  it('starts another table at another header, and needs four rows', () => {
    const out = tabulateSpaceTables(lines(['編號 披露頁碼', '419-1 P24', '419-2 P25', '419-3 P26', '419-4 P27', '', '指標名稱 披露頁碼', 'P1.1 P72–76', 'P1.2 P79', 'P1.3 P79', 'P2.1 P4–5']));
    expect(out.tables).toBe(2);
    expect(tabulateSpaceTables(lines(['歐洲 亞洲', '1 2', '3 4'])).tables).toBe(0);
  });

  it('starts another table where the header printed again is followed by codes numbered from the start again (lines 5114-5124: the HKEx index after the CASS index)', () => {
    const out = tabulateSpaceTables(lines(['指標名稱 披露頁碼', '（A1） P73', '', '（A2） P77–78', '', '指標名稱 披露頁碼', '（A5） P80–82', '', '（A6） P83', '', '指標名稱 披露頁碼', 'A1 P46–47、78', '', 'A1.1 P78', '', 'A1.2 P78', '', 'A1.3 見註1']));
    expect(out.tables).toBe(2);
    // The same header over the same numbering going on is one table (above: `（A2）`, then `（A5）`).
    expect(out.lines.map((l) => l.text).filter(Boolean).slice(0, 6)).toEqual(['指標名稱\t披露頁碼', '（A1）\tP73', '（A2）\tP77–78', '指標名稱\t披露頁碼', '（A5）\tP80–82', '（A6）\tP83']);
  });
});

describe('a table printed transposed (the 2023 chapter’s staff figures, lines 558–587)', () => {
  const lines = (texts: string[]) => texts.map((text, k) => ({ n: k + 558, text }));
  const source = ['員工總數', '（人）', '', '中國大陸', '員工數（人）', '', '科創人才', '佔比', '', '男女員工', '比例', '', '（男比女）', '', '2022年 244,658 243,586 30% 1.63:1', '', '2023年 242,891 241,735 40% 1.62:1', '', '加強能力培養'];

  it('becomes a key-performance table: one row per indicator, its unit out of the brackets, a value per year', () => {
    const { lines: out, edits } = transposeYearRows(lines(source), () => '單位');
    expect(out.map((l) => l.text).filter(Boolean)).toEqual([
      '\t單位\t2022年\t2023年',
      '員工總數\t人\t244,658\t242,891',
      '中國大陸員工數\t人\t243,586\t241,735',
      '科創人才佔比\t\t30%\t40%',
      // As the 2020 report's table prints it: the ratio's unit is 男比女 (men to women).
      '男女員工比例\t男比女\t1.63:1\t1.62:1',
      '加強能力培養',
    ]);
    // Each row keeps the line its name is printed on; what changed is counted.
    expect(out.find((l) => l.text.startsWith('中國大陸'))?.n).toBe(561);
    expect(edits).toEqual({ added: ['單位'], removed: ['（）', '（）', '（）'] });
  });

  it('leaves year rows alone when the names above them do not match their values', () => {
    const texts = ['正文一段。', '', '2022年 1 2 3', '2023年 4 5 6'];
    expect(transposeYearRows(lines(texts), () => '單位').lines.map((l) => l.text)).toEqual(texts);
  });
});

describe('a performance box printed with spaces (the 2020 report, lines 2797–2805, 3440–3450, 3507–3515)', () => {
  const at = (texts: string[], from: number) => texts.map((text, k) => ({ n: from + k, text }));

  it('is laid out as printed, a tab between cells: the label, the years, then each name with its unit and values', () => {
    const out = tabulateSpaceTables(at(['責任績效指標 2018年 2019 2020年', '', '4G室內分佈系統共建率（%） 79 79 65', '', '桿路共建率（%） 91 91 95', '', '管道共享率（%） 96 93 97', ' 山東青島聯通聚焦網絡維護優'], 3440));
    expect(out.tables).toBe(1);
    expect(out.lines.map((l) => [l.n, l.text])).toEqual([
      [3440, '責任績效指標\t2018年\t2019\t2020年'],
      [3442, '4G室內分佈系統共建率（%）\t79\t79\t65'],
      [3444, '桿路共建率（%）\t91\t91\t95'],
      [3446, '管道共享率（%）\t96\t93\t97'],
      [3447, ' 山東青島聯通聚焦網絡維護優'],
    ]);
    // Nothing but the separators changes.
    expect(out.edits).toEqual({ added: [], removed: [] });
  });

  it('reads a one-year box, values over a number (>99) and a label that names the column (指標)', () => {
    expect(tabulateSpaceTables(at(['責任績效指標 2020年', '', '國際標準文稿（篇） 467', '', '授權專利數（項） 518', '  賦能產業數字轉型'], 2797)).lines.map((l) => l.text)).toEqual([
      '責任績效指標\t2020年',
      '國際標準文稿（篇）\t467',
      '授權專利數（項）\t518',
      '  賦能產業數字轉型',
    ]);
    expect(tabulateSpaceTables(at(['指標 2018年 2019年 2020年', '', '本地化供應商比例（%） >99 >99 >99', '', '對供應商的信息核查次數（次） 8135 19072 25653'], 3507)).lines.map((l) => l.text)).toEqual([
      '指標\t2018年\t2019年\t2020年',
      '本地化供應商比例（%）\t>99\t>99\t>99',
      '對供應商的信息核查次數（次）\t8135\t19072\t25653',
    ]);
  });

  it('needs rows of a name with its unit in brackets and a value per year, and years in order', () => {
    const texts = (ts: string[]) => tabulateSpaceTables(at(ts, 1)).lines.map((l) => l.text);
    // A sentence ending on a year, prose after a header, a row without its unit, too few values.
    for (const source of [
      ['• 積極聘用本地化員工，截至 2020年', '本地員工佔比（%） 90'],
      ['責任績效指標 2018年 2019 2020年', '中國聯通積極推動現代數字技術走進千行百業'],
      ['責任績效指標 2018年 2019 2020年', '桿路共建率 91 91 95'],
      ['責任績效指標 2018年 2019 2020年', '桿路共建率（%） 91 95'],
      ['責任績效指標 2020年 2019年', '桿路共建率（%） 91 95'],
      ['2020年', '國際標準文稿（篇） 467'],
    ])
      expect(texts(source)).toEqual(source);
  });
});
