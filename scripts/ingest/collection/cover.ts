// A white paper's cover prints its title, its publishers, the month and the issue number, then the
// copyright notice; on the collection's line they run together (`No.202315中国信息通信研究院2023年12月
// 区块链白皮书(2023年)版权声明本白皮书版权属于…`). Set apart in the order printed, each item a line of its
// own; the title, which heads the document, is taken out (counted as `document-title`, as a report's
// cover title is).
import type { Block } from '../types.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { grammar, names, collection: words } = vocabulary;
/** Where a cover's items meet: the month (`2023年12月`), the issue number (`No.202315`), the copyright label. */
const ITEMS = new RegExp(`(\\d{4}${escapeRegExp(grammar.dates.year)}\\d{1,2}${escapeRegExp(grammar.dates.month)}|No\\.\\d+|${escapeRegExp(words.covers.copyright)})`, 'u');
/** Characters of the title a cover item must share to be (part of) the title. */
const MIN_TITLE_PART = 4;
/** An item this short is the end of the one before it (a bracket, a stray character). */
const MIN_ITEM_CHARS = 3;

/** A bracket in either width (`(2023年)` on the cover, `（2023年）` in the title). */
const fold = (s: string) => s.replace(/（/gu, '(').replace(/）/gu, ')');

/**
 * A cover's items in the order printed, without the title (printed whole, or in two parts with the
 * publisher and month between: `基于用户体验的移动网络` … `质量白皮书`), which `removed` is told of.
 * Null where the cover prints no copyright label; its notice (the text after the label) is the caller's.
 */
export function coverItems(text: string, title: string, removed: (part: string) => void): { items: string[]; notice: string } | null {
  const label = words.covers.copyright;
  const at = text.indexOf(label);
  if (at < 0) return null;
  const t = fold(title);
  const items: string[] = [];
  for (const piece of text.slice(0, at).split(ITEMS)) {
    let item = piece.trim();
    // The title's opening, or its end, printed as (part of) this item.
    let k = 0;
    while (k < item.length && k < t.length && fold(item[k]!) === t[k]) k++;
    if (k >= MIN_TITLE_PART) {
      removed(item.slice(0, k));
      item = item.slice(k).trim();
    } else if (item.length >= MIN_TITLE_PART && t.endsWith(fold(item))) {
      removed(item);
      item = '';
    }
    if (item) items.push(item);
  }
  // A short item goes with its neighbour: the one before, or the one after where it opens the cover.
  const joined = items.reduce<string[]>((all, item, k) => {
    if (item.length >= MIN_ITEM_CHARS || (k === 0 && items.length === 1)) return [...all, item];
    if (all.length > 0) return [...all.slice(0, -1), all.at(-1)! + item];
    items[k + 1] = item + items[k + 1]!;
    return all;
  }, []);
  return { items: joined, notice: text.slice(at) };
}

/** The cover's blocks: each item a paragraph, then the notice's (`paragraphs`), its label in bold. */
export function coverBlocks(text: string, title: string, paragraphs: (text: string) => Block[], removed: (part: string) => void): Block[] | null {
  const cover = coverItems(text, title, removed);
  if (!cover) return null;
  const [first, ...rest] = paragraphs(cover.notice);
  const notice = first?.type === 'paragraph' ? [{ ...first, lead: words.covers.copyright }, ...rest] : paragraphs(cover.notice);
  return [...cover.items.map((item): Block => ({ type: 'paragraph', text: item, line: 1 })), ...notice];
}

/** A results report's first page: its stock code, its short name, then its title (`证券代码：600050证券简称：中国联通` + title). */
const FILING_COVER = new RegExp(`^((?:${alternation(words.results.codeLabels)})[：:]\\d+)((?:${alternation(words.results.nameLabels)})[：:]${escapeRegExp(names.company.short)})(.*)$`, 'su');

/**
 * A results report's first page as printed: the stock code and the short name each a line of their own;
 * the title, which heads the document, taken out (`removed`). Null where the page prints otherwise.
 */
export function filingCoverBlocks(text: string, title: string, removed: (part: string) => void): Block[] | null {
  const m = FILING_COVER.exec(text.trim());
  if (!m) return null;
  const rest = m[3]!.trim();
  const items = [m[1]!, m[2]!];
  if (rest && fold(rest) === fold(title)) removed(rest);
  else if (rest) items.push(rest);
  return items.map((item): Block => ({ type: 'paragraph', text: item, line: 1 }));
}
