// One point per indicator, report and year: a figure a report prints twice is one row of the dataset,
// the other printing listed in the build report. The fold on small cases, then the built dataset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldRepeatedPrintings, type Printed, type Printing } from '../../../scripts/ingest/kpi/duplicates.ts';
import { joinSeries, seriesKey } from '../../../scripts/ingest/kpi/series.ts';
import type { KpiRow } from '../../../scripts/ingest/kpi/schema.ts';
import { convertText } from '../../../scripts/ingest/convert-script.ts';

const toHans = (s: string) => convertText(s, 'hant', 'hans');
const fold = (printed: Printed[]) => foldRepeatedPrintings(printed, (n) => seriesKey(n, '', toHans).name, (u) => seriesKey('', u, toHans).unit);
const at = (printing: Printing, name: string, unit: string, year: number, raw: string, line: number, category = ''): Printed => ({
  printing,
  row: {
    report: 'r2020', category, indicator: 'x', name, name_en: null, unit, year, value: Number(raw.replace(/^>/, '')), raw, qualifier: null, notes: '',
    source: { file: 'f', line }, from: printing === 'callout' ? 'callout' : 'table', section: null, repaired: null,
  },
});

describe('foldRepeatedPrintings', () => {
  it('keeps a table’s row over a later table’s printing of the same value, and keeps a later table’s other value', () => {
    const { rows, duplicates } = fold([
      at('table', '扣除非经常性损益的净利润', '元', 2022, '6678674090', 1, '近3年的主要会计数据和财务指标'),
      at('table', '扣除非经常性损益的净利润', '元', 2022, '6678674090', 1, '公司近2年的主要会计数据和财务指标'),
      at('table', '利润总额', '元', 2022, '100', 1),
      at('table', '利润总额', '元', 2022, '101', 2),
    ]);
    expect(rows.map((r) => [r.name, r.raw, r.category])).toEqual([
      ['扣除非经常性损益的净利润', '6678674090', '近3年的主要会计数据和财务指标'],
      ['利润总额', '100', ''],
      ['利润总额', '101', ''],
    ]);
    expect(duplicates.map((d) => [d.name, d.from, d.kept.from, d.conflict])).toEqual([['扣除非经常性损益的净利润', 'table', 'table', false]]);
  });

  it('keeps the key-performance table’s row over a box’s, with its category, and lists the box’s', () => {
    const { rows, duplicates } = fold([at('table', '桿路共建率', '%', 2020, '95', 4162, '網絡能力'), at('box', '桿路共建率', '%', 2020, '95', 3444, '攜手友商共贏發展')]);
    expect(rows.map((r) => [r.source.line, r.category])).toEqual([[4162, '網絡能力']]);
    expect(duplicates).toEqual([{ report: 'r2020', year: 2020, name: '桿路共建率', unit: '%', from: 'box', line: 3444, raw: '95', kept: { from: 'table', line: 4162, unit: '%', raw: '95' }, conflict: false }]);
  });

  it('keeps the table’s value where the box prints another, and marks the conflict', () => {
    const { rows, duplicates } = fold([at('table', '行業標準', '項', 2020, '295', 4200), at('box', '行業標準', '項', 2020, '296', 2801)]);
    expect(rows.map((r) => r.raw)).toEqual(['295']);
    expect(duplicates.map((d) => [d.raw, d.kept.raw, d.conflict])).toEqual([['296', '295', true]]);
  });

  it('gives a box’s row the table’s category for a year the table does not print', () => {
    const { rows } = fold([at('table', '管道共建率', '%', 2020, '94', 4166, '網絡能力'), at('box', '管道共建率', '%', 2017, '90', 3448, '攜手友商共贏發展')]);
    expect(rows.map((r) => [r.year, r.category])).toEqual([[2020, '網絡能力'], [2017, '網絡能力']]);
  });

  it('takes the same name and figures under another counting word for the table’s row, other figures for another indicator', () => {
    const table = [at('table', '授权专利数', '项', 2023, '2287', 3228), at('table', '授权专利数', '项', 2024, '1436', 3228)];
    const same = fold([...table, at('box', '授权专利数', '件', 2023, '2287', 755), at('box', '授权专利数', '件', 2024, '1436', 755)]);
    expect(same.rows.map((r) => [r.unit, r.year])).toEqual([['项', 2023], ['项', 2024]]);
    expect(same.duplicates.map((d) => [d.unit, d.kept.unit, d.conflict])).toEqual([['件', '项', false], ['件', '项', false]]);
    // One figure of the row differs: the box's row measures something else, all of it kept.
    const other = fold([...table, at('box', '授权专利数', '件', 2023, '9', 755), at('box', '授权专利数', '件', 2024, '1436', 755)]);
    expect(other.rows.map((r) => [r.unit, r.year])).toEqual([['项', 2023], ['项', 2024], ['件', 2023], ['件', 2024]]);
    expect(other.duplicates).toEqual([]);
  });

  it('keeps the first of two boxes printing one figure', () => {
    const { rows, duplicates } = fold([at('box', '集中採購比率', '%', 2020, '91.4', 3509), at('box', '集中采购比率', '%', 2020, '91.4', 3600)]);
    expect(rows.map((r) => r.source.line)).toEqual([3509]);
    expect(duplicates.map((d) => [d.line, d.kept.from, d.kept.line])).toEqual([[3600, 'box', 3509]]);
  });

  it('folds a callout that repeats a table’s or a box’s cell, and keeps one that differs', () => {
    const { rows, duplicates } = fold([
      at('table', '員工培訓投入', '萬元', 2020, '36486', 4233),
      at('box', '電子化採購比例', '%', 2020, '88', 3515),
      at('callout', '員工培訓投入', '萬元', 2020, '36486', 3114),
      at('callout', '電子化採購比例', '%', 2020, '88', 3490),
      at('callout', '員工培訓投入', '萬元', 2020, '36000', 3120),
    ]);
    expect(rows.map((r) => r.source.line)).toEqual([4233, 3515, 3120]);
    expect(duplicates.map((d) => [d.from, d.line, d.kept.from, d.conflict])).toEqual([['callout', 3114, 'table', false], ['callout', 3490, 'box', false]]);
  });

  it('leaves one point per indicator, report and year after the series are joined', () => {
    const printed = [
      at('table', '桿路共建率', '%', 2020, '95', 4162),
      at('box', '桿路共建率', '%', 2020, '95', 3444),
      at('box', '桿路共建率', '%', 2019, '91', 3444),
      at('callout', '桿路共建率', '%', 2020, '96', 3400),
      at('callout', '培訓率', '%', 2020, '100', 3080),
      at('callout', '培訓率', '%', 2020, '99.4', 3092),
    ];
    const { rows } = joinSeries(fold(printed).rows, toHans, () => null);
    const points = rows.map((r) => `${r.indicator}|${r.report}|${r.year}`);
    expect(new Set(points).size).toBe(points.length);
    expect(rows).toHaveLength(5);
  });
});

