// Turns the documents cut out of a collection into site documents: ids, sections, paragraphs.
// Long documents (white papers, results) get an outline from their numbered headings (一、二、…),
// titled from their own contents list where they print one, with the sections listed under each
// chapter (（一）、（二）…) as headings on its page; a news article is one page.
import type { Block, Doc, RemovalLog, Section, Source } from '../types.ts';
import { recordRemoval } from '../removal-log.ts';
import type { CollectionDoc } from './segment.ts';
import { DATED_HEADLINE, PUBLISHED_ON, splitAtSentences } from './segment.ts';
import { uniqueSlug } from '../slug.ts';
import { PLAIN_DEPTH } from '../output/emit-mdx.ts';
import { withoutSeedNoise } from '../text/seed-noise.ts';
import { NARRATIVE_ITEMS, nameOpening, numberedItems, runInHeadEnd, RUN_IN_OPENING, SENTENCE_START, runParents, type NumberedItem } from './items.ts';
import { parallelSubheadings } from './parallel-subheadings.ts';
import { definingHeadings } from './defining-headings.ts';
import { backCoverLines, splitBackCover } from './back-cover.ts';
import { withoutGluedPageNumbers } from './page-numbers.ts';
import { glossaryTable } from './glossary.ts';
import { referenceItems } from './references.ts';
import { statements } from './statements.ts';
import { contactTables, figureTables, guaranteeTables, meetingTables, reasonTables, shareTables, stockTables, type FigureTable } from './figure-tables.ts';
import { documentListTables } from './document-lists.ts';
import { shareholderTables } from './shareholder-tables.ts';
import { bondTables } from './bond-tables.ts';
import { shareholderTitleApart, withDashListsApart, withFilingNotesApart, withFormAnswersApart, withHeaderFieldsSpaced, withHolderCountsApart, withItemAnswersSpaced, withNumberedStatementsApart } from './filing-notes.ts';
import { listedCaptions, withCaptionsApart, withPhotoCaptionsApart } from './captions.ts';
import { withNotesApart } from './page-notes.ts';
import { coverBlocks, filingCoverBlocks } from './cover.ts';
import { withCreditApart, withSignOffApart } from './sign-off.ts';
import { numeralValue } from '../text/numerals.ts';
import { alternation, classMembers, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { grammar, names, collection: words } = vocabulary;

/** Documents longer than this are cut into sections at their numbered headings. */
const LONG_DOC_CHARS = 12_000;
const PARAGRAPH_CHARS = 300;
const NUMERALS = grammar.numerals;
/** One numeral character, as a pattern: `[一二…十]`. */
const NUMERAL = `[${classMembers(NUMERALS)}]`;

/** 1 → `一`; eleven and up are written ten + units (`十一`). */
const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1]! : `${NUMERALS[9]}${NUMERALS[n - 11] ?? ''}`);

/**
 * An entry of a contents list with dotted leaders: a chapter `一、背景内涵......1`, a section
 * `（一）目的和意义......1` or an item under a section `1.评测场景......8`.
 */
export interface ContentsEntry {
  level: 1 | 2 | 3;
  /** The numeral: `一`, `十二`; an item's number: `3`. */
  numeral: string;
  title: string;
}

/**
 * A character of an entry's title: not a leader's dot or a bracket opening the next entry's number;
 * a dot between digits (`Web3.0`) and an enumeration comma inside a title (`乡村新产业、新业态`) are
 * the title's.
 */
const TITLE_CHAR = '[^.…（]|(?<=\\d)[.．](?=\\d)';

/**
 * An entry's numbering and title, up to its dotted leader. The page number after the leader is not
 * taken: it is glued to an item's number that follows (`......41.统一认识`: page 4, item 1), which
 * contentsEntries tells apart.
 */
const CONTENTS_ENTRY = new RegExp(`(?:(${NUMERAL}{1,2})、|（(${NUMERAL}{1,2})）|(?<=[.…]\\s*)(\\d{1,4})[.．](?=\\D))((?:${TITLE_CHAR}){2,40}?)[.…]{6,}`, 'gu');

/** Where a contents list with dotted leaders ends: after its last leader and page number; null without one. */
function contentsEnd(text: string): number | null {
  const ends = [...text.matchAll(/[.…]{6,}\s*\d+/gu)].map((m) => m.index + m[0].length);
  return ends.length ? Math.max(...ends) : null;
}

/** Where a contents list's first entry starts: a chapter's numeral and title, then a dotted leader. */
const CONTENTS_ENTRY_START = new RegExp(`${NUMERAL}{1,2}、[^.…、（]{2,40}?[.…]{6,}`, 'u');

/**
 * The entries of a contents list with dotted leaders, in the order printed. An item's digits carry the
 * page number of the entry before it: the item is the number that continues its section's count (1
 * after a chapter or section, then 2, 3, …), the digits before it are the page.
 */
export function contentsEntries(text: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const m of text.matchAll(CONTENTS_ENTRY)) {
    const title = m[4]!.trim();
    if (m[1]) entries.push({ level: 1, numeral: m[1], title });
    else if (m[2]) entries.push({ level: 2, numeral: m[2], title });
    else {
      const last = entries.at(-1);
      const expected = String(last?.level === 3 ? Number(last.numeral) + 1 : 1);
      if (last && m[3]!.endsWith(expected)) entries.push({ level: 3, numeral: expected, title });
    }
  }
  return entries;
}

/** Titles of top-level entries in a contents list with dotted leaders: `一、背景内涵......1`. */
export function contentsTitles(text: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of contentsEntries(text)) if (e.level === 1 && !titles.has(e.numeral)) titles.set(e.numeral, e.title);
  return titles;
}

/** A heading a contents list names, as the body prints it, and its depth (an item under a section: 3). */
export interface ListedHeading {
  text: string;
  depth?: number;
}

/** Depth of an item listed under a section (`1.评测场景` under `（一）评测方案`). */
const ITEM_DEPTH = 3;

/**
 * The entries listed under chapter `numeral`: its sections (`（一）…`) and the items under each
 * (`1.…`, one level deeper); items listed straight under the chapter sit at a section's level.
 */
export function contentsSections(entries: readonly ContentsEntry[], numeral: string): ListedHeading[] {
  const at = entries.findIndex((e) => e.level === 1 && e.numeral === numeral);
  if (at < 0) return [];
  const end = entries.findIndex((e, k) => k > at && e.level === 1);
  let inSection = false;
  return entries.slice(at + 1, end < 0 ? undefined : end).map((e) => {
    if (e.level === 2) {
      inSection = true;
      return { text: `（${e.numeral}）${e.title}` };
    }
    return inSection ? { text: `${e.numeral}.${e.title}`, depth: ITEM_DEPTH } : { text: `${e.numeral}.${e.title}` };
  });
}

