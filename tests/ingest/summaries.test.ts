// English page summaries (content/translations/summaries/): one for every page, 2–5 sentences of at
// least 25 words, and every figure in them printed on the page they summarise.
import { describe, expect, it } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { ingest, TRANSLATIONS_FILE } from '../../scripts/ingest/main.ts';
import { readTranslations, coverage, englishSummary } from '../../scripts/ingest/translations.ts';
import { pageText, printedNumbers, sentenceCount, statedNumbers, unprintedNumbers, wordCount } from '../../scripts/ingest/summary-numbers.ts';

const { docs } = ingest(readSources('content/sources'));
const t = readTranslations(TRANSLATIONS_FILE);
const pages = docs.flatMap((d) => d.sections.map((s) => ({ doc: d, section: s, summary: englishSummary(t, d.id, s.slug) })));

describe('summary figures', () => {
  it('reads printed figures as written and with their magnitude (万, 亿)', () => {
    const printed = printedNumbers('服务 2,639.4 萬村戶，覆蓋 25.5萬村，投資3.3亿元，市場達2.1万亿元，捐贈9,500余万元');
    for (const n of [2639.4, 26_394_000, 25.5, 255_000, 3.3, 330_000_000, 2.1e12, 95_000_000]) expect(printed.has(n), String(n)).toBe(true);
  });

  it('reads stated figures with their English magnitude', () => {
    expect(statedNumbers('26.394 million households, 255,000 villages and 330 million yuan in 2023').map((s) => s.value)).toEqual([26_394_000, 255_000, 330_000_000, 2023]);
  });

  it('names the figures a summary states that the page does not print', () => {
    expect(unprintedNumbers('It covers 255,000 villages and 3 counties, up 12% on 2022.', '覆蓋 25.5萬村，3个县，2022年')).toEqual(['12']);
  });
});

describe('English summaries of every page', () => {
  it('cover every page, and name no page that is gone', () => {
    const c = coverage(t, docs);
    expect(c.summariesMissing).toEqual([]);
    expect(c.orphans.filter((o) => o.startsWith('summaries/'))).toEqual([]);
  });

  it.each(pages.filter((p) => p.summary).map((p) => [`${p.doc.id}/${p.section.slug}`, p] as const))('%s: 2–5 sentences, 25+ words, only printed figures', (_, p) => {
    const summary = p.summary!;
    expect(wordCount(summary)).toBeGreaterThanOrEqual(25);
    expect(sentenceCount(summary)).toBeGreaterThanOrEqual(2);
    expect(sentenceCount(summary)).toBeLessThanOrEqual(5);
    expect(unprintedNumbers(summary, pageText(p.section, p.doc.title))).toEqual([]);
  });
});
