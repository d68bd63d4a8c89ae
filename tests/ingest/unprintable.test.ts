// Control characters (NUL, BEL, ESC …) and bidirectional controls (U+202E) are dropped from a source's
// text and metadata, counted in the build report, and absent from the MDX and the catalog the site is
// built from: a title cannot reorder the text around it, nor put raw control bytes into `<title>`.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { ingest, writeOutput } from '../../scripts/ingest/main.ts';
import { readTranslations } from '../../scripts/ingest/translations.ts';
import { summaryLine } from '../../scripts/ingest/output/build-report.ts';

const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** The same characters as a JSON or JavaScript escape (the MDX writes every source string as a JSON literal). */
const ESCAPED = /\\u(?:000[0-8]|000[b-f]|001[0-9a-f]|007f|008[0-9a-f]|009[0-9a-f]|061c|200[ef]|202[a-e]|206[6-9])/iu;

/** Every string inside a value. */
function stringsIn(value: unknown): string {
  const all: string[] = [];
  JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === 'string') all.push(v);
    return v;
  });
  return all.join('\n');
}

describe('tests/fixtures/hostile-text', () => {
  const sources = readSources('tests/fixtures/hostile-text');
  const result = ingest(sources);
  const report = result.reports[0]!;

  it('drops them from the metadata and counts them', () => {
    expect(sources[0]!.meta.title).toBe('促進社會共融（測試）');
    expect(sources[0]!.meta.publisher).toBe('中國聯合網絡通信（香港）股份有限公司');
    expect(report.metadataRemoved).toMatchObject({ 'control-character': { count: 2 }, 'bidi-control': { count: 1, samples: ['U+202E'] } });
    expect(summaryLine(report)).toMatch(/dropped from the metadata: control-character 2, bidi-control 1$/);
  });

  it('drops them from the text, counted by class, leaving nothing unexplained', () => {
    expect(report.removed['control-character']).toMatchObject({ count: 3, samples: ['U+0000', 'U+0007', 'U+001B'] });
    expect(report.removed['bidi-control']).toMatchObject({ count: 2, samples: ['U+202E', 'U+202C'] });
    expect(report.unexplained).toBe(0);
    const text = stringsIn(result.docs);
    expect(text).toContain('國計民生');
    expect(text).not.toMatch(UNPRINTABLE);
  });

  it('writes no such character into the MDX or the catalog', () => {
    const out = mkdtempSync(join(tmpdir(), 'generated-'));
    writeOutput(result, readTranslations('content/translations/en.yml'), out);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|json)$/.test(f));
    expect(files).toContain('catalog.json');
    expect(files.some((f) => f.endsWith('.mdx'))).toBe(true);
    for (const f of files) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).not.toMatch(UNPRINTABLE);
      expect(text, f).not.toMatch(ESCAPED);
      if (f.endsWith('.json')) expect(stringsIn(JSON.parse(text)), f).not.toMatch(UNPRINTABLE);
    }
  });
});
