// Joins lines that the PDF wrapped in the middle of a sentence, so a paragraph is one line again.
import type { Line } from '../types.ts';
import { LIST_ITEM, LIST_MARKS, nextNonBlank } from '../lines.ts';
import { sideBySideTitles } from './box-titles.ts';
import { CAPTION_AFTER_SENTENCE, isDiagramSteps, namesBranchFirst, opensWithPictureLabel } from './captions.ts';
import { inEitherScript } from '../convert-script.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

/** Characters that end a sentence or a heading: a line ending in one is not wrapped. */
const TERMINAL = /[。！？!?；;：:」』”’）)】》…]$/u;
/** A list item's mark (a bullet; numbered lines may be a form's questions). */
const MARKS = `[${LIST_MARKS}]`;
/** Bullets and markers that start a new block (a number's decimal point is none: `96.7億次，…`; nor are
 *  numerals listed with a comma, `一、二類勞動和技能競賽`, nor years, `2018、2019年…`: items are numbered in one or two digits). */
const BLOCK_START = new RegExp(`^\\s*(?:${MARKS}|\\d{1,2}(?:[.．](?!\\d)|[、)])|[（(]\\d+[)）]|[一二三四五六七八九十]+、(?![一二三四五六七八九十]))`, 'u');
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;
const CJK_OR_ALNUM_END = /[\p{Script=Han}A-Za-z0-9%，、]$/u;
/** A clause closed inside a line: the line is a sentence under way, not a title or caption. */
const CLAUSE_INSIDE = /[，、；]/u;
/** A line that stops inside its sentence, after a clause or before what it introduces. */
const CLAUSE_END = /[，、；：]$/u;
const CJK_START = /^[\p{Script=Han}]/u;
/** How the rest of a sentence cut by a page break may open: a Han character, a Latin letter, a digit, a quotation mark. */
const REST_START = /^[\p{Script=Han}A-Za-z\d「“]/u;

const length = (s: string) => [...s.trim()].length;
const isBlank = (s: string | undefined) => s === undefined || s.trim() === '';
/** A short line with a leading space marks a heading in these extractions; it never joins its neighbour. */
export const isIndented = (s: string) => /^\s/.test(s) && length(s) <= 20;
const hasTab = (s: string) => s.includes('\t');

/**
 * The indented first line of a wrapped paragraph, not a heading: as long as a full line (18+ characters)
 * and followed at once by a line whose first clause or sentence ends within a few characters
 * (`環境，中國聯通…`, `業界標桿。在武漢…`), or a line of a narrow box (10+) whose next line ends its
 * first clause at once (`圍繞智慧城市、工業互聯` / `網、5G行業終端…`) or closes the quotation it opened.
 */
export function opensWrappedParagraph(line: string, next: string): boolean {
  const n = length(line);
  const rest = next.trim();
  return (n >= 18 && /^[^，、；。]{1,8}[，、；。]/u.test(rest)) || (n >= 10 && /^[^，、；。]{1,2}[，、；。]/u.test(rest)) || (n >= 10 && quotationGoesOn(line, rest));
}

/** A narrow box's lines, in characters: the widest and the narrowest first line (an indent's two characters less). */
const BOX = { min: 10, max: 16, wrapped: 18 };
/**
 * The first line of a paragraph set in a narrow box, indented or not: a line of BOX characters over
 * one as narrow (no wider than BOX.wrapped, not shorter than it) that closes a clause within its first
 * six characters (`山東青島聯通聚焦網絡維護優` / `化痛點難點，與青島電信深度合`, `圍繞智慧城市、工業互聯` /
 * `網、5G行業終端、智慧能源等`), the line cut inside a word: an indented line naming a branch first, or
 * one with a clause closed inside it. A title stands over a full line of text, or over a blank one,
 * or over a sentence opening as usual (`近年來，`); a diagram's box that goes on past its comma
 * (`協調推進總部各部門、` / `各省分公司、各子公司`) is a label.
 */
