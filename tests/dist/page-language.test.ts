// Every page speaks its own language: no English sentence on a Chinese page, no Simplified character
// left on a Traditional page (outside text marked lang="zh-Hans", such as the link to the 简体 version),
// and every English section page opens with an English summary of its Chinese text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toScript } from '../../scripts/ingest/convert-script.ts';

const DIST = 'dist';
const pagesOf = (locale: string) =>
  (readdirSync(join(DIST, locale), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(DIST, locale, f));

/** Visible text: scripts, styles and code dropped, and elements marked with `lang` (other than the page's) left out. */
function visibleText(html: string, skipLang: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<code[\s\S]*?<\/code>/g, ' ')
    .replace(new RegExp(`<(\\w+)[^>]*\\slang="${skipLang}"[^>]*>[\\s\\S]*?</\\1>`, 'g'), ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

// Characters a Traditional page may hold: those the Traditional sources print, and those OpenCC writes
// when it converts the Simplified sources (in context it keeps some, as in 風采 or 聯通云).
const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? [];
const source = (id: string) => readFileSync(`content/sources/${id}.txt`, 'utf8');
const traditional = new Set([
  ...['2020-social-responsibility-report', '2023-esg-social-inclusion', '2020-pursuing-development'].flatMap((id) => han(source(id))),
  ...['2024-sustainability-report', 'news-and-white-papers'].flatMap((id) => han(toScript(source(id), 'hant'))),
]);
/** Simplified characters left in a Traditional text: ones OpenCC converts and the Traditional text never holds. */
const simplifiedLeft = (text: string) => han(text).filter((c) => !traditional.has(c) && toScript(c, 'hant') !== c);

describe('page languages', () => {
  it.each(['zh-hans', 'zh-hant'])('%s pages show no English sentence', (locale) => {
    const found: string[] = [];
    for (const file of pagesOf(locale)) {
      const text = visibleText(readFileSync(file, 'utf8'), 'en');
      for (const m of text.matchAll(/[A-Za-z][A-Za-z']+(?:[ ,][A-Za-z][A-Za-z']*){4,}/g)) found.push(`${file}: ${m[0]}`);
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('zh-hant pages leave no Simplified character outside text marked zh-Hans', () => {
    const found: string[] = [];
    for (const file of pagesOf('zh-hant')) {
      const left = simplifiedLeft(visibleText(readFileSync(file, 'utf8'), 'zh-Hans'));
      if (left.length) found.push(`${file}: ${[...new Set(left)].join('')}`);
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('every English section page opens with an English summary of 25 words or more', () => {
    const short: string[] = [];
    const sections = pagesOf('en').filter((f) => /reports\/[^/]+\/[^/]+\/index\.html$/.test(f));
    expect(sections.length).toBeGreaterThan(250);
    for (const file of sections) {
      const html = readFileSync(file, 'utf8');
      const summary = /<section[^>]*aria-labelledby="section-summary"[\s\S]*?<p[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      if (summary.split(/\s+/u).filter(Boolean).length < 25) short.push(file);
      // The summary comes before the Chinese text.
      expect(html.indexOf('section-summary'), file).toBeLessThan(html.indexOf('class="prose-cjk"'));
    }
    expect(short).toEqual([]);
  });
});
