// The shape of `.generated/catalog.json`: the ingest writes it, the site reads it as a content
// collection (src/content.config.ts) validated by this schema, so the two cannot drift apart.
import { z } from 'zod';

/** A title in both scripts, and in English where the translation file has one (else null: the page shows Chinese, flagged). */
export const localizedSchema = z.object({ hans: z.string(), hant: z.string(), en: z.string().nullable() }).strict();

export const catalogSectionSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    title: localizedSchema,
    kind: z.enum(['chapter', 'section']),
    /** Slug of the chapter this section belongs to, if any. */
    chapter: z.string().nullable(),
    /** First and last source line the section covers. */
    lines: z.tuple([z.number().int(), z.number().int()]),
    /** Characters of the one-line source (collections), 1-based; null for line-based sources. */
    span: z.tuple([z.number().int(), z.number().int()]).nullable(),
    /** The section's headings in order, with their element level (2–5, headingLevels). */
    headings: z.array(z.object({ id: z.string(), level: z.number().int().min(2).max(5), title: localizedSchema }).strict()),
    /** The start of the section's first paragraph in both scripts, for the page description. */
    excerpt: z.object({ hans: z.string(), hant: z.string() }).strict(),
    /** Visible characters of body text, to show reading length and spot empty pages. */
    chars: z.number().int().nonnegative(),
    /** English summary of the page's Chinese text (2–5 sentences), or null where none is written yet. */
    summary: z.string().nullable(),
  })
  .strict();

export const catalogDocSchema = z
  .object({
    /** The `{doc}` of the URL. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The source file it comes from (`content/sources/<source>`). */
    source: z.string(),
    title: localizedSchema,
    publisher: localizedSchema,
    /** The document's year (its date's, its title's, a report's metadata); null where it states none. */
    year: z.number().int().nullable(),
    kind: z.string(),
    /** The script the source prints. */
    script: z.enum(['hans', 'hant']),
    /** The document's own date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null. */
    date: z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/).nullable(),
    /** Id of the collection source it was cut out of, or null. */
    collection: z.string().nullable(),
    /** English abstract, or null. */
    abstract: z.string().nullable(),
    sections: z.array(catalogSectionSchema).min(1),
  })
  .strict();

export type Localized = z.infer<typeof localizedSchema>;
export type CatalogSection = z.infer<typeof catalogSectionSchema>;
export type CatalogDoc = z.infer<typeof catalogDocSchema>;
