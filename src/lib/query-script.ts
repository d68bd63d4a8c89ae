// Browser side: a query typed in either Chinese script is converted to the script of the index it
// searches, so 中頻基站 finds 中频基站 on 简体 pages and the reverse on 繁體 pages. The converter is
// loaded only for a query that holds Han characters, and only the direction the page needs:
// Traditional→Simplified is OpenCC's own hk2s chain (about 25 KB gzipped); Simplified→Traditional
// uses OpenCC's character table plus the phrases of its 1 MB phrase table that occur in our
// sources (see scripts/search-dict.ts), then the Hong Kong variants the site's 繁體 text uses.
import type { Script } from './locales.ts';

type Convert = (text: string) => string;

const HAN = /\p{Script=Han}/u;
const converters = new Map<Script, Promise<Convert>>();

async function toHans(): Promise<Convert> {
  const [{ ConverterFactory }, hkRevPhrases, hkRev, tsPhrases, tsChars] = await Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/HKVariantsRevPhrases'),
    import('opencc-js/dict/HKVariantsRev'),
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TSCharacters'),
  ]);
  return ConverterFactory([hkRevPhrases.default, hkRev.default], [tsPhrases.default, tsChars.default]);
}

/** Simplified → Traditional, and the same with the Hong Kong variants the converted pages use. */
async function toHantForms(): Promise<{ standard: Convert; hk: Convert }> {
  const [{ ConverterFactory }, phrases, stChars, hkPhrases, hk] = await Promise.all([
    import('opencc-js/core'),
    import('../../.generated/search/s2t-phrases.json'),
    import('opencc-js/dict/STCharacters'),
    import('opencc-js/dict/HKVariantsPhrases'),
    import('opencc-js/dict/HKVariants'),
  ]);
  const pairs = phrases.default as [string, string][];
  return { standard: ConverterFactory([pairs, stChars.default]), hk: ConverterFactory([pairs, stChars.default], [hkPhrases.default, hk.default]) };
}

let hantForms: Promise<{ standard: Convert; hk: Convert }> | undefined;
async function toHant(): Promise<Convert> {
  return (await (hantForms ??= toHantForms())).hk;
}

/** The query in the given script; a query without Han characters is returned as typed, with nothing loaded. */
export async function queryInScript(q: string, script: Script): Promise<string> {
  if (!HAN.test(q)) return q;
  let convert = converters.get(script);
  if (!convert) converters.set(script, (convert = script === 'hans' ? toHans() : toHant()));
  return (await convert)(q);
}

/**
 * The ways the query may be printed in the given script, most likely first. Traditional pages
 * converted from Simplified use Hong Kong variants (`温`, `衞`), while the sources printed in
 * Traditional use the standard forms (`溫`, `衛`): a Simplified query is tried in both.
 */
export async function queryForms(q: string, script: Script): Promise<string[]> {
  if (!HAN.test(q)) return [q];
  if (script === 'hans') return [await queryInScript(q, 'hans')];
  const { standard, hk } = await (hantForms ??= toHantForms());
  return [...new Set([hk(q), standard(q)])];
}
