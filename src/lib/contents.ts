// Contents lists that stay small whatever a document's size. A section page shows the chapters and
// the current chapter's sections, each list cut to a window around where the reader is; the document
// page shows the whole list, split into pages of CONTENTS_PAGE_SIZE rows for a very long document.
// Without this, every section page of a document of n sections held n links twice (drawer and
// sidebar): n² bytes for the document, 2.8 MB pages for 10,000 sections.
import type { CatalogDoc, CatalogSection } from './catalog.ts';

/** Rows (chapters and sections) on one page of a document's contents. */
export const CONTENTS_PAGE_SIZE = 500;
/** How many neighbours of the current entry a section page lists on each side. */
export const CONTENTS_RADIUS = 8;
/** How many of its sections a chapter page lists under "Sections in this chapter". */
export const CHAPTER_LIST_SIZE = 50;

/** An entry of a contents list with the entries under it, or a run of entries left out. */
export type ContentsItem =
  | { kind: 'entry'; section: CatalogSection; children: ContentsItem[] }
  | { kind: 'gap'; count: number; /** The first entry left out, to link to where the full list shows it. */ first: CatalogSection };

/** A document's outline, indexed once: top-level entries, each chapter's sections, each slug's position. */
export interface Outline {
  top: CatalogSection[];
  children: Map<string, CatalogSection[]>;
  /** Position of each slug in reading order (doc.sections). */
  position: Map<string, number>;
  /** Rows of the full contents in order: each top-level entry followed by its sections. */
  rows: CatalogSection[];
  /** Position of each slug among the rows. */
  row: Map<string, number>;
  /** Position of each slug in its own list: the top-level entries, or its chapter's sections. */
  index: Map<string, number>;
}

const outlines = new WeakMap<CatalogDoc, Outline>();

/** The outline of a document, built in one pass and kept: every page of the document asks for it. */
export function outlineOf(doc: CatalogDoc): Outline {
  let outline = outlines.get(doc);
  if (outline) return outline;
  const top = doc.sections.filter((s) => s.chapter === null);
  const children = new Map<string, CatalogSection[]>(top.map((s) => [s.slug, []]));
  for (const s of doc.sections) if (s.chapter !== null) children.get(s.chapter)?.push(s);
  const rows = top.flatMap((s) => [s, ...children.get(s.slug)!]);
  outline = {
    top,
    children,
    position: new Map(doc.sections.map((s, i) => [s.slug, i])),
    rows,
    row: new Map(rows.map((s, i) => [s.slug, i])),
    index: new Map([top, ...children.values()].flatMap((list) => list.map((s, i) => [s.slug, i] as const))),
  };
  outlines.set(doc, outline);
  return outline;
}

/** The items within `radius` of index `at`, and the first and last; what lies between becomes a gap. */
export function around(items: readonly CatalogSection[], at: number, radius = CONTENTS_RADIUS, expand: (s: CatalogSection) => ContentsItem[] = () => []): ContentsItem[] {
  const keep = (i: number) => i === 0 || i === items.length - 1 || Math.abs(i - at) <= radius;
  const out: ContentsItem[] = [];
  for (let i = 0; i < items.length; i++) {
    if (keep(i)) {
      out.push({ kind: 'entry', section: items[i]!, children: expand(items[i]!) });
      continue;
    }
    const start = i;
    while (i + 1 < items.length && !keep(i + 1)) i++;
    // A gap of one entry takes as much room as the entry: show the entry.
    out.push(i === start ? { kind: 'entry', section: items[i]!, children: expand(items[i]!) } : { kind: 'gap', count: i - start + 1, first: items[start]! });
  }
  return out;
}

/** The contents a section page shows: the top-level entries around the current one, and under the
 * current chapter its sections around the current section. At most about 4 × (radius + 2) items. */
export function sectionContents(doc: CatalogDoc, current: string, radius = CONTENTS_RADIUS): ContentsItem[] {
  const outline = outlineOf(doc);
  const section = doc.sections[outline.position.get(current) ?? -1];
  if (!section) throw new Error(`${doc.id}: no section ${current}`);
  const chapter = section.chapter ?? section.slug;
  const inChapter = outline.children.get(chapter) ?? [];
  const childAt = section.chapter === null ? 0 : outline.index.get(current)!;
  return around(outline.top, outline.index.get(chapter)!, radius, (s) => (s.slug === chapter ? around(inChapter, childAt, radius) : []));
}

/** How many pages the document's full contents take. */
export const contentsPageCount = (doc: CatalogDoc): number => Math.max(1, Math.ceil(outlineOf(doc).rows.length / CONTENTS_PAGE_SIZE));

/** The page (1-based) of the full contents that lists `slug`. */
export const contentsPageOf = (doc: CatalogDoc, slug: string): number => Math.floor((outlineOf(doc).row.get(slug) ?? 0) / CONTENTS_PAGE_SIZE) + 1;

/** One page of the full contents as a tree; a page that starts inside a chapter repeats the chapter. */
export function contentsPage(doc: CatalogDoc, page: number): ContentsItem[] {
  const { rows } = outlineOf(doc);
  const out: ContentsItem[] = [];
  let parent: (ContentsItem & { kind: 'entry' }) | undefined;
  for (const s of rows.slice((page - 1) * CONTENTS_PAGE_SIZE, page * CONTENTS_PAGE_SIZE)) {
    if (s.chapter === null || !parent) {
      const chapter = s.chapter === null ? s : doc.sections[outlineOf(doc).position.get(s.chapter)!]!;
      parent = { kind: 'entry', section: chapter, children: [] };
      out.push(parent);
      if (chapter === s) continue;
    }
    parent.children.push({ kind: 'entry', section: s, children: [] });
  }
  return out;
}

/** The first sections of a chapter, for its page's "Sections in this chapter"; the rest as one gap. */
export function chapterList(doc: CatalogDoc, chapter: string, size = CHAPTER_LIST_SIZE): ContentsItem[] {
  const sections = outlineOf(doc).children.get(chapter) ?? [];
  const shown: ContentsItem[] = sections.slice(0, size).map((section) => ({ kind: 'entry', section, children: [] }));
  return sections.length > size ? [...shown, { kind: 'gap', count: sections.length - size, first: sections[size]! }] : shown;
}

/** Whether the items list every row of the document (nothing left out, every chapter opened). */
export function listsEverything(doc: CatalogDoc, items: readonly ContentsItem[]): boolean {
  const count = (list: readonly ContentsItem[]): number => list.reduce((n, i) => n + (i.kind === 'entry' ? 1 + count(i.children) : Number.POSITIVE_INFINITY), 0);
  return count(items) === outlineOf(doc).rows.length;
}
