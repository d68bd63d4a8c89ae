// A row name wrapped over a page break, made whole by the name the document prints whole elsewhere
// (the 2022 annual results summary's bonds table: `归属于上市公司股东的扣除` … `非经常性损益的净利润EBITDA全部债务比（%）`).
import { describe, expect, it } from 'vitest';
import { rejoinWrappedNames } from '../../../scripts/ingest/collection/wrapped-names.ts';

const table = (rows: string[][]) => ({ type: 'table' as const, rows, line: 1, rowLines: rows.map(() => 1) });
const whole = '归属于上市公司股东的扣除非经常性损益的净利润';

describe('rejoinWrappedNames', () => {
  it('gives the rest of a wrapped name back to its row', () => {
    const out = rejoinWrappedNames(
      table([
        ['主要指标', '2022年', '2021年'],
        ['归属于上市公司股东的扣除', '6,678,674,090', '6,451,519,911'],
        ['非经常性损益的净利润EBITDA全部债务比（%）', '33.3%', '37.4%'],
      ]),
      new Set([whole]),
    );
    expect(out.rows.map((r) => r[0])).toEqual(['主要指标', whole, 'EBITDA全部债务比（%）']);
  });
  it('leaves a table alone where the next name does not open with the rest, or is the rest alone', () => {
    const apart = table([
      ['', '2022年', '2021年'],
      ['归属于上市公司股东的扣除', '1', '2'],
      ['利息保障倍数', '21.8', '14.5'],
    ]);
    expect(rejoinWrappedNames(apart, new Set([whole]))).toBe(apart);
    const rest = table([
      ['', '2022年', '2021年'],
      ['归属于上市公司股东的扣除', '1', '2'],
      ['非经常性损益的净利润', '3', '4'],
    ]);
    expect(rejoinWrappedNames(rest, new Set([whole]))).toBe(rest);
  });
});