function opensNarrowBox(line: string, next: string): boolean {
  const [n, m] = [length(line), length(next)];
  if (n < BOX.min || n > BOX.max || m < n || m > BOX.wrapped || !/[\p{Script=Han}A-Za-z\d]$/u.test(line.trimEnd())) return false;
  const clause = /^([^，、；。]{1,6})[，、；]/u.exec(next.trim())?.[1];
  // The next line opens a sentence of its own where its first clause is a usual opening or a date
  // (`近年來，`, `2023年，`): the line over it is whole, a title.
  if (clause === undefined || OPENING_CLAUSE.test(clause)) return false;
  // A title is never indented so where it names a branch (a case's first line: captions.ts), nor does it close a clause inside itself.
  return isIndented(line) ? namesBranchFirst(line) : CLAUSE_INSIDE.test(line);
}

/** A usual opening of a sentence, in either script (collection.yml bodyOpenings.phrases), or a date. */
const OPENING_CLAUSE = new RegExp(`^(?:${alternation(inEitherScript(vocabulary.collection.bodyOpenings.phrases))}|\\d{4}${escapeRegExp(vocabulary.grammar.dates.year)}|\\d{1,2}${escapeRegExp(vocabulary.grammar.dates.month)})`, 'u');

/** A line that opens a quotation the next line closes (`…營業廳開展「公益傳遞` / `愛心」活動，…`). */
const quotationGoesOn = (line: string, next: string): boolean =>
  ['「」', '“”', '《》'].some(([open, close]) => line.lastIndexOf(open!) > line.lastIndexOf(close!) && next.includes(close!) && !next.slice(0, next.indexOf(close!)).includes(open!));

/** A photo's caption labelled by its place (`左圖：…`, then `右圖：…`) is a line of its own: neither joins the other or the text, save its own wrapped rest (captionGoesOn). */
const labelledCaption = (line: string, next: string): boolean => opensWithPictureLabel(line) || opensWithPictureLabel(next);
/** A labelled caption's line long enough to wrap, at least this many characters. */
const CAPTION_WRAPS = 16;
/**
 * A labelled caption wrapped onto the next line (`左圖：甘肅聯通青年志愿者走進敬老院開展` / `「銀齡守護」助老服務活動`):
 * the rest no longer than it, ending no sentence (a caption prints no full stop), no other caption.
 */
const captionGoesOn = (line: string, next: string): boolean =>
  opensWithPictureLabel(line) && !opensWithPictureLabel(next) && length(line) >= CAPTION_WRAPS && length(next) <= length(line) && !TERMINAL.test(line.trimEnd()) && !SENTENCE_END.test(next.trim()) && !isIndented(next) && !BLOCK_START.test(next);

/** Decides whether `next` continues the sentence that `line` leaves open (`after`: the line after `next`). */
export function continues(line: string, next: string, after?: string): boolean {
  if (isBlank(line) || isBlank(next) || hasTab(line) || hasTab(next)) return false;
  if (labelledCaption(line, next)) return captionGoesOn(line, next);
  if (isIndented(line) && !isIndented(next) && !BLOCK_START.test(next) && !TERMINAL.test(line.trimEnd()) && opensWrappedParagraph(line, next)) return true;
  if (!isIndented(next) && !BLOCK_START.test(next) && !TERMINAL.test(line.trimEnd()) && opensNarrowBox(line, next)) return true;
  if (isIndented(line) || isIndented(next) || BLOCK_START.test(next)) return false;
  if (quoteClosesMidSentence(line, next)) return true;
  if (TERMINAL.test(line.trimEnd()) || sideBySideTitles(line)) return false;
  // One character alone is never a paragraph: the PDF wrapped the last character of a label (`基站節能技術覆蓋`/`率`).
  if (/^\p{Script=Han}$/u.test(next.trim()) || SENTENCE_TAIL.test(next.trim())) return true;
  // Nor are two that end a label or a box's line of eight or more (`全網VoLTE覆蓋率` / `達到`, `加强新型基础设施` /
  // `建设`, a blank line after); under a shorter line they are one more word of a list (`聚焦` / `創新`).
  if (/^\p{Script=Han}{2}$/u.test(next.trim()) && length(line) >= 8 && isBlank(after)) return true;
  const len = length(line);
  return len >= 12 && len >= 0.6 * length(next);
}

