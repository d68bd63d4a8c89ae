// Cuts a document's lines into pages: a cover, then one page per chapter introduction and per section.
import type { Block, Line, OutlineEntry, Section } from '../types.ts';
import { toBlocks, blockText } from '../text/blocks.ts';
import { divideBoxList, sideBySideTitles, splitBoxLists, yearBoxPair } from '../text/box-titles.ts';
import { uniqueSlug } from '../slug.ts';
import { isBlankLine } from '../lines.ts';
import { looksLikeHeading } from './outline.ts';
import { alignParallelSiblings, alignWithSubHeadings, nestRunInHeadings, nestTitlesOverLists, nestUnderTopics, nestUnderParallelHeadings, nestParallelRuns, nestNamedInIntroduction, nestParallelUnderSubHeading } from './parallel-headings.ts';
import { vocabulary } from '../vocabulary.ts';
import { inEitherScript } from '../convert-script.ts';

/** The company's short name in both scripts: an introduction naming it names no sub-heading (nestNamedInIntroduction). */
export const COMPANY_NAMES = inEitherScript([vocabulary.names.company.short]);

/** Sections with less body text than this are folded into the page before them as a sub-heading. */
const MIN_SECTION_CHARS = 300;

const bodyChars = (lines: readonly Line[]) => lines.reduce((n, l) => n + l.text.trim().length, 0);

/** The first line of an entry's page: its heading, or where the text it heads starts before it. */
const startOf = (e: OutlineEntry) => e.start ?? e.index;

/** The lines of an entry's page from `from` to `to`, without its heading line. */
const bodyLines = (lines: readonly Line[], e: OutlineEntry, from: number, to: number) =>
  lines.slice(from, to).filter((_, d) => from + d !== e.index);

/** The level an outline entry stands at: chapters 1, sections 2, unless the outline says otherwise. */
const levelOf = (e: OutlineEntry) => e.level ?? (e.kind === 'chapter' ? 1 : 2);

/**
 * Tiny sections found by layout cues (a label, a callout's title) are not pages: they become
 * sub-headings of the page before them. Sections named by a printed list of contents stay pages.
 */
export function foldTinySections(entries: OutlineEntry[], lines: readonly Line[]): OutlineEntry[] {
  let pages = 0;
  return entries.map((e, k) => {
    if (levelOf(e) > 2) return e;
    // The page runs to the next entry that is a page; the sub-headings already set below it are part of it.
    const next = entries.slice(k + 1).find((n) => levelOf(n) <= 2);
    const end = next ? startOf(next) : lines.length;
    // A section with a sub-heading of its own is structure, not a label, however short.
    const headed = () => lines.slice(e.index + 1, end).some((_, d) => looksLikeHeading(lines, e.index + 1 + d));
    // A topic over sub-sections (outline's topicsOverSections) is structure too.
    const topic = levelOf(entries[k + 1] ?? e) > 2;
    const tiny = e.kind === 'section' && !e.confirmed && !topic && bodyChars(bodyLines(lines, e, startOf(e), end)) < MIN_SECTION_CHARS && !headed();
    if (pages > 0 && tiny) return { ...e, level: 3 };
    pages++;
    return e;
  });
}

/** The longest title of a page's topic that names the page first (`利益相关方沟通` + `机制与管理程序`). */
const TOPIC_TITLE_CHARS = 24;

/**
 * A line alone that opens with the page's whole title and goes on to name a part of it
 * (`利益相关方沟通机制与管理程序`, `利益相关方沟通方式与期望` on the page `利益相关方沟通`) is a heading of the page,
 * wherever the layout set it (over a diagram or a table, after blank lines).
 */
export function namingPageTopics(blocks: readonly Block[], title: string, ids: Set<string>): Block[] {
  const key = title.replace(/\s+/gu, '');
  return blocks.map((b) => {
    if (b.type !== 'paragraph') return b;
    const text = b.text.trim();
    const named = key.length >= 2 && text.startsWith(key) && [...text].length - [...key].length >= 2 && [...text].length <= TOPIC_TITLE_CHARS && !/[。！？；：，、,.;:]/u.test(text);
    return named ? { type: 'heading' as const, text, line: b.line, id: uniqueSlug(text, ids) } : b;
  });
}

/** The title of the page printed before a report's first section. */
const COVER_TITLE = '封面';

/** The level a page stands at in its document's outline: a chapter, or a page outside any chapter, 1; a chapter's section 2. */
export const pageLevel = (page: Pick<Section, 'kind' | 'chapter'>): 1 | 2 => (page.kind === 'chapter' || !page.chapter ? 1 : 2);

/**
 * The pages of a report: its cover (what is printed before the first entry), then one page per entry
 * of level 1 or 2. `coverTitle`: a chapter printed alone opens on its own title, the year boxes and its
 * introduction, not on a cover: that page is titled by the chapter.
 */
