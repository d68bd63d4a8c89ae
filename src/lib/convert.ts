// Simplified → Traditional (Hong Kong) for labels the ingest does not convert (KPI names, categories).
import * as OpenCC from 'opencc-js';

const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });
const cache = new Map<string, string>();

export function convertTitle(text: string): string {
  let out = cache.get(text);
  if (out === undefined) cache.set(text, (out = toHant(text)));
  return out;
}
