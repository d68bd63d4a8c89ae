// Removes PDF artifacts (running navigation and footers, page numbers, icon glyphs, stray markdown)
// and logs every removed character by class, so the build report can show nothing was lost silently.
import type { Line, RemovalLog } from '../types.ts';
import { recordRemoval } from '../removal-log.ts';
import { isBlankLine } from '../lines.ts';

/** Icon glyphs the PDF extraction left in front of headings and list items. */
const ICON_GLYPHS = /[🏠📖🌐👤📌✓🏆](?:\uFE0F)?[ \t]?/gu;

interface LineStage {
  cls: string;
  /** Returns the indexes of the lines to remove. */
  find(lines: readonly Line[]): Set<number>;
}

interface InlineStage {
  cls: string;
  pattern: RegExp;
}

const isBlank = isBlankLine;

/**
 * Running side-navigation, headers and footers: runs of three or more short lines in which every
 * neighbouring pair (blank lines between them allowed) recurs through the document. Learned from
 * repetition, not from strings typed here. Pairs, not single lines, so that a recurring sub-heading
 * that happens to follow the navigation on some page does not join it.
 */
export function findRunningBlocks(lines: readonly Line[], minRepeat = 3, minRun = 3): Set<number> {
  const nonBlank = lines.flatMap((line, i) => (line.text.trim() ? [i] : []));
  const key = (i: number) => lines[i]!.text.trim();
  const pairKey = (k: number) => `${key(nonBlank[k]!)}\n${key(nonBlank[k + 1]!)}`;
  const short = (k: number) => key(nonBlank[k]!).length <= 30;
  const counts = new Map<string, number>();
  for (let k = 0; k + 1 < nonBlank.length; k++) if (short(k) && short(k + 1)) counts.set(pairKey(k), (counts.get(pairKey(k)) ?? 0) + 1);
  const found = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= minRun) for (const i of run) found.add(i);
    run = [];
  };
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    if (short(k) && short(k + 1) && (counts.get(pairKey(k)) ?? 0) >= minRepeat) {
      if (run.length === 0) run.push(nonBlank[k]!);
      run.push(nonBlank[k + 1]!);
    } else flush();
  }
  flush();
  return found;
}

/** The index of the nearest non-blank line before (step −1) or after (step 1) line `i`. */
function neighbourIndex(lines: readonly Line[], i: number, step: number): number {
  let j = i + step;
  while (j >= 0 && j < lines.length && isBlank(lines[j])) j += step;
  return j;
}

/** Page numbers: a line of one to three digits standing next to a running header or footer. */
export function findPageNumbers(lines: readonly Line[], running: Set<number>): Set<number> {
  const found = new Set<number>();
  const neighbour = (i: number, step: number) => neighbourIndex(lines, i, step);
  lines.forEach((line, i) => {
    if (/^\s*\d{1,3}\s*$/.test(line.text) && (running.has(neighbour(i, 1)) || running.has(neighbour(i, -1)))) found.add(i);
  });
  return found;
}

/**
 * Printer's slug lines (`98641 (China Unicom_CSR_Chi) 2020 \\ 28/05/2021 \\ M11 \\ P.13`): lines whose shape
 * with digits masked repeats through the document, standing next to a page number or running block.
 */
export function findRunningFooters(lines: readonly Line[], anchors: Set<number>): Set<number> {
  const shape = (s: string) => s.trim().replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const line of lines) if (/\d/.test(line.text)) counts.set(shape(line.text), (counts.get(shape(line.text)) ?? 0) + 1);
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (anchors.has(i) || line.text.trim().length < 15 || (counts.get(shape(line.text)) ?? 0) < 3) return;
    if (anchors.has(neighbourIndex(lines, i, 1)) || anchors.has(neighbourIndex(lines, i, -1))) found.add(i);
  });
  return found;
}

function pageAnchors(lines: readonly Line[]): Set<number> {
  const running = findRunningBlocks(lines);
  return new Set([...running, ...findPageNumbers(lines, running)]);
}

// Order matters: footers and page numbers are found by standing next to running blocks, which go last.
const lineStages: LineStage[] = [
  { cls: 'running-footer', find: (lines) => findRunningFooters(lines, pageAnchors(lines)) },
  { cls: 'page-number', find: (lines) => findPageNumbers(lines, findRunningBlocks(lines)) },
  { cls: 'running-navigation', find: (lines) => findRunningBlocks(lines) },
];

const inlineStages: InlineStage[] = [
  { cls: 'icon-glyph', pattern: ICON_GLYPHS },
  { cls: 'stray-markdown', pattern: /\*\*/g },
];

/** Runs every artifact remover; returns the kept lines (blank lines kept as paragraph cues) and the log. */
export function cleanLines(input: readonly Line[]): { lines: Line[]; removed: RemovalLog } {
  const removed: RemovalLog = {};
  let lines = [...input];
  for (const stage of lineStages) {
    const drop = stage.find(lines);
    // Blank lines right after a removed line go with it, so the page's own spacing (which tells
    // headings from captions) is what remains.
    let afterDropped = false;
    lines = lines.filter((line, i) => {
      if (!drop.has(i)) {
        const keep = !(afterDropped && line.text.trim() === '');
        if (line.text.trim() !== '') afterDropped = false;
        return keep;
      }
      afterDropped = true;
      recordRemoval(removed, stage.cls, line.text.trim());
      return false;
    });
  }
  lines = lines.map((line) => {
    let text = line.text;
    for (const stage of inlineStages) {
      text = text.replace(stage.pattern, (match) => {
        recordRemoval(removed, stage.cls, match);
        return '';
      });
    }
    return text === line.text ? line : { n: line.n, text };
  });
  return { lines, removed };
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
}
