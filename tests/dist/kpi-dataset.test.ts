// The published KPI dataset against its published JSON Schema, with a real validator (ajv, JSON
// Schema 2020-12, as zod writes it): every row of dist/data/kpis.json, and rows the schema must refuse.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync('dist/data/kpis.schema.json', 'utf8')) as Record<string, unknown>;
const rows = JSON.parse(readFileSync('dist/data/kpis.json', 'utf8')) as Record<string, unknown>[];
const validate = new Ajv2020({ allErrors: true, strict: true }).compile<unknown[]>(schema);

describe('dist/data/kpis.json', () => {
  it(`validates against dist/data/kpis.schema.json, all ${rows.length} rows`, () => {
    const valid = validate(rows);
    expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is refused by the schema when a row is malformed', () => {
    const row = rows[0]!;
    for (const bad of [
      { ...row, value: '3910.4' },
      { ...row, indicator: 'Not An Id' },
      { ...row, qualifier: 'roughly' },
      { ...row, extra: 1 },
      { ...row, source: { file: 'x.txt' } },
    ])
      expect(validate([bad]), JSON.stringify(bad).slice(0, 120)).toBe(false);
  });

  it('holds every table row and the callouts the reports print', () => {
    // Tables: 2024 report 96 indicators × 3 years less one unprinted cell; 2020 report 100 × 3;
    // 2023 ESG chapter 10 × 2 (staff composition, age and education tables), 8 × 2 (staff figures
    // printed transposed) and 13 × 2 (training figures printed side by side).
    // Performance boxes, less the cells that repeat the report's key-performance table: 2020 report
    // 4 × 1 (line 2797), 5 × 3 (3440) and 4 × 3 (3507), of which 國際標準文稿, 行業標準, 申請專利數,
    // 授權專利數 (2020) and 桿路/管道 共建率/共享率 (2018–2020) are the table's (16 cells): 15; 2024 report
    // 4 × 3 (line 753), of which 授权专利数 is the table's (1666, 2287, 1436 件 there, 项 in the table): 9,
    // and 13 × 2 (line 2539): 26; its staff table (names over one row of the year's values, line 2506)
    // 5 × 1, of which 员工总数 and 少数民族员工占比 are the key-performance table's (244955 人, 7.16 %): 3.
    // Results reports' key figures by year (the collection): 2022 annual summary 33 cells of the
    // three-year table and 8 of the two-year one, of which 2 repeat the first table: 39; 2020 annual
    // summary 30 + 6: 36; 2019 annual summary 33 + 6: 39.
    expect(rows.filter((r) => r.from === 'table').length).toBe(287 + 300 + 20 + 16 + 26 + 15 + 9 + 26 + 3 + 39 + 36 + 39);
    // Callouts: the four on source lines 490–510 of the 2024 report among them.
    const callouts = rows.filter((r) => r.from === 'callout').map((r) => r.name);
    for (const name of ['5G 中频基站', '可用低频基站', '4G 中频可用基站', '物联网终端连接数累计到达']) expect(callouts).toContain(name);
  });
});
