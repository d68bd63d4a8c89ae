// Finds a document's heading outline: from its own table of contents where it has one, else from layout cues.
import type { Line, OutlineEntry } from '../types.ts';
import { isIndented, opensWrappedParagraph } from '../text/join-wrapped-lines.ts';
import { labelValueTable } from '../text/text-tables.ts';
import { isBlankLine, LIST_ITEM, nextNonBlank, previousNonBlank } from '../lines.ts';
import { withDigits } from '../text/numerals.ts';
import { pairedYearBox, sideBySideTitles } from '../text/box-titles.ts';
import { vocabulary } from '../vocabulary.ts';
import { isCaption, isDiagramSteps, isFigureTitle, namesBranchFirst } from '../text/captions.ts';
import { titlesIndexTable } from './standards.ts';
import { printedInParallel } from './parallel-headings.ts';

interface TocEntry {
  title: string;
  page: number;
  column: number;
  /** Index of the table-of-contents line, to group entries into column blocks. */
  row: number;
}

const TERMINAL = /[。！？；，、：:]$/u;
/** Figures and units only (`5.61億元 430萬戶`): a key-figure callout, never a heading. */
const NUMERIC = /^[\d\s.,%+~\-—:：/（）()年月日万萬亿億元个個家次人户戶]+$/u;
const chars = (s: string) => [...s.trim()].length;
const isBlank = isBlankLine;
/** A form's question and its lettered answers (`版式设计 A. 方便 B. 一般 C. 不方便`): a row of the form, never a heading. */
const FORM_OPTIONS = /\sA[.．]\s*\S+\s+B[.．]/u;
/** Words in one piece as long as this, no mark or space between them, tell an event (`株洲聯通在炎炎夏日為一線員工開展吃西瓜比賽`):
 *  a photo's caption. The reports' longest headings of one piece are shorter; longer ones name a standard in marks or parts. */
const CAPTION_IN_ONE_PIECE = /^[\p{Script=Han}A-Za-z\d]{19,}$/u;

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

/**
 * The line printing a contents entry's label on its own right above its heading (`专题 1` over
 * `以高质量党建 引领保障高质量发展`, which the contents list names `专题一：以高质量党建…`): the label is
 * part of the heading, with its numeral in either form. -1 when there is none.
 */
function labelAbove(lines: readonly Line[], heading: number, title: string): number {
  const colon = title.search(/[：:]/u);
  if (colon <= 0) return -1;
  const k = previousNonBlank(lines, heading);
  if (k < 0 || heading - k > 3) return -1;
  const squashed = (s: string) => withDigits(s.replace(/\s+/gu, ''));
  return squashed(lines[k]!.text) === squashed(title.slice(0, colon)) ? k : -1;
}

/** How far on (lines) a title printed exactly wins over one printed nearly so. */
const EXACT_AHEAD = 40;

/** Outline from the contents: each entry confirmed where its heading stands in the body, in order. */
function outlineFromToc(lines: readonly Line[], toc: { entries: TocEntry[]; start: number; end: number }, unconfirmed: string[], dropped: DroppedLine[]): OutlineEntry[] {
  const kinds = classifyToc(toc.entries);
  const ordered = toc.entries.map((e, i) => ({ ...e, kind: kinds[i]! })).sort((a, b) => (a.page || 1e9) - (b.page || 1e9) || a.column - b.column);
  const out: OutlineEntry[] = [];
  const listed = new Set(toc.entries.map((e) => normalizeTitle(e.title)));
  let from = toc.end + 1;
  for (const entry of ordered) {
    const wanted = [entry.title, entry.title.split(/[：:]/u).pop()!].map(normalizeTitle);
    // Nearly equal (a word printed differently), but never another entry's own title (`可持续发展治理`
    // is not `可持续发展策略`), and the title printed exactly a few lines on wins (`可持续发展监督` is not either).
    const exactly = (text: string) => chars(text) <= 40 && wanted.includes(normalizeTitle(text));
    const nearly = (text: string) => {
      const t = normalizeTitle(text);
      return chars(text) <= 40 && !listed.has(t) && wanted.some((w) => nearlyEqual(w, t));
    };
    const exactAhead = (i: number) => lines.slice(i, i + EXACT_AHEAD).some((l) => exactly(l.text));
    const matches = (text: string, i: number) => exactly(text) || (nearly(text) && !exactAhead(i + 1));
    let found = -1;
    for (let i = from; i < lines.length; i++) {
      if (matches(lines[i]!.text, i)) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      unconfirmed.push(entry.title);
      continue;
    }
    const label = labelAbove(lines, found, entry.title);
    if (label >= 0) dropped.push({ index: label, reason: 'title-line' });
    const printed = label >= 0 ? { printed: `${lines[label]!.text.trim()} ${lines[found]!.text.trim()}`.replace(/\s+/gu, ' ') } : {};
    // The title printed again right under its heading, only blank lines between (`推进网络向新 加强…` over
    // `推进网络向新，加强…`), is published once.
    const again = nextNonBlank(lines, found);
    if (again < lines.length && again - found <= 8 && wanted.includes(normalizeTitle(lines[again]!.text))) dropped.push({ index: again, reason: 'repeated-title' });
    out.push({ title: entry.title, kind: entry.kind, level: entry.kind === 'chapter' ? 1 : 2, index: found, confirmed: true, ...printed });
    from = found + 1;
  }
  return out;
}

