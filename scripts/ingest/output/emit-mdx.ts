// Writes a section as MDX. Every piece of source text goes in as a JSON string literal inside a JSX
// expression, so nothing in it (braces, tags, `import`, backticks) can be read as MDX, markdown or script.
import type { Block, Section } from '../types.ts';
import { cellListItems, figureLabel } from '../text/blocks.ts';
import { isKpiHeader, noteNumber, splitFootnotes, splitGluedFootnote, tableNotes } from '../kpi/cells.ts';
import { repairKpiTable } from '../kpi/tables.ts';
import { searchParts } from './search-parts.ts';
import { alternation, classMembers, escapeRegExp, vocabulary } from '../vocabulary.ts';
import { inEitherScript, toScript } from '../convert-script.ts';
import { figureDigits } from '../note-markers.ts';

const { year, month, day } = vocabulary.grammar.dates;

/** Source text as an MDX expression that renders exactly that text. */
export const text = (s: string): string => `{${JSON.stringify(s)}}`;

const attr = (s: string): string => JSON.stringify(s);

/** English the source prints inside its Chinese text: three words or more (`Global Reporting Initiative`). */
const ENGLISH_PHRASE = /[A-Za-z][A-Za-z'’&.-]*(?: [A-Za-z][A-Za-z'’&.-]*){2,}/gu;

/**
 * Source text as MDX, its English phrases marked `lang="en"` so that a screen reader reads them as
 * English (the page is Chinese; on English pages the Chinese text is marked zh-Hans around them).
 */
export function prose(s: string): string {
  let out = '';
  let from = 0;
  for (const m of s.matchAll(ENGLISH_PHRASE)) {
    if (m.index > from) out += text(s.slice(from, m.index));
    out += `<span lang="en">${text(m[0])}</span>`;
    from = m.index + m[0].length;
  }
  return from === 0 ? text(s) : out + (from < s.length ? text(s.slice(from)) : '');
}

/** Numbered notes printed in a section: their numbers, which footnote markers link to. */
export function sectionNotes(blocks: readonly Block[]): Set<number> {
  return new Set(tableNotes(blocks).keys());
}

/** The numbers of the notes a page prints at its foot (collection/page-notes.ts): paragraphs set apart, opening with their number. */
export function pageNoteNumbers(blocks: readonly Block[]): Set<number> {
  return new Set(blocks.flatMap((b) => (b.type === 'paragraph' && b.caption && b.captionLabel && /^\d+$/u.test(b.captionLabel) ? [Number(b.captionLabel)] : [])));
}

/** A filing's note label with its number (`注1`, `附注2`, `附註2`; collection/filing-notes.ts). */
const { label: NOTE_WORD, attached: NOTE_ATTACHED } = vocabulary.collection.results.notes;
// The pages are emitted after their text is converted, and the label converts with its context (`附注` →
// `附註`, `注1` stays): its forms are the attached label's and the bare word's, in either script (the units too).
const NOTE_LABELS = inEitherScript([NOTE_ATTACHED + NOTE_WORD, NOTE_WORD, toScript(NOTE_ATTACHED + NOTE_WORD, 'hant').slice(NOTE_ATTACHED.length)]);
const FILING_NOTE_LABEL = new RegExp(`^(?:${alternation(NOTE_LABELS)})(\\d{1,2})$`, 'u');
/** The number of a filing note's label (`附注2` → 2), or null. */
const filingNumber = (label: string | undefined): number | null => {
  const m = label ? FILING_NOTE_LABEL.exec(label) : null;
  return m ? Number(m[1]) : null;
};

/** A filing's note a page prints under its label with its number: its block's index, and that of the page's note of the same number printed before it (-1: none). */
export interface FilingNote {
  at: number;
  since: number;
}

/**
 * The numbers of a filing's notes printed on a page, each under its label with its number (`附注1：EBITDA反映了…`).
 * A marker means a note printed after it, so where two notes print one number (a table's `注1：`, then the
 * text's `附注1：`) a marker printed between them means the later one; one printed before both does not
 * show which it means. Only the last note of a number is one a marker can mean.
 */
