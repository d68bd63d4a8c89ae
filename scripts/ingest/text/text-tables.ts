// Tables printed as text, without tabs: a header of column names set apart by spaces, then rows of a
// label line (one or more cells) and lists (one per remaining column), as the 2020 report prints its
// stakeholder table:
//
//   實質性議題 利益相關方 溝通方式 對中國聯通的期望
//   加強數字基建 客戶
//   •會議
//   •訪談
//
//   •高速流暢的網絡
//   …
//   提高治理能力            ← a cell spanning the rows below it
//   股東
//   • 股東大會
//
// The table ends at a paragraph, an indented line (a heading), another table or the end of the section.
import type { Line } from '../types.ts';
import { isIndented } from './join-wrapped-lines.ts';
import { isBlankLine, LIST_MARKS, nextNonBlank } from '../lines.ts';

/**
 * A table's header printed as text: four or more column names of a few words, set apart by spaces
 * (`實質性議題 利益相關方 溝通方式 對中國聯通的期望`). Three such words are as often a key figure's
 * phrase (`溫情推出 跨域服務 與跨域產品`) or a diagram's labels.
 */
const HEADER = /^\s*\p{Script=Han}{2,10}(?:[ \u3000]+\p{Script=Han}{2,10}){3,}\s*$/u;
const BULLET = new RegExp(`^\\s*([${LIST_MARKS}])\\s*`, 'u');
/** A line this long that is not a list item is a paragraph: the table has ended. */
const PROSE_CHARS = 30;
/** Rows with lists a table has at least. */
const MIN_LISTED_ROWS = 2;
const chars = (s: string) => [...s.trim()].length;
/** The cells of a line printed as text, as spaces (ideographic ones too) set them apart. */
const wordsOf = (text: string) => text.trim().split(/[ \u3000]+/u);

export interface TextTable {
  /** Header, then one row per label line; a row's lists are its last cells, one item a line (cellListItems). */
  rows: string[][];
  /** Source line of each row. */
  rowLines: number[];
  /** The bullets printed before the list items, left out of the cells. */
  markers: string[];
  /** Index of the first line after the table. */
  end: number;
}

const isTextTableHeader = (text: string) => HEADER.test(text);

/** The table whose header is line `i`, or null where the lines below are not its rows (a diagram's words). */
export function textTable(lines: readonly Line[], i: number): TextTable | null {
  if (!HEADER.test(lines[i]!.text)) return null;
  const header = wordsOf(lines[i]!.text);
  const width = header.length;
  const rows: { labels: string[]; lists: string[][]; line: number }[] = [];
  const markers: string[] = [];
  let open = false;
  let j = i + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlankLine(line)) {
      open = false;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      if (rows.length === 0) break;
      const row = rows.at(-1)!;
      if (!open) row.lists.push([]);
      open = true;
      row.lists.at(-1)!.push(line.text.slice(bullet[0].length).trim());
      markers.push(bullet[1]!);
      continue;
    }
    if (isIndented(line.text) || line.text.includes('\t') || chars(line.text) >= PROSE_CHARS || HEADER.test(line.text)) break;
    rows.push({ labels: wordsOf(line.text), lists: [], line: line.n });
    open = false;
  }
  // Words of a diagram set out in a grid have no lists: a table's rows mostly do.
  const listed = rows.filter((r) => r.lists.length > 0).length;
  if (listed < MIN_LISTED_ROWS || listed * 2 < rows.length) return null;
  // A row's lists fill its last columns and its label cells the columns before them; a label printed
  // alone, with no lists (`提高治理能力`), is the first column's cell spanning the rows below it.
  // More cells than columns: the last ones share one cell.
  const fit = (cells: string[], room: number, by = ' ') => (cells.length > room ? [...cells.slice(0, room - 1), cells.slice(room - 1).join(by)] : cells);
  const cells = (r: (typeof rows)[number]) => {
    const lists = fit(r.lists.map((items) => items.join('\n')), width - 1, '\n');
    const room = width - lists.length;
    const labels = fit(r.labels, room);
    const out = Array<string>(width).fill('');
    if (lists.length === 0) labels.forEach((c, k) => (out[k] = c));
    else {
      lists.forEach((c, k) => (out[width - lists.length + k] = c));
      labels.forEach((c, k) => (out[room - labels.length + k] = c));
    }
    return out;
  };
  // A first column's cell printed alone over the rows it spans opens the first of them.
  const body: string[][] = [];
  const bodyLines: number[] = [];
  rows.forEach((r, k) => {
    const row = cells(r);
    const above = body.at(-1);
    if (above && rows[k - 1]!.lists.length === 0 && r.lists.length > 0 && row[0] === '' && above.slice(1).every((c) => c === '')) {
      row[0] = above[0]!;
      body.pop();
      bodyLines.pop();
    }
    body.push(row);
    bodyLines.push(r.line);
  });
  return { rows: [header, ...body], rowLines: [lines[i]!.n, ...bodyLines], markers, end: j };
}

// A table of two columns printed as text, as the 2020 report prints its training table: the two
// column names set apart by a space, then each row's label, on its own line or before its text on
// the same line, and its text (sentences or clauses, each ending with its punctuation):
//
//   培訓對象 培訓內容
//   全集團幹部員工 面向全集團幹部員工共組織11000多期，125萬餘人次相關教育培訓。
//   管理人員
//   分級分類開展專業化能力培訓，…；
//   聚焦全面數字化轉型，…；
//
// The table ends at a label with no text under it (a key figure's label), or at any other line.