/** A figure or its label (`109位總監`, `授權專利數（項） 518`, `1名`, `1.8萬人`): a number of two or more digits
 *  that is not a year, or a line that opens with a number (decimals too) and a counting word. */
const FIGURE_TEXT = /\d{2,}(?!\d|\s*年)|^\d+(?:\.\d+)?\s*\p{Script=Han}{0,2}$/u;

/**
 * A whole sentence on a line of its own, or the line that introduces a letter or list (`尊敬的读者：`). A
 * few words closed by a full stop (`頁正式上線。`) are the wrapped end of the line above, not a sentence.
 */
const isLeadSentence = (text: string) => /[：:]$/u.test(text.trim()) || (/。$/u.test(text.trim()) && chars(text) >= LEAD_CHARS);
const LEAD_CHARS = 12;
/** The longest label of a figure's box or a figure's title (`中國聯合網絡通信有限公司`, `中國聯通戰略框架`). */
const FIGURE_LABEL_CHARS = 16;
/** A sentence's end, or a clause's where a list or table follows, closing quotation marks after it. */
const ENDS_SENTENCE = /[。！？；：][”」』）)]*$/u;
const SENTENCE_INSIDE = /[，。；,;]/u;

/** A key figure printed on a line of its own: a number and its unit of a few characters (`1.8萬人`, `超 38 萬個`). */
const FIGURE_LINE = /^\p{Script=Han}?\s*\d[\d.,]*\s*\p{Script=Han}{0,3}$/u;

/** A key figure's label: the next line printed is its figure (`四級人才梯隊` over `1.8萬人`). */
function labelsFigure(lines: readonly Line[], i: number): boolean {
  const next = lines[nextNonBlank(lines, i)]?.text.trim();
  return next !== undefined && FIGURE_LINE.test(next);
}

/**
 * A row of a two-column table printed as text: a label of a few words, a space, then its text with no
 * space in it (`報告時間範圍 2020年1月1日至…`); a sentence set with spaces around its figures is not one.
 */
const LABELLED_ROW = /^(\p{Script=Han}{2,10})[ \u3000]+\S{8,}$/u;
/** Lines around a label printed alone in which the rows of its table are looked for. */
const ROW_REACH = 12;

/**
 * The label of a row whose text starts on the next line, in a two-column table printed as text: two
 * or more labelled rows around it, the label below the first of them (`報告組織範圍` between `報告發佈周期 …`
 * and `報告數據說明 …`; `管理人員` below `全集團幹部員工 面向…`), with no heading between.
 */
function rowLabel(lines: readonly Line[], i: number): boolean {
  // Rows are told by their labels: each row prints its own (a label repeated opens sentences alike).
  const rows = (from: number, step: number) => {
    const found: string[] = [];
    for (let j = from; j >= 0 && j < lines.length && Math.abs(j - i) <= ROW_REACH; j += step) {
      if (isIndented(lines[j]!.text)) break;
      const row = LABELLED_ROW.exec(lines[j]!.text.trim());
      if (row) found.push(row[1]!);
    }
    return found;
  };
  const above = rows(i - 1, -1);
  const labels = new Set([...above, ...rows(i + 1, 1)]);
  return above.length > 0 && labels.size >= 2;
}

/** The longest title an icon marks (an index part's: `上海证券交易所《…可持续发展报告（试行）》`). */
const ICON_TITLE_CHARS = 60;

/** Words set apart by spaces (`大市場 網絡線 科技創新`, `新動態 新生態`): a diagram's labels, not a title. */
export const wordsSetApart = (text: string): boolean => /\S\s+\S/u.test(text.trim());
/** The words of a line, as spaces (ideographic ones too) set them apart. */
const wordsOf = (text: string) => text.trim().split(/[\s\u3000]+/u);

