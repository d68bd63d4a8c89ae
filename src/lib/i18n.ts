// UI strings: one JSON file per locale with dotted keys; a missing key fails the build.
import zhHans from '../i18n/zh-hans.json';
import zhHant from '../i18n/zh-hant.json';
import en from '../i18n/en.json';
import type { LocaleCode } from './locales.ts';

export type UiKey = keyof typeof zhHans;

// Every locale file must have every key of the Simplified file: the type below fails the build otherwise.
const strings: Record<LocaleCode, Record<UiKey, string>> = { 'zh-hans': zhHans, 'zh-hant': zhHant, en };

/** Returns a translator for one locale: `t('home.sections', { count: 3 })`. */
export function translator(locale: LocaleCode) {
  const table = strings[locale];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The UI key naming a document kind (`report`, `news`, …); an unknown kind fails the build. */
export function kindKey(kind: string): UiKey {
  const key = `kind.${kind}`;
  if (!(key in zhHans)) throw new Error(`no UI string for document kind "${kind}": add "${key}" to src/i18n/*.json`);
  return key as UiKey;
}