export function filingNoteNumbers(blocks: readonly Block[]): Map<number, FilingNote> {
  const notes = new Map<number, FilingNote>();
  blocks.forEach((b, k) => {
    const n = b.type === 'paragraph' && b.caption ? (filingNumber(b.captionLabel) ?? b.noteNumber ?? null) : null;
    if (n !== null) notes.set(n, { at: k, since: notes.get(n)?.at ?? -1 });
  });
  return notes;
}

const { markerBefore } = vocabulary.collection;
/** A figure's digits, in either script: the page is converted before it is emitted. */
const FIGURE = figureDigits(true);
/**
 * Where a filing's paragraph prints the marker of one of its page's notes: the note's number printed
 * small after a word, a term all in capitals (two or more), or a closing mark (`EBITDA1为`, `实现收入3人民币`,
 * `…60万亿3，`, `EBITDA1` + `2020年`), before a word, a clause's mark or a year; not a figure's digits
 * (after `第`, before a unit: `3个百分点`, `1亿户`, `3省`) nor a name's (`5G`, `IPv6`, `Q3`, `Cat1`, `PaLM2`).
 */
const FILING_MARKER = new RegExp(
  `(?<=[\\p{Script=Han}%）)”]|(?<![A-Za-z])[A-Z]{2,})(?<![v${FIGURE.notAfter}])(\\d{1,2}?)(?=\\d{4}${escapeRegExp(year)}|[，。；、：]|${alternation(inEitherScript(markerBefore))}|(?![${FIGURE.notBefore}])\\p{Script=Han})`,
  'gu',
);

/** A note's number opening a paragraph: before a word that is not a date's (`30年来` is no marker), or before a year (`472022年`). */
const openingMarker = (notBefore: string) => new RegExp(`^(\\d{1,3}?)(?=(?![${classMembers([year, month, day])}${notBefore}])\\p{Script=Han}|\\d{4}${escapeRegExp(year)})`, 'u');
const OPENING_MARKER = openingMarker('');
/** A filing's: not a figure's either (`3家…`), as FILING_MARKER. A white paper's case may open with a name a unit starts (`33` + `天翼云…`). */
const FILING_OPENING_MARKER = openingMarker(FIGURE.notBefore);

/**
 * The markers of a filing's notes in the paragraph at block `index`: only of notes printed after it, and
 * no other of their number between.
 * Right after a heading the paragraph may open with the heading's marker (`5.EBITDA` + `12020年上半年，…`).
 */
function filingNoteMarkers(value: string, notes: ReadonlyMap<number, FilingNote>, index: number, afterHeading = false): { at: number; n: number }[] {
  if (notes.size === 0) return [];
  const after = (n: number) => {
    const note = notes.get(n);
    return note !== undefined && note.since < index && index < note.at;
  };
  const opening = afterHeading ? FILING_OPENING_MARKER.exec(value) : null;
  const head = opening && after(Number(opening[1])) ? [{ at: 0, n: Number(opening[1]) }] : [];
  return [...head, ...[...value.matchAll(FILING_MARKER)].filter((m) => after(Number(m[1]))).map((m) => ({ at: m.index, n: Number(m[1]) }))];
}

/**
 * Where a paragraph prints a marker for one of the page's notes: the note's number right after a word or
 * a percentage and right before a clause's mark (`…第一提供商16，`, `…达到61%12，`), not part of a figure.
 */
function pageNoteMarkers(value: string, numbers: ReadonlySet<number>, afterHeading = false): { at: number; n: number }[] {
  const found: { at: number; n: number }[] = [];
  // Right after a heading, a paragraph may open with the heading's marker (`案例：…的实践` + `39浙江移动…`,
  // `47` + `2022年联通数科公司…`): a note's number before a word, or before a year, not a date's own digits.
  const opening = afterHeading ? OPENING_MARKER.exec(value) : null;
  if (opening && numbers.has(Number(opening[1]))) found.push({ at: 0, n: Number(opening[1]) });
  for (const m of value.matchAll(/(?<=[\p{Script=Han}%])\d{1,3}(?=[，。；、：])/gu)) if (numbers.has(Number(m[0]))) found.push({ at: m.index, n: Number(m[0]) });
  return found;
}