/** A heading found in a body: where it starts, its text as printed and its depth (absent: a section's). */
export interface FoundHeading {
  at: number;
  text: string;
  depth?: number;
  /** A full stop printed right after the heading, ending its line: not published (bodyAtHeadings returns it). */
  stop?: string;
  /** How the heading reads where the line it was printed on set its number apart by a space the text lost (`2.1 公司简介`; `text` is `2.1公司简介`). */
  shown?: string;
  /** A results report's management discussion: the text under it is narrative, its numbered parts are headings below it (narrativeBlocks). */
  narrative?: true;
}

/**
 * A results report's heading with its number set apart from its name, as the exchange's layout
 * prints it on its line (`二 公司基本情况`, `2.1 公司简介`, `第三节 重要事项`); on the collection's line the
 * space is lost. A number that ends in its own mark (`一、`, `（一）`) is printed as it is.
 */
export function numberApart(number: string, name: string): string {
  return /[、）)：:.．]$/u.test(number) || number === '' ? `${number}${name}` : `${number} ${name}`;
}

/** A page's number between a sentence's end and a heading that opens the next page (`…董事会。4（四）…`). */
const PAGE_NUMBER_BEFORE = /(?<=[。！？”])\d{1,3}$/u;

/**
 * A body cut at its headings (in order, not overlapping): paragraphs and case studies between
 * `heading` blocks. Returns what it leaves out: the stops that ended headings' lines and the page
 * numbers printed right before a heading, after a sentence's end. With `items`, the numbered items
 * between the headings are headings too (below them).
 */
export function bodyAtHeadings(body: string, headings: readonly FoundHeading[], items = false): { blocks: Block[]; stops: string[]; pageNumbers: string[] } {
  const blocks: Block[] = [];
  const stops: string[] = [];
  const pageNumbers: string[] = [];
  const ids = new Set<string>();
  let from = 0;
  let under: FoundHeading | null = null;
  // The text under a heading: a results report's management discussion with its numbered parts as headings.
  const text = (t: string) => (under?.narrative ? narrativeBlocks(t, ids, (under.depth ?? PLAIN_DEPTH) + 1) : withCaseHeadings(t, ids, items));
  for (const h of headings) {
    const before = body.slice(from, h.at);
    const page = PAGE_NUMBER_BEFORE.exec(before)?.[0];
    if (page) pageNumbers.push(page);
    blocks.push(...text(page ? before.slice(0, -page.length) : before));
    blocks.push({ type: 'heading', text: h.shown ?? h.text, line: 1, id: uniqueSlug(h.text, ids), ...(h.depth ? { depth: h.depth } : {}) });
    from = h.at + h.text.length;
    if (h.stop && body.startsWith(h.stop, from)) {
      stops.push(h.stop);
      from += h.stop.length;
    }
    under = h;
  }
  blocks.push(...text(body.slice(from)));
  return { blocks, stops, pageNumbers };
}

/**
 * A chapter's body cut at its sections' headings, each confirmed where the body prints it, in the
 * order listed; the headings become `heading` blocks. A heading the body does not print is left out and
 * returned in `missing` (the build report lists it), with the page numbers left out (bodyAtHeadings).
 */
export function bodyWithHeadings(body: string, headings: readonly ListedHeading[]): { blocks: Block[]; missing: string[]; pageNumbers: string[] } {
  const found: FoundHeading[] = [];
  const missing: string[] = [];
  let from = 0;
  for (const listed of headings) {
    const { at, heading } = printedHeading(body, listed.text, from);
    if (at < 0) {
      missing.push(listed.text);
      continue;
    }
    found.push({ at, text: heading, ...(listed.depth ? { depth: listed.depth } : {}) });
    from = at + heading.length;
  }
  const { blocks, pageNumbers } = bodyAtHeadings(body, found, true);
  return { blocks, missing, pageNumbers };
}

/** Characters of a listed title's opening words that a reworded heading in the body must share. */
const REWORDED_OPENING = 2;

/**
 * Where the body prints a listed section's heading, from `from`: word for word, else (the contents
 * list and the body may word it differently: `（一）全力支撑数字红利广泛渗透` listed, `（一）全力支撑释放数字发展红利`
 * printed) its numeral and opening words after a sentence's end, taken at the listed title's length.
 */
export function printedHeading(body: string, listed: string, from: number): { at: number; heading: string } {
  const at = body.indexOf(listed, from);
  if (at >= 0) return { at, heading: listed };
  const numbered = listed.indexOf('）');
  if (numbered < 0) return { at: -1, heading: listed };
  const opening = listed.slice(0, numbered + 1 + REWORDED_OPENING);
  const m = new RegExp(`(?<=[。！？”])${escapeRegExp(opening)}`, 'u').exec(body.slice(from));
  return m ? { at: from + m.index, heading: body.slice(from + m.index, from + m.index + listed.length) } : { at: -1, heading: listed };
}

/**
 * A case study's heading: its label (numbered or not: `案例：`, `案例3：`) after a sentence's end, its
 * title, then the footnote number of its source (`案例：电信运营企业建设自智网络30中国移动…`; a year may
 * follow the number: `…产品562021年`, or a capitalised word: `…交付模式21OneCity是`) or the case's first numbered point (`案例1：组织治理-使命理念1.认可…`).
 * The number marks where the title ends. The label follows a sentence's end, or the note under the
 * case before (`资料来源：中国移动`), which ends in none.
 */
const CASE_START = `(?<=^|[。！？”）)\\d]|(?:${alternation(words.caseNotes)})[：:][^。！？：:]{1,40})`;
const CASE_LABEL = `${escapeRegExp(words.caseLabel)}\\d{0,2}[：:]`;
/**
 * A figure's digits before its unit (`10万家`, `8个地区`), no footnote number (collection.yml notNoteAfter,
 * as for a page's notes). Not the filings' units too: a note's number stands before words that open
 * with one of them (`…自研云平台33` + `天翼云突破…`).
 */
const FIGURE_UNIT = `[${classMembers(words.notNoteAfter)}]`;
const CASE_HEADING = new RegExp(`${CASE_START}(${CASE_LABEL}[^。！？]{3,59}?[^\\d。！？])(?=\\d{1,3}?(?:(?!${FIGURE_UNIT})\\p{Script=Han}|“|[A-Z][a-z]|\\d{4}${escapeRegExp(grammar.dates.year)})|\\d{1,2}[.．]\\p{Script=Han})`, 'gu');
/**
 * A case printed without a footnote number: its title ends where the operator its text is about opens
 * the text as its subject (`案例：电信运营企业依托多样化合作模式强化生态合作` + `中国电信与央国企…`), the
 * company or a peer (names.yml), not after a joining word (`案例：中国电信和中国联通…`, `…携手中国电信…`) nor a
 * verb that makes it an object (`…依托中国联通打造…`, collection.yml itemSubjectNotAfter);
 * no figures in the title, which a number would end. A case with neither end is left in the text.
 */
const OPERATOR = `(?<!${alternation([...words.caseSubjectNotAfter, ...words.itemSubjectNotAfter])})(?:${alternation([names.company.short, ...names.peers])})`;
const CASE_BY_OPERATOR = new RegExp(`${CASE_START}(${CASE_LABEL}[^。！？\\d]{3,59}?[^\\d。！？])(?=${OPERATOR})`, 'gu');