/** The longest word of a row of labels of one length. */
const LABEL_WORD_CHARS = 4;
/**
 * Two or more words of one length, a few characters each, set apart by spaces (`新動態 新生態`, `培訓對象 培訓內容`):
 * a diagram's labels or a table's column names, never a title (a title's parts differ in length).
 */
export const labelsOfOneLength = (text: string): boolean => {
  const words = wordsOf(text);
  return words.length >= 2 && words.every((w) => [...w].length === [...words[0]!].length && [...w].length <= LABEL_WORD_CHARS);
};

/**
 * Two captions of one subject side by side (`智慧茶園綜合管理平台 智慧茶園`, `中國聯通品牌標語 5Gn品牌`): two
 * parts set apart by a space that print two characters of one in the other. A title wrapped where it
 * was printed (`关键信息 基础设施保护`) does not repeat itself.
 */
export const captionsSideBySide = (text: string): boolean => {
  const parts = wordsOf(text);
  if (parts.length !== 2) return false;
  const [a, b] = parts.map((p) => [...p]) as [string[], string[]];
  return b.slice(0, -1).some((c, k) => /\p{Script=Han}/u.test(c) && a.join('').includes(c + b[k + 1]!));
};

/** How far (lines) a heading printed in parallel with a title below a picture may stand from it. */
const PARALLEL_REACH = 60;

/**
 * A short line below a picture (three or more blank lines) that opens text is a heading where a
 * heading near it, found by layout, is printed in parallel with it: one length, two or more characters
 * in the same places, another title (`推行绿色办公` near `提倡绿色消费`; `可持续发展监督` near `可持续发展治理`).
 */
function parallelsHeadingNear(lines: readonly Line[], i: number, titles: readonly string[] = []): boolean {
  const title = lines[i]!.text.trim();
  const bare = (s: string) => s.replace(/[\s，,、]/gu, '');
  const inParallel = (other: string) => bare(other) !== bare(title) && printedInParallel(other, title);
  // The page's own title, printed above the lines looked at, counts as a heading near it.
  if (titles.some(inParallel)) return true;
  for (let j = Math.max(0, i - PARALLEL_REACH); j < Math.min(lines.length, i + PARALLEL_REACH); j++) {
    if (j === i || !inParallel(lines[j]!.text.trim())) continue;
    if (looksLikeHeading(lines, j, false)) return true;
  }
  return false;
}

/**
 * One of statements printed one under another, each opening with the same word and none ending a
 * sentence (a diagram's boxes: `以劃小改革…`, `以人為核心…`, `以基於運營…`): not a heading over the next.
 */
function inParallelStatements(lines: readonly Line[], i: number): boolean {
  const p = previousNonBlank(lines, i);
  const opening = lines[i]!.text.trim()[0];
  const next = lines[nextNonBlank(lines, i)];
  const statement = (l: Line) => l.text.trim()[0] === opening && !ENDS_SENTENCE.test(l.text.trim());
  return p >= 0 && next !== undefined && /\p{Script=Han}/u.test(opening ?? '') && statement(lines[p]!) && statement(next);
}

/**
 * A short standalone line set off by blank lines and followed by body text: a heading by layout.
 * `parallels`: whether a title below a picture may be one by a heading near it (parallelsHeadingNear);
 * `pageTitles`: the title of the page the lines are cut from, printed above them (`可持续发展策略` over
 * `可持续发展管理`).
 */
/** The longest title of two phrases over a list (`充分發揮10010熱線集約運營優勢，縱深推進熱線一體化運營`). */
const TWO_PHRASES_CHARS = 32;
/** Two phrases of six or more characters set apart by one comma, no other mark. */
const TWO_PHRASES = /^[^，。！？；：、,;:]{6,}，[^，。！？；：、,;:]{6,}$/u;

/** A title of two phrases, longer than most, standing right over a list's first item (a box's sub-heading). */
function twoPhrasesOverList(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text.trim();
  const next = lines[nextNonBlank(lines, i)];
  return chars(text) <= TWO_PHRASES_CHARS && TWO_PHRASES.test(text) && next !== undefined && LIST_ITEM.test(next.text);
}