/**
 * A page's note's marker glued into the words around it (`电信业1作为`, `共有47家4企业`, `…5.8EFLOPS32，`):
 * its number after a word, a term all in capitals or a closing mark (`《…》1指出`), before a word, a quotation, a bracket
 * or a clause's mark; no digit on either side (`47家` is a count), not after a figure's word (`第1`), a
 * name in mixed case (`PaLM2`) nor before a unit (`4家`).
 */
const gluedMarker = (n: number) =>
  new RegExp(`(?<=[\\p{Script=Han}%）)”》]|(?<![A-Za-z])[A-Z]{2,})(?<![\\d.${FIGURE.notAfter}])${n}(?![\\d.．${FIGURE.notBefore}])(?=[\\p{Script=Han}“（(，。；、：])`, 'gu');

/**
 * The markers of a page's notes the text prints glued into its words, found in the notes' order: each
 * note's marker is the first such number after the marker before it and before the note itself (the
 * notes are set after the paragraph the page break cut). A note whose marker pageNoteMarkers found
 * keeps that one, as does one whose marker a heading prints (`onHeadings`: note → the heading's block index).
 * By block index.
 */
export function sequencedPageMarkers(blocks: readonly Block[], pageNotes: ReadonlySet<number>, onHeadings: ReadonlyMap<number, number> = new Map()): Map<number, { at: number; n: number }[]> {
  const found = new Map<number, { at: number; n: number }[]>();
  const noteAt = new Map<number, number>();
  blocks.forEach((b, k) => {
    if (b.type === 'paragraph' && b.caption && b.captionLabel && pageNotes.has(Number(b.captionLabel)) && !noteAt.has(Number(b.captionLabel))) noteAt.set(Number(b.captionLabel), k);
  });
  const text = (k: number) => {
    const b = blocks[k]!;
    return b.type === 'paragraph' && !b.caption && !b.lead ? b.text : '';
  };
  // The markers pageNoteMarkers reads, once a block.
  const plain = blocks.map((_, k) => pageNoteMarkers(text(k), pageNotes));
  let from = { k: 0, at: 0 };
  for (const n of [...noteAt.keys()].sort((a, b) => a - b)) {
    const heading = onHeadings.get(n);
    if (heading !== undefined) {
      from = { k: heading + 1, at: 0 };
      continue;
    }
    const glued = gluedMarker(n);
    for (let k = from.k; k < noteAt.get(n)!; k++) {
      const start = k === from.k ? from.at : 0;
      const read = plain[k]!.find((m) => m.n === n && m.at >= start);
      glued.lastIndex = start;
      const at = read?.at ?? glued.exec(text(k))?.index;
      if (at === undefined) continue;
      if (!read) found.set(k, [...(found.get(k) ?? []), { at, n }]);
      from = { k, at: at + String(n).length };
      break;
    }
  }
  return found;
}

interface EmitContext {
  /** Notes printed in the section; a marker (`⁴`, `^{8, 9}`) for one of them links to it. */
  notes: Set<number>;
  /** Notes printed at a page's foot (white papers), which markers inside the text link to. */
  pageNotes: Set<number>;
  /** A filing's notes printed on the page under their labels (`附注1：`), which markers inside the text before them link to: each note's block index. */
  filingNotes: Map<number, FilingNote>;
  /** The index of the block emitted. */
  index?: number;
  /** References emitted so far, for unique ids and the note's link back to its first reference. */
  refs: Map<number, number>;
  /** Each heading's element level (headingLevels). */
  levels: Map<Block, number>;
  /** Whether the block emitted follows a heading. */
  afterHeading?: boolean;
  /** A heading's note marker, printed after its words and read at the start of the paragraph after it. */
  headingMarker?: number;
  /** Markers of the page's notes glued into this paragraph's words (sequencedPageMarkers). */
  gluedMarkers?: readonly { at: number; n: number }[];
}

/** A heading the layout gives no depth sits at the first level below the page (a white paper's `（一）`; its case studies are 3). */
export const PLAIN_DEPTH = 2;
/** Deepest heading element a page uses (a results report's management discussion prints five levels under its page: h5). */
const DEEPEST = 5;

