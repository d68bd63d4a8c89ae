// English titles and abstracts from `content/translations/en.yml`: one schema, coverage reported.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { parseYamlFile } from './yaml-file.ts';
import { SourceError } from './errors.ts';
import type { Doc } from './types.ts';

const sectionTitles = z.record(z.string().regex(/^[a-z0-9-]+$/, 'section slugs are lower-case ASCII'), z.string().trim().min(1));

export const translationsSchema = z
  .object({
    /** Titles that apply to a slug in every document (`cover`, `quan-wen`). */
    common: z.object({ sections: sectionTitles }).strict(),
    docs: z.record(
      z.string(),
      z
        .object({
          /** The document's English title. */
          title: z.string().trim().min(1),
          /** 3–6 sentences written from the source. */
          abstract: z.string().trim().min(1).optional(),
          /** English section titles keyed by section slug. */
          sections: sectionTitles.optional(),
        })
        .strict(),
    ),
    /** KPI names by indicator id, categories and units by their Chinese text. */
    kpis: z.record(z.string().regex(/^[a-z0-9-]+$/), z.object({ name: z.string().trim().min(1) }).strict()).optional(),
    kpiCategories: z.record(z.string(), z.string().trim().min(1)).optional(),
    kpiUnits: z.record(z.string(), z.string().trim().min(1)).optional(),
  })
  .strict();

/**
 * One file of English page summaries (`content/translations/summaries/<doc>.yml`): 2–5 sentences per
 * page, written from its Chinese text, keyed by section slug.
 */
export const summariesSchema = z.record(z.string().regex(/^[a-z0-9-]+$/, 'section slugs are lower-case ASCII'), z.string().trim().min(1, 'must not be empty'));

export type Translations = z.infer<typeof translationsSchema> & {
  /** English summaries by document id and section slug. */
  summaries?: Record<string, Record<string, string>>;
};

export function parseTranslations(file: string, text: string): Translations {
  const { data, lineOf } = parseYamlFile(file, text);
  const result = translationsSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const line = lineOf(issue.path);
  throw new SourceError(file, line, `${issue.path.join('.')}: ${issue.message}`, 'see the comment at the top of the file for its shape');
}

/** Parses one summaries file; errors name the file, the line and the fix. */
export function parseSummaries(file: string, text: string): Record<string, string> {
  const { data, lineOf } = parseYamlFile(file, text);
  const result = summariesSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const line = lineOf(issue.path);
  throw new SourceError(file, line, `${issue.path.join('.') || 'file'}: ${issue.message}`, 'write `<section-slug>: <summary>` entries, one per page');
}

/** The translation file, with the page summaries in the `summaries/` folder beside it. */
export function readTranslations(file: string): Translations {
  const t: Translations = parseTranslations(file, readFileSync(file, 'utf8'));
  const dir = join(dirname(file), 'summaries');
  t.summaries = {};
  if (existsSync(dir))
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.yml')) continue;
      const path = join(dir, name);
      t.summaries[name.slice(0, -'.yml'.length)] = parseSummaries(relative(process.cwd(), path) || path, readFileSync(path, 'utf8'));
    }
  return t;
}

/** The English summary of a page, or null where none is written yet. */
export function englishSummary(t: Translations, doc: string, section: string): string | null {
  return t.summaries?.[doc]?.[section] ?? null;
}

export interface Coverage {
  docs: number;
  docsTranslated: number;
  sections: number;
  sectionsTranslated: number;
  /** `doc` or `doc/section` ids that have no English title. */
  missing: string[];
  /** Keys in the file that name no document or section (left over after a change). */
  orphans: string[];
  /** Pages with an English summary, of `sections`. */
  summaries: number;
  /** `doc/section` ids of pages that have no English summary. */
  summariesMissing: string[];
}

export function englishTitle(t: Translations, doc: string, section?: string): string | null {
  const entry = t.docs[doc];
  if (section === undefined) return entry?.title ?? null;
  return entry?.sections?.[section] ?? t.common.sections[section] ?? null;
}

export function coverage(t: Translations, docs: readonly Doc[]): Coverage {
  const missing: string[] = [];
  let sections = 0;
  let sectionsTranslated = 0;
  for (const d of docs) {
    if (!englishTitle(t, d.id)) missing.push(d.id);
    for (const s of d.sections) {
      sections++;
      if (englishTitle(t, d.id, s.slug)) sectionsTranslated++;
      else missing.push(`${d.id}/${s.slug}`);
    }
  }
  const orphans: string[] = [];
  for (const [id, entry] of Object.entries(t.docs)) {
    const doc = docs.find((d) => d.id === id);
    if (!doc) orphans.push(id);
    else for (const slug of Object.keys(entry.sections ?? {})) if (!doc.sections.some((s) => s.slug === slug)) orphans.push(`${id}/${slug}`);
  }
  for (const [id, pages] of Object.entries(t.summaries ?? {})) {
    const doc = docs.find((d) => d.id === id);
    for (const slug of Object.keys(pages)) if (!doc?.sections.some((s) => s.slug === slug)) orphans.push(`summaries/${id}/${slug}`);
  }
  const summariesMissing = docs.flatMap((d) => d.sections.filter((s) => !englishSummary(t, d.id, s.slug)).map((s) => `${d.id}/${s.slug}`));
  return { docs: docs.length, docsTranslated: docs.filter((d) => englishTitle(t, d.id)).length, sections, sectionsTranslated, missing, orphans, summaries: sections - summariesMissing.length, summariesMissing };
}