describe('the built dataset (.generated/kpis.json, after npm run build or npm run ingest)', () => {
  const rows = JSON.parse(readFileSync('.generated/kpis.json', 'utf8')) as KpiRow[];
  const report = JSON.parse(readFileSync('.generated/build-report.json', 'utf8')) as { kpis: { duplicates: { report: string; line: number; year: number; kept: { line: number } }[]; conflicts: number } };

  it('has no series with two points for the same report and year', () => {
    const seen = new Map<string, number[]>();
    for (const r of rows) seen.set(`${r.indicator}|${r.report}|${r.year}`, [...(seen.get(`${r.indicator}|${r.report}|${r.year}`) ?? []), r.source.line]);
    expect([...seen].filter(([, lines]) => lines.length > 1)).toEqual([]);
  });

  it('lists every printing it folds, each with a row of the dataset kept for it', () => {
    const { duplicates, conflicts } = report.kpis;
    // The 2020 report's boxes repeat 8 indicators of its key-performance table (lines 2799–2805, 3444–3450:
    // 4 + 4 × 3 cells); the 2024 report's box repeats 授权专利数 (line 755, 3 cells); 11 callouts repeat a cell
    // (吸納就業人數 10652, printed among the side-by-side figures at line 2994, is also the table's line 4337;
    // 安全生產培訓次數 93次 at line 3301, read since its label ends the paragraph line above, is the table's line 4323);
    // the 2022 annual results summary's bonds table repeats 扣除非经常性损益的净利润 of its key figures (2 cells);
    // the 2024 report's staff table (line 2507) repeats 员工总数 and 少数民族员工占比 of its appendix (lines 3236, 3238).
    expect(duplicates).toHaveLength(16 + 3 + 11 + 2 + 2);
    expect(conflicts).toBe(0);
    for (const d of duplicates) expect(rows.some((r) => r.report === d.report && r.source.line === d.kept.line && r.year === d.year), JSON.stringify(d)).toBe(true);
  });
});
