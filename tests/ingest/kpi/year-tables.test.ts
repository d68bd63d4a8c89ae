// Tables of figures by year: the 2022 and 2020 annual results summaries' key accounting figures
// (`近3年的主要会计数据和财务指标`, the bonds section's `公司近2年的主要会计数据和财务指标`), read from the
// real collection; values checked by hand against the text (tests/gold/news-and-white-papers/part-2.yml).
import { describe, expect, it } from 'vitest';
import { captionUnit, extractYearTables, parseYearTable } from '../../../scripts/ingest/kpi/year-tables.ts';
import { readSources } from '../../../scripts/ingest/read-sources.ts';
import { ingest } from '../../../scripts/ingest/main.ts';

const table = (rows: string[][]) => ({ rows, rowLines: rows.map(() => 1) });

describe('captionUnit', () => {
  it('reads the unit a caption names, before the currency', () => {
    expect(captionUnit('单位：元币种：人民币')).toBe('元');
    expect(captionUnit('單位：百萬元')).toBe('百萬元');
    expect(captionUnit('币种：人民币')).toBeNull();
    expect(captionUnit('总资产增加8.7%')).toBeNull();
  });
});

describe('parseYearTable', () => {
  it('reads the year columns, skips the change column between them, and takes units from the name, the values or the caption', () => {
    const rows = parseYearTable(
      table([
        ['', '2022年', '2021年', '本年比上年增减(%)', '2020年'],
        ['总资产', '644,687,027,607', '593,284,479,854', '8.7', '582,475,430,408'],
        ['其中：主营业务收入', '319,348,434,190', '296,153,150,971', '7.8', '275,813,703,657'],
        ['加权平均净资产收益率（%）', '4.67', '4.17', '增加0.50个百分点', '3.73'],
        ['基本每股收益（元／股）', '0.234', '0.206', '13.6', '0.178'],
      ]),
      '元',
    );
    expect(rows?.map((r) => [r.name, r.unit, r.values.map((v) => `${v.year}:${v.raw}`).join(' ')])).toEqual([
      ['总资产', '元', '2022:644,687,027,607 2021:593,284,479,854 2020:582,475,430,408'],
      ['主营业务收入', '元', '2022:319,348,434,190 2021:296,153,150,971 2020:275,813,703,657'],
      ['加权平均净资产收益率', '%', '2022:4.67 2021:4.17 2020:3.73'],
      ['基本每股收益', '元／股', '2022:0.234 2021:0.206 2020:0.178'],
    ]);
  });
  it('gives the caption’s unit to amounts only: a ratio under `单位：元` has none; a value printed with `%` is a percentage', () => {
    const rows = parseYearTable(
      table([
        ['主要指标', '2022年', '2021年', '本期比上年同期增减（%）'],
        ['资产负债率', '46.1%', '43.3%', '2.8个百分点'],
        ['利息保障倍数', '21.8', '14.5', '50.2'],
      ]),
      '元',
    );
    expect(rows?.map((r) => [r.name, r.unit])).toEqual([
      ['资产负债率', '%'],
      ['利息保障倍数', ''],
    ]);
  });
  it('refuses a key-performance table, a performance box, one year, and a row that is not a name over values', () => {
    expect(parseYearTable(table([['指标', '单位', '2022年', '2023年'], ['营业收入', '亿元', '3,549', '3,726']]), null)).toBeNull();
    expect(parseYearTable(table([['责任绩效指标', '2022 年', '2023 年'], ['营业收入（亿元）', '3,549', '3,726']]), null)).toBeNull();
    expect(parseYearTable(table([['', '2022年', '本年比上年增减(%)'], ['总资产', '644,687,027,607', '8.7']]), '元')).toBeNull();
    expect(parseYearTable(table([['', '2022年', '2021年'], ['总资产', '见附注', '593,284,479,854']]), '元')).toBeNull();
    expect(parseYearTable(table([['', '2022年', '2021年'], ['2,000', '644,687,027,607', '593,284,479,854']]), '元')).toBeNull();
  });
});

describe('extractYearTables on the collection', () => {
  const { docs } = ingest(readSources('content/sources').filter((s) => s.id === 'news-and-white-papers'));
  const rowsOf = (id: string) => {
    const doc = docs.find((d) => d.id === id)!;
    return extractYearTables(doc, 'content/sources/news-and-white-papers.txt', () => null);
  };
  it('reads the 2022 annual summary’s key figures under their table’s title, the wrapped name made whole', () => {
    const rows = rowsOf('2022-nian-nian-du-bao-gao-zhai-yao');
    const cell = (name: string, year: number, category?: string) => rows.filter((r) => r.name === name && r.year === year && (!category || r.category === category)).map((r) => `${r.raw} ${r.unit}`);
    expect(cell('营业收入', 2022)).toEqual(['354,943,879,228 元']);
    expect(cell('利润总额', 2020)).toEqual(['15,959,508,916 元']);
    expect(cell('稀释每股收益', 2021)).toEqual(['0.206 元／股']);
    // The bonds section prints the name over a page break; its table repeats the figure.
    expect(cell('归属于上市公司股东的扣除非经常性损益的净利润', 2022, '公司近2年的主要会计数据和财务指标')).toEqual(['6,678,674,090 元']);
    expect(cell('EBITDA全部债务比', 2021)).toEqual(['37.4% %']);
    expect(cell('利息保障倍数', 2022)).toEqual(['21.8 ']);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['近3年的主要会计数据和财务指标', '公司近2年的主要会计数据和财务指标']));
    expect(rows).toHaveLength(11 * 3 + 4 * 2);
  });
  it('reads the 2020 annual summary’s bonds table, printed with no caption: ratios without a unit', () => {
    const rows = rowsOf('2020-nian-nian-du-bao-gao-zhai-yao').filter((r) => r.category === '公司近2年的主要会计数据和财务指标');
    expect(rows.map((r) => `${r.name} ${r.year} ${r.raw} ${r.unit}`)).toEqual([
      '资产负债率 2020 48.82 %',
      '资产负债率 2019 48.33 %',
      'EBITDA全部债务比 2020 0.3321 ',
      'EBITDA全部债务比 2019 0.3494 ',
      '利息保障倍数 2020 7.72 ',
      '利息保障倍数 2019 5.56 ',
    ]);
  });
  it('reads no quarterly report: its columns are periods, not years', () => {
    expect(rowsOf('2022-nian-di-san-ji-du-bao-gao')).toEqual([]);
    expect(rowsOf('2022-nian-di-yi-ji-du-bao-gao')).toEqual([]);
  });
});
