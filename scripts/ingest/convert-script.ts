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

/** Converts `text` written in `from` into `to`; the same script returns the text unchanged. */
export function convertText(text: string, from: Script, to: Script): string {
  return from === to ? text : toScript(text, to);
}

function convertBlock(block: Block, c: (s: string) => string): Block {
  switch (block.type) {
    case 'table':
      return { ...block, rows: block.rows.map((r) => r.map(c)) };
    case 'list':
      return { ...block, items: block.items.map(c) };
    case 'figure':
      return { ...block, label: c(block.label), unit: c(block.unit), ...(block.labelAfter ? { labelAfter: c(block.labelAfter) } : {}) };
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