/** A two-column header: two names of two to six Han characters set apart by a space (no figures: year boxes' titles hold years). */
const TWO_COLUMN_HEADER = /^\s*(\p{Script=Han}{2,6})[ \u3000]+(\p{Script=Han}{2,6})\s*$/u;
/** A row's label: a few words, no sentence's or clause's punctuation, no figure. */
const ROW_LABEL = `[^\\s，。；：、！？\\d%]{2,12}`;
const LABEL_LINE = new RegExp(`^${ROW_LABEL}$`, 'u');
/** A cell's text: a sentence or clause of some length, ending with its punctuation. */
const CELL_TEXT = `.{8,}[。；]`;
const CELL_LINE = new RegExp(`^${CELL_TEXT}$`, 'u');
/** A row printed on one line: its label, a space, its text. */
const LABELLED_LINE = new RegExp(`^(${ROW_LABEL})[ \\u3000]+(${CELL_TEXT})$`, 'u');
/** Rows a two-column table has at least. */
const MIN_TWO_COLUMN_ROWS = 3;

const isTwoColumnHeader = (text: string) => TWO_COLUMN_HEADER.test(text);

/** The two-column table whose header is line `i`, or null where fewer than MIN_TWO_COLUMN_ROWS rows follow it. */
export function twoColumnTable(lines: readonly Line[], i: number): TextTable | null {
  const header = TWO_COLUMN_HEADER.exec(lines[i]!.text);
  if (!header) return null;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let end = i + 1;
  for (let j = nextNonBlank(lines, i); j < lines.length; j = nextNonBlank(lines, end - 1)) {
    const text = lines[j]!.text.trim();
    const one = LABELLED_LINE.exec(text);
    if (one) {
      rows.push([one[1]!, one[2]!]);
      rowLines.push(lines[j]!.n);
      end = j + 1;
      continue;
    }
    if (!LABEL_LINE.test(text)) break;
    // The label's text: the lines right under it (blank lines before them), each a sentence or clause.
    const cell: string[] = [];
    let k = nextNonBlank(lines, j);
    for (; k < lines.length && !isBlankLine(lines[k]) && CELL_LINE.test(lines[k]!.text.trim()); k++) cell.push(lines[k]!.text.trim());
    if (cell.length === 0) break;
    rows.push([text, cell.join('')]);
    rowLines.push(lines[j]!.n);
    end = k;
  }
  if (rows.length < MIN_TWO_COLUMN_ROWS) return null;
  return { rows: [[header[1]!, header[2]!], ...rows], rowLines: [lines[i]!.n, ...rowLines], markers: [], end };
}

// A table of labels and amounts printed as text, as the 2020 report and the 2023 chapter print their
// donations: the two column names, on one line set apart by a space or wrapped onto short lines of
// their own (a unit in brackets on the last), then rows of words, a space and one figure:
//
//    捐贈項目
//   捐贈金額
//   （萬元）
//   向定點扶貧地區捐贈（扶貧） 13.3
//   …
//   合計 637.4

/** A row of a label-and-amount table: words, a space, one figure (`援助邊疆地區（援藏、援疆） 5.2`, `合計 637.4`). */
const LABEL_VALUE_ROW = /^(\S*\p{Script=Han}\S*(?:[ \u3000]+\S*\p{Script=Han}\S*)*)[ \u3000]+(-?\d[\d,]*(?:\.\d+)?%?)$/u;
/** A part of the header: a column's name or its unit in brackets; short, no sentence's punctuation, no figure. */
const HEADER_PART = /^[^\s，。；：！？\d]{2,10}$/u;
/** A unit in brackets, printed under its column's name. */
const UNIT_PART = /^[（(][^（）()]+[)）]$/u;
/** Rows a label-and-amount table has at least. */
const MIN_LABEL_VALUE_ROWS = 3;

/** The label-and-amount table whose header starts at line `i`, or null. */
export function labelValueTable(lines: readonly Line[], i: number): TextTable | null {
  const names: string[] = [];
  let j = i;
  for (; j < lines.length && wordsOf(lines[j]!.text).every((p) => HEADER_PART.test(p)); j = nextNonBlank(lines, j)) {
    for (const part of wordsOf(lines[j]!.text)) {
      if (UNIT_PART.test(part) && names.length > 0) names[names.length - 1] += part;
      else names.push(part);
    }
  }
  if (names.length !== 2) return null;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let end = j;
  for (; j < lines.length; j = nextNonBlank(lines, j)) {
    const row = LABEL_VALUE_ROW.exec(lines[j]!.text.trim());
    if (!row) break;
    rows.push([row[1]!, row[2]!]);
    rowLines.push(lines[j]!.n);
    end = j + 1;
  }
  if (rows.length < MIN_LABEL_VALUE_ROWS) return null;
  return { rows: [names, ...rows], rowLines: [lines[i]!.n, ...rowLines], markers: [], end };
}

/** The table printed as text whose header is line `i`, in any of the layouts above, or null. */
export function textTableAt(lines: readonly Line[], i: number): TextTable | null {
  const text = lines[i]!.text;
  return (isTextTableHeader(text) ? textTable(lines, i) : null) ?? (isTwoColumnHeader(text) ? twoColumnTable(lines, i) : null) ?? labelValueTable(lines, i);
}
