// Finds a document's heading outline: from its own table of contents where it has one, else from layout cues.
import type { Line, OutlineEntry } from '../types.ts';
import { isIndented } from '../text/join-wrapped-lines.ts';
import { isBlankLine } from '../lines.ts';

interface TocEntry {
  title: string;
  page: number;
  column: number;
  /** Index of the table-of-contents line, to group entries into column blocks. */
  row: number;
}

const TERMINAL = /[。！？；，、：:]$/u;
const BULLET = /^\s*[-•●▪‧◆■□√–☆]/u;
/** Figures and units only (`5.61億元 430萬戶`): a key-figure callout, never a heading. */
const NUMERIC = /^[\d\s.,%+~\-—:：/（）()年月日万萬亿億元个個家次人户戶]+$/u;
const chars = (s: string) => [...s.trim()].length;
const isBlank = isBlankLine;

/** Strips what differs between a contents entry and the heading in the body. */
export const normalizeTitle = (s: string) => s.replace(/[\s，,：:、·]/gu, '');

/**
 * Equal, or of equal length (six or more characters) with at most two characters differing: the
 * contents sometimes print a heading with another word (`提升数智运营能力` for the body's `升级数智运营能力`).
 */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [[...a], [...b]];
  if (x.length !== y.length || x.length < 6) return false;
  return x.filter((c, i) => c !== y[i]).length <= 2;
}

/** Parses a tab-separated contents block (`04\t董事长致辞\t专题一…\t09`) that follows a line `目录`. */
export function parseToc(lines: readonly Line[]): { entries: TocEntry[]; start: number; end: number } | null {
  const start = lines.findIndex((l) => /^\s*目\s*[录錄]\s*$/u.test(l.text));
  if (start < 0) return null;
  const entries: TocEntry[] = [];
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text.trim() || /^\s*CONTENTS\s*$/i.test(text)) {
      if (entries.length > 0 && i > end + 2) break;
      continue;
    }
    if (!text.includes('\t')) {
      if (entries.length > 0) break;
      continue;
    }
    const cells = text.split('\t');
    for (let c = 0; c + 1 < cells.length; c += 2) {
      const [a, b] = [cells[c]!.trim(), cells[c + 1]!.trim()];
      if (/^\d+$/.test(a) && b) entries.push({ title: b, page: Number(a), column: c, row: i });
      else if (/^\d+$/.test(b) && a) entries.push({ title: a, page: Number(b), column: c, row: i });
      else if (a && !b && c + 2 >= cells.length) entries.push({ title: a, page: NaN, column: c, row: i });
    }
    end = i;
  }
  return entries.length > 0 ? { entries, start, end } : null;
}

/**
 * A contents entry opens a chapter if its title has two parts (`推进网络向新，加强…`), or if it leads a
 * column block (consecutive rows of one column) and the entry after it starts on the same page.
 * Entries whose page differs from both neighbours (`董事长致辞`) stand alone and lead nothing.
 */
function classifyToc(entries: TocEntry[]): ('chapter' | 'section')[] {
  const blocks: TocEntry[][] = [];
  for (const e of [...entries].sort((a, b) => a.column - b.column || a.row - b.row)) {
    const block = blocks.find((b) => b.at(-1)!.column === e.column && b.at(-1)!.row === e.row - 1);
    if (block) block.push(e);
    else blocks.push([e]);
  }
  const chapters = new Set<TocEntry>();
  for (const block of blocks) {
    const standalone = (k: number) => block[k - 1]?.page !== block[k]!.page && block[k + 1]?.page !== block[k]!.page;
    const lead = block.findIndex((_, k) => !standalone(k));
    if (lead >= 0 && block[lead + 1]?.page === block[lead]!.page) chapters.add(block[lead]!);
  }
  return entries.map((e) => (/[，：:]/u.test(e.title) || chapters.has(e) ? 'chapter' : 'section'));
}

