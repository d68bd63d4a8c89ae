// What the ingest stage writes under `.generated/`, read as content collections: the section pages
// (MDX under `sections/{script}/{doc}/`), the catalog of documents and the KPI rows, each validated by
// the schema the ingest writes it with, so a build stops on a file that does not match.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { catalogDocSchema } from '../scripts/ingest/output/catalog-schema.ts';
import { kpiRowSchema } from '../scripts/ingest/kpi/schema.ts';

/**
 * Entries of a JSON array keyed by their position (`00000`, `00001`, …), so that the site can read
 * them back in the order the ingest wrote them (KPI rows carry no id of their own).
 */
const inOrder = (text: string) => Object.fromEntries((JSON.parse(text) as unknown[]).map((entry, k) => [String(k).padStart(6, '0'), entry as Record<string, unknown>]));

const sections = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './.generated/sections' }),
  schema: z.object({
    /** Document id, the `{doc}` of the URL. */
    doc: z.string(),
    /** Section slug, the `{section}` of the URL. */
    section: z.string(),
    /** The Chinese script this copy of the section is written in. */
    script: z.enum(['hans', 'hant']),
    title: z.string(),
  }),
});

/** Every document and its sections (`.generated/catalog.json`). */
const docs = defineCollection({ loader: file('.generated/catalog.json', { parser: inOrder }), schema: catalogDocSchema });

/** The KPI dataset's rows (`.generated/kpis.json`, published as `/data/kpis.json`). */
const kpis = defineCollection({ loader: file('.generated/kpis.json', { parser: inOrder }), schema: kpiRowSchema });

export const collections = { sections, docs, kpis };
