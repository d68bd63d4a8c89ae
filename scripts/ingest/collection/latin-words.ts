// On the collection's one line English lost the spaces between its words (`InternationalFederationofRobotics`,
// `businesssupportsystem`, `Launchofnewcallsforproposals`), so a page reads them run together and a search
// for `Global Reporting Initiative` finds nothing. A run of Latin letters too long to be one word is
// set apart again: where a capitalised word opens (a change of case), then, inside a part the dictionary
// does not know, where the dictionary's English words divide the part whole. A part no division covers
// is kept as printed, and so are names printed in mixed case (`IoT`, `SaaS`, the vocabulary's
// `englishNames`) and anything in an address or a file's name (`…@chinaunicom.cn`, `…hk/Investor…`).
import type { Block, Doc } from '../types.ts';
import { alternation, vocabulary } from '../vocabulary.ts';

const { englishFunctionWords, englishShortWords, englishPrefixes, englishNames } = vocabulary.collection.latinWords;

/** A run of Latin letters this long holds more than one word (`Telecommunications` is one, and a known word). */
const MIN_RUN = 16;
/** A part shorter than this is left as printed (`OneCity`'s `One`; `ofthe` is divided). */
const MIN_PART = 5;
/** The first word of a capitalised part that is divided has at least this many letters (not `Esp|an|a`). */
const MIN_FIRST = 4;
/** The longest word looked for. */
const MAX_WORD = 24;
/** A token of printable ASCII (the text around it is Chinese or its punctuation) holding a run of Latin letters this long. */
const TOKEN = new RegExp(`[!-~]*[A-Za-z]{${MIN_RUN}}[!-~]*`, 'gu');
const LONG_RUN = new RegExp(`(?<![A-Za-z])[A-Za-z]{${MIN_RUN},}(?![A-Za-z])`, 'gu');
/** An address or a file's name: a scheme, `www.`, an e-mail, or a domain or an extension in small letters (`.hk/`, `.xlsx`) closing the token or a path's part (a reference's `…ICT.Korea` is none). */
const ADDRESS = /:\/\/|www\.|@|\.[a-z]{2,5}(?:[/?#]|$)/u;
/** Where a capitalised word opens: after a small letter, or after capitals that are an abbreviation (`AIGenerated`; not `IPv`). */
const CASE_CHANGE = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})/u;
/** Names printed in mixed case, never divided (`WeChat`, `LinkedIn`), longest first. */
const NAMES = englishNames.length ? new RegExp(`(${alternation([...englishNames].sort((a, b) => b.length - a.length))})`, 'u') : null;

const FUNCTION_WORDS = new Set(englishFunctionWords);
/** Words under three letters a division may take: the function words and the vocabulary's short words. */
const SHORT_WORDS = new Set([...englishFunctionWords, ...englishShortWords].filter((w) => w.length < 3));
const PREFIXES = new Set(englishPrefixes);

/** English words and what each costs a division (rarer words cost more). */
export interface EnglishWords {
  cost(word: string): number | null;
}

/** Word costs from a list of English texts (the dictionary's meanings): a word's cost is the log of how rare it is. */
export function englishWordCosts(texts: Iterable<string>): EnglishWords {
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
      if (w.length < 3 && !SHORT_WORDS.has(w)) return null;
      // A function word or a short word of the vocabulary's is a word whatever the dictionary's meanings hold.
      const f = known(w) ?? (FUNCTION_WORDS.has(w) || SHORT_WORDS.has(w) ? 1 : null);
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
  // A prefix is no word of its own: it joins the word after it (`interconnect`, `hyperconvergence`).
  return out.reduce<string[]>((ws, w) => (ws.length && PREFIXES.has(ws.at(-1)!.toLowerCase()) ? [...ws.slice(0, -1), ws.at(-1)! + w] : [...ws, w]), []);
}

/**
 * A part set apart into words: one the dictionary knows stays whole. A part opening with a capital is a
 * word whose case change opened it, and the words after it lost their spaces only where a small word
 * followed it (`Ministryof`, `Platformasa`, `Accessover`, `Launchofnewcalls…`): divided only where a
 * function word comes right after a first word of four letters or more (not `Interconnect`,
 * `Leadless`, `Hyperledger`, `Espana`). A part in small letters divides into any words of three
 * letters or more, or short words of the vocabulary's (`businesssupportsystem`).
 */
function spacedPart(part: string, words: EnglishWords): string {
  if (part.length < MIN_PART || words.cost(part) !== null) return part;
  const division = divide(part, words);
  if (!division || division.length < 2) return part;
  if (/^[A-Z]/u.test(part) && (division[0]!.length < MIN_FIRST || !FUNCTION_WORDS.has(division[1]!.toLowerCase()))) return part;
  return division.join(' ');
}

/**
 * A run's parts where a capitalised word opens; a lone capital stays with the few letters before it
 * (`IoT`, `SaaS`), a lone small letter with the capitals after it (`eSIM`). A possessive's `s` (`…’sCapital`),
 * a lone capital before a word (`5GLocal`) and one after a word (`…theU.S.`) stand apart.
 */
function caseParts(run: string): string[] {
  const parts: string[] = [];
  for (const p of run.split(CASE_CHANGE)) {
    const before = parts.at(-1);
    if (before !== undefined && ((/^[a-z]$/u.test(before) && /^[A-Z]+$/u.test(p)) || (/^[A-Z]$/u.test(p) && /^[A-Za-z]{1,3}$/u.test(before) && /[a-z]$/u.test(before)))) parts[parts.length - 1] = before + p;
    else parts.push(p);
  }
  return parts;
}

/** One run of Latin letters set apart into its words, the vocabulary's mixed-case names kept whole. */
function spacedRun(run: string, words: EnglishWords): string {
  const pieces = NAMES ? run.split(NAMES) : [run];
  return pieces
    .filter(Boolean)
    .map((piece) => (englishNames.includes(piece) ? piece : caseParts(piece).map((part) => spacedPart(part, words)).join(' ')))
    .join(' ');
}

/** `text` with each run of Latin letters too long for one word set apart into its words. */
export function spaceLatinRuns(text: string, words: EnglishWords): string {
  return text.replace(TOKEN, (token) => (ADDRESS.test(token) ? token : token.replace(LONG_RUN, (run) => spacedRun(run, words))));
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

/** A collected document with the Latin runs of its sections set apart (ids, slugs and `printed` stay those of the printed text). */
export function withLatinSpaced(doc: Doc, words: EnglishWords): Doc {
  const space = (s: string) => spaceLatinRuns(s, words);
  return { ...doc, sections: doc.sections.map((s) => ({ ...s, title: space(s.title), blocks: s.blocks.map((b) => spacedBlock(b, space)) })) };
}
