// A heading naming a term that its text then opens by defining: glued between a sentence's end and the
// paragraph it heads (`…融合创新。提前布局互联网未来互联网作为继陆海空天之后的第五维空间，…`), its end shows
// where the text names a term of the heading again as the subject of `是` or `作为`
// (collection.yml bodyOpenings.definedBy): prose does not repeat a term of its sentence unbroken.
import type { NumberedItem } from './items.ts';
import { alternation, classMembers, vocabulary } from '../vocabulary.ts';

/** A heading's length, in characters. */
const TITLE = { min: 6, max: 30 };
/** A term named again: at least three characters (`互联网`), at most twelve. */
const TERM = { min: 3, max: 12 };
/** Marks a heading never holds (a sentence's or clause's inside, brackets); one comma may part two phrases. Shared with parallel-subheadings.ts. */
export const NOT_IN_TITLE = /[。！？；：、（）()《》]/u;
/** A term is words: Han characters, Latin letters, digits. */
const WORD = /^[\p{Script=Han}A-Za-z\d]+$/u;
const { definedBy, notDefinedBy } = vocabulary.collection.bodyOpenings;
/** 是 or 作为 after the term, not 是否 (whether: `…在于数字化转型是否真正创造价值`). */
const DEFINED = new RegExp(`^(?!${alternation(notDefinedBy)})(?:${alternation(definedBy)})`, 'u');
/** Each phrase of a heading of two has at least this many characters. */
const MIN_PHRASE = 4;
/** A term holds no function word of prose (`了联通作为…` after `批准了联通的…` is the sentence going on). */
const FUNCTION_WORD = new RegExp(`[${classMembers(vocabulary.collection.parallelSubheadings.neverHold)}]`, 'u');

/** Whether the text at `end` opens by defining a term that `title` names: the term, then 是 or 作为 (`title` ends at `end`). */
function definesTermOf(title: string, text: string, end: number): boolean {
  for (let n = Math.min(TERM.max, title.length); n >= TERM.min; n--) {
    const term = text.slice(end, end + n);
    // The term begins at the heading's end, not inside it: `…离不开算力网络，算` + `力网络是…` repeats `算力网络` across the cut.
    if (WORD.test(term) && !FUNCTION_WORD.test(term) && title.includes(term) && !title.includes(text.slice(end - 1, end + n)) && DEFINED.test(text.slice(end + n))) return true;
  }
  return false;
}

/**
 * Where a heading starting at `from` ends because its text opens by defining a term it names (the
 * shortest such heading, at least `min` characters), or -1. A heading holds no mark but one comma.
 */
export function definedEnd(text: string, from: number, min = TITLE.min): number {
  for (let e = from + min; e <= Math.min(text.length, from + TITLE.max); e++) {
    const title = text.slice(from, e);
    if (NOT_IN_TITLE.test(title) || (title.match(/，/gu)?.length ?? 0) > 1) return -1;
    if ((title.match(/“/gu)?.length ?? 0) !== (title.match(/”/gu)?.length ?? 0) || title.split('，').some((part) => [...part].length < MIN_PHRASE)) continue;
    if (definesTermOf(title, text, e)) return e;
  }
  return -1;
}

/** The headings at sentences' starts (`starts`) whose text opens by defining a term they name. */
export function definingHeadings(text: string, starts: Iterable<number>): NumberedItem[] {
  const found: NumberedItem[] = [];
  for (const p of starts) {
    const end = definedEnd(text, p);
    if (end > 0) found.push({ at: p, heading: text.slice(p, end) });
  }
  return found;
}
