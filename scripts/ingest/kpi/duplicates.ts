// One point per indicator, report and year: a figure a report prints twice (its key-performance table
// and a performance box, or a callout) is one row of the dataset, the other printing listed.
import type { KpiRow } from './schema.ts';

/** How a row is printed, in the order one printing stands for another. */
export type Printing = 'table' | 'box' | 'callout';

export interface Printed {
  row: KpiRow;
  printing: Printing;
}

/** A printing dropped because a row of the dataset stands for it; the build report lists each. */
export interface Duplicate {
  report: string;
  year: number;
  name: string;
  unit: string;
  /** The dropped printing: a table's row printed again by a later table, a box's row or a callout, where it is printed and as printed. */
  from: Printing;
  line: number;
  raw: string;
  /** The row kept for it (a table's row, or a box's for a callout). */
  kept: { from: Exclude<Printing, 'callout'>; line: number; unit: string; raw: string };
  /** The two print different values: the kept row's is the dataset's. */
  conflict: boolean;
}

const sameValue = (a: KpiRow, b: KpiRow) => a.value === b.value && (a.value !== null || a.raw.trim() === b.raw.trim());

/**
 * Folds the printings of one figure into one row, in the order the reports print them otherwise.
 * `nameKey` and `unitKey` compare names and units across scripts and spacing (`seriesKey`).
 *
 * - A box's row of an indicator (name and unit) and year that the report's key-performance table
 *   prints is that table's row printed again: the table's row is kept, with its category, and a
 *   different value in the box is a conflict. Two boxes printing one: the first printed is kept.
 * - A box's row whose name and every figure one row of the table prints under another counting word
 *   (the 2024 report counts patents in 项 in its table, in 件 in its box) is that row printed again.
 * - A box's row of an indicator the table prints for other years takes the table's category.
 * - A table's row that an earlier table of the report prints (same indicator, year and value: a results
 *   report's bonds section repeats a key figure) is that row printed again; a different value is kept.
 * - A callout that repeats a table's or box's cell (same indicator, year and value) is that cell.
 *   A callout that differs is kept: `joinSeries` makes it a series of its own.
 */
export function foldRepeatedPrintings(
  printed: readonly Printed[],
  nameKey: (name: string) => string,
  unitKey: (unit: string) => string,
): { rows: KpiRow[]; duplicates: Duplicate[] } {
  const named = (r: KpiRow) => `${r.report}\u0000${nameKey(r.name)}`;
  const indicator = (r: KpiRow) => `${named(r)}\u0000${unitKey(r.unit)}`;
  const cell = (r: KpiRow) => `${indicator(r)}\u0000${r.year}`;
  // A table's cell printed again by a later table, with the same value: the first printing stands for it.
  const firstTable = new Map<string, KpiRow>();
  const again = new Set<Printed>();
  for (const p of printed) {
    if (p.printing !== 'table') continue;
    const first = firstTable.get(cell(p.row));
    if (!first) firstTable.set(cell(p.row), p.row);
    else if (sameValue(first, p.row)) again.add(p);
  }
  const tables = printed.filter((p) => p.printing === 'table' && !again.has(p)).map((p) => p.row);
  const tableCells = new Map(tables.map((r) => [cell(r), r]));
  const tableCategory = new Map(tables.map((r) => [indicator(r), r.category]));
  // The table's rows by name and year, whatever their unit.
  const tableNamed = new Map<string, KpiRow[]>();
  for (const r of tables) tableNamed.set(`${named(r)}\u0000${r.year}`, [...(tableNamed.get(`${named(r)}\u0000${r.year}`) ?? []), r]);
  // A box's row printed under another counting word is the table's row only when every figure it
  // prints is the figure the table prints for that name and year: the table's row for each year, or none.
  const boxRows = new Map<string, KpiRow[]>();
  for (const p of printed) if (p.printing === 'box') boxRows.set(`${p.row.report}:${p.row.source.line}`, [...(boxRows.get(`${p.row.report}:${p.row.source.line}`) ?? []), p.row]);
  const otherUnit = (row: KpiRow): KpiRow | undefined => {
    const match = (r: KpiRow) => tableNamed.get(`${named(r)}\u0000${r.year}`)?.find((t) => sameValue(t, r));
    const cells = boxRows.get(`${row.report}:${row.source.line}`)!;
    const lines = new Set(cells.map((r) => match(r)?.source.line));
    return lines.size === 1 && !lines.has(undefined) ? match(row) : undefined;
  };

  const duplicates: Duplicate[] = [];
  const drop = (p: Printed, kept: KpiRow, keptFrom: Exclude<Printing, 'callout'>) => {
    duplicates.push({
      report: p.row.report, year: p.row.year, name: p.row.name, unit: p.row.unit, from: p.printing as Exclude<Printing, 'table'>, line: p.row.source.line, raw: p.row.raw,
      kept: { from: keptFrom, line: kept.source.line, unit: kept.unit, raw: kept.raw },
      conflict: !sameValue(p.row, kept),
    });
  };
  // Boxes first (a callout may repeat a box), each against the table and the boxes before it.
  const boxCells = new Map<string, KpiRow>();
  const keptBoxes = new Map<Printed, KpiRow>();
  for (const p of printed) {
    if (p.printing !== 'box') continue;
    const table = tableCells.get(cell(p.row)) ?? otherUnit(p.row);
    const box = boxCells.get(cell(p.row));
    if (table) drop(p, table, 'table');
    else if (box) drop(p, box, 'box');
    else {
      const row = { ...p.row, category: tableCategory.get(indicator(p.row)) ?? p.row.category };
      boxCells.set(cell(row), row);
      keptBoxes.set(p, row);
    }
  }
  const rows: KpiRow[] = [];
  for (const p of printed) {
    if (again.has(p)) drop(p, firstTable.get(cell(p.row))!, 'table');
    else if (p.printing === 'table') rows.push(p.row);
    else if (p.printing === 'box') {
      const row = keptBoxes.get(p);
      if (row) rows.push(row);
    } else {
      const table = tableCells.get(cell(p.row));
      const box = boxCells.get(cell(p.row));
      if (table && sameValue(table, p.row)) drop(p, table, 'table');
      else if (box && sameValue(box, p.row)) drop(p, box, 'box');
      else rows.push(p.row);
    }
  }
  return { rows, duplicates };
}
