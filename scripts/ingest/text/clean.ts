// Removes PDF artifacts (running navigation and footers, page numbers, icon glyphs, stray markdown)
// and logs every removed character by class, so the build report can show nothing was lost silently.
import type { Line, RemovalLog } from '../types.ts';
import { recordRemoval } from '../removal-log.ts';
import { isBlankLine, LIST_MARKS } from '../lines.ts';
import { dropUnprintable } from '../unprintable.ts';

/** Icon glyphs the PDF extraction left in front of headings and list items. */
/** Icons the layout prints before titles. */
const TITLE_ICONS = '🏠📖🌐👤📌🏆';
const ICON_GLYPHS = new RegExp(`[${TITLE_ICONS}✓](?:\\uFE0F)?[ \\t]?`, 'gu');
/** A line opening with a title's icon (a check mark is a list's, not a title's). */
const ICON_FIRST = new RegExp(`^\\s*[${TITLE_ICONS}]`, 'u');

interface LineStage {
  cls: string;
  /** Returns the indexes of the lines to remove; a Map names another class for some of them. */
  find(lines: readonly Line[]): Set<number> | Map<number, string>;
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
  return withRewrappedRuns(lines, nonBlank, found, minRun);
}

/**
 * The same navigation wrapped differently on a few pages (`加强新型基础设施` + `建设` for the learned
 * `加强新型基础设施建设`): a run of short lines each of which is a learned running line or a piece of
 * one split over two lines, at least two of them whole, is running text too.
 */
function withRewrappedRuns(lines: readonly Line[], nonBlank: readonly number[], found: Set<number>, minRun: number): Set<number> {
  // Compared without stray markdown, which some pages wrap around the navigation.
  const bare = (s: string) => s.trim().replace(/\*\*/gu, '');
  const known = new Set([...found].map((i) => bare(lines[i]!.text)));
  if (known.size === 0) return found;
  const knownList = [...known];
  const text = (k: number) => (k >= 0 && k < nonBlank.length ? bare(lines[nonBlank[k]!]!.text) : '');
  /** Whole, misprinted by a character or two, or two learned lines run together. */
  const whole = (t: string) =>
    known.has(t) ||
    (t.length >= 6 && knownList.some((w) => Math.abs(w.length - t.length) <= 1 && editDistance(w, t) <= 2)) ||
    [...t].some((_, cut) => cut >= 2 && known.has(t.slice(0, cut)) && known.has(t.slice(cut)));
  /** A learned line's start or end, the rest of it on the line before or after. */
  const piece = (k: number) => whole(text(k)) || knownList.some((w) => text(k).length >= 2 && (w.startsWith(text(k)) || w.endsWith(text(k))));
  const out = new Set(found);
  let run: number[] = [];
  const flush = () => {
    const wholes = run.filter((k) => whole(text(k))).length;
    // Two whole learned lines in a row are a page's navigation cut short; pieces need a longer run.
    if ((run.length >= minRun && wholes >= 2) || (run.length === 2 && wholes === 2)) for (const k of run) out.add(nonBlank[k]!);
    run = [];
  };
  for (let k = 0; k < nonBlank.length; k++) {
    if (text(k).length <= 30 && piece(k)) run.push(k);
    else flush();
  }
  flush();
  return out;
}

/** Levenshtein distance, for short lines only. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}

/** The index of the nearest non-blank line before (step −1) or after (step 1) line `i`. */
function neighbourIndex(lines: readonly Line[], i: number, step: number): number {
  let j = i + step;
  while (j >= 0 && j < lines.length && isBlank(lines[j])) j += step;
  return j;
}

/** A page number alone on its line: one to three digits; some extractions print it twice (`4242` for page 42). */
const isPageNumber = (line: Line | undefined) => line !== undefined && /^\s*(\d{1,3})\1?\s*$/u.test(line.text);