/** A closing quotation mark or title mark (`》`) whose quotation holds no sentence's end. */
const QUOTE_CLOSED = /[^。！？][」』”》]$/u;

/**
 * A line the PDF wrapped right after a quotation that closes inside a sentence (`…共同舉辦「聯通&善途公益直播專場」`
 * + `活動，為殘疾人朋友提供就業機會。`): the line is a sentence under way (a clause closed inside it), the
 * next one goes on with the rest of a clause. A title ending in a quotation stands alone or over text of its own.
 */
function quoteClosesMidSentence(line: string, next: string): boolean {
  return QUOTE_CLOSED.test(line.trimEnd()) && length(line) >= 12 && CLAUSE_INSIDE.test(line) && CJK_START.test(next.trim()) && /[，、；。]/u.test(next);
}

/** The last one or two characters of a sentence with its full stop (`億。`): never a paragraph of their own. */
const SENTENCE_TAIL = /^\p{Script=Han}{1,2}[。！？]$/u;

/** The last one or two characters of a clause and the mark that ends it. */
const CLAUSE_REST = /^[^，、；。\s]{1,2}[，、；。]/u;

/** Quotations and titles, with what they hold. */
const QUOTED = /「[^」]*」|“[^”]*”|《[^》]*》/gu;
/** A line this long holds a paragraph's text, more than any title or caption. */
const PARAGRAPH_CHARS = 40;
/** The rest of a sentence: words up to its end, no other sentence's end before it. */
const SENTENCE_REST = /^[\p{Script=Han}「“][^。！？]{0,24}[。！？]$/u;