export function cutSections(lines: readonly Line[], entries: OutlineEntry[], coverTitle = COVER_TITLE): Section[] {
  const at = new Map(lines.map((l, k) => [l.n, k]));
  /** Whether the text under the heading on source line `n` follows it at once (no blank line). */
  const runsIn = (n: number) => {
    const k = at.get(n);
    return k !== undefined && k + 1 < lines.length && !isBlankLine(lines[k + 1]);
  };
  const taken = new Set<string>(['cover']);
  const sections: Section[] = [];
  const firstIndex = entries[0] ? startOf(entries[0]) : lines.length;
  const coverLines = lines.slice(0, firstIndex);
  const cover = splitBoxLists(toBlocks(coverLines));
  if (cover.some((b) => blockText(b).trim())) {
    const slug = coverTitle === COVER_TITLE ? 'cover' : uniqueSlug(coverTitle, taken);
    sections.push({ slug, title: coverTitle, printed: '', kind: 'section', chapter: null, lines: span(coverLines), blocks: cover });
  }
  // Entries of level 3 and deeper are headings inside the page of the entry above them.
  const pages = entries.map((e, k) => ({ e, k })).filter(({ e }) => levelOf(e) <= 2);
  let chapter: string | null = null;
  pages.forEach(({ e: entry, k }, p) => {
    const nextPage = pages[p + 1];
    const end = nextPage ? startOf(nextPage.e) : lines.length;
    const slug = uniqueSlug(entry.title, taken);
    if (entry.kind === 'chapter') chapter = slug;
    else if (levelOf(entry) === 1) chapter = null;
    const level = pageLevel({ kind: entry.kind, chapter });
    const headingIds = new Set<string>();
    const blocks: Block[] = [];
    const inner = entries.slice(k + 1, nextPage ? nextPage.k : entries.length);
    let from = startOf(entry);
    let depth: number = level;
    for (const h of [...inner, null]) {
      const upto = h ? h.index : end;
      // Headings the layout finds inside the text sit one level below the last outline heading.
      blocks.push(...namingPageTopics(toBlocks(bodyLines(lines, entry, from, upto), headingIds, entry.title), entry.title, headingIds).map((b) => (b.type === 'heading' ? { ...b, depth: depth + 1 } : b)));
      if (!h) break;
      depth = Math.max(level + 1, levelOf(h));
      // A title printed after its table (an index part's, `全球契約十項原則` below the principles) heads that
      // table: the headings the layout finds after it are its siblings, not its sub-headings.
      const titlesTableAbove = blocks.at(-1)?.type === 'table' && isBlankLine(lines[h.index + 1]);
      const text = lines[h.index]!.text.trim();
      // Two box titles side by side on the line are two headings.
      for (const title of sideBySideTitles(text) ?? [text]) blocks.push({ type: 'heading', text: title, line: lines[h.index]!.n, id: uniqueSlug(title, headingIds), depth });
      if (titlesTableAbove) depth -= 1;
      from = h.index + 1;
    }
    // Headings the layout found in parallel form are siblings; those between them nest below; run-in
    // sub-headings nest below the heading before them; a heading in parallel with the sub-headings
    // before it is theirs; a two-phrase title over a list is a sub-heading; an outline heading printed
    // like the layout's sub-headings before it is one of them; topics, runs printed alike, headings an
    // introduction enumerates and parallel runs under a sub-heading nest below (parallel-headings.ts).
    const outlined = new Set(inner.map((h) => lines[h.index]!.n));
    const sub = level + 1;
    const parallel = nestUnderParallelHeadings(repeatedLabels(blocks, outlined), sub);
    const runIn = nestRunInHeadings(parallel, sub, runsIn, (n) => !outlined.has(n));
    const layout = (n: number) => !outlined.has(n);
    const steps: ((b: Block[]) => Block[])[] = [
      (b) => alignParallelSiblings(b, sub),
      (b) => nestTitlesOverLists(b, sub),
      (b) => alignWithSubHeadings(b, outlined, runsIn),
      (b) => nestUnderTopics(b, sub, layout),
      (b) => nestParallelRuns(b, sub, layout),
      (b) => nestParallelRuns(b, sub + 1, layout, true),
      (b) => nestNamedInIntroduction(b, sub, layout, COMPANY_NAMES),
      (b) => nestNamedInIntroduction(b, sub + 1, layout, COMPANY_NAMES),
      (b) => nestParallelUnderSubHeading(b, sub, layout),
    ];
    const nested = steps.reduce((b, step) => step(b), runIn);
    sections.push({
      slug,
      title: entry.title,
      printed: entry.printed ?? lines[entry.index]!.text.trim(),
      kind: entry.kind,
      chapter: entry.kind === 'chapter' ? null : chapter,
      lines: [lines[startOf(entry)]!.n, lines[end - 1]?.n ?? lines[entry.index]!.n],
      ...(startOf(entry) < entry.index ? { headingLine: lines[entry.index]!.n } : {}),
      blocks: splitBoxLists(nested),
    });
  });
  return foldEmptySections(boxesOnTheirChapter(sections));
}

