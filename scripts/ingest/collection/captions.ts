// A white paper prints lists of its figures and tables after its contents (`图目录图1全国5G政策发布数量
// top省份......2图2…`). The body prints each caption glued into its text, with the figure's credit next
// to it (`…提升。来源：中国信息通信研究院图1全国5G政策发布数量top省份（二）…`): the lists say where each
// caption starts and ends, so captions and credits are set apart as paragraphs of their own.
import type { Block } from '../types.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

const words = vocabulary.collection;

/** A caption as a list of figures or tables names it: its label (`图3`) and its words. */
export interface ListedCaption {
  label: string;
  words: string;
}

/** The most characters a listed caption holds. */
const CAPTION_CHARS = 80;
/** A caption's character: not a leader's dot; a dot between digits (`中国算力发展指数2.0`) is the caption's. */
const CAPTION_CHAR = '[^.…]|(?<=\\d)[.．](?=\\d)';
/** The most characters a figure's credit holds after its label. */
const CREDIT_CHARS = 60;

/**
 * The captions a document's lists of figures and tables name, in order. Entries are numbered from 1;
 * the number is read as the next one in order, so a caption opening with digits (`图32021Q1-2023Q3…`:
 * figure 3) keeps them. An entry ends with a dotted leader and its page number.
 */
export function listedCaptions(text: string): ListedCaption[] {
  const found: ListedCaption[] = [];
  for (const { list, label } of words.captionLists) {
    const at = text.indexOf(list);
    if (at < 0) continue;
    let from = at + list.length;
    for (let n = 1; ; n++) {
      const entry = new RegExp(`${escapeRegExp(label + n)}((?:${CAPTION_CHAR}){2,${CAPTION_CHARS}}?)[.…]{3,}\\s*\\d+`, 'uy');
      entry.lastIndex = from;
      const m = entry.exec(text);
      if (!m) break;
      found.push({ label: label + n, words: m[1]! });
      from = m.index + m[0].length;
    }
  }
  return found;
}

const CREDIT_LABEL = `(?:${alternation(words.figureCredits)})[：:]`;
/** One or more credits printed together (`来源：中国信息通信研究院来源：中国信息通信研究院`). */
const CREDITS = `(?:${CREDIT_LABEL}[^。！？：:]{1,${CREDIT_CHARS}}?)+`;
/** Credits printed right before a caption. */
const CREDITS_BEFORE = new RegExp(`${CREDITS}$`, 'u');
/** A credit printed right after a caption, where it ends the text or runs into another credit, not inside a clause. */
const CREDIT_AFTER = new RegExp(`^${CREDIT_LABEL}[^。！？：:]{1,${CREDIT_CHARS}}?(?<![，、；,])(?=$|${CREDIT_LABEL})`, 'u');
/** A paragraph of credits alone, the last not ending inside a clause. */
const CREDITS_ALONE = new RegExp(`^${CREDITS}(?<![，、；,])$`, 'u');
/** What a longer credit label holds before a shorter one (`数据` of `数据来源`, which ends with `来源`). */
const LABEL_PREFIXES = words.figureCredits.flatMap((l) => words.figureCredits.filter((o) => o !== l && l.endsWith(o)).map((o) => l.slice(0, l.length - o.length)));
const CREDIT_END = `(?:${alternation(words.figureCreditEnds)})`;
/**
 * A credit naming a publisher the white papers are credited to, and maybe the word it ends with
 * (`来源：中国信息通信研究院整理`), glued into the text: not inside a quotation or brackets (a copyright
 * notice's `应注明“来源：中国信息通信研究院”`, `（数据来源：…）`: a longer label's start is no text before
 * it), not a page's note after its number (`3资料来源：…`, a label pageNotes lists: page-notes.ts reads
 * those; a table's last figure may stand before a plain `来源：`), not before another
 * name (`、IDC`) or a clause's mark, with or without its end word (`…整理，2024年5月`). A longer
 * organisation's name that starts with the publisher's (none in the sources) would be cut after it.
 */