/** Page numbers: a page number's line standing next to a running header or footer. */
export function findPageNumbers(lines: readonly Line[], running: Set<number>): Set<number> {
  const found = new Set<number>();
  const neighbour = (i: number, step: number) => neighbourIndex(lines, i, step);
  lines.forEach((line, i) => {
    if (isPageNumber(line) && (running.has(neighbour(i, 1)) || running.has(neighbour(i, -1)))) found.add(i);
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
  // Markdown's emphasis underscore left between a figure and its unit (`678_个`).
  { cls: 'stray-markdown', pattern: /(?<=\d)_(?=\p{Script=Han})/gu },
  // A narrow column justified by spacing its characters (`參 考 客 服 熱 線 電 話 記`, `•全 面 支 持VoLTE、 定 向 語`):
  // a space between single characters, three or more in a row (two words set apart, `辦賽 參賽`, keep theirs).
  { cls: 'letter-spacing', pattern: /(?<=[\p{Script=Han}、，])[ \u3000](?=\p{Script=Han}[ \u3000]\p{Script=Han})|(?<=\p{Script=Han}[ \u3000]\p{Script=Han})[ \u3000](?=\p{Script=Han})/gu },
];

/** Words in bold at a line's start, after a list's mark (`- **新一代移动通信**：承担…`, `• **拓展产投融合。**中国联通…`). */
const LEAD_IN = new RegExp(`^\\s*(?:[${LIST_MARKS}]\\s*)?\\*\\*([^*]+?)\\*\\*`, 'u');

/** The bold lead-in a line opens with, as published (the inline stages' artifacts taken out of it), or undefined. */
function leadIn(text: string): string | undefined {
  const m = LEAD_IN.exec(text);
  if (!m) return undefined;
  const words = inlineStages.reduce((t, stage) => t.replace(stage.pattern, ''), m[1]!).trim();
  return [...words].length >= 2 ? words : undefined;
}

/** A bold title's line: at most this many characters, no mark of a clause or a sentence. */
const BOLD_TITLE_CHARS = 20;
const BOLD_OPENS = /^\s*\*\*([^*]+)$/u;
const BOLD_CLOSES = /^([^*]+)\*\*\s*$/u;
const titleWords = (s: string) => [...s.trim()].length <= BOLD_TITLE_CHARS && !/[，、；：。！？,;:.!?]/u.test(s);

/**
 * A bold title printed over two lines (`**推进服务向新` / `加大数实融合发展步伐**`, a chapter opener) is one
 * line, its two phrases set apart by a space as the one-line form prints them (`推进网络向新 加强新型基础设施建设`).
 */
export function boldTitlesJoined(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [a, b] = [BOLD_OPENS.exec(lines[i]!.text)?.[1], BOLD_CLOSES.exec(lines[i + 1]?.text ?? '')?.[1]];
    if (a !== undefined && b !== undefined && titleWords(a) && titleWords(b)) {
      out.push({ ...lines[i]!, text: `**${a.trim()} ${b.trim()}**` });
      i++;
    } else out.push(lines[i]!);
  }
  return out;
}

/** Names compared without spaces and punctuation (`促進社會共融，服務民生事業` is `促進社會共融 服務民生事業`). */
const nameKey = (s: string) => s.replace(/[\s\p{P}]/gu, '');

/**
 * Running headers a short document prints too few times to learn by repetition: a line that is the
 * document's own title or the report it was printed in (`names`), standing next to a page number
 * (which findPageNumbers then takes with it).
 */
export function findNamedHeaders(lines: readonly Line[], names: readonly string[]): Set<number> {
  const keys = new Set(names.map(nameKey).filter(Boolean));
  const found = new Set<number>();
  if (keys.size === 0) return found;
  lines.forEach((line, i) => {
    if (keys.has(nameKey(line.text)) && (isPageNumber(lines[neighbourIndex(lines, i, -1)]) || isPageNumber(lines[neighbourIndex(lines, i, 1)]))) found.add(i);
  });
  return found;
}

/** Runs every artifact remover; returns the kept lines (blank lines kept as paragraph cues) and the log. */
export function cleanLines(input: readonly Line[], names: readonly string[] = []): { lines: Line[]; removed: RemovalLog } {
  const removed: RemovalLog = {};
  // Characters no page may print go first, so that the stages below see the text as printed.
  let lines = boldTitlesJoined(
    input.map((line) => {
      const text = dropUnprintable(line.text, removed);
      return text === line.text ? line : { n: line.n, text };
    }),
  );
  const named = (ls: readonly Line[]) => {
    const headers = findNamedHeaders(ls, names);
    return new Map([...[...headers].map((i): [number, string] => [i, 'running-header']), ...[...findPageNumbers(ls, headers)].map((i): [number, string] => [i, 'page-number'])]);
  };
  const stages: LineStage[] = [{ cls: 'running-header', find: named }, ...lineStages];
  for (const stage of stages) {
    const drop = stage.find(lines);
    // Blank lines right after a removed line go with it, so the page's own spacing (which tells
    // headings from captions) is what remains.
    let afterDropped = false;
    let blanksAfter = 0;
    const tops = new Map<Line, number>();
    lines = lines.filter((line, i) => {
      if (!drop.has(i)) {
        const keep = !(afterDropped && line.text.trim() === '');
        if (!keep) blanksAfter++;
        if (line.text.trim() !== '') {
          if (afterDropped && stage.cls === 'running-navigation') tops.set(line, blanksAfter);
          afterDropped = false;
        }
        return keep;
      }
      afterDropped = true;
      blanksAfter = 0;
      recordRemoval(removed, (drop instanceof Map ? drop.get(i) : undefined) ?? stage.cls, line.text.trim());
      return false;
    }).map((line) => (tops.has(line) ? { ...line, pageTop: { blanks: tops.get(line)! } } : line));
  }
  lines = lines.map((line) => {
    let text = line.text;
    const lead = leadIn(line.text);
    for (const stage of inlineStages) {
      text = text.replace(stage.pattern, (match) => {
        recordRemoval(removed, stage.cls, match);
        return '';
      });
    }
    const icon = ICON_FIRST.test(line.text);
    return text === line.text ? line : { ...line, text, ...(icon ? { icon: true as const } : {}), ...(lead ? { lead } : {}) };
  });
  return { lines, removed };
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
}
