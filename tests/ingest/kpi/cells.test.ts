// The cell grammar of key-performance tables: numbers parse exactly or stay as printed with no value,
// and a number never becomes a name, unit or category. Property tests over the grammar (fast-check),
// and a table cut from the 2024 report with hostile rows run through the real ingest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnreadNumber, isValueCell, parseValue } from '../../../scripts/ingest/kpi/cells.ts';
import { extractKpis, parseKpiTable, repairKpiTable, unreadKpiValues } from '../../../scripts/ingest/kpi/tables.ts';
import { readSources } from '../../../scripts/ingest/read-sources.ts';
import { ingest } from '../../../scripts/ingest/main.ts';

const HEADER = ['类别', '指标', '单位', '2022 年', '2023 年', '2024 年'];

/** `1234567` → `1,234,567`. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

describe('parseValue', () => {
  it.each([
    ['-3.5', -3.5, null],
    ['−12.5%', -12.5, null],
    ['1,234,567', 1234567, null],
    ['1,234.5', 1234.5, null],
    ['1.63:1', 1.63, null],
    ['1.60：1', 1.6, null],
    ['98.31%', 98.31, null],
    ['约 3.5', 3.5, 'approx'],
    ['2000余', 2000, 'over'],
    ['100以上', 100, 'over'],
    ['1500⁺', 1500, 'over'],
    // The 2020 report's supplier box (line 3511): `>99` per cent, over 99.
    ['>99', 99, 'over'],
    ['＞99', 99, 'over'],
  ])('reads %s exactly', (raw, value, qualifier) => expect(parseValue(raw)).toEqual({ value, qualifier }));

  it.each(['1e309', ',', '1,2,3,4', '12,34', '1234,567', ',123', '1,234,', '3.5.1', '--3', '9'.repeat(400)])('does not read %s, which is kept as printed', (raw) => {
    expect(parseValue(raw)).toBeNull();
    expect(isUnreadNumber(raw)).toBe(true);
    expect(isValueCell(raw)).toBe(true);
  });

  it.each(['万户', '%', '男比女', '5G 中频基站总数', 'tCO2e'])('takes %s for words, not a value', (cell) => expect(isValueCell(cell)).toBe(false));

  it('reads every value the grammar prints exactly', () => {
    const printed = fc.record({
      before: fc.constantFrom('', '超', '约', '約', '近', '超 ', '约 ', '>', '＞ '),
      sign: fc.constantFrom('', '-', '−'),
      digits: fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String),
      group: fc.boolean(),
      fraction: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
      suffix: fc.constantFrom('', '%', ':1', ': 1', '：1'),
      after: fc.constantFrom('', '余', '餘', '以上', '⁺', '+'),
    });
    fc.assert(
      fc.property(printed, (p) => {
        const frac = p.fraction === undefined ? '' : `.${p.fraction}`;
        const raw = `${p.before}${p.sign}${p.group ? grouped(p.digits) : p.digits}${frac}${p.suffix}${p.after}`;
        const number = Number(`${p.sign ? '-' : ''}${p.digits}${frac}`);
        const qualifier = p.after || /^[超>＞]/u.test(p.before) ? 'over' : p.before ? 'approx' : null;
        expect(parseValue(raw)).toEqual({ value: number === 0 ? 0 : number, qualifier });
      }),
    );
  });

  it('reads thousands separators only in their proper places', () => {
    // Digits with commas put anywhere: read only when every comma stands before a group of three, counting from the right.
    const commas = fc.tuple(fc.stringMatching(/^[1-9]\d{0,9}$/), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }));
    fc.assert(
      fc.property(commas, ([digits, at]) => {
        const raw = [...digits].map((d, i) => (i > 0 && at[i] ? `,${d}` : d)).join('');
        const proper = raw === digits || raw === grouped(digits);
        expect(parseValue(raw)).toEqual(proper ? { value: Number(digits), qualifier: null } : null);
        if (!proper) expect(isUnreadNumber(raw)).toBe(true);
      }),
    );
  });

  it('gives a finite number or none for any cell', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\d,.\-−eE%:：+⁺超约余 ]{0,12}$/), (raw) => {
        const v = parseValue(raw)?.value ?? null;
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe('a number is never a name, unit or category', () => {
  const cell = fc.oneof(
    fc.constantFrom('', '资产总额', '营业收入', '经营发展', '亿元', '%', '万户', '-', '达标', '超 290', '1,2,3,4', ',', '1e309'),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((n) => String(Math.round(n * 10) / 10)),
  );
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 8 });

  it('parseKpiTable reads no number as a name, unit or category', () => {
    fc.assert(
      fc.property(table, (rows) => {
        for (const r of parseKpiTable([HEADER, ...rows], rows.map((_, i) => i), '经营发展')) {
          expect(isValueCell(r.name) || isValueCell(r.unit) || isValueCell(r.category)).toBe(false);
        }
      }),
    );
  });

  it('repairKpiTable moves no number into the category, name or unit column and keeps every cell', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const { rows: out, repaired } = repairKpiTable([HEADER, ...rows]);
        for (const k of repaired) for (const c of out[k]!.slice(0, 3)) expect(isValueCell(c)).toBe(false);
        const cells = (t: readonly string[][]) => t.flat().filter(Boolean).sort();
        expect(cells(out)).toEqual(cells([HEADER, ...rows]));
      }),
    );
  });
});

describe('tests/fixtures/kpi-numbers through the ingest', () => {
  // The 2024 report's table (lines 3196–3206) with rows printing negative, grouped, unreadable,
  // ratio and qualified numbers, and a row of numbers alone (`5.2 | -3.5 | 2.0`).
  const { docs } = ingest(readSources('tests/fixtures/kpi-numbers'));
  const rows = extractKpis(docs[0]!, 'tests/fixtures/kpi-numbers/fixture-kpi-numbers.txt', () => null);
  const values = (name: string) => rows.filter((r) => r.name === name).map((r) => [r.year, r.raw, r.value, r.qualifier]);

  it('reads every number exactly and keeps the others as printed with no value', () => {
    expect(values('利润增速')).toEqual([[2022, '15.2', 15.2, null], [2023, '-13.5', -13.5, null], [2024, '12.0', 12, null]]);
    expect(values('固网宽带用户到达数')).toEqual([[2022, '1,234,567', 1234567, null], [2023, '1,2,3,4', null, null], [2024, ',', null, null]]);
    expect(values('溢出测试')).toEqual([[2022, '1e309', null, null], [2023, '12', 12, null], [2024, '13', 13, null]]);
    expect(values('男女员工比例')).toEqual([[2022, '1.63:1', 1.63, null], [2023, '1.58: 1', 1.58, null], [2024, '1.60：1', 1.6, null]]);
    expect(values('估算数')).toEqual([[2022, '约 3.5', 3.5, 'approx'], [2023, '2000余', 2000, 'over'], [2024, '100以上', 100, 'over']]);
    expect(values('上标数')).toEqual([[2022, '1500⁺', 1500, 'over'], [2023, '超 290', 290, 'over'], [2024, '−12.5%', -12.5, null]]);
  });

  it('invents no indicator, unit or category from a number and repairs nothing', () => {
    expect(rows.some((r) => isValueCell(r.name) || isValueCell(r.unit) || isValueCell(r.category))).toBe(false);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['经营发展']));
    expect(rows.filter((r) => r.repaired)).toEqual([]);
    expect([...new Set(rows.map((r) => r.name))]).toEqual(['资产总额', '营业收入', '主营业务收入', '利润总额', '利润增速', '固网宽带用户到达数', '溢出测试', '男女员工比例', '估算数', '上标数', '移网出账用户到达数', '宽带网上用户到达数', '物联网终端连接累计到达数']);
  });

  it('lists the unread cells for the build report', () => {
    expect(unreadKpiValues(rows).map((u) => [u.line, u.raw])).toEqual([[11, '1,2,3,4'], [11, ','], [12, '1e309']]);
  });
});
