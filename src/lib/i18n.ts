// UI strings: one JSON file per locale with dotted keys; a missing key fails the build.
import zhHans from '../i18n/zh-hans.json';
import type { LocaleCode } from './locales.ts';

export type UiKey = keyof typeof zhHans;

const strings: Partial<Record<LocaleCode, Record<UiKey, string>>> = { 'zh-hans': zhHans };

/** Returns a translator for one locale: `t('home.sections', { count: 3 })`. */
export function translator(locale: LocaleCode) {
  const table = strings[locale];
  if (!table) throw new Error(`no UI strings for locale ${locale}`);
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