/**
 * The element level of each heading of a page, in order: the page's title is its `<h1>`, its
 * shallowest headings are `<h2>`, each deeper printed level one more (at most h5), never more than
 * one below the heading before it, so the outline a screen reader lists has no gaps.
 */
export function headingLevels(blocks: readonly Block[]): number[] {
  const depths = blocks.flatMap((b) => (b.type === 'heading' ? [b.depth ?? PLAIN_DEPTH] : []));
  const distinct = [...new Set(depths)].sort((a, b) => a - b);
  let previous = 1;
  return depths.map((d) => (previous = Math.min(2 + distinct.indexOf(d), previous + 1, DEEPEST)));
}

/** A note's link back to its first reference, after its text. */
const backLink = (n: number): string => ` <a href=${attr(`#fnref-${n}-1`)} class="fnback" aria-label=${attr(`↩ ${n}`)}>{"↩"}</a>`;

/** A footnote marker as a superscript link to its note (`#fn-4`), with an id the note links back to. */
function footnoteRefs(numbers: readonly number[], ctx: EmitContext): string {
  // One element per number, no bare expressions side by side (MDX then reads the line as a paragraph);
  // the comma between numbers is drawn by CSS.
  const refs = numbers.map((n) => {
    // A paragraph's marker of a filing's note was found for a note printed after it (filingNoteMarkers).
    if (!ctx.notes.has(n) && !ctx.filingNotes.has(n)) return `<span>${text(String(n))}</span>`;
    const k = (ctx.refs.get(n) ?? 0) + 1;
    ctx.refs.set(n, k);
    return `<a href=${attr(`#fn-${n}`)} id=${attr(`fnref-${n}-${k}`)} class="fnref">${text(String(n))}</a>`;
  });
  return `<sup class="fnrefs">${refs.join('')}</sup>`;
}

/** A row that names columns: no cell holds a sentence (20+ characters or a clause's mark; `报告时间范围` |
 *  `2024 年 1 月 1 日至 12 月 31 日，…` is a label and its text, the first of such rows). */
export const printsHeader = (row: readonly string[]): boolean => !row.some((c) => [...c.trim()].length >= 20 || /[，。；]/u.test(c));

/** A cell that holds a day and nothing else, as a filing or a list of laws prints it (`2022-06-19`, `2023.04.26`, `2019年6月19日`). */
const DAY_CELL = new RegExp(`^(\\d{4})(?:([-.])(\\d{2})\\2(\\d{2})|${escapeRegExp(year)}(\\d{1,2})${escapeRegExp(month)}(\\d{1,2})${escapeRegExp(day)})$`, 'u');

/** A day as a `<time>` whose machine-readable date is ISO's (`2019-06-19`); the CSS keeps it on one line. */
function dayCell(value: string): string | null {
  const m = DAY_CELL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [m[1], m[3] ?? m[5], m[4] ?? m[6]].map(Number) as [number, number, number];
  // A day the calendar has (not `2023.02.30`), else the cell is text.
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `<time datetime=${attr(date.toISOString().slice(0, 10))}>${text(value)}</time>`;
}

function cell(tag: 'th' | 'td', value: string, ctx: EmitContext, numeric = false, column: readonly string[] = [], heads: 'row' | 'col' | null = null): string {
  const scope = heads ? ` scope="${heads}"` : '';
  const open = numeric ? `<${tag}${scope} class="num">` : `<${tag}${scope}>`;
  const date = dayCell(value);
  if (date) return `${open}${date}</${tag}>`;
  const items = cellListItems(value);
  if (items) return `${open}<ul>${items.map((i) => `<li>${prose(i)}</li>`).join('')}</ul></${tag}>`;
  const marked = splitFootnotes(value);
  // A digit glued to a name (`汽油消耗量5`, the 2020 table) is a marker only where that note is printed
  // and the column does not number its labels so (`原則1` … `原則10`).
  // A filing's note (`附注1：`) printed after the table is one its cells may mark (`移动出账用户数（万户）1`), as its paragraphs do.
  const filed = [...ctx.filingNotes].filter(([, note]) => note.since < (ctx.index ?? 0) && (ctx.index ?? 0) < note.at).map(([n]) => n);
  const { name, notes } = marked.notes.length ? marked : splitGluedFootnote(value, new Set([...ctx.notes, ...filed]), column);
  if (notes.length) return `${open}${prose(name)}${footnoteRefs(notes, ctx)}</${tag}>`;
  return `${open}${prose(value)}</${tag}>`;
}

