// The 2024 report's key-performance table (source lines 3199–3299), values checked by hand.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseKpiTable, repairKpiTable } from '../../../scripts/ingest/kpi/tables.ts';
import { parseValue, splitFootnotes } from '../../../scripts/ingest/kpi/cells.ts';
import { kpiRowSchema } from '../../../scripts/ingest/kpi/schema.ts';
import { reportKpis } from './report-kpis.ts';
import { toCsv } from '../../../scripts/data-files.ts';

const HEADER = ['类别', '指标', '单位', '2022 年', '2023 年', '2024 年'];

describe('parseValue', () => {
  it.each([
    ['超 290', 290, 'over'],
    ['达标', null, 'met'],
    ['-', null, null],
    ['1.63: 1', 1.63, null],
    ['38554.0', 38554, null],
    ['1,500余', 1500, 'over'],
  ])('%s', (raw, value, qualifier) => expect(parseValue(raw)).toEqual({ value, qualifier }));
  it('refuses a unit', () => expect(parseValue('万户')).toBeNull());
});

describe('splitFootnotes', () => {
  it('reads superscripts and ^{…} markers, and keeps names that start with digits', () => {
    expect(splitFootnotes('物联网终端连接累计到达数 ⁴')).toEqual({ name: '物联网终端连接累计到达数', notes: [4] });
    expect(splitFootnotes('温室气体排放量 ¹⁰')).toEqual({ name: '温室气体排放量', notes: [10] });
    expect(splitFootnotes('汽油消耗量 ^{8, 9}')).toEqual({ name: '汽油消耗量', notes: [8, 9] });
    expect(splitFootnotes('5G 中频基站总数')).toEqual({ name: '5G 中频基站总数', notes: [] });
  });
});

describe('parseKpiTable', () => {
  it('carries the category printed on a block’s first row', () => {
    const rows = parseKpiTable([HEADER, ['经营发展', '资产总额', '亿元', '6817.0', '7028.2', '7136.2'], ['', '营业收入', '亿元', '3565.6', '3739.9', '3910.4']], [1, 2, 3]);
    expect(rows.map((r) => [r.category, r.name, r.values.map((v) => `${v.year}:${v.raw}`).join(' ')])).toEqual([
      ['经营发展', '资产总额', '2022:6817.0 2023:7028.2 2024:7136.2'],
      ['经营发展', '营业收入', '2022:3565.6 2023:3739.9 2024:3910.4'],
    ]);
  });

  it('repairs rows shifted right (line 3221) and left (lines 3222, 3291) from the header', () => {
    const rows = parseKpiTable(
      [
        HEADER,
        ['', '重保投入', '应急通信保障总次数 ⁵', '次', '672', '160'],
        ['应急通信保障出动人员 ⁵', '', '万人次', '79', '24.2', '34.1'],
        ['报废处置回收额', '亿元', '6.28', '6.55', '6.80', ''],
      ],
      [3220, 3221, 3222, 3291],
      '网络能力',
    );
    expect(rows[0]).toMatchObject({ category: '重保投入', name: '应急通信保障总次数', unit: '次', footnotes: [5], values: [{ year: 2022, raw: '672' }, { year: 2023, raw: '160' }], line: 3221 });
    expect(rows[0]!.repaired).toEqual({ shift: 1, missingYears: true });
    expect(rows[1]).toMatchObject({ category: '重保投入', name: '应急通信保障出动人员', unit: '万人次', values: [{ year: 2022, raw: '79' }, { year: 2023, raw: '24.2' }, { year: 2024, raw: '34.1' }] });
    expect(rows[1]!.repaired).not.toBeNull();
    expect(rows[2]).toMatchObject({ category: '重保投入', name: '报废处置回收额', unit: '亿元', values: [{ year: 2022, raw: '6.28' }, { year: 2023, raw: '6.55' }, { year: 2024, raw: '6.80' }] });
    expect(rows[2]!.repaired).toEqual({ shift: -1, missingYears: false });
  });
});

