// Phrase-level conversion between Simplified and Traditional Chinese with OpenCC.
// The Traditional sources are Hong Kong filings, so Traditional output uses the Hong Kong standard (`hk`).
import * as OpenCC from 'opencc-js';
import type { Block, Doc } from './types.ts';

export type Script = 'hans' | 'hant';

const converters = {
  hans: OpenCC.Converter({ from: 'hk', to: 'cn' }),
  hant: OpenCC.Converter({ from: 'cn', to: 'hk' }),
} as const;

/** `text`, in either script, written in `to`. */
export const toScript = (text: string, to: Script): string => converters[to](text);

/** Words in either script: each as given (the vocabulary is Simplified) and in Traditional, once. */
export const inEitherScript = (words: readonly string[]): string[] => [...new Set(words.flatMap((w) => [w, toScript(w, 'hant')]))];

/** A sentence with this many characters of the other script is a passage printed in it. */
const PASSAGE_CHARS = 2;

/**
 * `text` of a Simplified source with the passages the seed printed in Traditional written in Simplified
 * (`中國聯通，作為数字化转型的领军者…`): each sentence in which two or more characters are Traditional. A
 * lone character stays as printed, which a Simplified text may use (`昇腾`, a brand).
 */
export function simplifiedPassages(text: string): string {
  return text
    .split(/(?<=[。！？\n])/u)
    .map((sentence) => {
      const converted = toScript(sentence, 'hans');
      const [a, b] = [[...sentence], [...converted]];
      const differ = a.length === b.length ? a.filter((ch, k) => ch !== b[k]).length : PASSAGE_CHARS;
      return differ >= PASSAGE_CHARS ? converted : sentence;
    })
    .join('');
}

/**
 * Converts `text` written in `from` into `to`. The same script returns the text as printed, but for
 * the Traditional passages of a Simplified text (simplifiedPassages). (Traditional sources are Hong
 * Kong filings whose own variants OpenCC would change, so they stay as printed.)
 */
export function convertText(text: string, from: Script, to: Script): string {
  if (from !== to) return toScript(text, to);
  return to === 'hans' ? simplifiedPassages(text) : text;
}

function convertBlock(block: Block, c: (s: string) => string): Block {
  switch (block.type) {
    case 'table':
      return { ...block, rows: block.rows.map((r) => r.map(c)) };
    case 'list':
      return { ...block, items: block.items.map(c), ...(block.leads ? { leads: block.leads.map(c) } : {}) };
    case 'figure':
      return { ...block, label: c(block.label), value: c(block.value), unit: c(block.unit), ...(block.labelAfter ? { labelAfter: c(block.labelAfter) } : {}) };
    case 'paragraph':
      return { ...block, text: c(block.text), ...(block.lead ? { lead: c(block.lead) } : {}), ...(block.captionLabel ? { captionLabel: c(block.captionLabel) } : {}) };
    default:
      return { ...block, text: c(block.text) };
  }
}

/** The whole document in the other script: titles and every block; ids, slugs and lines stay. */
export function convertDoc(doc: Doc, to: Script): Doc {
  const c = (s: string) => convertText(s, doc.script, to);
  return {
    ...doc,
    title: c(doc.title),
    publisher: c(doc.publisher),
    sections: doc.sections.map((s) => ({ ...s, title: c(s.title), blocks: s.blocks.map((b) => convertBlock(b, c)) })),
  };
}
