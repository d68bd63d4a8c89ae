// Checks an English summary's figures against the Chinese text it summarises: every number the summary
// states must be printed on the page, as printed (`25.5`) or converted exactly (`25.5万` = 255,000;
// `3.3亿元` = 330 million yuan). A summary may not compute figures of its own (sums, changes, shares).
// Also the measures of a summary's length that the tests and scripts/check-summaries.ts share.
import type { Section } from './types.ts';
import { blockText } from './text/blocks.ts';

/** Chinese magnitude words after a number. */
const CHINESE_MAGNITUDE: Record<string, number> = { 万亿: 1e12, 萬億: 1e12, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千: 1e3, 百: 1e2 };
/** English magnitude words after a number. */
const ENGLISH_MAGNITUDE: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const NUMBER = '\\d[\\d,]*(?:\\.\\d+)?';
const toNumber = (s: string) => Number(s.replace(/,/gu, ''));

/** The numbers a Chinese text prints, each as written and, after a magnitude word, as its value. */
export function printedNumbers(text: string): Set<number> {
  const out = new Set<number>();
  // `9,500余万` (over 95 million): 余/多 may stand between the number and its magnitude.
  for (const m of text.matchAll(new RegExp(`(${NUMBER})\\s*(?:余|餘|多)?\\s*(万亿|萬億|万|萬|亿|億|千|百)?`, 'gu'))) {
    const n = toNumber(m[1]!);
    out.add(n);
    if (m[2]) out.add(n * CHINESE_MAGNITUDE[m[2]]!);
  }
  return out;
}

/** The numbers an English summary states: a numeral with, optionally, a magnitude word after it. */
export function statedNumbers(summary: string): { text: string; value: number }[] {
  const out: { text: string; value: number }[] = [];
  for (const m of summary.matchAll(new RegExp(`(${NUMBER})(?:\\s*(hundred|thousand|million|billion|trillion)\\b)?`, 'giu'))) {
    const n = toNumber(m[1]!);
    out.push({ text: m[0], value: m[2] ? n * ENGLISH_MAGNITUDE[m[2].toLowerCase()]! : n });
  }
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;

/** Figures of `summary` that `text` does not print (empty when every figure is printed). */
export function unprintedNumbers(summary: string, text: string): string[] {
  const printed = [...printedNumbers(text)];
  return statedNumbers(summary)
    .filter((s) => !printed.some((p) => same(p, s.value)))
    .map((s) => s.text);
}

/** The text a summary is checked against: the page's document title (every page prints it in its
 *  path; a cover prints it as the document's title), the page's title, heading and blocks, table cells
 *  kept apart so that neighbouring figures do not run together. */
export function pageText(section: Section, docTitle = ''): string {
  const blocks = section.blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : blockText(b)));
  return [docTitle, section.title, section.printed, ...blocks].join('\n');
}

export const wordCount = (summary: string) => summary.split(/\s+/u).filter(Boolean).length;

/** Sentences: a full stop, question or exclamation mark followed by a capital, a quote or a bracket. */
export const sentenceCount = (summary: string) => summary.split(/(?<=[.!?])\s+(?=[A-Z“"(])/u).filter(Boolean).length;
