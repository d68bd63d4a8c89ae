// Script conversion at build time for labels the ingest does not convert (KPI names, categories,
// units), which the reports print in either script. OpenCC, Hong Kong standard (see README).
import * as OpenCC from 'opencc-js';
import type { Script } from './locales.ts';

const converters: Record<Script, (s: string) => string> = {
  hans: OpenCC.Converter({ from: 'hk', to: 'cn' }),
  hant: OpenCC.Converter({ from: 'cn', to: 'hk' }),
};
const cache: Record<Script, Map<string, string>> = { hans: new Map(), hant: new Map() };

/** `text` (in either script) in the given script. */
export function toScript(text: string, script: Script): string {
  let out = cache[script].get(text);
  if (out === undefined) cache[script].set(text, (out = converters[script](text)));
  return out;
}

/** Simplified → Traditional (Hong Kong). */
export const convertTitle = (text: string): string => toScript(text, 'hant');
