// The shape of a hand-annotated gold outline (`tests/gold/**/*.yml`): what a reader of the source
// finds in it, written from the text and never from the build's output. `npm run eval` measures the
// ingest against these files.
import { z } from 'zod';

/**
 * A place in a source. Reports are many lines: `line` (1-based, as an editor shows it) and a few
 * characters of that line. The collection is one line: `offset` (0-based, in code points, as Python
 * indexes a str) and the text that starts there; the checker finds `text` nearest to `offset`.
 */
export const goldPlaceSchema = z.union([
  z.object({
    /** 1-based line number in the source file. */
    line: z.number().int().min(1),
    /** Characters copied from that line (at least 2), so a shifted line number is caught. */
    text: z.string().min(2),
  }).strict(),
  z.object({
    /** 0-based code-point offset in the one-line source where `text` starts. */
    offset: z.number().int().min(0),
    /** The source's characters from `offset` on (8 to 40 of them), copied exactly. */
    text: z.string().min(8).max(40),
  }).strict(),
]);

export const goldHeadingSchema = z.object({
  /** The heading as printed, without page numbers, icons or running text around it. */
  text: z.string().min(1),
  /** 1 = top-level division of the document (chapter; in a news article its printed sub-headings),
    *  2 = a division inside a level-1 heading (section), 3 = inside a level-2 one (sub-section), 4 = inside a level-3 one, 5 = inside a level-4 one. */
  level: z.number().int().min(1).max(5),
  /** Text of the heading this one sits under (as in its `text`); null at level 1. */
  parent: z.string().nullable(),
  /** Where the heading is printed in the body (not in a contents list). */
  at: goldPlaceSchema,
  /** Optional: how this was decided, where it was not obvious. */
  note: z.string().optional(),
}).strict();

export const goldTableSchema = z.object({
  /** Where the table's first printed cell (its header or caption) stands. */
  at: goldPlaceSchema,
  /** Caption or first header cell, as printed. */
  caption: z.string().optional(),
  /** rows: one record per line; transposed: one field per line, records as columns; side-by-side:
   *  two tables printed next to each other; space-separated: columns aligned with spaces. */
  layout: z.enum(['rows', 'transposed', 'side-by-side', 'space-separated', 'flattened']),
  /** Number of data rows (records) the table prints, excluding header rows. */
  rows: z.number().int().min(0),
  /** True when the table prints key performance indicators (a value per year). */
  kpi: z.boolean(),
}).strict();

export const goldKpiSchema = z.object({
  /** Indicator name as printed (without a footnote digit). */
  name: z.string().min(1),
  /** Unit as printed ('' if none). */
  unit: z.string(),
  /** The year the value is for. */
  year: z.number().int().min(1990).max(2100),
  /** The value exactly as printed (`3,895.9`, `超1,000`, `99.5%`, `AAA`). */
  raw: z.string().min(1),
  /** `table` for a cell of a KPI table, `callout` for a key figure printed in the body. */
  from: z.enum(['table', 'callout']),
  /** Where the value is printed. */
  at: goldPlaceSchema,
}).strict();

export const goldDocumentSchema = z.object({
  /** The document's real title as printed (its headline, cover title), whole. */
  title: z.string().min(1),
  /** The document's own date as it states it: YYYY-MM-DD, YYYY-MM or YYYY; null if it states none. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  /** What the document is. */
  kind: z.enum(['report', 'chapter', 'news', 'series', 'results', 'white-paper', 'board-report', 'announcement', 'speech', 'other']),
  /** Where the document starts (its first printed character: headline, series banner or cover). */
  start: goldPlaceSchema,
  /** Held out: measured, never tuned on (every third document of the collection). */
  heldOut: z.boolean().default(false),
  /** A second printing of a document that appeared earlier in the same source: it should get no page. */
  duplicate: z.boolean().default(false),
  /** Every printed heading of the document, in order. */
  headings: z.array(goldHeadingSchema).default([]),
  /** Every table the document prints. */
  tables: z.array(goldTableSchema).default([]),
  /** Every KPI value the document prints in a KPI table or a key-figure callout. */
  kpis: z.array(goldKpiSchema).default([]),
  /** Optional: anything a later reader of this annotation should know. */
  note: z.string().optional(),
}).strict();

export const goldFileSchema = z.object({
  /** Source id: the file name in content/sources/ without `.txt`. */
  source: z.string().regex(/^[a-z0-9-]+$/),
  /** For a part of the collection: the code-point range [from, to) of the source this file covers
   *  (documents that start in it). */
  range: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
  /** Text the PDF repeats on many pages (running headers, footers, side navigation), as printed. */
  running: z.array(z.string().min(1)).default([]),
  /** The documents, in source order. */
  documents: z.array(goldDocumentSchema).min(1),
}).strict();

export type GoldPlace = z.infer<typeof goldPlaceSchema>;
export type GoldHeading = z.infer<typeof goldHeadingSchema>;
export type GoldTable = z.infer<typeof goldTableSchema>;
export type GoldKpi = z.infer<typeof goldKpiSchema>;
export type GoldDocument = z.infer<typeof goldDocumentSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;