/** Like `continues`, across one blank line: a page break in the middle of a long wrapped sentence. */
export function continuesAcrossBreak(line: string, next: string, after?: string): boolean {
  if (isBlank(line) || isBlank(next) || hasTab(line) || hasTab(next) || sideBySideTitles(line) || labelledCaption(line, next)) return false;
  // A paragraph whose last line ends with a photo's caption after its full stop and a space (`…認可。 關愛聽障群體`) ends there.
  if (CAPTION_AFTER_SENTENCE.test(line.trimEnd())) return false;
  if (isIndented(line) || isIndented(next) || BLOCK_START.test(next)) return false;
  // A photo's caption that names a branch first and closes no clause outside its quotations
  // (`湖南聯通「真情有沃，與愛同行」關愛留守兒童愛心公益活動`) is no sentence under way: the story after it is its own.
  if (namesBranchFirst(line) && !CLAUSE_INSIDE.test(line.replace(QUOTED, ''))) return false;
  // A line of words in one piece ending no sentence right over a list (`建立智能服務運營體系，提升問題解決能力`
  // over `● …`) is the list's title, not the rest of the sentence before the break (a form's row of
  // options set apart by spaces, `版式设计 A. 方便 B. 一般`, is no title).
  if (after !== undefined && LIST_ITEM.test(after) && !TERMINAL.test(next.trimEnd()) && !/\s/u.test(next.trim())) return false;
  // A sentence's last characters and its full stop alone after the break (`…節省投資超過760` / `億。`).
  if (SENTENCE_TAIL.test(next.trim())) return length(line) >= 12 && !TERMINAL.test(line.trimEnd());
  // A quotation opened before the break and closed after it (`…基於「內容+` / `流量+權益」的合作產品…`).
  if (length(line) >= 8 && quotationGoesOn(line, next.trim())) return true;
  // A row of figures (`242121 241245 603 273`) is no sentence's first half, nor a row of a diagram's
  // labels (`識別議題來源 形成議題池 劃分優先等級 審核確定`, its steps set apart by spaces).
  if (!/\p{Script=Han}/u.test(line) || isDiagramSteps(line)) return false;
  // The rest of a clause of one or two characters, then its mark (`在「一套制度，一個系統，一個體系」的原` /
  // `則下，以建設…`), after a line that is a sentence under way (a clause closed inside it; a caption
  // before the rest of the page's last sentence, `中国联通 AI 外呼运营大屏` / `工作。`, is none).
  if (CLAUSE_REST.test(next.trim())) return length(line) >= 12 && CLAUSE_INSIDE.test(line) && CJK_OR_ALNUM_END.test(line.trimEnd()) && !TERMINAL.test(line.trimEnd());
  // A narrow box's line of words (10-14 Han characters, no clause closed) over the rest of its clause after
  // the break (`各級工會組織開展線上線下` / `文娛活動，助力推動全民健身，`).
  if (/^\p{Script=Han}{10,14}$/u.test(line.trim()) && /^\p{Script=Han}{1,4}[，、；]/u.test(next.trim())) return true;
  // A paragraph's last sentence ended after the break (`…提高市民、企業感知，助` / `力數字政府建設。`): the line is
  // a paragraph's worth of text with clauses or sentences closed inside, the piece after the break one short ended sentence's rest.
  if (length(line) >= PARAGRAPH_CHARS && /[，、；。]/u.test(line) && CJK_OR_ALNUM_END.test(line.trimEnd()) && !TERMINAL.test(line.trimEnd()) && SENTENCE_REST.test(next.trim())) return true;
  // A line that ends no clause, then one after the break that opens with the same word, are two of a kind
  // (a photo's caption and the story after it, both `中国联通…`; a diagram's boxes, `以…`, `以…`), not one sentence.
  if (line.trim()[0] === next.trim()[0] && !CLAUSE_END.test(line.trim())) return false;
  // Both halves are long: a short line after the break is a label or heading, not the sentence's rest;
  // and the line before it is a sentence under way (a clause closed inside it, or a paragraph's worth of
  // text): a photo's caption, a key figure's label or a form's row closes none (`中国联通第二届职工代表大会第十五次会议现场`
  // + `深化企务公开民主制度建设，…`, `经济责任 A. 好 B. 较好 …` + `社会责任 A. 好 …`).
  // The rest may open with a word in Latin letters, a number or a quotation (`共建5G` / `XR終端生態聯盟…`,
  // `…舉報量在` / `2018、2019年連續兩年…`, `「統」、` / `「通」的智能大數據體系…`).
  return length(line) >= 20 && length(next) >= 15 && CJK_OR_ALNUM_END.test(line.trimEnd()) && !TERMINAL.test(line.trimEnd()) && REST_START.test(next.trim()) && (CLAUSE_INSIDE.test(line) || length(line) >= PARAGRAPH_CHARS);
}

/** The next line of a list item (a bullet's text wrapped after a clause or a sentence): no blank line
 *  between, nothing that opens a block of its own (a mark, a number, an indented title, a table's row,
 *  a line set in by a space after the item's sentence ended: `…大幅提升。` / ` 2023年12月，甘肅發生…`, a case box). */
function continuesItem(item: string, next: string): boolean {
  const setIn = /^\s/u.test(next) && TERMINAL_SENTENCE.test(item.trim());
  return LIST_ITEM.test(item) && !isBlank(next) && !isIndented(next) && !setIn && !BLOCK_START.test(next) && !hasTab(next) && !hasTab(item) && !sideBySideTitles(next);
}

/** Joins two wrapped pieces: nothing between CJK characters, a space between Latin words. */
export function joinPieces(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  const spaced = /\s$/.test(a) || (LATIN_END.test(left) && LATIN_START.test(right));
  return spaced ? `${left} ${right}` : left + right;
}

/** The line printed after line `i`, past blank lines. */
const nextPrinted = (lines: readonly Line[], i: number): Line | undefined => lines[nextNonBlank(lines, i)];

/** The widest line of a narrow column (a timeline's entry, a diagram's step), in characters. */
const NARROW = 11;
/** A sentence's end, maybe inside a closing quotation or bracket; and a sentence's or a clause's (`；`). */
const SENTENCE_END = /[。！？][」』”’）)]?$/u;
const TERMINAL_SENTENCE = /[。！？；;][」』”’）)]?$/u;

