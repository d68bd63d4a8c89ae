// Small predicates on source lines, shared by the stages that walk lines.
import type { Line } from './types.ts';

/** A line that exists and holds only white space (a paragraph or page break in the PDF text). */
export const isBlankLine = (line: Line | undefined): boolean => line !== undefined && line.text.trim() === '';
