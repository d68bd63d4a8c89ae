// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://reports.example.org',
  trailingSlash: 'always',
  // No inline scripts or styles: every page works under a strict Content-Security-Policy (README).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    // The sitemap lists every page with its alternates in the other two locales.
    sitemap({ i18n: { defaultLocale: 'zh-hans', locales: { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' } } }),
  ],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