export function looksLikeHeading(lines: readonly Line[], i: number, parallels = true, pageTitles: readonly string[] = []): boolean {
  const text = lines[i]!.text;
  const n = chars(text);
  if (lines[i]!.caption) return false;
  // A title the layout marks with an icon (`🏆 暖心提供细致入微的海外民生服务`), whatever follows it, and an
  // index part's title over its table.
  if (lines[i]!.icon && n >= 2 && n <= ICON_TITLE_CHARS && !TERMINAL.test(text.trim())) return true;
  if (titlesIndexTable(lines, i)) return true;
  // A word printed one character a line labels a diagram.
  if (lines[i]!.vertical) return false;
  if (n < 2 || (n > 24 && !twoPhrasesOverList(lines, i)) || TERMINAL.test(text.trim()) || LIST_ITEM.test(text) || text.includes('\t') || isCaption(text) || CAPTION_IN_ONE_PIECE.test(text.trim()) || FORM_OPTIONS.test(text) || isDiagramSteps(text) || rowLabel(lines, i) || labelsOfOneLength(text) || captionsSideBySide(text)) return false;
  if (NUMERIC.test(text.trim()) || (FIGURE_TEXT.test(text.trim()) && !twoPhrasesOverList(lines, i)) || PLACED.test(text) || wrappedOpening(lines, i)) return false;
  if (namedByFigureBelow(lines, i)) return true;
  if (inParallelStatements(lines, i)) return false;
  let blanks = 0;
  for (let j = i - 1; j >= 0 && isBlank(lines[j]); j--) blanks++;
  // At a page's top the blank lines before the navigation end the page before: the line stands apart,
  // as after one, or after the blank lines the page prints under the navigation (three or more over a
  // picture's caption: `中国联通加快碳管理运营体系建设` over the page's `赋能低碳生活`).
  const top = lines[i]!.pageTop;
  if (top) blanks = Math.max(1, top.blanks);
  if (i > 0 && blanks === 0 && !isIndented(text)) return false;
  const k = nextNonBlank(lines, i);
  const next = lines[k];
  if (next === undefined) return false;
  const opensText = (l: Line) => chars(l.text) >= 30 || LIST_ITEM.test(l.text);
  // One of a pair of boxes titled by consecutive years over their lists (`2024 年采取的措施`, `2025 年将
  // 采取的行动`) is a heading however far below the picture before it.
  if (LIST_ITEM.test(next.text) && pairedYearBox((k) => lines[k]?.text, i)) return true;
  // A heading opens text; three or more blank lines before a short line mark a figure's caption,
  // unless a paragraph follows it at once. A heading may also stand right over a sub-heading that opens text.
  // A title over text that names a branch first is a picture's caption over its story (a report's
  // headings, and the text under them, name the group, never a branch).
  if (namesBranchFirst(next.text)) return false;
  // A short line right under a table's last row, over a title, is the table's caption (a screenshot's
  // `联通合作伙伴门户` under its tabbed labels, over `全面深化科技合作`).
  const above = lines[previousNonBlank(lines, i)];
  if (above?.text.includes("\t") && blanks === 1 && !opensText(next) && !/[。！？；，、]/u.test(next.text)) return false;
  // A title right over a table (its columns set apart by tabs) is the table's caption; an index part's
  // title over its table was taken above.
  if (next.text.includes('\t')) return false;
  const after = lines[nextNonBlank(lines, k)];
  // A long line that ends no sentence and is followed by a label, not by the rest of its paragraph, is
  // a figure's text (a diagram's note over its title, a chart's boxes), not a paragraph a title opens.
  const label = (l: Line) => !isIndented(l.text) && ((chars(l.text) <= FIGURE_LABEL_CHARS && !SENTENCE_INSIDE.test(l.text)) || NUMERIC.test(l.text.trim()));
  const figureText = (l: Line) => !LIST_ITEM.test(l.text) && !ENDS_SENTENCE.test(l.text.trim()) && after !== undefined && label(after);
  // Below a picture, a title in parallel with a heading near it.
  if (opensText(next)) return !figureText(next) && (blanks < 3 || (parallels && parallelsHeadingNear(lines, i, pageTitles)));
  // Or over a short lead sentence that opens its list or paragraphs (`完善薪酬管理` / `持续完善薪酬福利管理机制，…。`
  // / `- …`); a line with a sentence's punctuation inside is the wrapped end of a paragraph, not a title.
  const lead = isLeadSentence(next.text) && !SENTENCE_INSIDE.test(text) && after !== undefined && opensText(after);
  if (lead) return blanks < 3;
  // Words set apart by spaces (`大市場 網絡線 科技創新`) label a diagram; a caption runs longer. A title
  // marked with an icon is one of its own level, no sub-heading of the line above it (`连续五年获得“A”级`,
  // a key figure's statement, over `📖 学习贯彻全会精神`); a diagram's steps under a line make it the
  // diagram's title (`中國聯通社會責任議題選擇程序` over `識別議題來源 形成議題池 …`).
  const overSubheading = !wordsSetApart(text) && n <= 16 && k > i + 1 && !next.icon && !isDiagramSteps(next.text);
  return overSubheading && blanks < 3 && chars(next.text) <= 24 && !TERMINAL.test(next.text.trim()) && !LIST_ITEM.test(next.text) && after !== undefined && opensText(after) && !FIGURE_TEXT.test(next.text.trim());
}

