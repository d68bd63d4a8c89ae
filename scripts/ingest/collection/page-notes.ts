// A white paper prints numbered notes at the foot of its pages (`15资料来源：中国移动，…16备注：ToV指…`).
// On the collection's one line they run on from the page's last words, which the page break may have
// cut inside a word, up to the next page's running header, and the page goes on after it
// (`…打造多个行业领` + notes + header + `先示范项目。`). Read where the headers stand, the notes are taken out of
// the sentence: it is whole again, and the notes follow it as paragraphs of their own.
import type { Block } from '../types.ts';
import { alternation, classMembers, vocabulary } from '../vocabulary.ts';
import { joinedAcross } from './captions.ts';
import { figureDigits } from '../note-markers.ts';

/** A note: its number and its text after the number (`资料来源：中国移动`). */
export interface PageNote {
  n: number;
  text: string;
}

/** The notes a page prints at its foot, and the characters they take on the line, as printed. */
export interface PageNotes {
  printed: string;
  notes: PageNote[];
}

const LABEL = `(?:${alternation(vocabulary.collection.pageNotes)})[：:]`;
/**
 * A note printed without a label: an address (`2https://news…`) or words (`1人口数按141175万计算`, `1利益相关方指…`),
 * not a figure's digits (`2019年`, `8月10日`, `14号线`, `8个地区`).
 */
const UNLABELLED = `(?:https?:|www\\.|(?![${classMembers(vocabulary.collection.notNoteAfter)}])\\p{Script=Han})`;
/** How far before its notes the page prints the marker of an unlabelled note's number. */
const MARKER_REACH = 3000;
/**
 * A note's marker in the text: its number right after a word, a percentage or a closing mark, not a
 * figure's digits (after `第`, before a unit: figureDigits) nor a caption's number (`表1`, `图2`: the
 * labels of the paper's lists of figures and tables).
 */
const FIGURE = figureDigits();
const NOT_BEFORE_MARKER = FIGURE.notAfter + classMembers(vocabulary.collection.captionLists.map((c) => c.label));
const NOT_AFTER_MARKER = FIGURE.notBefore;
const marker = (n: number) => new RegExp(`(?<=[\\p{Script=Han}%A-Za-z”）)])(?<![${NOT_BEFORE_MARKER}])${n}(?![\\d.．A-Za-z]|[${NOT_AFTER_MARKER}])`, 'u');
/** How far before a page's header its notes may start, and the most characters one note holds. */
const NOTES_REACH = 800;
const NOTE_CHARS = 240;
/** A page's notes go on from the last page's, skipping at most this many numbers (notes on a page whose foot was not found). */
const MAX_SKIP = 5;

/**
 * The notes printed right before each running header `headers` finds in `text`, in order (`unlabelled`:
 * a white paper's, which may open with no label). Notes are
 * numbered through the document from 1: a page's first note is the next number, so a number glued to
 * the figure before it (`…超过2300` + `17资料来源：…`) is read whole, and the notes on a page follow one
 * another up to the header.
 */
export function pageNotes(text: string, headers: RegExp, unlabelled = false): PageNotes[] {
  // A paper prints its notes one way: with labels, or (where it prints none with one) without.
  const labelled = notesBefore(text, headers, false);
  return labelled.length || !unlabelled ? labelled : notesBefore(text, headers, true);
}

function notesBefore(text: string, headers: RegExp, unlabelled: boolean): PageNotes[] {
  const found: PageNotes[] = [];
  let next = 1;
  let pageStart = 0;
  for (const m of text.matchAll(headers)) {
    const before = text.slice(Math.max(0, m.index - NOTES_REACH), m.index);
    // An unlabelled note's marker stands on its page: after the header before.
    const page = notesEnding(before, next, found.length === 0 ? 0 : MAX_SKIP, unlabelled ? text.slice(Math.max(pageStart, m.index - MARKER_REACH), m.index) : null);
    pageStart = m.index + m[0].length;
    if (!page) continue;
    found.push(page);
    next = page.notes.at(-1)!.n + 1;
  }
  return found;
}

