// The metadata file beside each source (`<id>.yml`): one schema, readable errors with line numbers.
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { SourceError } from './errors.ts';

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
  })
  .strict();

export type SourceMeta = z.infer<typeof sourceMetaSchema>;

const fixes: Record<string, string> = {
  title: 'add `title: <Chinese title>`',
  year: 'add `year: <four-digit year>`, a number without quotes',
  script: 'set `script: hans` (Simplified) or `script: hant` (Traditional)',
  kind: 'set `kind:` to report, chapter or collection',
  publisher: 'add `publisher: <publisher name>`',
};

/** Parses and validates one metadata file; throws SourceError naming the file, line and fix. */
export function parseSourceMeta(file: string, text: string): SourceMeta {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new SourceError(file, line, `invalid YAML: ${error.message.split('\n')[0]}`, 'correct the YAML syntax');
  }
  const result = sourceMetaSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const node = key ? doc.get(key, true) : undefined;
  const range = (node as { range?: [number, number] } | undefined)?.range;
  const line = range ? lineCounter.linePos(range[0]).line : null;
  const what = key ? `field \`${key}\` ${issue.message}` : issue.message;
  const fix = fixes[key] ?? (issue.code === 'unrecognized_keys' ? `remove the unknown field(s); allowed: ${Object.keys(sourceMetaSchema.shape).join(', ')}` : 'see README, "Adding a source"');
  throw new SourceError(file, line, what, fix);
}
