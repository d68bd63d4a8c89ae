// Section pages are MDX files that the ingest stage writes under `.generated/sections/{script}/{doc}/`.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

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

export const collections = { sections };