/**
 * Paragraphs, with the case studies' headings (depth 3, below the section's) between them, and with
 * `items`, the numbered items' headings too (an item without one opens a paragraph; a results
 * report's items are below the depth its pages show).
 */
export function withCaseHeadings(text: string, ids: Set<string>, items = false): Block[] {
  const numbered = [...text.matchAll(CASE_HEADING)];
  const cases = [...numbered, ...[...text.matchAll(CASE_BY_OPERATOR)].filter((m) => !numbered.some((n) => n.index === m.index))].map((m) => ({ at: m.index, heading: m[1]! }));
  return blocksAt(text, [...cases, ...(items ? runParents(text, numberedItems(text)) : [])], ids, 3);
}

/**
 * A results report's management discussion: its numbered parts are headings, each way of numbering
 * one level deeper than the ways the discussion used before it, counted through the whole discussion
 * (`1.整体业绩` at `depth`, `1）网间结算成本` below),
 * and so are the run-in heads of its paragraphs (runInHeadEnd) and heads of one length printed in
 * parallel (parallelSubheadings, with the discussion's openings), one level below the part they are in;
 * a part whose heading's end does not show opens a paragraph.
 */
export function narrativeBlocks(text: string, ids: Set<string>, depth: number): Block[] {
  // A part's name is a bare name where its siblings' are (`（三）网络建设`, beside `（一）整体业绩`): one that holds
  // two phrases and a name before a whole run-in head has run into that head, whose start does not show;
  // it opens a paragraph. Two phrases that hold no such name are a title (`（三）拥抱创新，释放全新增长空间`).
  const named = numberedItems(text, NARRATIVE_ITEMS).sort((a, b) => a.at - b.at);
  const bare = (run?: number) => named.filter((i) => i.run === run && i.heading && !i.heading.includes('，')).length >= 2;
  const runOn = (i: NumberedItem) => {
    const from = i.at + (i.numberLength ?? 0);
    const end = i.at + (i.heading?.length ?? 0);
    // A usual name as the title's first phrase is no name before a run-in head (`（三）混合所有制改革，机制体制变革…`).
    const name = nameOpening(text.slice(from, end), NARRATIVE_ITEMS.names ?? []);
    if (name !== undefined && text[from + name.length] === '，') return false;
    for (let k = from + NARRATIVE_ITEMS.minTitle; k < end && text[k] !== '，'; k++) if (runInHeadEnd(text, k) === end) return true;
    return false;
  };
  const items = named.map((i) => (i.heading?.includes('，') && bare(i.run) && runOn(i) ? { ...i, heading: null } : i));
  const order = [...new Set(items.filter((i) => i.heading).map((i) => i.numbering))];
  const found: (NumberedItem & { depth?: number })[] = [];
  const runIn = (at: number, end: number, under: number) => found.push({ at, heading: text.slice(at, end), depth: under + 1 });
  let last = depth - 1;
  let from = 0;
  const runInsBefore = (until: number) => {
    const base = from;
    // The text's own start opens a sentence too (a run-in head may open the discussion).
    const starts = [...(base === 0 ? [0] : []), ...[...text.slice(base, until).matchAll(SENTENCE_START)].map((m) => base + m.index)];
    for (const at of starts) {
      const end = at < from ? -1 : runInHeadEnd(text, at);
      if (end > 0 && end <= until) {
        runIn(at, end, last);
        from = end;
      }
    }
    from = Math.max(from, until);
  };
  for (const item of items) {
    if (item.at < from) continue;
    runInsBefore(item.at);
    const itemDepth = depth + Math.max(0, order.indexOf(item.numbering));
    found.push({ ...item, depth: itemDepth });
    if (!item.heading) continue;
    last = itemDepth;
    from = item.at + item.heading.length;
    // A run-in head right after the part's name.
    const end = runInHeadEnd(text, from);
    if (end > 0) {
      runIn(from, end, last);
      from = end;
    }
  }
  runInsBefore(text.length);
  // Run-in heads come in sets: one alone under its part is a sentence's two clauses.
  const partOf = (h: { at: number }) => items.filter((i) => i.heading && i.at < h.at).at(-1)?.at ?? -1;
  const runIns = found.filter((h) => h.numbering === undefined);
  const alone = new Set(runIns.filter((h) => runIns.filter((o) => partOf(o) === partOf(h)).length < 2));
  // Heads of one length printed in parallel through the discussion (`网络根基再夯实`, `基础业务再巩固`,
  // `科创转型再深化`), each before a part's usual opening, the company or the regulator (RUN_IN_OPENING): one level below their part.
  const kept = found.filter((h) => !alone.has(h));
  const parallel = parallelSubheadings(text, [RUN_IN_OPENING]).map((h) => ({ ...h, depth: (kept.filter((i) => i.numbering !== undefined && i.heading && i.at < h.at).at(-1)?.depth ?? depth - 1) + 1 }));
  return blocksAt(text, [...kept, ...parallel], ids);
}

/**
 * Paragraphs of `text` with the headings found in it between them, in text order (one that starts
 * inside the heading before it is left out); a place without a heading (a numbered item whose end
 * does not show) opens a paragraph.
 */
function blocksAt(text: string, found: readonly (NumberedItem & { depth?: number })[], ids: Set<string>, depth?: 3): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  for (const h of [...found].sort((a, b) => a.at - b.at)) {
    if (h.at < from) continue;
    blocks.push(...paragraphs(text.slice(from, h.at)));
    // An item below its run's own heading sits one level below the depth given (a plain heading's by default).
    const at = h.depth ?? (h.below ? (depth ?? PLAIN_DEPTH) + 1 : depth);
    if (h.heading) blocks.push({ type: 'heading', text: h.heading, line: 1, id: uniqueSlug(h.heading, ids), ...(at ? { depth: at } : {}) });
    from = h.at + (h.heading?.length ?? 0);
  }
  blocks.push(...paragraphs(text.slice(from)));
  return blocks;
}

/** An appendix a contents list names after the chapters: `附录：2023年互联网立法梳理......37`, `附件二：数据来源......`. */
const APPENDIX_ENTRY = new RegExp(`((?:${alternation(words.appendixLabels)})${NUMERAL}?[：:][^.…]{2,40}?)[.…]{6,}`, 'gu');

/** The appendices a contents list with dotted leaders names, in order. */
export const contentsAppendices = (text: string): string[] => [...text.matchAll(APPENDIX_ENTRY)].map((m) => m[1]!.trim());

/** A section's heading found in a document: where it starts, its printed characters, and how it reads where that differs (`二 公司基本情况`). */
export interface DocHeading {
  at: number;
  title: string;
  shown?: string;
}

/**
 * Offsets and titles of the numbered headings 一、二、三… in order, after any contents list, then of
 * the appendices it names (each a page of its own where the body prints its title after the chapters),
 * or of one appendix it does not name (UNLISTED_APPENDIX).
 */
