// Cuts a document's lines into pages: a cover, then one page per chapter introduction and per section.
import type { Line, OutlineEntry, Section } from '../types.ts';
import { toBlocks, blockText } from '../text/blocks.ts';
import { uniqueSlug } from '../slug.ts';

/** Sections with less body text than this are folded into the page before them as a sub-heading. */
const MIN_SECTION_CHARS = 300;

const bodyChars = (lines: readonly Line[]) => lines.reduce((n, l) => n + l.text.trim().length, 0);

/** Folds tiny sections found by layout cues into their predecessor (a callout or label, not a page). */
export function foldTinySections(entries: OutlineEntry[], lines: readonly Line[]): OutlineEntry[] {
  const kept: OutlineEntry[] = [];
  entries.forEach((e, k) => {
    const end = entries[k + 1]?.index ?? lines.length;
    if (kept.length > 0 && e.kind === 'section' && bodyChars(lines.slice(e.index + 1, end)) < MIN_SECTION_CHARS) return;
    kept.push(e);
  });
  return kept;
}

export function cutSections(lines: readonly Line[], entries: OutlineEntry[]): Section[] {
  const taken = new Set<string>(['cover']);
  const sections: Section[] = [];
  const firstIndex = entries[0]?.index ?? lines.length;
  const coverLines = lines.slice(0, firstIndex);
  const cover = toBlocks(coverLines);
  if (cover.some((b) => blockText(b).trim())) {
    sections.push({ slug: 'cover', title: '封面', printed: '', kind: 'section', chapter: null, lines: span(coverLines), blocks: cover });
  }
  let chapter: string | null = null;
  entries.forEach((entry, k) => {
    const end = entries[k + 1]?.index ?? lines.length;
    const body = lines.slice(entry.index + 1, end);
    const slug = uniqueSlug(entry.title, taken);
    if (entry.kind === 'chapter') chapter = slug;
    const headingIds = new Set<string>();
    sections.push({
      slug,
      title: entry.title,
      printed: lines[entry.index]!.text.trim(),
      kind: entry.kind,
      chapter: entry.kind === 'chapter' ? null : chapter,
      lines: [lines[entry.index]!.n, lines[end - 1]?.n ?? lines[entry.index]!.n],
      blocks: toBlocks(body, headingIds),
    });
  });
  return foldEmptySections(sections);
}

/** A section with no body (a heading printed twice, a label) is not a page: its heading opens the next one. */
export function foldEmptySections(sections: Section[]): Section[] {
  const out: Section[] = [];
  let carried: Section[] = [];
  for (const s of sections) {
    if (s.kind === 'section' && s.blocks.length === 0 && s !== sections.at(-1)) {
      carried.push(s);
      continue;
    }
    if (carried.length > 0) {
      const ids = new Set(s.blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : [])));
      const headings = carried.filter((c) => c.printed).map((c) => ({ type: 'heading' as const, text: c.printed, line: c.lines[0], id: uniqueSlug(c.printed, ids) }));
      out.push({ ...s, lines: [carried[0]!.lines[0], s.lines[1]], blocks: [...headings, ...s.blocks] });
      carried = [];
    } else out.push(s);
  }
  return out;
}

function span(lines: readonly Line[]): [number, number] {
  return [lines[0]?.n ?? 1, lines.at(-1)?.n ?? 1];
}