/** Outline from the contents: each entry confirmed where its heading stands in the body, in order. */
function outlineFromToc(lines: readonly Line[], toc: { entries: TocEntry[]; start: number; end: number }, unconfirmed: string[]): OutlineEntry[] {
  const kinds = classifyToc(toc.entries);
  const ordered = toc.entries.map((e, i) => ({ ...e, kind: kinds[i]! })).sort((a, b) => (a.page || 1e9) - (b.page || 1e9) || a.column - b.column);
  const out: OutlineEntry[] = [];
  let from = toc.end + 1;
  for (const entry of ordered) {
    const wanted = [entry.title, entry.title.split(/[：:]/u).pop()!].map(normalizeTitle);
    let found = -1;
    for (let i = from; i < lines.length; i++) {
      const text = lines[i]!.text;
      if (chars(text) <= 40 && wanted.some((w) => nearlyEqual(w, normalizeTitle(text)))) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      unconfirmed.push(entry.title);
      continue;
    }
    out.push({ title: entry.title, kind: entry.kind, index: found });
    from = found + 1;
  }
  return out;
}

/** A short standalone line set off by blank lines and followed by body text: a heading by layout. */
export function looksLikeHeading(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  const n = chars(text);
  if (n < 2 || n > 24 || TERMINAL.test(text.trim()) || BULLET.test(text) || text.includes('\t')) return false;
  if (NUMERIC.test(text.trim())) return false;
  // Three or more blank lines before a short line mark a figure caption, not a heading.
  let blanks = 0;
  for (let j = i - 1; j >= 0 && isBlank(lines[j]); j--) blanks++;
  if (i > 0 && blanks === 0 && !isIndented(text)) return false;
  if (blanks >= 3) return false;
  let k = i + 1;
  while (k < lines.length && isBlank(lines[k])) k++;
  const next = lines[k];
  return next !== undefined && (chars(next.text) >= 30 || BULLET.test(next.text));
}

/** A title that is mostly figures, a page reference or a person's name list is not a heading. */
const NOT_A_TITLE = /^[\dA-Za-z]|\d{2,}|P\d|[：:]$/u;

/**
 * The indented first line of a wrapped paragraph, not a heading: as long as a full line (18+ characters)
 * and followed at once by a line whose first clause ends within a few characters (`環境，中國聯通…`).
 */
function wrappedOpening(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1]?.text.trim() ?? '';
  return chars(lines[i]!.text) >= 18 && /^[^，、；。]{1,8}[，、；]/u.test(next);
}

/**
 * Outline by layout cues. Where the extraction marks headings with a leading space (the 2020 and 2023
 * Hong Kong filings), only those lines cut pages; elsewhere standalone short lines do. `…篇` opens a chapter.
 */
function outlineFromCues(lines: readonly Line[]): OutlineEntry[] {
  const candidate = (line: Line) => {
    const title = line.text.trim();
    return title !== '' && !TERMINAL.test(title) && !BULLET.test(line.text) && !NUMERIC.test(title) && !NOT_A_TITLE.test(title);
  };
  const indented = lines.filter((l) => isIndented(l.text) && candidate(l)).length;
  const out: OutlineEntry[] = [];
  lines.forEach((line, i) => {
    if (!candidate(line) || wrappedOpening(lines, i) || chars(line.text) < 3) return;
    if (indented >= 10 ? !isIndented(line.text) : !isIndented(line.text) && !looksLikeHeading(lines, i)) return;
    const title = line.text.trim();
    out.push({ title, kind: /篇$/u.test(title) ? 'chapter' : 'section', index: i });
  });
  return out;
}

export interface Outline {
  entries: OutlineEntry[];
  /** Contents entries that no heading in the body confirmed. */
  unconfirmed: string[];
  /** Line indexes of the printed table of contents, which the site rebuilds as navigation. */
  toc: [number, number] | null;
}

export function findOutline(lines: readonly Line[]): Outline {
  const toc = parseToc(lines);
  const unconfirmed: string[] = [];
  if (toc) return { entries: outlineFromToc(lines, toc, unconfirmed), unconfirmed, toc: [toc.start, toc.end] };
  return { entries: outlineFromCues(lines), unconfirmed, toc: null };
}
