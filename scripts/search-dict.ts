// The phrase dictionary the browser uses to turn a Simplified query into Hong Kong Traditional.
// OpenCC's full Simplified→Traditional phrase table is 1 MB (400 KB gzipped): too much to fetch for
// one query. Only phrases that occur in the published Simplified text can match anything, so the
// build keeps those (a few thousand) and the browser pairs them with OpenCC's character table.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Trie } from 'opencc-js/core';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';

export type PhrasePair = [from: string, to: string];

/** Every dictionary phrase that starts at some position of `text` (longest match there), sorted. */
export function phrasesIn(text: string, dicts: readonly string[]): PhrasePair[] {
  const trie = new Trie();
  for (const d of dicts) trie.loadDict(d);
  const found = new Map<string, string>();
  for (let i = 0; i < text.length; i++) {
    const m = trie.matchPrefix(text, i);
    if (m) found.set(text.slice(i, m.end), m.value);
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The Simplified MDX of every section (`.generated/sections/hans`), one string. */
export function simplifiedText(generated: string): string {
  let text = '';
  for (const file of files(join(generated, 'sections/hans'))) text += readFileSync(file, 'utf8');
  return text;
}

/** Reads the Simplified MDX under `.generated/sections/hans` and writes `.generated/search/s2t-phrases.json`. */
export function writeSearchDict(generated: string, text = simplifiedText(generated)): number {
  const pairs = phrasesIn(text, [STPhrases, STPhrasesRegional]);
  mkdirSync(join(generated, 'search'), { recursive: true });
  writeFileSync(join(generated, 'search/s2t-phrases.json'), JSON.stringify(pairs));
  return pairs.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = writeSearchDict(fileURLToPath(new URL('../.generated/', import.meta.url)));
  console.log(`search dictionary: ${n} phrases`);
}
