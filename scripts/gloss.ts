// Word gloss data (issue #14, part 2): for every section page, in each script, the dictionary entries
// of the words it prints — pinyin and English meanings from CC-CEDICT, plus our own English for a word
// our titles and indicator names translate — written to dist/gloss/<script>/<doc>/<section>.json.
// A page's file holds only its own words, so gloss mode fetches a few KB when it is first used.
// Runs after the Astro build, from .generated/ (the Simplified and Traditional text of each section).
// A section searched in parts (`data-part`, search-parts.ts) gets a file per part, so a long article's
// gloss is fetched a part at a time (<section>.<part>.json).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';
import { toScript } from './ingest/convert-script.ts';
import { domainGlossary, readCedict, titlePairs, type CedictEntry } from './search-en-zh.ts';
import { longestAt, type GlossEntry } from '../src/lib/gloss-client.ts';

/** Readings kept per word, and meanings per reading (each cut to MAX_MEANING characters). */
const READINGS = 2;
const MEANINGS = 2;
const MAX_MEANING = 60;

const TONED: Record<string, string[]> = { a: ['ā', 'á', 'ǎ', 'à'], e: ['ē', 'é', 'ě', 'è'], i: ['ī', 'í', 'ǐ', 'ì'], o: ['ō', 'ó', 'ǒ', 'ò'], u: ['ū', 'ú', 'ǔ', 'ù'], ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'] };

/** CC-CEDICT's numbered pinyin with tone marks: `tai2 feng1` → `tái fēng`, `lu:4` → `lǜ`; the mark goes on a or e, on the o of ou, else on the last vowel. */
export function toneMarks(pinyin: string): string {
  return pinyin
    .split(' ')
    .map((syllable) => {
      const m = /^([A-Za-zü:]+)([1-5])$/.exec(syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü'));
      if (!m) return syllable.replace(/u:/g, 'ü');
      const [, letters, tone] = m as unknown as [string, string, string];
      if (tone === '5') return letters;
      const lower = letters.toLowerCase();
      const at = /[ae]/.test(lower) ? lower.search(/[ae]/) : lower.includes('ou') ? lower.indexOf('o') : Math.max(...[...'iouü'].map((v) => lower.lastIndexOf(v)));
      if (at < 0) return letters;
      const vowel = lower[at]!;
      const marked = TONED[vowel]![Number(tone) - 1]!;
      const upper = letters[at] !== vowel;
      return letters.slice(0, at) + (upper ? marked.toUpperCase() : marked) + letters.slice(at + 1);
    })
    .join(' ');
}

const HAN = /\p{Script=Han}/u;

/** The words of a text by longest match against `words` (Han runs only), as the page's gloss mode reads them (longestAt). */
export function segment(text: string, words: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (!HAN.test(text[i]!)) {
      i++;
      continue;
    }
    const n = longestAt(text, i, (w) => words.has(w));
    found.push(text.slice(i, i + n));
    i += n;
  }
  return found;
}

/**
 * The dictionary of one script: headword → its readings. `glossary` (our English, keyed in the
 * script) marks a dictionary word's first reading; `terms` are our domain terms, added as words of
 * their own where the dictionary lacks them (`携号转网`), read by `readingOf`.
 */
export function glossDictionary(
  cedict: readonly CedictEntry[],
  script: 'hans' | 'hant',
  glossary: ReadonlyMap<string, string>,
  terms: ReadonlySet<string> = new Set(),
  readingOf: (zh: string) => string = () => '',
): Map<string, GlossEntry[]> {
  const dict = new Map<string, GlossEntry[]>();
  // Common readings first: a capitalised reading is a name (`Wàn`, surname Wan), listed after `wàn`.
  const entries = [...cedict].sort((a, b) => Number(/^[A-Z]/.test(a.pinyin ?? '')) - Number(/^[A-Z]/.test(b.pinyin ?? '')));
  for (const e of entries) {
    const head = script === 'hans' ? e.simplified : (e.traditional ?? e.simplified);
    if (!HAN.test(head) || !e.pinyin) continue;
    const readings = dict.get(head) ?? [];
    if (readings.length >= READINGS) continue;
    // Cross-references and surnames say nothing a reader can use here.
    const meanings = e.meanings.filter((x) => !/^(?:CL:|variant of|old variant|see |used in |surname |\(bound form\)$)/.test(x)).slice(0, MEANINGS).map((x) => (x.length > MAX_MEANING ? `${x.slice(0, MAX_MEANING - 1)}…` : x));
    if (meanings.length === 0) continue;
    readings.push({ p: toneMarks(e.pinyin), m: meanings });
    dict.set(head, readings);
  }
  for (const [zh, en] of glossary) {
    const readings = dict.get(zh);
    if (readings?.length) readings[0] = { ...readings[0]!, g: en };
    else if (terms.has(zh)) dict.set(zh, [{ p: readingOf(zh), m: [], g: en }]);
  }
  return dict;
}

/** The entries of the words a page prints, keys in a fixed order. */
export function pageGloss(text: string, dict: ReadonlyMap<string, GlossEntry[]>, words: ReadonlySet<string>): Record<string, GlossEntry[]> {
  const seen = [...new Set(segment(text, words))].filter((w) => dict.has(w)).sort();
  return Object.fromEntries(seen.map((w) => [w, dict.get(w)!]));
}

/** The text an MDX section file prints (its JSON string literals), by search part (`data-part`; 0 when the section is one part). */
export function printedParts(mdx: string): string[] {
  const parts: string[][] = [];
  for (const block of mdx.split(/\n\n(?=<)/)) {
    const part = Number(/^<[a-z0-9]+ data-part="(\d+)"/.exec(block)?.[1] ?? 0);
    const text = (block.match(/\{"(?:[^"\\]|\\.)*"\}/g) ?? []).map((lit) => JSON.parse(lit.slice(1, -1)) as string).join('\n');
    (parts[part] ??= []).push(text);
  }
  return Array.from({ length: Math.max(parts.length, 1) }, (_, k) => (parts[k] ?? []).join('\n'));
}

/** Writes dist/gloss/<script>/<doc>/<section>.json (or <section>.<part>.json for a section searched in parts); returns counts and gzipped sizes. */
export function writeGloss(generated: string, dist: string): { files: number; maxGz: number; medianGz: number } {
  const cedict = readCedict();
  const sizes: number[] = [];
  // Our English: the domain glossary's renderings, else a title's; keyed in each script.
  const domain = domainGlossary();
  const ours = new Map(titlePairs(generated).map(([en, zh]) => [zh, en] as const));
  for (const e of domain) ours.set(e.zh, e.en.join('; '));
  for (const script of ['hans', 'hant'] as const) {
    const key = (zh: string) => (script === 'hans' ? zh : toScript(zh, 'hant'));
    const glossary = new Map([...ours].map(([zh, en]) => [key(zh), en] as const));
    // A term's reading from its Simplified form (pinyin-pro reads Simplified best).
    const simplifiedOf = new Map(domain.map((e) => [key(e.zh), e.zh] as const));
    const dict = glossDictionary(cedict, script, glossary, new Set(simplifiedOf.keys()), (zh) => pinyin(simplifiedOf.get(zh) ?? zh, { toneType: 'symbol' }));
    const words = new Set(dict.keys());
    const root = join(generated, 'sections', script);
    for (const doc of readdirSync(root).sort()) {
      const out = join(dist, 'gloss', script, doc);
      mkdirSync(out, { recursive: true });
      for (const file of readdirSync(join(root, doc)).sort()) {
        const parts = printedParts(readFileSync(join(root, doc, file), 'utf8'));
        parts.forEach((text, k) => {
          const json = JSON.stringify(pageGloss(text, dict, words));
          writeFileSync(join(out, file.replace(/\.mdx$/, parts.length > 1 ? `.${k}.json` : '.json')), json);
          sizes.push(gzipSync(json).length);
        });
      }
    }
  }
  return sizeFigures(sizes);
}

/** How many gloss files, and their median and largest gzipped size (the build and `npm run bench` print them). */
export function sizeFigures(gzipped: readonly number[]): { files: number; medianGz: number; maxGz: number } {
  const sizes = [...gzipped].sort((a, b) => a - b);
  return { files: sizes.length, medianGz: sizes[sizes.length >> 1] ?? 0, maxGz: sizes.at(-1) ?? 0 };
}