/** How far (lines) below a title the figure it heads may be printed (its notes between), and the longest such title. */
const FIGURE_REACH = 15;
const FIGURE_NAME_CHARS = 8;

/**
 * A short title over a figure whose title names it again (`股权结构` over the chart's notes and
 * `中国联通股权结构图`; `组织机构` over `中国联通组织机构图`): the section the figure illustrates.
 */
function namedByFigureBelow(lines: readonly Line[], i: number): boolean {
  const title = lines[i]!.text.trim();
  if (chars(title) < 3 || chars(title) > FIGURE_NAME_CHARS) return false;
  return lines.slice(i + 1, i + 1 + FIGURE_REACH).some((l) => isFigureTitle(l.text) && l.text.includes(title) && l.text.trim() !== title);
}

/** How far (lines) a list's repeated line is looked for around an entry. */
const LIST_REACH = 12;

/**
 * An entry of a list of names, each over the same words (`黃偉明` over `獨立非執行董事`, as `鍾瑞明` and
 * `羅范椒芬` are): the line right under it, short, is printed twice more nearby. Not a title.
 */
function listEntry(lines: readonly Line[], i: number): boolean {
  const under = lines[i + 1]?.text.trim() ?? '';
  if (!under || chars(under) > LIST_REACH) return false;
  let same = 0;
  for (let k = Math.max(0, i - LIST_REACH); k < Math.min(lines.length, i + LIST_REACH); k++) if (k !== i + 1 && lines[k]!.text.trim() === under) same++;
  return same >= 2;
}

/** Short, and no sentence: a figure's label or a table's header cell (`捐贈金額`, `社會責任指導委員會`). */
const shortLabel = (l: Line | undefined) => !!l && !isBlank(l) && chars(l.text) <= FIGURE_LABEL_CHARS + 4 && !ENDS_SENTENCE.test(l.text.trim()) && !LIST_ITEM.test(l.text) && !isIndented(l.text);

/** How many lines after a title are looked at for figures (a table's rows). */
const FIGURE_ROWS = 3;

/**
 * A title that runs straight into a short line and then another, no text, list nor figures: the
 * labels of a diagram (` 董事會` + `中國聯通` + `社會責任指導委員會`, ` 中國聯通始終堅持` +
 * `「聚焦、創新、合作」戰略一以貫之` + `聚焦 創新 合作`), not a heading, however the extraction indented
 * it. A table's header over its rows of figures (` 捐贈項目` + `捐贈金額` + `（萬元）`) is left to the tables.
 */
function figureLabels(lines: readonly Line[], i: number): boolean {
  // Right under the title the labels may stand apart by blank lines; below a blank line they run straight
  // into each other (` 做強中後台做活前台` / `` / `網絡線運營` / `組織體系變革`).
  const label = nextNonBlank(lines, i);
  const second = label === i + 1 ? nextNonBlank(lines, label) : label + 1;
  if (!shortLabel(lines[label]) || !shortLabel(lines[second])) return false;
  const after: Line[] = [];
  for (let k = label; k < lines.length && after.length < FIGURE_ROWS; k = nextNonBlank(lines, k)) after.push(lines[k]!);
  return !after.some((l) => /\d/u.test(l.text));
}

/** A title that is mostly figures, a page reference or a person's name list is not a heading; one opening
 *  with a generation's name (`5G賦能智慧冬奧`) may be. */
const NOT_A_TITLE = /^(?!\d[A-Z]\p{Script=Han})[\dA-Za-z]|\d{2,}|P\d|[：:]$/u;

/** The indented first line of a wrapped paragraph (joined to its paragraph before; kept here for lines the join leaves). */
const wrappedOpening = (lines: readonly Line[], i: number) => opensWrappedParagraph(lines[i]!.text, lines[i + 1]?.text ?? '');

/** A line that could be a title: short, no sentence punctuation at its end, not a list item, figure or table row. */
/** Text set far in from the margin (five spaces or more) is placed on a picture, not a heading. */
const PLACED = /^[ \t\u3000]{5,}/u;

/** Three or more words of one to three characters set apart by spaces (`新治理 新基因 新運營`): a diagram's labels. */
const DIAGRAM_LABELS = /^\s*(?:\S{1,3}[\s\u3000]+){2,}\S{1,3}\s*$/u;