export function numberedHeadings(text: string): DocHeading[] {
  const toc = contentsTitles(text);
  const tocEnd = contentsEnd(text) ?? 0;
  const found: DocHeading[] = [];
  let from = tocEnd;
  for (let n = 1; n <= 20; n++) {
    const mark = `${numeral(n)}、`;
    const listed = toc.get(numeral(n));
    if (!listed) break;
    const at = text.indexOf(mark + listed, from);
    if (at < 0) break;
    const title = listed;
    found.push({ at, title: `${mark}${title}` });
    from = at + mark.length + title.length;
  }
  if (found.length < 2) return [];
  const listed = contentsAppendices(text);
  for (const title of listed) {
    const at = text.indexOf(title, from);
    if (at < 0) continue;
    found.push({ at, title });
    from = at + title.length;
  }
  // An appendix the contents list does not name, after the last chapter: its title runs up to the first
  // entry, which opens with a term in Latin letters or a figure (`附录：缩略语` + `2D，2-Dimension，二维…`).
  const unlisted = listed.length === 0 ? UNLISTED_APPENDIX.exec(text.slice(from)) : null;
  if (unlisted) found.push({ at: from + unlisted.index, title: unlisted[0] });
  return found;
}

/** An appendix's label and title after a sentence's end, right before its first entry's Latin letters or figure. */
const UNLISTED_APPENDIX = new RegExp(`(?<=[。！？])(?:${alternation(words.appendixLabels)})${NUMERAL}?[：:]\\p{Script=Han}{2,20}(?=[A-Za-z\\d])`, 'u');

/**
 * Section headings of a results report. Listed company reports follow the exchange's standard
 * layout, and their sections carry its standard names (`一、主要财务数据`, `第三节重要事项`); the
 * headings run into the text, so only those names are read, first occurrence each, in order.
 */
const REPORT_SECTION = new RegExp(`(${escapeRegExp(grammar.ordinal)}${NUMERAL}${escapeRegExp(words.results.part)}|${NUMERAL}、?)(${alternation(words.results.sections)})`, 'gu');
export function reportHeadings(text: string): DocHeading[] {
  const seen = new Set<string>();
  const found: DocHeading[] = [];
  for (const m of text.matchAll(REPORT_SECTION)) {
    if (seen.has(m[2]!)) continue;
    seen.add(m[2]!);
    found.push({ at: m.index, title: m[0], shown: numberApart(m[1]!, m[2]!) });
  }
  return found.length >= 2 ? found : [];
}

/** The number of a results report's section from its title (`二、股东信息` → 2, `第三节重要事项` → 3); null without one. */
function sectionNumber(title: string): number | null {
  const m = new RegExp(`^(?:${escapeRegExp(grammar.ordinal)})?(${NUMERAL}{1,2})`, 'u').exec(title);
  return m ? numeralValue(m[1]!) : null;
}

const SUB_NAME = `${alternation(words.results.subsections)}|\\d{4}${escapeRegExp(grammar.dates.year)}(?:${alternation(words.results.afterYear)})`;
/** The exchange's boxes after an item's name ticked "applicable" (`√适用□不适用`): a heading right after them is its content's. */
const TICKED = new RegExp(`${escapeRegExp(words.results.applicable)}$`, 'u');
/** A standard name printed after its year (`2022年起首次执行…`): one of the layout's numbered parts, printed without its number. */
const YEAR_NAME = /^\d{4}/u;
const SUB_NUMBER = `(\\d\\.\\d{1,2}(?!\\d)|\\d(?![.\\d])|[（(]${NUMERAL}[）)])`;
const RESULTS_SUBSECTION = new RegExp(`${SUB_NUMBER}?(${SUB_NAME})|(${escapeRegExp(grammar.ordinal)}${NUMERAL}${escapeRegExp(words.results.discussionPart)}[：:](?:${alternation(words.results.discussionParts)}))`, 'gu');
const TABLE_OPENING = new RegExp(`^(?:${alternation(words.results.tableOpenings)}|\\d{4}${escapeRegExp(grammar.dates.year)})`, 'u');
const AFTER_BOUNDARY = /(?:^|[。！？：”）)])$/u;

/**
 * The parts a results report's section prints inside it, by their standard names: numbered (`3.1`,
 * `4`, `(二)`, `（一）`) or bare, and bare only where the name starts the text or follows a sentence,
 * or a table opens right after it (a name also read in sentences, `财务报表`, only numbered);
 * `第一部分：董事长报告书` parts of the management discussion too. Each name once per section.
 * A sub-number `N.M` continues the part numbered N (or the section's own number): digits a table's
 * figure leaves before a name (`…-13.46非经常性…`) are not its number. Depth follows the numbering:
 * `N.M` sits below the section's bare `N` parts; a bracketed number right after an `N.M` part (or after
 * such a sibling) below that part (`3.2…` over `（一）变更概述`, `（二）变更影响`); a bare name below the numbered part before it, or
 * below the item whose ticked boxes it follows (`…其他重要信息√适用□不适用2022年第三季度公司经营信息`), else
 * beside the part before it.
 */
