// Box titles printed side by side: a report's chapter opener sets the year's measures beside the next
// year's actions, and the extraction prints both titles on one line.
import type { Block } from '../types.ts';
import { vocabulary } from '../vocabulary.ts';

/** A box title opening with a year (`2020年採取的措施`, `2024 年采取的措施`). */
const YEAR_TITLE = `\\d{4}\\s*${vocabulary.grammar.dates.year}\\S{2,12}`;
const SIDE_BY_SIDE = new RegExp(`^\\s*(${YEAR_TITLE})\\s+(${YEAR_TITLE})\\s*$`, 'u');

/**
 * Two box titles printed side by side on one line, the year's measures and the next year's actions
 * (`2020年採取的措施 2021年將採取的行動`): the two titles, or null. The second year follows the first.
 */
export function sideBySideTitles(text: string): [string, string] | null {
  const m = SIDE_BY_SIDE.exec(text);
  if (!m) return null;
  const [a, b] = [m[1]!, m[2]!].map((t) => Number(t.slice(0, 4)));
  return b === a! + 1 ? [m[1]!, m[2]!] : null;
}

const ONE_TITLE = new RegExp(`^\\s*${YEAR_TITLE}\\s*$`, 'u');

/** The year a box title alone on its line opens with (`2024 年采取的措施` → 2024), or null. */
export const yearBoxTitle = (text: string): number | null => (ONE_TITLE.test(text) ? Number(text.trim().slice(0, 4)) : null);

/** How many lines apart the two boxes of a pair may stand. */
const PAIR_LINES = 24;

/**
 * Whether line `i` titles one of a pair of boxes printed one after the other, the year's measures and
 * the next year's actions (`2024 年采取的措施` … `2025 年将采取的行动`): its year and the year after or
 * before open another title within a few lines.
 */
export function pairedYearBox(textAt: (k: number) => string | undefined, i: number): boolean {
  const year = yearBoxTitle(textAt(i) ?? '');
  if (year === null) return false;
  for (let k = i - PAIR_LINES; k <= i + PAIR_LINES; k++) {
    const other = yearBoxTitle(textAt(k) ?? '');
    if (other === year + 1 || other === year - 1) return true;
  }
  return false;
}

/**
 * Two box titles printed side by side (`2020年採取的措施 2021年將採取的行動`) over one list: the extraction
 * reads the boxes one after the other, so where the items divide evenly each box holds one half, the
 * first box the first (the 2020 report's 提價值 boxes print 6 and 6). Where they do not, the first box
 * takes the smaller half unless that leaves an item printing a figure in the second: the year's
 * measures report results in figures (`…累計開通5G共享基站38萬站`), the next year's actions print none
 * (the 2020 report's 拓合作 box holds 3 and 4, the 2023 chapter's 5 and 4).
 */
export function splitBoxLists(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const [a, b] = [blocks[k]!, blocks[k + 1]];
    const pair = yearBoxPair(a, b);
    // The chapter's introduction may be printed between the titles and the boxes' list: it goes before the boxes.
    const intro = blocks[k + 2]?.type === 'paragraph' && blocks[k + 3]?.type === 'list' ? blocks[k + 2]! : null;
    const list = blocks[k + (intro ? 3 : 2)];
    if (pair && list?.type === 'list' && list.items.length >= 2) {
      const [first, second] = divideBoxList(list.items);
      out.push(...(intro ? [intro] : []), a, { ...list, items: first }, b!, { ...list, items: second });
      k += intro ? 3 : 2;
    } else out.push(a);
  }
  return out;
}

/** Two headings titling a pair of year boxes: the year's measures, then the next year's actions. */
export function yearBoxPair(a: Block | undefined, b: Block | undefined): boolean {
  const year = a?.type === 'heading' ? yearBoxTitle(a.text) : null;
  return year !== null && b?.type === 'heading' && yearBoxTitle(b.text) === year + 1;
}

/** The items of two year boxes read as one list, divided between them (splitBoxLists says how). */
export function divideBoxList(items: readonly string[]): [string[], string[]] {
  const smaller = Math.floor(items.length / 2);
  const half = items.slice(smaller).some((item) => PRINTS_FIGURE.test(item)) && items.length % 2 === 1 ? smaller + 1 : smaller;
  return [items.slice(0, half), items.slice(half)];
}

/** A result in figures: a number of two or more digits that is no year, or a number with its magnitude or percent
 *  (`38萬站`, `85%`, `685個`); a generation's name (`5G`) is none. */
const PRINTS_FIGURE = /\d{2,}(?!\d|\s*年)|\d\s*(?:%|萬|万|億|亿)/u;
