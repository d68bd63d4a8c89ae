// Script conversion at build time for labels the ingest does not convert (KPI names, categories,
// units), which the reports print in either script: the ingest's converters, with a cache.
import { toScript as convert } from '../../scripts/ingest/convert-script.ts';
import type { Script } from './locales.ts';

const cache: Record<Script, Map<string, string>> = { hans: new Map(), hant: new Map() };

/** `text` (in either script) in the given script. */
export function toScript(text: string, script: Script): string {
  let out = cache[script].get(text);
  if (out === undefined) cache[script].set(text, (out = convert(text, script)));
  return out;
}