export function resultsSubheadings(body: string, sectionNo: number | null = null): FoundHeading[] {
  const found: (FoundHeading & { numbered: 'part' | 'sub' | 'inner' | 'none'; ticked: boolean })[] = [];
  const seen = new Set<string>();
  let part = sectionNo;
  for (const m of body.matchAll(RESULTS_SUBSECTION)) {
    const name = m[2] ?? m[3]!;
    if (seen.has(name)) continue;
    let number = m[1];
    const sub = number && /^\d\./.test(number) ? Number(number.split('.')[0]) : null;
    // A sub-number that does not continue the current part is a figure's tail, not a number.
    if (sub !== null && part !== null && sub !== part) number = undefined;
    const at = number || m[3] ? m.index : m.index + (m[1]?.length ?? 0);
    const text = number || m[3] ? m[0] : name;
    // A name the template ends with a full stop (`…公司应当作出具体说明。`): the stop ends the heading's line.
    const stop = body[m.index + m[0].length] === '。' ? '。' : undefined;
    const opensTable = TABLE_OPENING.test(body.slice(m.index + m[0].length));
    if (!number && !m[3] && (words.results.numberedOnly.includes(name) || !(AFTER_BOUNDARY.test(body.slice(Math.max(0, at - 1), at)) || opensTable))) continue;
    seen.add(name);
    const ticked = TICKED.test(body.slice(0, at));
    // A bracketed number after a sub-numbered part (`3.2…` then `（一）变更概述`, `（二）变更影响`) numbers the parts inside it.
    const inner = number !== undefined && sub === null && /^[（(]/u.test(number) && ['sub', 'inner'].includes(found.at(-1)?.numbered ?? '');
    const kind = number && !inner ? (sub !== null ? 'sub' : 'part') : inner ? 'inner' : YEAR_NAME.test(name) && !ticked ? 'part' : 'none';
    if (kind === 'part' && number && /^\d$/.test(number)) part = Number(number);
    if (kind === 'sub') part = sub;
    const shown = number ? numberApart(number, name) : text;
    // The management discussion (a part `第一部分：董事长报告书`, or its name alone) is narrative.
    const narrative = m[3] !== undefined || words.results.discussionParts.includes(name);
    found.push({ at, text, numbered: kind, ticked, ...(stop ? { stop } : {}), ...(shown !== text ? { shown } : {}), ...(narrative ? { narrative: true as const } : {}) });
  }
  const hasParts = found.some((h) => h.numbered === 'part');
  let previous: { depth: number; numbered: boolean; inner: boolean } | null = null;
  return found.map(({ numbered, ticked, ...heading }) => {
    const below = previous ? Math.min(3, previous.depth + 1) : 2;
    // An inner part sits right below the part it is in, whatever that part's depth (`3.2` is 3 in a section of bare `N` parts).
    const inner = previous?.inner ? previous.depth : (previous?.depth ?? 2) + 1;
    const depth = numbered === 'sub' ? (hasParts ? 3 : 2) : numbered === 'part' ? 2 : numbered === 'inner' ? inner : previous ? (previous.numbered || ticked ? below : previous.depth) : 2;
    previous = { depth, numbered: numbered !== 'none' && numbered !== 'inner', inner: numbered === 'inner' };
    return { ...heading, ...(depth > 2 ? { depth } : {}) };
  });
}

/**
 * Headings of a board committee's annual report: its chapters (`一、董事会审计委员会履职情况`) and the
 * parts inside them (`（一）审计委员会基本情况`, one level below), by their standard names, run into the
 * text; each once, in order.
 */
const BOARD_HEADING = new RegExp(`${NUMERAL}{1,2}、(?:${alternation(words.boardReport.chapters)})|（${NUMERAL}{1,2}）(?:${alternation(words.boardReport.parts)})`, 'gu');
export function boardReportHeadings(body: string): FoundHeading[] {
  const seen = new Set<string>();
  const found: FoundHeading[] = [];
  for (const m of body.matchAll(BOARD_HEADING)) {
    const name = m[0].replace(/^[^、）]*[、）]/u, '');
    if (seen.has(name)) continue;
    seen.add(name);
    found.push({ at: m.index, text: m[0], ...(m[0].startsWith('（') ? { depth: 3 } : {}) });
  }
  return found;
}

/**
 * Headlines inside a news page: a short run of words after a sentence end, right before a dateline
 * (`向汛而行湖南联通全力以赴筑牢“通信堤坝”6月27日以来，…`). They may open another article printed
 * without a source line, or a sub-heading of this one; either way they are headings of the page.
 */
const INNER_HEADLINE = new RegExp(`(?<=[。！？”])${DATED_HEADLINE.source}`, 'gu');
/**
 * A sub-heading of one or two phrases over a paragraph that opens with its year (`奋楫争先，匠心铸就政务行业
 * 标杆` + `2022年，为完成…`; `服务国家战略勇担社会责任` + `2022年，5G正在…`). Not a figure or a clause's start
 * (`2018年和` + `2021年，…`), nor a clause's end (`…的`, `…在`).
 */
const YEAR_SUBHEADING = new RegExp(
  `(?<=[。！？”])(?![${classMembers(words.headlines.neverOpensWith)}”（\\d])([^。！？；，：“”\\d]{4,20}(?:，[^。！？；，：“”\\d]{4,20})?)(?<![、${classMembers(words.headlines.neverEndsWith)}])(?=\\d{4}${escapeRegExp(grammar.dates.year)}(?:\\d{1,2}${escapeRegExp(grammar.dates.month)})?，)`,
  'gu',
);

/**
 * A city branch's sub-heading inside a provincial article: `广州联通：红色宣讲团点亮基层一线` followed by a
 * body that names the city again (`在广州，…`, `江门联通则…`, `湛江，作为…`).
 */
const BRAND = escapeRegExp(names.company.brand);
const CITY_SUBHEADING = new RegExp(
  `(?<=[。！？”])(([\\u4e00-\\u9fff]{2})${BRAND}：[^。！？]{4,30}?)(?=(?:${alternation(words.citySubheadings.before)})?\\2(?:${BRAND}|，|${alternation(words.citySubheadings.after)}))`,
  'gu',
);

/** A news item's source line ending with its date (`文章来源：求是网发布时间：2024-07-26`), where its body opens the text. */
const DATED_SOURCE_LINE = new RegExp(
  `^(?:${escapeRegExp(words.sourceLine.source)}[：:][^：:。！？]{1,30}?)?${PUBLISHED_ON.source}(?!${escapeRegExp(words.sourceLine.publisher)})`,
  'u',
);

/** A source line naming who posted the item, a department, maybe after the date, where its body opens the text (`发布人：新闻宣传中心当前，…`). */
const POSTED_BY = new RegExp(`^(?:${PUBLISHED_ON.source})?${escapeRegExp(words.sourceLine.publisher)}[：:]\\p{Script=Han}{2,10}?(?:${alternation(words.bylines.departments)})(?=\\p{Script=Han})`, 'u');

/** A speech's speaker, named before the salutation its text opens with (`刘烈宏` + `尊敬的各位嘉宾…`): a line of its own. */
const SPEAKER = new RegExp(`^\\p{Script=Han}{2,4}(?=${escapeRegExp(words.bodyOpenings.salutation)}[^。！？：:]{1,30}[：:])`, 'u');

/** The salutation a speech opens with, up to its colon (`尊敬的各位嘉宾、线上的朋友们：`): a line of its own. */
const SALUTATION = new RegExp(`^${escapeRegExp(words.bodyOpenings.salutation)}[^。！？：:]{1,30}[：:]`, 'u');

/** The next label of a source line, printed after the value before it: a space keeps the fields apart (`文章来源：求是网 发布时间：2024-07-26`). */
const NEXT_FIELD = new RegExp(`(?<=\\S)(?=(?:${alternation([...words.sourceLine.published, words.sourceLine.publisher])})[：:])`, 'gu');
const sourceFieldsSpaced = (line: string): string => line.replace(NEXT_FIELD, ' ');

/**
 * Paragraphs, with the inner headlines of a news page and its numbered items' headings as headings (an
 * item without one opens a paragraph). A source line ending with its date is a paragraph of its own
 * (where a poster's name follows the date, the line's end does not show, and it stays with the text).
 */
export function newsBlocks(text: string): Block[] {
  const source = DATED_SOURCE_LINE.exec(text) ?? POSTED_BY.exec(text) ?? SPEAKER.exec(text) ?? SALUTATION.exec(text);
  if (source) return [{ type: 'paragraph', text: sourceFieldsSpaced(source[0]), line: 1 }, ...newsBlocks(text.slice(source[0].length))];
  const headlines = [...text.matchAll(INNER_HEADLINE), ...text.matchAll(CITY_SUBHEADING), ...text.matchAll(YEAR_SUBHEADING)].map((m) => ({ at: m.index, heading: m[1]! }));
  const sentenceStarts = [...text.matchAll(SENTENCE_START)].map((m) => m.index);
  return blocksAt(text, [...headlines, ...parallelSubheadings(text, undefined, sentenceStarts), ...runParents(text, numberedItems(text)), ...definingHeadings(text, sentenceStarts)], new Set<string>());
}

/** The longest unit line over a table (`单位：元币种：人民币`). */
const UNIT_CHARS = 30;

/** Paragraphs of `text`, with the financial statements, key-figures tables and tables of holdings printed in it as tables (statements.ts, figure-tables.ts, shareholder-tables.ts). */
function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  const tables: FigureTable[] = [
    ...statements(text),
    ...figureTables(text),
    ...reasonTables(text),
    ...contactTables(text),
    ...stockTables(text),
    ...shareTables(text),
    ...shareholderTables(text),
    ...meetingTables(text),
    ...guaranteeTables(text),
    ...bondTables(text),
    ...documentListTables(text),
  ].sort((a, b) => a.at - b.at);
  // A table that starts inside the one kept before it is left out (the text is that table's).
  const kept = tables.reduce<typeof tables>((out, t) => (out.length === 0 || t.at >= out.at(-1)!.end ? [...out, t] : out), []);
  for (const { at, end, ...table } of kept) {
    const before = sentenceParagraphs(text.slice(from, at));
    // The table's unit, printed over it (`单位：元币种：人民币`), is its caption.
    const unit = before.at(-1);
    if (unit?.type === 'paragraph' && unit.text.startsWith(words.results.figureTables.unit) && [...unit.text].length <= UNIT_CHARS) before[before.length - 1] = { ...unit, caption: true };
    // A shareholders' table's title over it is its caption, also where the last sentence runs into it.
    else if (unit?.type === 'paragraph' && !unit.caption) before.splice(-1, 1, ...shareholderTitleApart(unit));
    // The reader's rows and what it knows of them (spanned names, names again, repeated headers, merged cells).
    blocks.push(...before, { type: 'table', ...table, line: 1, rowLines: table.rows.map(() => 1), named: true });
    from = end;
  }
  return [...blocks, ...sentenceParagraphs(text.slice(from))];
}

