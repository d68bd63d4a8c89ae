// A filing's notes under a table or a paragraph (`注：1.上表数据来源于…`, `注1：反映了加回财务费用…`,
// `附注2：自由现金流反映了…`) run on from the text before them on the collection's line, after its
// last sentence or figure: each note is set apart, as a note is printed, in the smaller type of a caption.
import type { Block } from '../types.ts';
import { escapeRegExp, vocabulary } from '../vocabulary.ts';

const { label, attached } = vocabulary.collection.results.notes;

/** Where a note opens: its label (maybe attached, maybe numbered) right after a sentence's end, a figure, a closing bracket or a percent sign. */
const NOTE = new RegExp(`(?<=[。！？）)\\d%])(?:${escapeRegExp(attached)})?${escapeRegExp(label)}\\d{0,2}[：:]`, 'gu');
/** A paragraph that opens with a note's label. */
const OPENS_NOTE = new RegExp(`^(?:${escapeRegExp(attached)})?${escapeRegExp(label)}\\d{0,2}[：:]`, 'u');

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** Where the note after note `n` opens inside it, whatever ends the note before (`…累计成交量注3：…`). */
const nextNote = (text: string, n: number): number => text.search(new RegExp(`(?:${escapeRegExp(attached)})?${escapeRegExp(label)}${n + 1}[：:]`, 'u'));

/** A paragraph cut before each note it runs into, the notes set in a caption's type. */
export function notesApart(paragraph: Paragraph): Paragraph[] {
  const starts = [...paragraph.text.matchAll(NOTE)].map((m) => m.index);
  // A numbered note runs into the next one: cut there too.
  for (const at of [...starts]) {
    let n = Number(/\d+/u.exec(paragraph.text.slice(at, at + 6))?.[0] ?? NaN);
    let from = at;
    while (Number.isInteger(n)) {
      const next = nextNote(paragraph.text.slice(from + 1), n);
      if (next < 0) break;
      from += 1 + next;
      if (!starts.includes(from)) starts.push(from);
      n += 1;
    }
  }
  const cuts = [0, ...starts.sort((a, b) => a - b), paragraph.text.length];
  return cuts
    .slice(0, -1)
    .map((at, k) => paragraph.text.slice(at, cuts[k + 1]).trim())
    .filter(Boolean)
    .map((text) => ({ ...paragraph, text, ...(OPENS_NOTE.test(text) ? { caption: true as const } : {}) }));
}

/** Blocks with each paragraph's notes set apart. */
export const withFilingNotesApart = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === 'paragraph' && !b.caption ? notesApart(b) : [b]));