/**
 * A paragraph set in a narrow column (a timeline's entry, a diagram's step): two or more lines of at
 * most NARROW characters between blank lines, none indented, numbered or marked as a list item, the
 * last ending a sentence and none before it (`召開中國聯通2018` / `年度脫貧攻堅工作會` / `議，董事長王曉初發` /
 * `表重要講話。`). Returns the index after its last line, or null. Wider lines are joined pairwise by
 * `continues`; these are too short for that test, which keeps a label apart from its neighbour.
 */
function narrowParagraph(lines: readonly Line[], i: number): number | null {
  if (i > 0 && !isBlank(lines[i - 1]!.text)) return null;
  let end = i;
  while (end < lines.length && !isBlank(lines[end]!.text)) end++;
  const texts = lines.slice(i, end).map((l) => l.text);
  if (texts.length < 2 || texts.some((t) => isIndented(t) || hasTab(t) || BLOCK_START.test(t) || length(t) > NARROW)) return null;
  return SENTENCE_END.test(texts.at(-1)!.trim()) && !texts.slice(0, -1).some((t) => TERMINAL_SENTENCE.test(t.trim())) ? end : null;
}

/** The blank lines a picture leaves in the text: more than the one between paragraphs. */
const PICTURE_GAP = 2;

/**
 * Whether line `k` of `lines` stands alone under a picture: shorter than a paragraph's line, after a gap of
 * blank lines a picture leaves (`…带动就业1200余人。` / 3 blank lines / `中国联通定点帮扶册亨县发展布依非遗文化，助推乡村振兴`
 * / blank / `陕西联通累计派出…`): a photo's caption, which no sentence after it goes on from.
 */
export function underPicture(lines: readonly Pick<Line, 'text'>[], k: number): boolean {
  if (length(lines[k]!.text) >= PARAGRAPH_CHARS) return false;
  let blank = 0;
  while (k - 1 - blank >= 0 && isBlank(lines[k - 1 - blank]!.text)) blank++;
  return blank >= PICTURE_GAP && k - blank > 0;
}

/** A joined line keeps the bold lead-in its first piece opens with. */
const leadOf = (l: Line): Pick<Line, 'lead'> => (l.lead ? { lead: l.lead } : {});

export function joinWrappedLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const narrow = narrowParagraph(lines, i);
    if (narrow !== null) {
      out.push({ n: line.n, text: lines.slice(i + 1, narrow).reduce((text, l) => joinPieces(text, l.text), line.text), ...leadOf(line) });
      i = narrow - 1;
      continue;
    }
    const last = out[out.length - 1];
    // A title the layout marks with an icon never continues the line above. A list item goes on to the
    // next printed line however its line ends (`…歸集商機數26.7萬條；` / `面向市場，實現31省…`), unless that
    // line opens another block.
    if (last && !line.icon && (continues(last.text, line.text, lines[i + 1]?.text) || continuesItem(last.text, line.text))) {
      out[out.length - 1] = { n: last.n, text: joinPieces(last.text, line.text), ...leadOf(last) };
      continue;
    }
    // A blank line between two halves of one sentence: drop the blank, join the halves. A short line alone
    // under a picture's gap (two blank lines or more above it) is the picture's caption, not a page's last line.
    const prev = out[out.length - 2];
    if (last && prev && isBlank(last.text) && !isBlank(line.text) && !line.icon && !underPicture(out, out.length - 2) && continuesAcrossBreak(prev.text, line.text, nextPrinted(lines, i)?.text)) {
      out.pop();
      out[out.length - 1] = { n: prev.n, text: joinPieces(prev.text, line.text), ...leadOf(prev) };
      continue;
    }
    out.push(line);
  }
  return withRestsPastParagraph(out);
}

/** A paragraph's worth of text that stops inside a clause: a page's last line, its sentence going on elsewhere
 *  (not a sentence with a photo's caption after it, `…體驗。 關愛聽障群體`). */