const PUBLISHER_CREDIT = new RegExp(
  `(?<![“"（(])(?<!${alternation(LABEL_PREFIXES)})(?:${words.figureCredits.map((l) => (words.pageNotes.includes(l) ? '(?<!\\d)' : '') + escapeRegExp(l)).join('|')})[：:](?:${alternation(vocabulary.names.creditedPublishers)})(?!${CREDIT_END}?[、，,；;”"）)])${CREDIT_END}?`,
  'gu',
);

/** One credit of several printed together. */
const ONE_CREDIT = new RegExp(`${CREDIT_LABEL}.*?(?=${CREDIT_LABEL}|$)`, 'gu');

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** Where `text` prints a caption in its body: not an entry of the lists themselves, which a dotted leader follows. */
function printedAt(text: string, caption: string): number {
  for (let at = text.indexOf(caption); at >= 0; at = text.indexOf(caption, at + 1)) {
    if (!/^[.…]{3}/u.test(text.slice(at + caption.length))) return at;
  }
  return -1;
}

/** The last characters of a listed caption that find it where the body words its start otherwise. */
const CAPTION_TAIL = 8;
/** How many characters more than the list's a caption the body words otherwise may hold. */
const CAPTION_SLACK = 6;

/**
 * A caption as the body prints it: as the list names it, or with its first words written another way
 * (the list's `图42020-2023年国内典型区块链产品CTPS性能平均值`, the body's `图42020年至2023年国内典型…`): its
 * label, then the list entry's last CAPTION_TAIL characters within a few more characters than the entry's,
 * no sentence's end between.
 */
function printedCaption(text: string, c: ListedCaption): { at: number; printed: string } | null {
  const exact = printedAt(text, c.label + c.words);
  if (exact >= 0) return { at: exact, printed: c.label + c.words };
  const words = [...c.words];
  if (words.length <= CAPTION_TAIL) return null;
  const tail = words.slice(-CAPTION_TAIL).join('');
  const worded = new RegExp(`${escapeRegExp(c.label)}(?:(?![。！？；])(?:${CAPTION_CHAR})){0,${words.length - CAPTION_TAIL + CAPTION_SLACK}}?${escapeRegExp(tail)}(?![.…]{3})`, 'u');
  const m = worded.exec(text);
  return m ? { at: m.index, printed: m[0] } : null;
}

/** Adds `text`, trimmed, to `out` as a plain piece of `paragraph` (nothing where it is blank); the first piece keeps the paragraph's bold lead-in. */
function pushPlain(out: Paragraph[], paragraph: Paragraph, text: string): void {
  const { lead, ...base } = paragraph;
  if (text.trim()) out.push(out.length === 0 && lead ? { ...base, text: text.trim(), lead } : { ...base, text: text.trim() });
}

/**
 * `paragraph` cut at `spans` (in order, apart): each span a paragraph of its own — a caption where
 * marked —, the text between them plain paragraphs (pushPlain); the paragraph itself where no span cuts it.
 */
export function cutAtSpans(paragraph: Paragraph, spans: readonly { at: number; end: number; caption?: boolean }[]): Paragraph[] {
  if (spans.length === 0) return [paragraph];
  const out: Paragraph[] = [];
  const { lead: _, ...base } = paragraph;
  let from = 0;
  for (const { at, end, caption } of spans) {
    pushPlain(out, paragraph, paragraph.text.slice(from, at));
    const text = paragraph.text.slice(at, end);
    out.push(caption ? { type: 'paragraph', text, line: paragraph.line, caption: true } : { ...base, text });
    from = end;
  }
  pushPlain(out, paragraph, paragraph.text.slice(from));
  return out;
}