/** A space after a sentence's end is a paragraph's indent the extraction kept (`…功不可没。\u2003基于…`): a paragraph opens after it. */
const INDENT = /(?<=[。！？][”’」』）)]*)\s+/gu;

/** The items of an enumeration opening sentences (`一是…。二是…。`): each number with the copula. */
const SERIES_ITEM = new RegExp(`(?<=[。！？：][”’」』）)]*)(?=(?:${alternation(vocabulary.grammar.numerals)})${escapeRegExp(words.bodyOpenings.copula)})`, 'gu');

/**
 * Where a text opens sentences with an enumeration's items (`一是全力赋能…。二是构建…。三是深挖…。`),
 * each item opens a paragraph, as the first's may by its length: the items are alike, so are their
 * paragraphs. Only where the series is printed from its first (一是) to a second (二是).
 */
export function atSeriesItems(text: string): string[] {
  const [first, second] = vocabulary.grammar.numerals.map((n) => `${n}${words.bodyOpenings.copula}`);
  const cuts = [...text.matchAll(SERIES_ITEM)].map((m) => m.index);
  if (!cuts.some((k) => text.startsWith(first!, k)) || !cuts.some((k) => text.startsWith(second!, k))) return [text];
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((k, i) => text.slice(k, bounds[i + 1])).filter(Boolean);
}

/**
 * Paragraphs of a run of text: a paragraph opens after a kept indent and at each item of an enumeration;
 * a longer run is cut at a sentence's end, which the source does not print, so such a paragraph says its
 * break is a guess (`guessedBreak`: a filing's note cut so goes on in it, filing-notes.ts).
 */
/** A sentence opening with a dash, after the sentence before it: an item of a run of points (`…“顶梁柱”。——铺就网络高速路，…。`). */
const DASH_ITEM = /(?<=[。！？][”’」』）)]*)(?=——[^—])/gu;
/** A text needs this many points opened by a dash for them to be its items, not one sentence's aside. */
const DASH_ITEMS = 2;

/**
 * Where a text opens sentences with a dash, each a point of a run (`——铺就网络高速路，打通信息“大动脉”。深化…。
 * ——布局算力新供给，推动数智“大爆发”。…`), as a periodical prints its points each at a paragraph's start:
 * each point opens a paragraph, where the text holds two or more.
 */
export function atDashItems(text: string): string[] {
  const cuts = [...text.matchAll(DASH_ITEM)].map((m) => m.index);
  if (cuts.length < DASH_ITEMS) return [text];
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((k, i) => text.slice(k, bounds[i + 1])).filter(Boolean);
}

function sentenceParagraphs(text: string): Block[] {
  return text
    .split(INDENT)
    .flatMap(atSeriesItems)
    .flatMap(atDashItems)
    .flatMap((part) =>
      splitAtSentences(part, PARAGRAPH_CHARS)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, k): Block => ({ type: 'paragraph', text: p, line: 1, ...(k > 0 ? { guessedBreak: true as const } : {}) })),
    );
}

/** A preface's heading, before its text (`前言当前，…`). */
const PREFACE = new RegExp(`(?:${alternation(words.covers.preface)})(?=\\p{Script=Han})`, 'u');

/**
 * Where a white paper's preface heading stands in the text before its contents list: the first after
 * its copyright notice (`版权声明…追究其相关法律责任。` then, maybe after the publishers' names, `前言`), or
 * without a notice, the first after a sentence's end.
 */
function prefaceAt(before: string): RegExpExecArray | null {
  const notice = before.indexOf(words.covers.copyright);
  const from = notice >= 0 ? before.indexOf('。', notice) + 1 : 0;
  if (notice >= 0 && from === 0) return null;
  const rest = before.slice(from);
  const m = notice >= 0 ? PREFACE.exec(rest) : new RegExp(`(?<=[。！？”])${PREFACE.source}`, 'u').exec(rest);
  if (m) m.index += from;
  return m;
}

/**
 * A white paper's text before its first chapter: its cover (with the copyright notice), its preface
 * where it prints one (a page of its own), and its contents list with dotted leaders, from its label to
 * the last entry's page number, which the site rebuilds as navigation (returned to be counted). Text
 * after the list (before the first chapter) stays with the page before it.
 */
export function frontMatter(text: string): { cover: string; preface: { heading: string; text: string } | null; contents: string } {
  const end = contentsEnd(text);
  const first = text.search(CONTENTS_ENTRY_START);
  if (end === null || first < 0) return { cover: text, preface: null, contents: '' };
  const label = words.covers.contents;
  const start = text.slice(0, first).endsWith(label) ? first - label.length : first;
  const before = text.slice(0, start);
  const rest = text.slice(end);
  const heading = prefaceAt(before);
  if (!heading) return { cover: before + rest, preface: null, contents: text.slice(start, end) };
  return { cover: before.slice(0, heading.index), preface: { heading: heading[0], text: before.slice(heading.index + heading[0].length) + rest }, contents: text.slice(start, end) };
}

