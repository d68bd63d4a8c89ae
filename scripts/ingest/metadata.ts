// The metadata file beside each source (`<id>.yml`): one schema, readable errors with line numbers.
import { z } from 'zod';
import { SourceError } from './errors.ts';
import { parseYamlFile } from './yaml-file.ts';
import { dropUnprintable } from './unprintable.ts';
import type { RemovalLog } from './types.ts';

export const sourceMetaSchema = z
  .object({
    /** The document's title in Chinese, as printed on its cover. */
    title: z.string().trim().min(1, 'must not be empty'),
    /** The reporting year the document covers. */
    year: z.number().int().min(1990).max(2100),
    /** Which Chinese script the source is written in. */
    script: z.enum(['hans', 'hant']),
    /** `report` a whole report, `chapter` one chapter of one, `collection` many documents on one text. */
    kind: z.enum(['report', 'chapter', 'collection']),
    /** Who published the document. */
    publisher: z.string().trim().min(1, 'must not be empty'),
    /** The file name the text had when it was extracted, kept for provenance. */
    origin: z.string().optional(),
    /** A chapter: the report it was printed in, as its pages' running header names it (beside a page number, it is taken out). */
    partOf: z.string().trim().min(1, 'must not be empty').optional(),
  })
  .strict();

export type SourceMeta = z.infer<typeof sourceMetaSchema>;

/** The names a chapter's pages print beside their page numbers: its title (without the bracketed kind) and the report it was printed in. */
export function runningNames(meta: SourceMeta): string[] {
  if (meta.kind !== 'chapter') return [];
  return [meta.title.replace(/[（(][^（）()]*[）)]$/u, ''), ...(meta.partOf ? [meta.partOf] : [])];
}

const fixes: Record<string, string> = {
  title: 'add `title: <Chinese title>`',
  year: 'add `year: <four-digit year>`, a number without quotes',
  script: 'set `script: hans` (Simplified) or `script: hant` (Traditional)',
  kind: 'set `kind:` to report, chapter or collection',
  publisher: 'add `publisher: <publisher name>`',
};

/**
 * Parses and validates one metadata file; throws SourceError naming the file, line and fix. Control and
 * bidirectional characters in its text are dropped and recorded in `removed`.
 */
export function parseSourceMeta(file: string, text: string, removed: RemovalLog = {}): SourceMeta {
  const { data, lineOf } = parseYamlFile(file, text);
  const result = sourceMetaSchema.safeParse(data);
  if (result.success) {
    const meta = result.data;
    return { ...meta, title: dropUnprintable(meta.title, removed), publisher: dropUnprintable(meta.publisher, removed), ...(meta.origin === undefined ? {} : { origin: dropUnprintable(meta.origin, removed) }) };
  }
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
    throw new SourceError(file, lineOf([], issue.keys[0]), `unknown field ${keys}`, `remove it; the fields are ${Object.keys(sourceMetaSchema.shape).join(', ')}`);
  }
  const key = String(issue.path[0] ?? '');
  const what = key ? `field \`${key}\` ${issue.message}` : issue.message;
  throw new SourceError(file, key ? lineOf([key]) : null, what, fixes[key] ?? 'see README, "Adding a source"');
}