function titleLine(lines: readonly Line[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  const n = chars(text);
  return n >= 2 && n <= 30 && !TERMINAL.test(text.trim()) && !LIST_ITEM.test(text) && !NUMERIC.test(text.trim()) && !text.includes('\t');
}

/**
 * A chapter divider: a title (with, at most, a subtitle line under it) over a list of the chapter's
 * sections, two or more title lines in a row that the body prints again later as headings. The
 * list is navigation; the sections it names are the chapter's sections. A part title ending in
 * `篇` (a "part") with a subtitle line is a divider without a list.
 */
export interface Divider {
  index: number;
  /** The subtitle line, part of the chapter's title. */
  subtitle: number | null;
  /** Lines of the printed list of sections. */
  list: number[];
  /** Normalised titles of the sections the list names. */
  sections: Set<string>;
}

export function findDividers(lines: readonly Line[], isHeading: (i: number) => boolean): Map<number, Divider> {
  // Where each title stands alone later on: a heading, or a title line set off by a blank line.
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (isHeading(i) || (titleLine(lines, i) && isBlank(lines[i - 1]))) at.set(normalizeTitle(l.text), [...(at.get(normalizeTitle(l.text)) ?? []), i]);
  });
  const printedLater = (k: number, after: number) => (at.get(normalizeTitle(lines[k]!.text)) ?? []).some((m) => m > after);
  /** The list of section titles starting at `k`: consecutive title lines each printed later as a heading. */
  const listAt = (k: number) => {
    let j = k;
    while (j < lines.length && titleLine(lines, j) && !isBlank(lines[j])) j++;
    // The longest run from `k` whose lines are all printed again after it.
    for (let end = j; end > k; end--) {
      const run = Array.from({ length: end - k }, (_, d) => k + d);
      if (run.every((m) => printedLater(m, end - 1))) return run;
    }
    return [];
  };
  const dividers = new Map<number, Divider>();
  const inList = new Set<number>();
  lines.forEach((line, i) => {
    if (inList.has(i) || !titleLine(lines, i) || (i > 0 && !isBlank(lines[i - 1]) && !isIndented(line.text) && !TERMINAL.test(lines[i - 1]!.text.trim()))) return;
    const j = nextNonBlank(lines, i);
    let list = listAt(j);
    let subtitle: number | null = null;
    if (list.length < 2 && titleLine(lines, j) && j <= i + 2) {
      subtitle = j;
      list = listAt(nextNonBlank(lines, j));
    }
    const part = PART.test(line.text.trim()) && subtitle !== null;
    if (list.length < 2 && !part) return;
    if (list.length < 2) list = [];
    for (const m of list) inList.add(m);
    dividers.set(i, { index: i, subtitle, list, sections: new Set(list.map((m) => normalizeTitle(lines[m]!.text))) });
  });
  return dividers;
}

/** A part title (`抗疫篇`): a chapter of the report. */
const PART = /篇$/u;

/** Lines the outline takes out of the text, and why (the build report counts them). */
export interface DroppedLine {
  index: number;
  /** `table-of-contents`: the printed contents; `chapter-contents`: a divider's list of its sections;
   *  `repeated-title`: a chapter title printed again; `title-line`: a subtitle or a label, part of its heading. */
  reason: 'table-of-contents' | 'chapter-contents' | 'repeated-title' | 'title-line';
}

/**
 * Outline by layout cues. Where the extraction marks headings with a leading space (the Hong Kong
 * filings), those lines are the headings; elsewhere standalone short lines are. Chapters are
 * dividers (a title over the list of its sections), part titles (`…篇` and a subtitle) and headings
 * printed right above another heading with no text between; a chapter's sections are the headings
 * its divider lists (other headings inside it are sub-sections), or every heading when it lists none.
 */
