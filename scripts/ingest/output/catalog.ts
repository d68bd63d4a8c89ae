// The catalog the site renders from: every document and section, titles in both scripts.
import type { Doc, Section } from '../types.ts';
import { convertDoc } from '../convert-script.ts';
import { blockText } from '../text/blocks.ts';
import { headingLevels } from './emit-mdx.ts';
import { englishSummary, englishTitle, type Translations } from '../translations.ts';
import type { CatalogDoc } from './catalog-schema.ts';

export type { CatalogDoc, CatalogSection, Localized } from './catalog-schema.ts';

/** Builds the catalog entry of a document from its two script versions. */
export function catalogDoc(doc: Doc, hans: Doc, hant: Doc, t: Translations): CatalogDoc {
  return {
    id: doc.id,
    source: doc.source,
    title: { hans: hans.title, hant: hant.title, en: englishTitle(t, doc.id) },
    publisher: { hans: hans.publisher, hant: hant.publisher, en: null },
    abstract: t.docs[doc.id]?.abstract ?? null,
    year: doc.year,
    kind: doc.kind,
    script: doc.script,
    date: doc.date,
    collection: doc.collection,
    sections: doc.sections.map((s, k) => {
      const levels = headingLevels(s.blocks);
      const headings = s.blocks
        .flatMap((b, j) => (b.type === 'heading' ? [{ id: b.id, title: { hans: textOf(hans, k, j), hant: textOf(hant, k, j), en: null } }] : []))
        .map((h, n) => ({ id: h.id, level: levels[n]!, title: h.title }));
      return {
        slug: s.slug,
        title: { hans: hans.sections[k]!.title, hant: hant.sections[k]!.title, en: englishTitle(t, doc.id, s.slug) },
        kind: s.kind,
        chapter: s.chapter,
        lines: s.lines,
        span: s.span ?? null,
        headings,
        excerpt: { hans: excerptOf(hans, k), hant: excerptOf(hant, k) },
        chars: s.blocks.reduce((n, b) => n + blockText(b).length, 0),
        summary: englishSummary(t, doc.id, s.slug),
      };
    }),
  };
}

/** The first paragraph of a section (a table's caption is none), cut at a sentence end near 120 characters. */
function excerptOf(doc: Doc, section: number): string {
  const first = doc.sections[section]!.blocks.find((b) => b.type === 'paragraph' && !b.caption);
  const text = first?.type === 'paragraph' ? first.text : '';
  if (text.length <= 120) return text;
  const cut = text.slice(0, 120);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
  return end >= 40 ? cut.slice(0, end + 1) : `${cut}…`;
}

function textOf(doc: Doc, section: number, block: number): string {
  const b = doc.sections[section]!.blocks[block]!;
  return b.type === 'heading' ? b.text : '';
}

export function bothScripts(doc: Doc): { hans: Doc; hant: Doc } {
  return { hans: convertDoc(doc, 'hans'), hant: convertDoc(doc, 'hant') };
}