/** Counts in the build report's removal log what bodyAtHeadings left out: headings' stops and page numbers. */
function countLeftOut(log: RemovalLog, left: { stops?: readonly string[]; pageNumbers: readonly string[] }): void {
  for (const stop of left.stops ?? []) recordRemoval(log, 'heading-stop', stop);
  for (const n of left.pageNumbers) recordRemoval(log, 'page-number', n);
}

/** Punctuation that closes what comes before it: a sentence's end, a quotation's or a bracket's close. */
const CLOSING_MARKS = /^[，。、；：？！”’）》」』】,.;:!?)\]]+/u;

/**
 * No paragraph opens with closing punctuation: where a cut (a heading's end, a section's or a
 * document's start) left the marks that close a sentence or a quotation at the start of the next
 * paragraph, they go back to the end of the block before it (a paragraph or a heading; the heading
 * keeps its id), in the section before where the paragraph opens a section.
 */
export function withClosingMarksBefore(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  for (const section of sections) {
    const blocks: Block[] = [];
    for (const b of section.blocks) {
      const marks = b.type === 'paragraph' ? CLOSING_MARKS.exec(b.text)?.[0] : undefined;
      // The block before: in this section, else the last of the section before.
      const home = blocks.length > 0 ? blocks : (out.at(-1)?.blocks as Block[] | undefined);
      const before = home?.at(-1);
      if (!marks || !home || !before || (before.type !== 'paragraph' && before.type !== 'heading')) {
        blocks.push(b);
        continue;
      }
      home[home.length - 1] = { ...before, text: before.text + marks };
      const rest = (b as Extract<Block, { type: 'paragraph' }>).text.slice(marks.length);
      if (rest.trim()) blocks.push({ ...b, text: rest } as Block);
    }
    out.push({ ...section, blocks });
  }
  return out;
}

/** A glossary appendix's text as a table (glossary.ts), or null where it is not wholly a glossary's entries. */
function glossaryBlock(text: string, removed: RemovalLog, added: RemovalLog): Block | null {
  const table = glossaryTable(text);
  if (!table) return null;
  // The numbers are the table's markers (counted with the blocks' structure); its columns' names are added.
  for (const c of table.separators) recordRemoval(removed, 'column-separator', c);
  for (const c of table.rows[0]!) recordRemoval(added, 'column-header', c);
  return { type: 'table', rows: table.rows, line: 1, rowLines: table.rows.map(() => 1), glossary: true, ...(table.numbers.length ? { markers: table.numbers } : {}) };
}

/** An appendix its title names a list of references or a glossary, read as one list or table (null: any other, or not wholly such entries). */
function appendixBlock(title: string, body: string, removed: RemovalLog, added: RemovalLog): Block | null {
  const references = title.endsWith(words.referencesTitle) ? referenceItems(body) : null;
  if (references) return { type: 'list', items: references, line: 1, marker: '' };
  return title.endsWith(words.glossary.title) ? glossaryBlock(body, removed, added) : null;
}

/** A document's pages; a white paper's back cover closes its last page, its publisher and each contact field a line of its own, set apart as a caption is (small, quieter). */
function sectionsOf(doc: CollectionDoc, unconfirmed: string[], removed: RemovalLog, added: RemovalLog): Section[] {
  const { body, backCover } = splitBackCover(doc.text);
  // The captions its lists of figures and tables name are set apart from the text, and a news photo's caption.
  const captions = doc.kind === 'white-paper' ? listedCaptions(doc.text) : [];
  // So are the notes at the foot of its pages, out of the sentences the page breaks cut.
  const sections = pagesOf({ ...doc, text: body }, unconfirmed, removed, added).map((s) => ({ ...s, blocks: withNotesApart(withPhotoCaptionsApart(withCaptionsApart(s.blocks, captions)), doc.notes ?? []) }));
  // A header of two rows flattened prints each name spanning two columns twice: once is added.
  for (const b of sections.flatMap((s) => s.blocks)) for (const name of b.type === 'table' ? (b.spanned ?? []) : []) recordRemoval(added, 'column-header', name);
  // A filing's sign-off ends a page (the last, or the one before an appendix) as lines of its own.
  // Its notes under tables and paragraphs are set apart too, its numbered statements and dashed titles (lists), the exchange's
  // ticked boxes and a form item's answer.
  if (doc.kind === 'results') sections.forEach((s, k) => (sections[k] = { ...s, blocks: withHolderCountsApart(withItemAnswersSpaced(withHeaderFieldsSpaced(withDashListsApart(withFormAnswersApart(withNumberedStatementsApart(withFilingNotesApart(withSignOffApart(s.blocks)))))))) }));
  // A credit after the last sentence (a news article's, an announcement's) closes the last page; a results report ends with its sign-off.
  const closing = sections.at(-1);
  if (closing && doc.kind !== 'results') sections[sections.length - 1] = { ...closing, blocks: withCreditApart(closing.blocks) };
  const last = sections.at(-1);
  if (!backCover || !last) return sections;
  return [...sections.slice(0, -1), { ...last, blocks: [...last.blocks, ...backCoverLines(backCover).map((text): Block => ({ type: 'paragraph', text, line: 1, caption: true }))] }];
}

