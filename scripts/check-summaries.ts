// `node scripts/check-summaries.ts content/translations/summaries/<doc>.yml …`: checks that every figure
// of each summary is printed on its page (see scripts/ingest/summary-numbers.ts) and that each summary
// has 2–5 sentences and at least 25 words. Prints one line per problem; exits 1 if any.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { readSources } from './ingest/read-sources.ts';
import { ingest, SOURCES_DIR } from './ingest/main.ts';
import { pageText, sentenceCount, unprintedNumbers, wordCount } from './ingest/summary-numbers.ts';

const files = process.argv.slice(2);
const { docs } = ingest(readSources(SOURCES_DIR));
let problems = 0;
for (const file of files) {
  const id = basename(file).replace(/\.ya?ml$/u, '');
  const doc = docs.find((d) => d.id === id);
  if (!doc) {
    console.log(`${file}: no document ${id}`);
    problems++;
    continue;
  }
  const summaries = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, string>;
  for (const [slug, summary] of Object.entries(summaries)) {
    const section = doc.sections.find((s) => s.slug === slug);
    if (!section) {
      console.log(`${file}: ${slug}: no such page in ${id}`);
      problems++;
      continue;
    }
    const missing = unprintedNumbers(summary, pageText(section, doc.title));
    const words = wordCount(summary);
    const sentences = sentenceCount(summary);
    if (missing.length) console.log(`${file}: ${slug}: figures not printed on the page: ${missing.join(', ')}`);
    if (words < 25) console.log(`${file}: ${slug}: ${words} words (at least 25)`);
    if (sentences < 2 || sentences > 5) console.log(`${file}: ${slug}: ${sentences} sentences (2–5)`);
    problems += (missing.length ? 1 : 0) + (words < 25 ? 1 : 0) + (sentences < 2 || sentences > 5 ? 1 : 0);
  }
  for (const s of doc.sections) if (!(s.slug in summaries)) console.log(`${file}: ${s.slug}: no summary yet`);
}
process.exit(problems ? 1 : 0);
