// Small predicates on source lines, shared by the stages that walk lines.
import type { Line } from './types.ts';

/** A line that exists and holds only white space (a paragraph or page break in the PDF text). */
export const isBlankLine = (line: Line | undefined): boolean => line !== undefined && line.text.trim() === '';

/** The index of the first line after `i` that prints something (`lines.length` where none does). */
export function nextNonBlank(lines: readonly Line[], i: number): number {
  let k = i + 1;
  while (k < lines.length && isBlankLine(lines[k])) k++;
  return k;
}

/** The index of the last line before `i` that prints something (-1 where none does). */
export function previousNonBlank(lines: readonly Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && isBlankLine(lines[k])) k--;
  return k;
}

/** The marks a printed list opens its items with: bullets, dashes, check boxes, stars. */
export const LIST_MARKS = '-•●▪‧◆■□√–☆';
/** A line that opens a list item: white space, then one of LIST_MARKS. */
export const LIST_ITEM = new RegExp(`^\\s*[${LIST_MARKS}]`, 'u');