function outlineFromCues(lines: readonly Line[]): { entries: OutlineEntry[]; dropped: DroppedLine[] } {
  const candidate = (line: Line) => {
    const title = line.text.trim();
    // Words set apart by spaces on a line are captions side by side or a table's header, not one title
    // (a part's title and its subtitle are found as dividers; two box titles side by side are two).
    const apart = wordsSetApart(title) && !sideBySideTitles(title);
    return title !== '' && !TERMINAL.test(title) && !LIST_ITEM.test(line.text) && !NUMERIC.test(title) && !NOT_A_TITLE.test(title) && !DIAGRAM_LABELS.test(title) && !apart && !PLACED.test(line.text) && !isCaption(title);
  };
  const byIndent = lines.filter((l) => isIndented(l.text) && candidate(l)).length >= 10;
  const isHeading = (i: number) => {
    const line = lines[i]!;
    if (!candidate(line) || wrappedOpening(lines, i) || chars(line.text) < 3 || labelsFigure(lines, i) || listEntry(lines, i) || figureLabels(lines, i) || labelValueTable(lines, i)) return false;
    return byIndent ? isIndented(line.text) : isIndented(line.text) || looksLikeHeading(lines, i);
  };
  const dividers = findDividers(lines, isHeading);
  const entries: OutlineEntry[] = [];
  const dropped: DroppedLine[] = [];
  let chapter: { title: string; names: Set<string>; sections: Set<string>; listed: boolean } | null = null;
  // Such chapters come before the first divider or after a divider's listed sections; inside a chapter
  // without a list, a heading over a heading is a section over its sub-section.
  const opensChapter = () => !chapter || chapter.listed;
  for (let i = 0; i < lines.length; i++) {
    const divider = dividers.get(i);
    if (divider) {
      const head = lines[i]!.text.trim().replace(/\s+/gu, ' ');
      const sub = divider.subtitle === null ? '' : lines[divider.subtitle]!.text.trim().replace(/\s+/gu, ' ');
      // The title printed whole further on (`提價值，數字強健網絡強國根基`) is the chapter's title.
      const firstSection = Math.min(...[...divider.sections].map((t) => lines.findIndex((l, m) => m > (divider.list.at(-1) ?? i) && normalizeTitle(l.text) === t)).filter((m) => m >= 0), lines.length);
      const parts = [normalizeTitle(head), normalizeTitle(sub)].filter(Boolean);
      let whole = -1;
      for (let m = (divider.list.at(-1) ?? divider.subtitle ?? i) + 1; m < firstSection; m++) {
        const t = normalizeTitle(lines[m]!.text);
        if (t.length > parts[0]!.length && parts.every((p) => t.includes(p)) && chars(lines[m]!.text) <= 40) {
          whole = m;
          break;
        }
      }
      const title = whole >= 0 ? lines[whole]!.text.trim() : sub ? `${head} ${sub}` : head;
      if (whole >= 0) dropped.push({ index: whole, reason: 'repeated-title' });
      if (divider.subtitle !== null) dropped.push({ index: divider.subtitle, reason: 'title-line' });
      for (const m of divider.list) dropped.push({ index: m, reason: 'chapter-contents' });
      entries.push({ title, kind: 'chapter', level: 1, index: i, confirmed: true, printed: sub ? `${head} ${sub}` : head });
      chapter = { title, names: new Set([normalizeTitle(title), normalizeTitle(head)]), sections: new Set(divider.sections), listed: divider.list.length > 0 };
      i = Math.max(i, divider.subtitle ?? i, divider.list.at(-1) ?? i);
      continue;
    }
    if (dropped.some((d) => d.index === i)) continue;
    const listed = chapter?.listed && chapter.sections.has(normalizeTitle(lines[i]!.text)) && titleLine(lines, i);
    if (!isHeading(i) && !listed) {
      // A part label of a few characters right above a heading, with no text of its own (`附錄`), opens a
      // chapter; longer lines there are captions of the picture above.
      const k = nextNonBlank(lines, i);
      if (opensChapter() && byIndent && k < lines.length && isHeading(k) && !dividers.has(k) && titleLine(lines, i) && chars(lines[i]!.text) <= 4 && !/\d/u.test(lines[i]!.text) && isBlank(lines[i - 1]) && !chapter?.sections.has(normalizeTitle(lines[k]!.text))) {
        const title = lines[i]!.text.trim();
        entries.push({ title, kind: 'chapter', level: 1, index: i });
        chapter = { title, names: new Set([normalizeTitle(title)]), sections: new Set(), listed: false };
      }
      continue;
    }
    const title = lines[i]!.text.trim();
    const key = normalizeTitle(title);
    if (chapter?.names.has(key)) {
      dropped.push({ index: i, reason: 'repeated-title' });
      continue;
    }
    if (chapter?.listed) {
      const named = chapter.sections.delete(key);
      entries.push({ title, kind: 'section', level: named ? 2 : 3, index: i, confirmed: named });
      continue;
    }
    // A heading right above another heading, with no text between, opens a chapter (`走進中國聯通` › `公司簡介`).
    const k = nextNonBlank(lines, i);
    if (opensChapter() && k < lines.length && isHeading(k) && !dividers.has(k)) {
      entries.push({ title, kind: 'chapter', level: 1, index: i });
      chapter = { title, names: new Set([key]), sections: new Set(), listed: false };
      continue;
    }
    entries.push({ title, kind: 'section', level: chapter ? 2 : 1, index: i });
  }
  return { entries: byIndent && !chapter ? chaptersRunningIntoText(entries, lines) : topicsOverSections(entries, lines), dropped };
}