describe('the 2024 report’s key performance table', () => {
  const { rows, find } = reportKpis('2024-sustainability-report');

  it('holds every cell: 96 indicators × 3 years, less the one 2024 value not printed', () => {
    expect(new Set(rows.map((r) => r.indicator)).size).toBe(96);
    expect(rows).toHaveLength(287);
    expect(z.array(kpiRowSchema).safeParse(rows).success).toBe(true);
  });

  it('has the values the report prints', () => {
    expect(find('营业收入', 2024)).toMatchObject({ category: '经营发展', unit: '亿元', value: 3910.4, raw: '3910.4', source: { line: 3201 } });
    expect(find('4G 中频可用基站数量', 2023)).toMatchObject({ value: 290, qualifier: 'over', raw: '超 290' });
    expect(find('综合满意度', 2024)).toMatchObject({ value: null, qualifier: 'met', raw: '达标' });
    expect(find('有效专利数', 2022)).toMatchObject({ value: null, raw: '-' });
    expect(find('男女员工比例', 2022)).toMatchObject({ value: 1.63, unit: '男比女', raw: '1.63: 1' });
    expect(find('耗水强度', 2024)).toMatchObject({ unit: '吨/万元', value: 40.08 });
    expect(find('汽油消耗量', 2024)!.notes).toMatch(/^8\. 参考 ESG 信息披露要求.*9\. 汽油消耗量/u);
    expect(find('捐赠总额', 2024)).toMatchObject({ category: '社区责任', value: 22954.3, source: { line: 3299 } });
  });

  it('gives each indicator one id for all its years', () => {
    const ids = new Set(rows.filter((r) => r.name === '营业收入').map((r) => r.indicator));
    expect([...ids]).toEqual(['ying-ye-shou-ru']);
  });

  it('writes CSV with a BOM that parses back to the same rows', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFreport,category,indicator,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(rows.length + 1);
  });
});

describe('repairKpiTable', () => {
  // 2024-sustainability-report.txt lines 3199, 3220–3223 as the tab-separated cells they print.
  const rows = [
    ['类别', '指标', '单位', '2022 年', '2023 年', '2024 年'],
    ['', '数据中心机架数', '万架', '36.3', '40.5', '超 42'],
    ['', '重保投入', '应急通信保障总次数 ⁵', '次', '672', '160'],
    ['应急通信保障出动人员 ⁵', '', '万人次', '79', '24.2', '34.1'],
    ['报废处置回收额', '亿元', '6.28', '6.55', '6.80', ''],
  ];
  it('puts each shifted row back in the header’s columns and leaves the others as printed', () => {
    const { rows: out, repaired } = repairKpiTable(rows);
    expect(repaired).toEqual([2, 3, 4]);
    expect(out[1]).toEqual(rows[1]);
    // Shifted right by one, with two of the three years printed (placed as the dataset places them).
    expect(out[2]).toEqual(['重保投入', '应急通信保障总次数 ⁵', '次', '672', '160', '']);
    // The name printed in the category column.
    expect(out[3]).toEqual(['', '应急通信保障出动人员 ⁵', '万人次', '79', '24.2', '34.1']);
    // Shifted left by one.
    expect(out[4]).toEqual(['', '报废处置回收额', '亿元', '6.28', '6.55', '6.80']);
  });
  it('keeps every cell of every row', () => {
    const { rows: out } = repairKpiTable(rows);
    const cells = (t: string[][]) => t.flat().filter(Boolean).sort();
    expect(cells(out)).toEqual(cells(rows));
  });
  it('leaves a row as printed when its cells would not fit the columns', () => {
    const odd = [rows[0]!, ['甲', '乙', '丙', '丁', '万户', '1', '2']];
    expect(repairKpiTable(odd)).toEqual({ rows: odd, repaired: [] });
  });
});
