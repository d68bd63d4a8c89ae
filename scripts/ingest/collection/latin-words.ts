// On the collection's one line English lost the spaces between its words (`InternationalFederationofRobotics`,
// `businesssupportsystem`, `Launchofnewcallsforproposals`), so a page reads them run together and a search
// for `Global Reporting Initiative` finds nothing. A run of Latin letters too long to be one word is
// set apart again: where a capitalised word opens (a change of case), then, inside a part the dictionary
// does not know, where the dictionary's English words divide the part whole (each of three letters or
// more, or a short word of the vocabulary's). A part no division covers is kept as printed, and so is
// anything in an address (`…@chinaunicom.cn`, `www.…`).
import type { Block, Doc } from '../types.ts';
import { vocabulary } from '../vocabulary.ts';

/** A run of Latin letters this long holds more than one word (`Telecommunications` is one, and a known word). */
const MIN_RUN = 16;
/** A part shorter than this is left as printed (`OneCity`'s `One`; `ofthe` is divided). */
const MIN_PART = 5;
/** The longest word looked for. */
const MAX_WORD = 24;
/** A run of Latin letters, with the address-like characters around it. */
const RUN = new RegExp(`[\\w.@/:\\-?=&%#]*?(?<![A-Za-z])[A-Za-z]{${MIN_RUN},}(?![A-Za-z])[\\w.@/:\\-?=&%#]*`, 'gu');
/** An address or a file's name (`https://…`, `www.…`, `…@…`, `….html`): printed as it is. */
const ADDRESS = /:\/\/|www\.|@|\.(?:com|cn|org|net|gov|edu|int|eu|html?|pdf)\b/iu;
/** Where a capitalised word opens: after a small letter, or after capitals that are an abbreviation (`AIGenerated`; not `IPv`). */
const CASE_CHANGE = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})/u;

/** Small words that join others (`of`, `and`, `as`, `a`): the only words under three letters, whatever the dictionary holds. */
const FUNCTION_WORDS = new Set(vocabulary.collection.englishFunctionWords);

/** English words and what each costs a division (rarer words cost more). */
export interface EnglishWords {
  cost(word: string): number | null;
}

/** Word costs from a list of English texts (the dictionary's meanings): a word's cost is the log of how rare it is. */
export function englishWords(texts: Iterable<string>): EnglishWords {
  const freq = new Map<string, number>();
  let total = 0;
  for (const t of texts)
    for (const w of t.toLowerCase().match(/[a-z]+/gu) ?? []) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      total++;
    }
  // A word's inflected forms count as it (`investments`, `delivering`, `democratizing`, `deployed`).
  const stems = (w: string) => [w, w.replace(/s$/u, ''), w.replace(/es$/u, ''), w.replace(/ies$/u, 'y'), w.replace(/ing$/u, ''), w.replace(/ing$/u, 'e'), w.replace(/ed$/u, ''), w.replace(/d$/u, '')];
  const known = (w: string) => stems(w).reduce<number | null>((f, s) => f ?? (s.length >= 3 || s === w ? (freq.get(s) ?? null) : null), null);
  return {
    cost(word) {
      const w = word.toLowerCase();
      if (w.length < 3 && !FUNCTION_WORDS.has(w)) return null;
      // A function word is a word whatever the dictionary's meanings hold.
      const f = known(w) ?? (FUNCTION_WORDS.has(w) ? 1 : null);
      return f === null ? null : Math.log((total + 1) / f);
    },
  };
}

/** A part divided into known words at the least cost, or null where none covers it whole. */
function divide(part: string, words: EnglishWords): string[] | null {
  const best: number[] = [0];
  const back: number[] = [0];
  for (let i = 1; i <= part.length; i++) {
    best[i] = Infinity;
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      const c = words.cost(part.slice(j, i));
      if (c !== null && best[j]! + c < best[i]!) {
        best[i] = best[j]! + c;
        back[i] = j;
      }
    }
  }
  if (!Number.isFinite(best[part.length]!)) return null;
  const out: string[] = [];
  for (let i = part.length; i > 0; i = back[i]!) out.unshift(part.slice(back[i]!, i));
  return out;
}

/**
 * A part set apart into words: one the dictionary knows stays whole. A part opening with a capital is a
 * word whose case change opened it, and the words after it lost their spaces only where a small word
 * followed it (`Ministryof`, `Platformasa`, `Accessover`, `Launchofnewcalls…`): divided only where a
 * function word comes right after its first word (not `Interconnect`, `Leadless`, `Hyperledger`). A part
 * in small letters divides into any words of three letters or more (`businesssupportsystem`).
 */
function spacedPart(part: string, words: EnglishWords): string {
  if (part.length < MIN_PART || words.cost(part) !== null) return part;
  const division = divide(part, words);
  if (!division || division.length < 2) return part;
  const capitalised = /^[A-Z]/u.test(part);
  if (capitalised && !FUNCTION_WORDS.has(division[1]!.toLowerCase())) return part;
  return division.join(' ');
}

/** `text` with each run of Latin letters too long for one word set apart into its words. */
export function spaceLatinRuns(text: string, words: EnglishWords): string {
  return text.replace(RUN, (token) => {
    if (ADDRESS.test(token)) return token;
    return token.replace(new RegExp(`(?<![A-Za-z])[A-Za-z]{${MIN_RUN},}(?![A-Za-z])`, 'gu'), (run) =>
      run
        .split(CASE_CHANGE)
        .map((part) => spacedPart(part, words))
        .join(' '),
    );
  });
}

/** A block with its text's Latin runs set apart. */
function spacedBlock(b: Block, space: (s: string) => string): Block {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return { ...b, text: space(b.text) };
    case 'list':
      return { ...b, items: b.items.map(space) };
    case 'table':
      return { ...b, rows: b.rows.map((r) => r.map(space)) };
    default:
      return b;
  }
}

/** A collected document with the Latin runs of its sections set apart (ids and slugs stay those of the printed text). */
export function withLatinSpaced(doc: Doc, words: EnglishWords): Doc {
  const space = (s: string) => spaceLatinRuns(s, words);
  return { ...doc, sections: doc.sections.map((s) => ({ ...s, title: space(s.title), printed: space(s.printed), blocks: s.blocks.map((b) => spacedBlock(b, space)) })) };
}
