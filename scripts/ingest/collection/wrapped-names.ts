// A row name wrapped over a page break: a results report prints `归属于上市公司股东的扣除` with the row's
// figures, the page's running header, then `非经常性损益的净利润` run into the next row's name
// (`非经常性损益的净利润EBITDA全部债务比（%）`). Where the document prints the whole name as a row of another
// table (`归属于上市公司股东的扣除非经常性损益的净利润` in its key figures), the rest goes back to its row.
import type { Block, Doc } from '../types.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

/** A row name that is shorter than this is not taken for the start of a wrapped one. */
const MIN_START = 4;

/**
 * The table with each wrapped row name made whole: row k's name is the start of a name in `names`
 * (the first cells of the document's tables) and row k + 1's name opens with the rest, and is longer.
 */
export function rejoinWrappedNames(table: TableBlock, names: ReadonlySet<string>): TableBlock {
  const rows = table.rows.map((r) => [...r]);
  let changed = false;
  rows.forEach((cells, k) => {
    const start = cells[0]?.trim() ?? '';
    const next = rows[k + 1];
    if ([...start].length < MIN_START || !next) return;
    for (const whole of names) {
      const rest = whole.slice(start.length);
      if (!whole.startsWith(start) || !rest) continue;
      const following = next[0]!.trim();
      if (!following.startsWith(rest) || following.length === rest.length) continue;
      cells[0] = whole;
      next[0] = following.slice(rest.length);
      changed = true;
      break;
    }
  });
  return changed ? { ...table, rows } : table;
}

/** A document's tables with their wrapped row names made whole by the names its tables print whole. */
export function withWrappedNamesRejoined(doc: Doc): Doc {
  const tables = doc.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.type === 'table'));
  if (tables.length < 2) return doc;
  const names = new Set(tables.flatMap((t) => t.rows.slice(1).map((r) => r[0]?.trim() ?? '')).filter(Boolean));
  return { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => (b.type === 'table' ? rejoinWrappedNames(b, names) : b)) })) };
}
