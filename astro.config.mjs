// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, locales } from './src/lib/locales.ts';

export default defineConfig({
  site: 'https://reports.example.org',
  trailingSlash: 'always',
  // No inline scripts or styles: every page works under a strict Content-Security-Policy (README).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro's i18n routing over the locale table: every locale has a prefix (/zh-hans/, /zh-hant/, /en/);
  // `/` is our own page that picks a locale (src/pages/index.astro), so Astro does not redirect it.
  i18n: {
    locales: locales.map((l) => l.code),
    defaultLocale: defaultLocale.code,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // The sitemap lists every page with its alternates in the other two locales.
    sitemap({ i18n: { defaultLocale: defaultLocale.code, locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])) } }),
  ],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