/** A paragraph's text, with the captions and credits it holds set apart, in the order printed. */
export function captionsApart(paragraph: Paragraph, captions: readonly ListedCaption[]): Paragraph[] {
  const out: Paragraph[] = [];
  // The text before the first caption keeps the paragraph's bold lead-in.
  const plain = (text: string) => pushPlain(out, paragraph, text);
  const credits = (text: string) => {
    for (const c of text.match(ONE_CREDIT) ?? []) out.push({ type: 'paragraph', text: c, line: paragraph.line, caption: true });
  };
  let rest = paragraph.text;
  const next = (text: string) =>
    captions
      .map((c) => ({ c, ...(printedCaption(text, c) ?? { at: -1, printed: '' }) }))
      .filter((h) => h.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
  for (;;) {
    const hit = next(rest);
    if (!hit) break;
    const before = rest.slice(0, hit.at);
    const credited = CREDITS_BEFORE.exec(before);
    plain(credited ? before.slice(0, credited.index) : before);
    if (credited) credits(credited[0]);
    out.push({ type: 'paragraph', text: hit.printed, line: paragraph.line, caption: true, captionLabel: hit.c.label });
    rest = rest.slice(hit.at + hit.printed.length);
    // A credit between two captions is taken as the next one's, before it.
    const after = next(rest) ? null : CREDIT_AFTER.exec(rest);
    if (after) {
      credits(after[0]);
      rest = rest.slice(after[0].length);
    }
  }
  if (out.length === 0) return [paragraph];
  plain(rest);
  return out;
}

/**
 * Blocks with every paragraph's captions set apart (captionsApart), a credit naming the papers'
 * publisher set apart wherever it is glued (PUBLISHER_CREDIT), and a credit alone after a table set as
 * a caption. A long paragraph may have been cut
 * between two characters inside a caption (no sentence ends in a run of captions and credits): two
 * paragraphs a caption runs across are one again first.
 */
export function withCaptionsApart(blocks: readonly Block[], captions: readonly ListedCaption[]): Block[] {
  const listed = captions.length === 0 ? [...blocks] : joinedAcross(blocks, captions.map((c) => c.label + c.words)).flatMap((b) => (b.type === 'paragraph' && !b.caption ? captionsApart(b, captions) : [b]));
  const apart = listed.flatMap((b) => (b.type === 'paragraph' && !b.caption ? cutAtSpans(b, [...b.text.matchAll(PUBLISHER_CREDIT)].map((m) => ({ at: m.index, end: m.index + m[0].length, caption: true }))) : [b]));
  // A credit alone right after a table is the table's (`来源：中国信息通信研究院`).
  return apart.map((b, k): Block => (b.type === 'paragraph' && !b.caption && apart[k - 1]?.type === 'table' && CREDITS_ALONE.test(b.text) ? { ...b, caption: true as const } : b));
}

/** A credit's most characters before its ending (`新华社记者许畅` + `/摄`). */
const PHOTO_CREDIT_CHARS = 20;
/**
 * A news photo's caption glued between two sentences: a sentence opening with `图为` (the picture shows)
 * and the credit right after it, ending with `供图` or `/摄`, before the text goes on.
 */
const PHOTO_CAPTION = new RegExp(
  `(?<=^|[。！？”])(?:${alternation(words.photoCaptions.openings)})[^。！？]+。[^。！？，、；：“”]{2,${PHOTO_CREDIT_CHARS}}?(?:${alternation(words.photoCaptions.creditEnds)})`,
  'gu',
);

/** Blocks with each photo's caption and its credit set apart from the paragraph they are glued into, as a caption (news pages print them; any collected document's pages are read). */
export function withPhotoCaptionsApart(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b): Block[] =>
    b.type !== 'paragraph' || b.caption ? [b] : cutAtSpans(b, [...b.text.matchAll(PHOTO_CAPTION)].map((m) => ({ at: m.index, end: m.index + m[0].length, caption: true }))),
  );
}

/**
 * Two paragraphs of text in a row that one of the `printed` strings runs across (a caption, a page's
 * notes), joined again: a long paragraph may have been cut between two characters inside it. Shared with
 * page-notes.ts.
 */
export function joinedAcross(blocks: readonly Block[], printed: readonly string[]): Block[] {
  const across = (a: string, b: string) =>
    printed.some((p) => {
      const at = (a + b).indexOf(p, Math.max(0, a.length - p.length + 1));
      return at >= 0 && at < a.length && at + p.length > a.length;
    });
  const joined: Block[] = [];
  for (const b of blocks) {
    const last = joined.at(-1);
    if (b.type === 'paragraph' && last?.type === 'paragraph' && !b.caption && !last.caption && across(last.text, b.text)) joined[joined.length - 1] = { ...last, text: last.text + b.text };
    else joined.push(b);
  }
  return joined;
}
