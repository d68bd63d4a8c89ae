// English words as the English→Chinese table writes them, and an English query read against it:
// shared by the build (scripts/search-en-zh.ts) and the browser (search-client.ts), so both fold
// plurals and word forms the same way.

/** Chinese terms per English key, best first. */
export type EnZhTable = Record<string, string[]>;

/** Longest English key, in words. */
export const MAX_KEY_WORDS = 5;

const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'as', 'from', 'its', 'one', 'sb', 'sth', 'be', 'is', 'are', 'was', 'were', 'after', 'about', 'how', 'what', 'which', 'something', 'someone']);

/** Is a word only grammar (articles, prepositions): never a key alone. */
export const isStopWord = (word: string): boolean => STOP.has(word);

/** A plural's singular by the common English endings; short words and `-ss`, `-us`, `-is` stay. */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** British spellings as American ones, so our summaries' phrases and a reader's query meet (`revitalisation`, `centre`, `labour`). */
export function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  return word.replace(/isation$/, 'ization').replace(/([a-z]{3})our$/, '$1or').replace(/([a-z]{3})tre$/, '$1ter');
}

/**
 * English words as keys are written: lower case, letters and digits, plurals folded (`Volunteers` →
 * `volunteer`), American spelling; a hyphen parts words (`high-speed rail` and the dictionary's
 * `high speed rail` are one key).
 */
export function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? []).map(singular).map(americanSpelling);
}

/** A phrase key and its variants with the last word in its other forms (`hearing impaired` → `hearing impair`): the table files a phrase under these too. */
export function phraseForms(words: readonly string[]): string[] {
  const head = words.slice(0, -1).join(' ');
  return wordForms(words.at(-1)!).map((form) => (head ? `${head} ${form}` : form));
}

/**
 * The word and the forms a dictionary may list it under, most likely first: `revitalization` →
 * `revitalize`, `protection` → `protect`, `training` → `train`, `elderly` → `elder`.
 */
export function wordForms(word: string): string[] {
  const forms = [word];
  const rules: [RegExp, string[]][] = [
    [/ization$/, ['ize']],
    [/isation$/, ['ise', 'ize']],
    [/ation$/, ['ate', 'e', '']],
    [/tion$/, ['t', 'te']],
    [/ment$/, ['']],
    [/ness$/, ['']],
    [/ity$/, ['e', '']],
    [/ing$/, ['', 'e']],
    [/ed$/, ['', 'e']],
    [/ly$/, ['']],
    [/al$/, ['']],
  ];
  for (const [ending, replacements] of rules) {
    if (!ending.test(word) || word.length < 6) continue;
    for (const r of replacements) forms.push(word.replace(ending, r));
  }
  return [...new Set(forms)].filter((f, i) => i === 0 || f.length >= 3);
}

/** One stretch of the query and the Chinese terms it maps to ([] when the table has none). */
export interface QueryUnit {
  en: string;
  zh: string[];
}

/**
 * Reads an English query against the table: the longest phrase first (up to MAX_KEY_WORDS words,
 * `data center` before `data` and `center`), then single words in any of their forms. Grammar words
 * alone map to nothing and are left out.
 */
export function translateQuery(query: string, lookup: (key: string) => string[] | undefined): QueryUnit[] {
  const words = englishWords(query);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let n = Math.min(MAX_KEY_WORDS, words.length - i); n >= 2; n--) {
      const key = words.slice(i, i + n).join(' ');
      const zh = phraseForms(words.slice(i, i + n)).map(lookup).find((z) => z?.length);
      if (zh?.length) {
        units.push({ en: key, zh });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const word = words[i]!;
    i++;
    if (isStopWord(word)) continue;
    const zh = wordForms(word).map(lookup).find((z) => z?.length) ?? [];
    units.push({ en: word, zh });
  }
  return units;
}

/** The table file a key lives in: the first two characters of its first word (`ru` for `rural revitalization`). */
export const shardOf = (key: string): string => (key.split(' ')[0]! + '_').slice(0, 2).replace(/[^a-z0-9_]/g, '_');

/** Every table file a query may need: the files of its words and their forms. */
export function shardsFor(query: string): string[] {
  return [...new Set(englishWords(query).filter((w) => !isStopWord(w)).flatMap(wordForms).map(shardOf))].sort();
}