function pagesOf(doc: CollectionDoc, unconfirmed: string[], removed: RemovalLog, added: RemovalLog): Section[] {
  // Only documents that print a contents list are cut at their numbered headings: elsewhere 一、二、…
  // also number list items and statement lines, which are not sections.
  const headings =
    doc.kind === 'results'
      ? reportHeadings(doc.text)
      : doc.text.length > LONG_DOC_CHARS && contentsTitles(doc.text).size >= 2
        ? numberedHeadings(doc.text)
        : [];
  if (headings.length === 0) {
    // The headline is the page's title, not the start of its first paragraph; but a headline never ends
    // right before a mark that closes a clause or a sentence: where the body would open with one
    // (`，踏着…`), the title read runs on into the body's first sentence, whose paragraph keeps it whole.
    const headed = doc.text.startsWith(doc.title) && !CLOSING_MARKS.test(doc.text.slice(doc.title.length));
    const body = headed ? doc.text.slice(doc.title.length) : doc.text;
    // A board report's printed pages left their numbers inside its sentences.
    const paged = doc.kind === 'board-report' ? withoutGluedPageNumbers(body) : null;
    const board = paged ? bodyAtHeadings(paged.text, boardReportHeadings(paged.text)) : null;
    if (board) countLeftOut(removed, { ...board, pageNumbers: [...board.pageNumbers, ...paged!.removed] });
    const blocks = board ? board.blocks : doc.kind === 'results' || doc.kind === 'white-paper' ? paragraphs(body) : newsBlocks(body);
    return [{ slug: 'quan-wen', title: doc.title, printed: headed ? doc.title : '', kind: 'section', chapter: null, lines: [1, 1], blocks }];
  }
  const taken = new Set<string>();
  const entries = doc.kind === 'results' ? [] : contentsEntries(doc.text);
  const front = doc.kind === 'results' ? null : frontMatter(doc.text.slice(0, headings[0]!.at));
  if (front?.contents) recordRemoval(removed, 'table-of-contents', front.contents);
  const coverText = front ? front.cover : doc.text.slice(0, headings[0]!.at);
  const title = (part: string) => recordRemoval(removed, 'document-title', part);
  const printedCover = doc.kind === 'white-paper' ? coverBlocks(coverText, doc.title, paragraphs, title) : doc.kind === 'results' ? filingCoverBlocks(coverText, doc.title, title) : null;
  const cover: Section = { slug: 'cover', title: doc.kind === 'results' ? words.sectionTitles.resultsCover : words.sectionTitles.cover, printed: '', kind: 'section', chapter: null, lines: [1, 1], blocks: printedCover ?? paragraphs(coverText) };
  taken.add('cover');
  const preface: Section[] = front?.preface
    ? [{ slug: uniqueSlug(front.preface.heading, taken), title: front.preface.heading, printed: front.preface.heading, kind: 'section', chapter: null, lines: [1, 1], blocks: paragraphs(front.preface.text) }]
    : [];
  return [
    cover,
    ...preface,
    ...headings.map((h, k) => {
      const body = doc.text.slice(h.at + h.title.length, headings[k + 1]?.at ?? doc.text.length);
      const slug = uniqueSlug(h.title, taken);
      // A results report's parts by their standard names; a white paper's by its contents list.
      const listed = h.title.includes('、') ? contentsSections(entries, h.title.slice(0, h.title.indexOf('、'))) : [];
      const appendix = appendixBlock(h.title, body, removed, added);
      if (appendix) return { slug, title: h.title, printed: h.title, kind: 'section' as const, chapter: null, lines: [1, 1] as [number, number], blocks: [appendix] };
      const cut = doc.kind === 'results' ? { ...bodyAtHeadings(body, resultsSubheadings(body, sectionNumber(h.title))), missing: [] } : bodyWithHeadings(body, listed);
      countLeftOut(removed, cut);
      unconfirmed.push(...cut.missing.map((m) => `${doc.title} ${m}`));
      return { slug, title: h.shown ?? h.title, printed: h.title, kind: 'section' as const, chapter: null, lines: [1, 1] as [number, number], blocks: cut.blocks };
    }),
  ];
}

/**
 * Where each section sits in the source, which prints the whole collection on one line: the first
 * and last character (1-based). Found by the opening words of each section, searched from the
 * document's start; a section whose opening is not found keeps no span.
 */
export function withSpans(sections: Section[], sourceText: string, from: number, until: number): Section[] {
  const starts: (number | null)[] = [];
  let cursor = from;
  for (const s of sections) {
    // The body's opening words, run on from its first blocks as the source prints them (a heading alone
    // is also printed in a contents list, so the section's own heading is not searched). Where a running
    // footer was removed inside them, the first paragraph's first words alone.
    // The one line prints no spaces: a heading shown with its number apart (`2.1 主要财务数据`) is looked for without them.
    const run = s.blocks.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.text.replace(/\s+/gu, '') : '')).join('');
    const paragraph = s.blocks.find((b) => b.type === 'paragraph');
    const probes = [run.slice(0, 48), paragraph?.type === 'paragraph' ? paragraph.text.slice(0, 20) : ''].filter(Boolean);
    let first = '';
    let at = -1;
    for (const probe of probes) {
      at = sourceText.indexOf(probe, cursor);
      first = probe;
      if (at >= 0) break;
    }
    const headed = at >= s.printed.length && s.printed !== '' && sourceText.startsWith(s.printed, at - s.printed.length);
    starts.push(at >= 0 ? (headed ? at - s.printed.length : at) : null);
    if (at >= 0) cursor = at + first.length;
  }
  return sections.map((s, k) => {
    const start = starts[k];
    const next = starts.slice(k + 1).find((x) => x !== null);
    const end = next ?? until;
    return start === null || start === undefined ? s : { ...s, span: [start + 1, end] as [number, number] };
  });
}

/** Ids leave out the group's short name that most titles open with. */
const SHORT_NAME_FIRST = new RegExp(`^${escapeRegExp(names.company.short)}`, 'u');
const REGISTERED_NAME_FIRST = new RegExp(`^${escapeRegExp(names.company.registered)}`, 'u');
const FILING_PART_LAST = new RegExp(`(?:${alternation(vocabulary.collection.titleWords.partOnly)})$`, 'u');
const YEAR_IN_TITLE = new RegExp(`(\\d{4})${escapeRegExp(grammar.dates.year)}`, 'u');

/**
 * Site documents from a collection's documents; ids are readable, from the title, unique within the
 * collection. They depend on this source alone (its id and its documents in the order it prints them),
 * never on other sources, so adding a source moves no URL (`shared-ids.ts` settles ids two sources
 * share). Contents entries the body does not print are added to `unconfirmed`.
 */
export function collectionDocs(source: Source, found: readonly CollectionDoc[], unconfirmed: string[] = [], removed: RemovalLog = {}, added: RemovalLog = {}): Doc[] {
  const taken = new Set([source.id]);
  // Found at offsets into the text as printed, each document is then read without the seed's noise.
  const docs = found.map((d) => ({
    ...d,
    title: withoutSeedNoise(d.title, {}),
    text: withoutSeedNoise(d.text, removed),
    ...(d.notes ? { notes: d.notes.map((p) => ({ printed: withoutSeedNoise(p.printed, {}), notes: p.notes.map((n) => ({ ...n, text: withoutSeedNoise(n.text, {}) })) })) } : {}),
  }));
  return docs.map((d, k) => {
    // Ids leave out the company's name a title opens with (short or registered) and the word saying
    // which part of a filing it is, so that they read as the report's name.
    const id = uniqueSlug(d.title.replace(SHORT_NAME_FIRST, '').replace(REGISTERED_NAME_FIRST, '').replace(FILING_PART_LAST, ''), taken, 10);
    // A document that prints no date and no year in its title has none: the collection's is not its own.
    const printed = d.date?.slice(0, 4) ?? d.title.match(YEAR_IN_TITLE)?.[1];
    const year = printed === undefined ? null : Number(printed);
    const credited = d.kind === 'white-paper' ? names.creditedPublishers.find((p) => d.text.slice(0, 200).includes(p)) : undefined;
    const publisher = credited ?? source.meta.publisher;
    return {
      id,
      source: source.file.split('/').pop()!,
      title: d.title,
      year,
      kind: d.kind,
      script: source.meta.script,
      publisher,
      date: d.date,
      collection: source.id,
      start: d.start,
      sections: withSpans(withClosingMarksBefore(sectionsOf(d, unconfirmed, removed, added)), source.text, Math.max(0, d.start - 1000), docs[k + 1]?.start ?? source.text.length),
    };
  });
}