/**
 * Notes numbered from `first` (up to `skip` more) that run to the end of `text`, or null: each opens with
 * a label (`15资料来源：…`), or, where none does and `context` is given (a white paper's page up to its
 * header), with an address or words, the page printing the first one's marker before them
 * (`…达22.8个1，` … `1人口数按141175万计算2https://…`).
 */
function notesEnding(text: string, first: number, skip: number, context: string | null): PageNotes | null {
  return notesFrom(text, first, skip, LABEL, null) ?? (context === null ? null : notesFrom(text, first, skip, UNLABELLED, context));
}

function notesFrom(text: string, first: number, skip: number, label: string, context: string | null): PageNotes | null {
  for (let n = first; n <= first + skip; n++) {
    // A labelled note's number may be glued to a figure before it; an unlabelled one's is not read so.
    const glued = context === null ? '' : '(?<![\\d.．])';
    const starts = [...text.matchAll(new RegExp(`${glued}${n}(?=${label})`, 'gu'))];
    for (const start of starts.reverse()) {
      // An unlabelled note's number is printed as its marker before it, on its page.
      const before = context === null ? 0 : context.length - (text.length - start.index);
      if (before < 0) continue;
      const page = context?.slice(0, before) ?? '';
      if (context !== null && !marker(n).test(page)) continue;
      const notes: PageNote[] = [];
      let at = start.index;
      for (let k = n; ; k++) {
        const from = at + String(k).length;
        const following = new RegExp(`${glued}${k + 1}(?=${label})`, 'u').exec(text.slice(from));
        const end = following ? from + following.index : text.length;
        notes.push({ n: k, text: text.slice(from, end) });
        if (!following) break;
        at = end;
      }
      // A note is a line or two: no sentence ends inside it (the page's text after a note is no note).
      // The page prints the markers of most of its unlabelled notes (a table's numbered rows have none).
      const marked = context === null || notes.filter((note) => marker(note.n).test(page)).length * 2 >= notes.length;
      if (marked && notes.every((note) => [...note.text].length <= NOTE_CHARS && !/。(?!$)/u.test(note.text))) return { printed: text.slice(start.index), notes };
    }
  }
  return null;
}

type Paragraph = Extract<Block, { type: 'paragraph' }>;

const SENTENCE_END = /[。！？”’）》]$/u;

/**
 * Blocks with each page's notes taken out of the paragraph that holds them: where they cut a sentence
 * (the text before them ends no sentence), the text before and after is one paragraph again and the
 * notes follow it; else they stand between. A paragraph cut inside the notes is joined first.
 */
export function withNotesApart(blocks: readonly Block[], pages: readonly PageNotes[]): Block[] {
  if (pages.length === 0) return [...blocks];
  return joinedAcross(blocks, pages.map((p) => p.printed)).flatMap((b) => (b.type === 'paragraph' && !b.caption ? notesApart(b, pages) : [b]));
}

function notesApart(paragraph: Paragraph, pages: readonly PageNotes[]): Paragraph[] {
  const page = pages.find((p) => paragraph.text.includes(p.printed));
  if (!page) return [paragraph];
  const at = paragraph.text.indexOf(page.printed);
  const before = paragraph.text.slice(0, at);
  const after = paragraph.text.slice(at + page.printed.length);
  const notes = page.notes.map((note): Paragraph => ({ type: 'paragraph', text: `${note.n}${note.text}`, line: paragraph.line, caption: true, captionLabel: String(note.n) }));
  // The text before keeps the paragraph's bold lead-in; the text after the notes opens with none.
  const { lead, ...base } = paragraph;
  const text = (t: string, first: boolean): Paragraph[] => (t.trim() ? notesApart(first && lead ? { ...base, text: t.trim(), lead } : { ...base, text: t.trim() }, pages) : []);
  // The notes cut a sentence: it is whole again, and they follow it.
  if (before.trim() && after.trim() && !SENTENCE_END.test(before)) return [...text(before + after, true), ...notes];
  return [...text(before, true), ...notes, ...text(after, !before.trim())];
}
