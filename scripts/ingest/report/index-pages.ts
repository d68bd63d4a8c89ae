// The index pages at the end of a report (GRI Standards, CASS-CSR, the stock exchange's ESG guide, the
// Global Compact): what they are part of, and where the extraction puts their titles.
import type { Block, Line, OutlineEntry } from '../types.ts';
import { toBlocks } from '../text/blocks.ts';
import { isIndented } from '../text/join-wrapped-lines.ts';
import { isBlankLine } from '../lines.ts';
import { namesStandard } from './standards.ts';

const chars = (s: string) => [...s.trim()].length;

/**
 * A title naming a reporting standard heads one part of the report's index: a sub-heading of the index
 * page, never a page of its own. Indented title lines that name one become such sub-headings too (the
 * outline skips lines that open with Latin letters, as `GRI…` does). Entries a printed contents list
 * names keep their level.
 */
export function standardsAsIndexParts(entries: readonly OutlineEntry[], lines: readonly Line[]): OutlineEntry[] {
  const first = entries[0]?.index ?? lines.length;
  const at = new Set(entries.map((e) => e.index));
  const added: OutlineEntry[] = [];
  lines.forEach((line, i) => {
    if (i > first && !at.has(i) && isIndented(line.text) && namesStandard(line.text)) added.push({ title: line.text.trim(), kind: 'section', level: 3, index: i });
  });
  const demoted = entries.map((e) => (e.kind === 'section' && !e.confirmed && namesStandard(e.title) ? { ...e, level: 3 } : e));
  return [...demoted, ...added].sort((a, b) => a.index - b.index);
}

const levelOf = (e: OutlineEntry) => e.level ?? (e.kind === 'chapter' ? 1 : 2);
const isTitleBlock = (b: Block | undefined) => !!b && (b.type === 'heading' || (b.type === 'paragraph' && chars(b.text) <= 30 && !/[。；，、：:]$/u.test(b.text)));

/**
 * Index pages print their titles over their tables, but the extraction puts them after the tables: a
 * page's title with no text of its own (the next line is another heading) right after a table opens
 * its page where that run of tables starts, taking in the tables and the titles printed after each
 * of them (`…102-28 | GRI可持續發展報告標準 | 原則1… | 指標索引`). The entry keeps the line its title
 * stands on and gets `start`, the first line of its page.
 */
export function titlesAfterTables(entries: readonly OutlineEntry[], lines: readonly Line[]): OutlineEntry[] {
  const at = new Set(entries.map((e) => e.index));
  const out = entries.map((e, k) => {
    if (e.kind !== 'section' || e.confirmed || levelOf(e) > 2) return e;
    let next = e.index + 1;
    while (next < lines.length && isBlankLine(lines[next])) next++;
    if (!at.has(next)) return e;
    // The text since the page before this one.
    const previous = entries.slice(0, k).findLast((p) => levelOf(p) <= 2);
    if (!previous) return e;
    const from = previous.index + 1;
    const blocks = toBlocks(lines.slice(from, e.index));
    let k2 = blocks.length - 1;
    if (blocks[k2]?.type !== 'table') return e;
    let firstTable = k2;
    while (k2 >= 0 && blocks[k2]!.type === 'table') {
      firstTable = k2;
      if (isTitleBlock(blocks[k2 - 1]) && blocks[k2 - 2]?.type === 'table') k2 -= 2;
      else break;
    }
    // The page before keeps text of its own.
    if (firstTable === 0) return e;
    const start = lines.findIndex((l, i) => i >= from && l.n === blocks[firstTable]!.line);
    return start >= 0 && start < e.index ? { ...e, start } : e;
  });
  return out.sort((a, b) => (a.start ?? a.index) - (b.start ?? b.index) || a.index - b.index);
}