/** The depth of a heading right below a chapter page's title (`2020年採取的措施` on `提價值…`). */
const CHAPTER_SUB_DEPTH = 2;

/**
 * A chapter page the extraction left empty (its title runs straight into its first section) and the
 * chapter's year boxes printed inside that section, right after the chapter's introduction (the 2020
 * report's 拓合作: `攜手合作、互利共贏既是經濟規律…` then `2020年採取的措施 2021年將採取的行動` among 攜手友商共贏發展's
 * text): the introduction and the two boxes, each a title over its list, are the chapter page's, as a
 * chapter opener prints them (提價值's page). Where the two titles stand apart from their list, the list
 * is the first after them, divided between the boxes as splitBoxLists divides one.
 */
export function boxesOnTheirChapter(sections: readonly Section[]): Section[] {
  const out = [...sections];
  out.forEach((chapter, k) => {
    const first = out[k + 1];
    if (chapter.kind !== 'chapter' || chapter.blocks.some((b) => blockText(b).trim()) || !first || first.chapter !== chapter.slug) return;
    const blocks = first.blocks;
    const pairAt = (j: number, gap: number) => yearBoxPair(blocks[j], blocks[j + gap]);
    // The boxes as splitBoxLists left them (each title over its list), or the two titles side by side
    // with their one list printed further on, the section's own sub-headings between (two columns read
    // one after the other: 謀發展's boxes among 啓動品牌煥新工程's text).
    const divided = blocks.findIndex((_, j) => pairAt(j, 2) && blocks[j + 1]?.type === 'list' && blocks[j + 3]?.type === 'list');
    const apart = divided < 0 ? blocks.findIndex((_, j) => pairAt(j, 1)) : -1;
    const at = divided >= 0 ? divided : apart;
    const listAt = apart >= 0 ? blocks.findIndex((b, j) => j > apart + 1 && b.type === 'list') : -1;
    if (at < 0 || (apart >= 0 && listAt < 0)) return;
    const from = blocks[at - 1]?.type === 'paragraph' ? at - 1 : at;
    const chapterHeading = (b: Block): Block => (b.type === 'heading' ? { ...b, depth: CHAPTER_SUB_DEPTH } : b);
    // The blocks taken: the introduction and the boxes' titles and lists (apart: the titles, then their list).
    const upTo = (end: number) => Array.from({ length: end - from + 1 }, (_, d) => from + d);
    const taken = new Set(divided >= 0 ? upTo(at + 3) : [...upTo(at + 1), listAt]);
    let moved: Block[];
    if (divided >= 0) moved = blocks.slice(from, at + 4).map(chapterHeading);
    else {
      const list = blocks[listAt] as Extract<Block, { type: 'list' }>;
      const [firstItems, secondItems] = divideBoxList(list.items);
      moved = [...blocks.slice(from, at), chapterHeading(blocks[at]!), { ...list, items: firstItems }, chapterHeading(blocks[at + 1]!), { ...list, items: secondItems }];
    }
    // The chapter's lines now run to the end of the boxes (the line before the section's next block).
    const last = Math.max(...taken);
    const until = (blocks[last + 1]?.line ?? first.lines[1] + 1) - 1;
    out[k] = { ...chapter, blocks: [...chapter.blocks, ...moved], lines: [chapter.lines[0], Math.max(chapter.lines[1], until)] };
    out[k + 1] = { ...first, blocks: blocks.filter((_, j) => !taken.has(j)) };
  });
  return out;
}

/** A title the layout finds this many times on one page labels the parts of a box. */
const REPEATED_LABEL = 3;

/**
 * A title printed again and again on one page (`解决方案` under each scenario of a box: `家庭安防场景`,
 * `家人看护场景`, `宠物监看场景`) labels the parts of a box, not sections: its lines are paragraphs.
 * Headings of the outline (`outlined`, by source line) stay headings.
 */
export function repeatedLabels(blocks: readonly Block[], outlined: ReadonlySet<number>): Block[] {
  const found = (b: Block): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && !outlined.has(b.line);
  const count = new Map<string, number>();
  for (const b of blocks) if (found(b)) count.set(b.text, (count.get(b.text) ?? 0) + 1);
  return blocks.map((b) => (found(b) && count.get(b.text)! >= REPEATED_LABEL ? { type: 'paragraph' as const, text: b.text, line: b.line } : b));
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
