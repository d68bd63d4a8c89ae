// The site locale for a browser's language list: zh-TW/HK/MO and zh-Hant → 繁體, other zh → 简体,
// else the language itself if the site has it.
export function pickLocale(languages: readonly string[], codes: readonly string[]): string | undefined {
  return languages
    .map((l) => l.toLowerCase())
    .map((l) => (l.startsWith('zh') ? (/(hant|tw|hk|mo)/.test(l) ? 'zh-hant' : 'zh-hans') : l.split('-')[0]!))
    .find((c) => codes.includes(c));
}
