// Reads the catalog the ingest stage wrote, and answers the questions pages ask of it.
import { inWrittenOrder } from './written-order.ts';
import type { CatalogDoc, CatalogSection } from '../../scripts/ingest/output/catalog-schema.ts';
import type { Locale } from './locales.ts';
import { outlineOf } from './contents.ts';

export type { CatalogDoc, CatalogSection };

/** The documents in the order the ingest wrote them (content collection `docs`, validated by its schema). */
export const catalog: readonly CatalogDoc[] = await inWrittenOrder('docs');

/** Documents, latest year first (those stating none last), then by id so the order is stable. */
export const docsByYear = (): CatalogDoc[] =>
  [...catalog].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));

export function docById(id: string): CatalogDoc {
  const doc = catalog.find((d) => d.id === id);
  if (!doc) throw new Error(`unknown document: ${id}`);
  return doc;
}

type Titles = { hans: string; hant: string; en?: string | null };

/** A title in the page's locale; English falls back to Simplified Chinese where untranslated. */
export const localized = (value: Titles, locale: Locale): string => (locale.code === 'en' ? (value.en ?? value.hans) : value[locale.script]);

/** Each document's title in a locale, by its id (the search page's document filter and result labels). */
export const docLabels = (locale: Locale): Record<string, string> => Object.fromEntries(catalog.map((d) => [d.id, localized(d.title, locale)]));

/**
 * Whether a locale's search page carries the documents' names in the page: English does, as its results
 * from the 简体 index are named in English; a Chinese page loads them for its document filter
 * (`/{locale}/search/labels.json`), its results named by their own pages.
 */
export const docLabelsInPage = (locale: Locale): boolean => locale.code === 'en';

/** True where an English page has to show a Chinese title. */
export const untranslated = (value: Titles, locale: Locale): boolean => locale.code === 'en' && !value.en;

export const docUrl = (locale: Locale, doc: string) => `/${locale.code}/reports/${doc}/`;
export const sectionUrl = (locale: Locale, doc: string, section: string) => `/${locale.code}/reports/${doc}/${section}/`;

/** Page `page` (1-based) of a document's full contents: the document page, then `contents/{page}/`. */
export const contentsUrl = (locale: Locale, doc: string, page: number) => (page === 1 ? docUrl(locale, doc) : `${docUrl(locale, doc)}contents/${page}/`);

/** The previous and next section in reading order, if any. */
export function neighbours(doc: CatalogDoc, slug: string): { prev?: CatalogSection; next?: CatalogSection } {
  const i = outlineOf(doc).position.get(slug) ?? -1;
  return { prev: doc.sections[i - 1], next: doc.sections[i + 1] };
}