/** The most text a topic's introduction holds before its first sub-section (a section's page holds more). */
const TOPIC_INTRO_CHARS = 300;

/**
 * A section whose heading is followed by a short introduction only, one paragraph that runs
 * straight into the next heading (`全力以赴抗擊疫情` + `中國聯通在疫情防控的大考面前，…` + ` 快速建立防控體系`), is a
 * topic over the sections after it. In a chapter without a printed list of its sections, such topics
 * are what a list would name: the headings after each, up to the next topic, are its sub-sections.
 */
export function topicsOverSections(entries: OutlineEntry[], lines: readonly Line[]): OutlineEntry[] {
  const out = entries.map((e) => ({ ...e }));
  const introOnly = (k: number) => {
    const e = out[k]!;
    const next = out[k + 1];
    if (e.kind !== 'section' || e.confirmed || !next || next.kind !== 'section') return false;
    const body = lines.slice(e.index + 1, next.index).filter((l) => !isBlank(l));
    const size = body.reduce((n, l) => n + chars(l.text), 0);
    // One paragraph: its last line alone ends a sentence.
    const ends = body.filter((l) => /[。！？]$/u.test(l.text.trim())).length;
    return body.length > 0 && size < TOPIC_INTRO_CHARS && ends === 1 && /。$/u.test(body.at(-1)!.text.trim()) && body.every((l) => SENTENCE_INSIDE.test(l.text) || chars(l.text) >= LEAD_CHARS);
  };
  for (let from = 0; from < out.length; ) {
    // A chapter's entries: from a chapter (or the document's start) to the next chapter.
    let to = from + 1;
    while (to < out.length && out[to]!.kind !== 'chapter') to++;
    const inside = Array.from({ length: to - from }, (_, d) => from + d).filter((k) => out[k]!.kind === 'section');
    const listed = inside.some((k) => (out[k]!.level ?? 2) > 2 || out[k]!.confirmed);
    if (out[from]!.kind === 'chapter' && !listed) {
      let topic = false;
      for (const k of inside) {
        if (introOnly(k)) topic = true;
        else if (topic) out[k]!.level = 3;
      }
    }
    from = to;
  }
  return out;
}

/**
 * Headings marked by indentation, none of them a chapter by the cues above: where a few (the first
 * among them, at most a third of all) run straight into their text while the others stand over a
 * blank line, those few are the chapters and the others their sections. The 2023 chapter sets its
 * three parts so (`紮實推進共享發展` over a page-wide introduction) and their sections over a blank line.
 */
function chaptersRunningIntoText(entries: OutlineEntry[], lines: readonly Line[]): OutlineEntry[] {
  const runsIn = (e: OutlineEntry) => !isBlank(lines[e.index + 1]);
  const heads = entries.filter(runsIn);
  if (heads.length < 2 || heads.length * 3 > entries.length || !runsIn(entries[0]!)) return entries;
  return entries.map((e) => (runsIn(e) ? { ...e, kind: 'chapter', level: 1 } : { ...e, level: 2 }));
}

export interface Outline {
  entries: OutlineEntry[];
  /** Contents entries that no heading in the body confirmed. */
  unconfirmed: string[];
  /** Lines taken out of the text: the printed contents, dividers' lists of sections, chapter titles printed twice. */
  dropped: DroppedLine[];
}

export function findOutline(lines: readonly Line[]): Outline {
  const toc = parseToc(lines);
  const unconfirmed: string[] = [];
  if (toc) {
    const dropped = Array.from({ length: toc.end - toc.start + 1 }, (_, k): DroppedLine => ({ index: toc.start + k, reason: 'table-of-contents' }));
    const entries = outlineFromToc(lines, toc, unconfirmed, dropped);
    return { entries, unconfirmed, dropped };
  }
  const { entries, dropped } = outlineFromCues(lines);
  return { entries, unconfirmed, dropped };
}

/**
 * The lines at the top of a document that print its own title (a chapter's cover: `促進社會共融` over
 * `服務民生事業3`, a page number run on): the document's title, not a heading of it.
 */
export function titleLines(lines: readonly Line[], title: string): number[] {
  const want = normalizeTitle(title).replace(/[（(].*$/u, '');
  const found: number[] = [];
  let got = '';
  for (let i = 0; i < lines.length && found.length < 3; i++) {
    if (isBlank(lines[i])) continue;
    const text = normalizeTitle(lines[i]!.text).replace(/\d+$/u, '');
    if (!text || !want.startsWith(got + text)) break;
    got += text;
    found.push(i);
  }
  return got.length >= 4 && got.length >= want.length * 0.6 ? found : [];
}
