// The locale table, written once: routes, <html lang>, the switcher and search indexes derive from it.
export const locales = [
  { code: 'zh-hans', lang: 'zh-Hans', script: 'hans', label: '简体' },
  { code: 'zh-hant', lang: 'zh-Hant', script: 'hant', label: '繁體' },
  { code: 'en', lang: 'en', script: 'hans', label: 'English' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleCode = Locale['code'];

export const defaultLocale: Locale = locales[0];

/** Locales built into the site. The other locales slot in here as their translations land (issue #4). */
export const builtLocales: readonly Locale[] = locales.filter((l) => l.code === 'zh-hans');

export function localeByCode(code: string | undefined): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`unknown locale: ${code}`);
  return found;
}

/** `getStaticPaths` entries for every built locale. */
export const localePaths = () => builtLocales.map((l) => ({ params: { locale: l.code } }));