/** Text that opens with one of the bold lead-ins printed there (the longest that fits), that lead-in in bold. */
function withLead(value: string, leads: readonly string[]): string {
  const lead = leads.filter((l) => value.startsWith(l)).sort((a, b) => b.length - a.length)[0];
  return lead ? `<strong>${prose(lead)}</strong>${value.length > lead.length ? prose(value.slice(lead.length)) : ''}` : prose(value);
}

/** An amount as a table prints it (`-3,400,078,829`, `0.225`, `12.5%`), or a dash for none. */
const AMOUNT_CELL = /^(?:[-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?|[-−]?\d+(?:\.\d+)?%?|[-—–]|)$/u;

/** The longest word a column of amounts may print in a cell instead of one (`不适用`, `增加0.23个百分点`, `超 290`). */
const WORD_IN_AMOUNTS = 10;

/**
 * The columns of amounts: at least half their filled body cells an amount, the others empty or a
 * short word (none applies, a change in points), some amount printed. Set right-aligned, figures in line.
 */
function amountColumns(body: readonly (readonly string[])[]): Set<number> {
  const width = Math.max(0, ...body.map((r) => r.length));
  const columns = new Set<number>();
  for (let c = 0; c < width; c++) {
    const cells = body.map((r) => (r[c] ?? '').trim()).filter(Boolean);
    const amounts = cells.filter((v) => AMOUNT_CELL.test(v) && /\d/u.test(v)).length;
    if (amounts > 0 && amounts * 2 >= cells.length && cells.every((v) => AMOUNT_CELL.test(v) || [...v].length <= WORD_IN_AMOUNTS)) columns.add(c);
  }
  return columns;
}

const blockEmitters: { [K in Block['type']]: (b: Extract<Block, { type: K }>, ctx: EmitContext) => string } = {
  heading: (b, ctx) => {
    const h = `h${ctx.levels.get(b) ?? 2}`;
    const marker = ctx.headingMarker === undefined ? '' : footnoteRefs([ctx.headingMarker], ctx);
    return `<${h} id=${attr(b.id)} data-line=${attr(String(b.line))}>${prose(b.text)}${marker}</${h}>`;
  },
  paragraph: (b, ctx) => {
    // A numbered note that a marker in this section points to carries `fn-N` and links back.
    const n = noteNumber(b.text);
    // A caption's or a note's label (`图3`, `注：`) in a span of its own, the text after it.
    const label = b.captionLabel && b.text.startsWith(b.captionLabel) ? b.captionLabel : '';
    const labelled = `${label ? `<span class="caption-label">${text(label)}</span>` : ''}${prose(b.text.slice(label.length))}`;
    // (A page's or a filing's note of that number is the one its markers point to: a numbered paragraph is no note then.)
    if (n !== null && ctx.refs.has(n) && !ctx.pageNotes.has(n) && !ctx.filingNotes.has(n)) return `<p id=${attr(`fn-${n}`)} class="footnote${b.caption ? ' caption' : ''}" data-line=${attr(String(b.line))}>${labelled}${backLink(n)}</p>`;
    // A caption or a figure's credit, set apart from the text.
    // A page's note that a marker points to carries `fn-N` and links back.
    if (b.caption) {
      // A page's note by its number (`15`), a filing's by its label's (`附注2`): the two kinds never share an id.
      const page = b.captionLabel && /^\d+$/u.test(b.captionLabel) && ctx.pageNotes.has(Number(b.captionLabel)) ? Number(b.captionLabel) : null;
      const filing = filingNumber(b.captionLabel) ?? b.noteNumber ?? null;
      const numbered = page ?? (filing !== null && ctx.filingNotes.get(filing)?.at === ctx.index ? filing : null);
      const note = numbered !== null && ctx.refs.has(numbered) ? numbered : null;
      const back = note === null ? '' : backLink(note);
      return `<p${note !== null ? ` id=${attr(`fn-${note}`)}` : b.id ? ` id=${attr(b.id)}` : ''} class="caption" data-line=${attr(String(b.line))}>${labelled}${back}</p>`;
    }
    const markers = b.lead
      ? []
      : [...pageNoteMarkers(b.text, ctx.pageNotes, ctx.afterHeading), ...filingNoteMarkers(b.text, ctx.filingNotes, ctx.index ?? 0, ctx.afterHeading), ...(ctx.gluedMarkers ?? [])].sort((x, y) => x.at - y.at).filter((m, k, all) => k === 0 || m.at !== all[k - 1]!.at);
    if (markers.length > 0) {
      let from = 0;
      const html = markers.map((m) => {
        const piece = `${b.text.slice(from, m.at) ? prose(b.text.slice(from, m.at)) : ''}${footnoteRefs([m.n], ctx)}`;
        from = m.at + String(m.n).length;
        return piece;
      });
      const rest = b.text.slice(from);
      return `<p${b.id ? ` id=${attr(b.id)}` : ''} data-line=${attr(String(b.line))}>${html.join('')}${rest ? prose(rest) : ''}</p>`;
    }
    return `<p${b.id ? ` id=${attr(b.id)}` : ''} data-line=${attr(String(b.line))}>${withLead(b.text, b.lead ? [b.lead] : [])}</p>`;
  },
  // A figure of a row under one label prints the label once, with the first; the others name it for screen readers.
  figure: (b) =>
    `<figure class="key-figure" data-line=${attr(String(b.line))}><figcaption${b.sharesLabel ? ' class="sr-only"' : ''}>${text(figureLabel(b))}</figcaption><p><strong>${text(b.value)}</strong>${b.unit ? ` <span>${text(b.unit)}</span>` : ''}</p></figure>`,
  list: (b) => `<ul>\n${b.items.map((i) => `<li>${withLead(i, b.leads ?? [])}</li>`).join('\n')}\n</ul>`,
  table: (b, ctx) => {
    // A key-performance row printed with shifted cells is shown in its columns (`data-repaired`).
    const { rows, repaired } = isKpiHeader(b.rows[0]) ? repairKpiTable(b.rows) : { rows: b.rows, repaired: [] };
    // A table of labels and their text prints no header: each row's label heads that row.
    const headed = b.named || printsHeader(rows[0]!);
    const head = headed ? rows[0] : undefined;
    const body = headed ? rows.slice(1) : rows;
    // A row that names the columns again for the rows below it is a row of column headers, no cells of amounts.
    const again = new Set((b.namesAgain ?? []).map((k) => k - (headed ? 1 : 0)));
    const amounts = amountColumns(body.filter((_, k) => !again.has(k)));
    // A corner the table leaves blank over its items' names is no header of a column.
    const thead = head ? `<thead><tr>${head.map((c, k) => (c.trim() ? cell('th', c, ctx, amounts.has(k)) : '<td></td>')).join('')}</tr></thead>\n` : '';
    const columns = Array.from({ length: Math.max(0, ...body.map((r) => r.length)) }, (_, j) => body.map((r) => r[j] ?? ''));
    const label = (j: number) => !headed && j === 0;
    // A cell printed once over the rows below that leave theirs empty spans them (`rowspan`); a names-again row ends the span.
    const spans = new Map<string, number>();
    for (const j of b.mergedDown ?? []) {
      let open = -1;
      body.forEach((r, k) => {
        if (again.has(k)) open = -1;
        else if ((r[j] ?? '').trim()) open = k;
        else if (open >= 0) {
          spans.set(`${open},${j}`, (spans.get(`${open},${j}`) ?? 1) + 1);
          spans.set(`${k},${j}`, 0);
        }
      });
    }
    const spanned = (html: string, k: number, j: number) => {
      const n = spans.get(`${k},${j}`);
      return n === 0 ? '' : n ? html.replace(/^<(td|th)/u, `<$1 rowspan="${n}"`) : html;
    };
    const namesRow = (r: readonly string[]) => `<tr>${r.map((c, j) => (c.trim() ? cell('th', c, ctx, amounts.has(j), [], 'col') : '<td></td>')).join('')}</tr>`;
    const tr = (r: readonly string[], k: number) =>
      again.has(k) ? namesRow(r) : `<tr${repaired.includes(k + 1) ? ' data-repaired=""' : ''}>${r.map((c, j) => spanned(cell(label(j) ? 'th' : 'td', c, ctx, amounts.has(j), columns[j], label(j) ? 'row' : null), k, j)).join('')}</tr>`;
    const tbody = body.length ? `<tbody>${body.map(tr).join('\n')}</tbody>` : '';
    return `<div class="table-wrap" tabindex="0"><table${b.glossary ? ' class="glossary"' : ''}>${thead}${tbody}</table></div>`;
  },
};

function emitBlock(block: Block, ctx: EmitContext): string {
  return (blockEmitters[block.type] as (b: Block, c: EmitContext) => string)(block, ctx);
}

/** Blocks in order; footnote references are emitted before the notes they point to. A long
 *  section's blocks carry the part of it search indexes them in (`data-part`, see searchParts). */
function emitBlocks(blocks: readonly Block[]): string {
  const headings = blocks.filter((b) => b.type === 'heading');
  const levels = headingLevels(blocks);
  const pageNotes = pageNoteNumbers(blocks);
  const printedNotes = sectionNotes(blocks);
  // A filing's notes take markers only in paragraphs before them (table cells link to a table's notes alone);
  // notes numbered under one label (`注：1.…`, `2.…`) read as a table's numbered notes too, and are a filing's.
  const underLabel = (note: FilingNote) => {
    const b = blocks[note.at];
    return b?.type === 'paragraph' && b.noteNumber !== undefined;
  };
  const filingNotes = new Map([...filingNoteNumbers(blocks)].filter(([n, note]) => !pageNotes.has(n) && (!printedNotes.has(n) || underLabel(note))));
  const ctx: EmitContext = { notes: new Set([...printedNotes, ...pageNotes]), pageNotes, filingNotes, refs: new Map(), levels: new Map(headings.map((b, k) => [b, levels[k]!])) };
  const parts = searchParts(blocks);
  // A heading's marker the text runs on into the paragraph after it (`5.EBITDA` + `12020年上半年，…`,
  // `案例：…的实践` + `39浙江移动…`) is the heading's: printed after its words, taken from the paragraph.
  const headingMarkers = new Map<number, number>();
  const shown = blocks.map((b, k) => {
    const heading = blocks[k - 1];
    if (heading?.type !== 'heading' || b.type !== 'paragraph' || b.lead || b.caption) return b;
    const opening = [...pageNoteMarkers(b.text, pageNotes, true), ...filingNoteMarkers(b.text, filingNotes, k, true)].find((m) => m.at === 0);
    if (!opening) return b;
    headingMarkers.set(k - 1, opening.n);
    return { ...b, text: b.text.slice(String(opening.n).length) };
  });
  const glued = sequencedPageMarkers(shown, pageNotes, new Map([...headingMarkers].map(([k, n]) => [n, k])));
  const emitted = shown.map((b, k) => emitBlock(b, { ...ctx, index: k, headingMarker: headingMarkers.get(k), gluedMarkers: glued.get(k), afterHeading: blocks[k - 1]?.type === 'heading' && !headingMarkers.has(k - 1) }));
  if (Math.max(...parts, 0) === 0) return emitted.join('\n\n');
  return emitted.map((html, k) => html.replace(/^<([a-z]+\d?)/, `<$1 data-part="${parts[k]}"`)).join('\n\n');
}

/**
 * The MDX file of one section: frontmatter for the route, then its blocks, then — where the section
 * prints key figures — the `<KpiFigures>` component with their indicator ids (charts by category).
 */
export function emitSectionMdx(doc: string, script: string, section: Section, indicators: readonly string[] = []): string {
  const front = [`doc: ${attr(doc)}`, `section: ${attr(section.slug)}`, `script: ${attr(script)}`, `title: ${attr(section.title)}`];
  const figures = indicators.length ? `\n\n<KpiFigures ids={${JSON.stringify(indicators)}} />` : '';
  return `---\n${front.join('\n')}\n---\n\n${emitBlocks(section.blocks)}${figures}\n`;
}
