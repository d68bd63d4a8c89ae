// The contents a page lists stay small whatever the document's size, and together the pages of the
// full contents list every chapter and section once, in order.
import { describe, expect, it } from 'vitest';
import type { CatalogDoc, CatalogSection } from '../../src/lib/catalog.ts';
import { CONTENTS_PAGE_SIZE, CONTENTS_RADIUS, chapterList, contentsPage, contentsPageCount, contentsPageOf, listsEverything, sectionContents, type ContentsItem } from '../../src/lib/contents.ts';

const section = (slug: string, chapter: string | null, kind: CatalogSection['kind'] = chapter ? 'section' : 'chapter'): CatalogSection => ({
  slug,
  title: { hans: slug, hant: slug, en: null },
  kind,
  chapter,
  lines: [1, 1],
  span: null,
  headings: [],
  excerpt: { hans: '', hant: '' },
  chars: 0,
  summary: null,
});

/** A document of `chapters` chapters of `perChapter` sections each; 0 chapters: `perChapter` top-level sections. */
function doc(chapters: number, perChapter: number): CatalogDoc {
  const sections =
    chapters === 0
      ? Array.from({ length: perChapter }, (_, i) => section(`s${i}`, null, 'section'))
      : Array.from({ length: chapters }, (_, c) => [section(`c${c}`, null), ...Array.from({ length: perChapter }, (_, i) => section(`c${c}-s${i}`, `c${c}`))]).flat();
  return { id: 'd', source: 'd.txt', title: { hans: 'd', hant: 'd', en: null }, publisher: { hans: '', hant: '', en: null }, year: 2024, kind: 'report', script: 'hans', date: null, collection: null, abstract: null, sections };
}

/** Every item of a list, nested ones included, each as its slug or `…n`. */
const flat = (items: readonly ContentsItem[]): string[] => items.flatMap((i) => (i.kind === 'gap' ? [`…${i.count}`] : [i.section.slug, ...flat(i.children)]));

const BOUND = 2 * (2 * CONTENTS_RADIUS + 5);

describe('sectionContents', () => {
  it('lists every chapter and the current chapter’s sections of a report-sized document', () => {
    const report = doc(12, 6);
    const items = sectionContents(report, 'c3-s2');
    expect(flat(items)).toEqual(['c0', 'c1', 'c2', 'c3', 'c3-s0', 'c3-s1', 'c3-s2', 'c3-s3', 'c3-s4', 'c3-s5', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11']);
    expect(listsEverything(report, items)).toBe(false);
    expect(listsEverything(doc(0, 11), sectionContents(doc(0, 11), 's4'))).toBe(true);
  });

  it.each([
    { name: '10,000 top-level sections', big: doc(0, 10_000) },
    { name: '100 chapters of 100 sections', big: doc(100, 100) },
    { name: 'one chapter of 10,000 sections', big: doc(1, 10_000) },
  ])(`$name: every section page lists at most ${BOUND} items`, ({ big }) => {
    let largest = 0;
    for (const s of big.sections) {
      const items = flat(sectionContents(big, s.slug));
      expect(items).toContain(s.slug);
      largest = Math.max(largest, items.length);
    }
    expect(largest).toBeLessThanOrEqual(BOUND);
  });

  it('keeps the first and last entries and the neighbours, and counts what it leaves out', () => {
    const items = flat(sectionContents(doc(0, 100), 's50'));
    const near = Array.from({ length: 2 * CONTENTS_RADIUS + 1 }, (_, i) => `s${50 - CONTENTS_RADIUS + i}`);
    expect(items).toEqual(['s0', `…${50 - CONTENTS_RADIUS - 1}`, ...near, `…${99 - 50 - CONTENTS_RADIUS - 1}`, 's99']);
  });
});

describe('the full contents', () => {
  it.each([
    { name: 'report-sized', big: doc(12, 6) },
    { name: '10,000 top-level sections', big: doc(0, 10_000) },
    { name: 'one chapter of 10,000 sections', big: doc(1, 10_000) },
    { name: '33 chapters of 300 sections', big: doc(33, 300) },
  ])('$name: the pages list every row once, in order, a page at most CONTENTS_PAGE_SIZE rows (and the chapter it starts inside)', ({ big }) => {
    const pages = Array.from({ length: contentsPageCount(big) }, (_, i) => flat(contentsPage(big, i + 1)));
    const rows: string[] = [];
    pages.forEach((page, i) => {
      expect(page.length).toBeLessThanOrEqual(CONTENTS_PAGE_SIZE + 1);
      // A repeated chapter heads a page that starts inside it.
      rows.push(...(rows.includes(page[0]!) ? page.slice(1) : page));
      for (const slug of page.slice(1)) expect(contentsPageOf(big, slug)).toBe(i + 1);
    });
    expect(rows).toEqual(big.sections.map((s) => s.slug));
  });
});

describe('chapterList', () => {
  it('lists a chapter’s first sections and counts the rest', () => {
    expect(flat(chapterList(doc(2, 3), 'c1'))).toEqual(['c1-s0', 'c1-s1', 'c1-s2']);
    expect(flat(chapterList(doc(1, 10_000), 'c0', 50))).toEqual([...Array.from({ length: 50 }, (_, i) => `c0-s${i}`), '…9950']);
  });
});
