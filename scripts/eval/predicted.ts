// The ingest's documents seen as an outline, in the same terms as the gold files: where each
// document starts, its title, date and headings (level and parent), its paragraphs. The one adapter
// between the ingest's types and the evaluation, so the measures do not depend on how pages are cut.
import type { Doc, Section } from '../ingest/types.ts';
import { pageLevel } from '../ingest/report/sections.ts';

export interface PredictedHeading {
  text: string;
  level: number;
  parent: string | null;
  /** Source line (reports) or null where the ingest does not know it (the one-line collection). */
  line: number | null;
}

export interface PredictedDoc {
  id: string;
  source: string;
  title: string;
  date: string | null;
  kind: string;
  /** Reports: first source line. Collection: 0-based code-point offset of the first character, if known. */
  start: number | null;
  /** Collection: 0-based code-point offset just past the document, if known. */
  end: number | null;
  headings: PredictedHeading[];
  /** Every paragraph and list item, page by page (one inner array per page). */
  pages: string[][];
  /** For each of them, whether it opens with a number label set apart in its markup (a note's `5`, a caption's `图3`). */
  labelled?: boolean[][];
  /** Source line of each table (reports). */
  tables: number[];
  /** Collection: code-point offset where each table's first row read in the source is printed (null where none is found as printed). */
  tableAt: (number | null)[];
}

/** Rows whose printing is looked for, first the body's (a header may be rewritten: a group's name repeated). */
const ROWS_LOOKED_FOR = 3;

/** Code-point offset of a UTF-16 offset into `text` (they differ after astral characters). */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Where each table of a collected document is printed (code points): the first of its rows found
 * verbatim (spaces aside) inside the document's span, after the table before it (statements print the
 * same rows). The document's span, not the page's: a page's span may start past what it holds first.
 */
function tableOffsets(doc: Doc, sourceText: string): (number | null)[] {
  const spans = doc.sections.flatMap((s) => (s.span ? [s.span] : []));
  if (!spans.length) return doc.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'table').map(() => null));
  let from = Math.min(doc.start ?? Infinity, ...spans.map((x) => x[0]));
  const until = Math.max(...spans.map((x) => x[1]));
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      if (b.type !== 'table') return [];
      for (const row of [...b.rows.slice(1, 1 + ROWS_LOOKED_FOR), b.rows[0] ?? []]) {
        const printed = row.join('').replace(/\s+/gu, '');
        const at = printed ? sourceText.indexOf(printed, from) : -1;
        if (at >= 0 && at < until) {
          from = at + 1;
          return [codePointOffset(sourceText, at)];
        }
      }
      return [null];
    }),
  );
}

/** The printed heading a page stands for ('' for pages the ingest made up: cover, whole text); a
 *  chapter whose divider prints part of its title (`數字改善人民生活品質`) by the whole title. */
const squash = (t: string) => t.replace(/[\s，,]/gu, '');
const printedHeading = (s: Section) => (s.kind === 'chapter' && s.printed.trim() && squash(s.title).includes(squash(s.printed)) ? s.title.trim() : s.printed.trim());

/**
 * `chapterSource`: the source is one chapter of a report, so its chapter page is the document itself
 * and the outline below it starts at level 1.
 */
export function predictedDoc(doc: Doc, sourceText: string, sourceId: string, chapterSource = false): PredictedDoc {
  const headings: PredictedHeading[] = [];
  const byslug = new Map(doc.sections.map((s) => [s.slug, s]));
  for (const s of doc.sections) {
    const own = printedHeading(s);
    const chapter = s.chapter ? byslug.get(s.chapter) : undefined;
    const chapterHeading = chapter ? printedHeading(chapter) : '';
    let level = 0;
    // A one-page document's page is headed by the document's own title: not a heading inside it.
    if (own && !(doc.sections.length === 1 && own === doc.title.trim())) {
      level = pageLevel(s) === 2 && chapterHeading ? 2 : 1;
      headings.push({ text: own, level, parent: level === 2 ? chapterHeading : null, line: doc.collection ? null : (s.headingLine ?? s.lines[0]) });
    }
    // Headings inside the page: their depth where the ingest knows it, else one below the page; the
    // parent is the nearest heading above with a lower level.
    const stack: { text: string; level: number }[] = own && level ? [{ text: own, level }] : [];
    for (const b of s.blocks) {
      if (b.type !== 'heading') continue;
      const inner = b.depth ?? Math.min(4, level + 1);
      while (stack.length && stack.at(-1)!.level >= inner) stack.pop();
      headings.push({ text: b.text, level: inner, parent: stack.at(-1)?.text ?? null, line: doc.collection ? null : b.line });
      stack.push({ text: b.text, level: inner });
    }
  }
  if (chapterSource && doc.sections.filter((s) => s.kind === 'chapter').length === 1) {
    const own = printedHeading(doc.sections.find((s) => s.kind === 'chapter')!);
    const kept = headings.filter((h) => !(h.level === 1 && h.text === own));
    headings.length = 0;
    for (const h of kept) headings.push({ ...h, level: Math.max(1, h.level - 1), parent: h.parent === own ? null : h.parent });
  }
  const spans = doc.sections.map((s) => s.span).filter((x): x is [number, number] => Boolean(x));
  const start = doc.collection ? (doc.start !== undefined ? codePointOffset(sourceText, doc.start) : null) : Math.min(...doc.sections.map((s) => s.lines[0]));
  const end = doc.collection && spans.length ? codePointOffset(sourceText, Math.max(...spans.map((s) => s[1]))) : null;
  return {
    id: doc.id,
    source: sourceId,
    title: doc.title,
    date: doc.date,
    kind: doc.kind,
    start,
    end,
    headings,
    pages: doc.sections.map((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : []))),
    labelled: doc.sections.map((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [!!b.captionLabel] : b.type === 'list' ? b.items.map(() => false) : []))),
    tables: doc.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'table').map((b) => b.line)),
    tableAt: doc.collection ? tableOffsets(doc, sourceText) : [],
  };
}