const cutParagraph = (text: string) =>
  length(text) >= PARAGRAPH_CHARS && CLAUSE_INSIDE.test(text) && CJK_OR_ALNUM_END.test(text.trimEnd()) && !TERMINAL.test(text.trimEnd()) && !hasTab(text) && !BLOCK_START.test(text) && !CAPTION_AFTER_SENTENCE.test(text.trimEnd());
/** A connective a sentence opens with (`同时`, grammar.yml sentenceConnectives), in either script. */
const CONNECTIVES = new Set(inEitherScript(vocabulary.grammar.sentenceConnectives));
/** A sentence's first clause of one or two characters (`同时，`), at a line's start or after a sentence's end. */
const SENTENCE_OPENER = /(?:^|[。！？])\s*([^，、；。！？\s]{1,2})[，、；]/gu;
/** A whole paragraph: a paragraph's worth of text that ends a sentence, set as body text. */
const wholeParagraph = (text: string) => length(text) >= PARAGRAPH_CHARS && TERMINAL_SENTENCE.test(text.trim()) && !isIndented(text) && !hasTab(text) && !BLOCK_START.test(text);
/** A list item's paragraph's worth of text that stops inside a clause: a page's last line, its sentence going on after the page's picture (`- AI赋能反诈工作。…辅助用户复通核验等`). */
const cutItem = (text: string) => LIST_ITEM.test(text) && length(text) >= PARAGRAPH_CHARS && CLAUSE_INSIDE.test(text) && CJK_OR_ALNUM_END.test(text.trimEnd()) && !TERMINAL.test(text.trimEnd()) && !hasTab(text);
/** A picture's caption: a short line of words that ends no sentence (`中国联通 AI 外呼运营大屏`). */
const CAPTION_LINE_CHARS = 30;
const captionLine = (text: string) => length(text) <= CAPTION_LINE_CHARS && !TERMINAL.test(text.trimEnd()) && !CLAUSE_END.test(text.trim()) && !hasTab(text) && !BLOCK_START.test(text);

/**
 * A sentence cut at a page's foot whose rest is printed after a whole paragraph that the PDF put
 * between them (the next page's lead or the other column: `…与国家实验室、重点高校共建创新` / `2024年是…力量。` /
 * `平台，与国家自然科学基金委…`, the 2024 report's chairman's letter): the rest opens with the last one or
 * two characters of a clause and its mark, not with a connective or as another of the document's
 * sentences opens, and is a paragraph's worth of text itself. The rest joins the cut sentence; the
 * paragraph between stays, after it.
 */
function withRestsPastParagraph(lines: readonly Line[]): Line[] {
  const out = [...lines];
  // How the document's sentences open with a clause of one or two characters (`同时，`, `目前，`): a piece
  // opening so is a sentence of its own, not a cut sentence's rest.
  const openers = new Map<string, number>();
  for (const l of out) for (const m of l.text.matchAll(SENTENCE_OPENER)) openers.set(m[1]!, (openers.get(m[1]!) ?? 0) + 1);
  for (let i = 0; i < out.length; i++) {
    // A list item's sentence cut so goes on past the page's picture and its caption only.
    const item = cutItem(out[i]!.text);
    if (!item && !cutParagraph(out[i]!.text)) continue;
    const between = nextNonBlank(out, i);
    const rest = nextNonBlank(out, between);
    const [middle, after] = [out[between], out[rest]];
    if (!middle || !after || !(item ? captionLine(middle.text) : wholeParagraph(middle.text)) || !CLAUSE_REST.test(after.text.trim()) || length(after.text) < PARAGRAPH_CHARS || isIndented(after.text) || BLOCK_START.test(after.text)) continue;
    // A connective opens a sentence (`同时，`); so does any opening another sentence of the document
    // shares (the piece's own is counted once).
    const opening = CLAUSE_REST.exec(after.text.trim())![0].slice(0, -1);
    if (CONNECTIVES.has(opening) || (openers.get(opening) ?? 0) > 1) continue;
    out[i] = { ...out[i]!, text: joinPieces(out[i]!.text, after.text) };
    out.splice(rest, 1);
  }
  return out;
}
