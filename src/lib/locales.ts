// The locale table, written once: routes, <html lang>, the switcher and search indexes derive from it.
export const locales = [
  { code: 'zh-hans', lang: 'zh-Hans', script: 'hans', label: '简体' },
  { code: 'zh-hant', lang: 'zh-Hant', script: 'hant', label: '繁體' },
  { code: 'en', lang: 'en', script: 'hans', label: 'English' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleCode = Locale['code'];
export type Script = Locale['script'];

export const defaultLocale: Locale = locales[0];

/** Locales built into the site. */
export const builtLocales: readonly Locale[] = locales;

/** The path of a page without its locale prefix: `/en/reports/x/` → `reports/x/`. */
export function pathWithoutLocale(pathname: string): string {
  return pathname.replace(/^\/[^/]+\/?/, '');
}

export function localeByCode(code: string | undefined): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`unknown locale: ${code}`);
  return found;
}

/** `getStaticPaths` entries for every built locale. */
export const localePaths = () => builtLocales.map((l) => ({ params: { locale: l.code } }));
