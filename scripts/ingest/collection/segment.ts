// A collection runs many documents together on one line. This stage finds where each begins from
// the documents' own cues, removes their running page headers, names each one and drops repeats.
import { recordRemoval } from '../removal-log.ts';
import type { RemovalLog } from '../types.ts';

export type CollectionKind = 'news' | 'series' | 'results' | 'board-report' | 'white-paper' | 'announcement' | 'article';

export interface CollectionDoc {
  title: string;
  kind: CollectionKind;
  /** ISO date (or year-month, or year) where the text states one. */
  date: string | null;
  text: string;
  /** Offset of the document's first character in the source line. */
  start: number;
}

interface Cue {
  kind: CollectionKind;
  /** Finds the offsets where documents of this kind start. */
  pattern: RegExp;
  /** Which end of the match the document starts at. */
  at: 'start' | 'end';
}

const COMPANY = '中国联合网络通信股份有限公司';
/** A headline right before a dateline: `…筑牢“通信堤坝”` + `6月27日以来，`. Shared with documents.ts. */
/** Where a headline ends right before the body's dateline (`6月27日`, `2015年7月31日`, `近日，`). */
const BEFORE_DATELINE = '(?<=[\\p{Script=Han}”」》])(?<![年月日至于])(?=(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|近日，|日前，)';
export const DATED_HEADLINE = new RegExp(`(?![在这据截于从自将对当”（图其特])([^。！？，：；]{6,40}?)${BEFORE_DATELINE}`, 'u');
const PROVINCES = '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆';
const NOT_MONTH = '(?:(?!\\d{4}年\\d{1,2}月).)';
/** A publisher's back cover, ending with its website: `…传真：010-62304980网址：www.caict.ac.cn`. */
const BACK_COVER = '传真：[\\d-]+网址：(?:www\\.)?[a-z\\d-]+(?:\\.[a-z\\d-]+)+';
/**
 * A white paper's cover whose title the layout split around the publisher and date:
 * `基于用户体验的移动网络` + `中国信息通信研究院2021年5月No.202105` + `质量白皮书` + `版权声明`.
 */
const SPLIT_COVER = '(.{2,30}?)(?:中国信息通信研究院|研究院|协会)+\\d{4}年\\d{1,2}月(?:No\\.\\d+)?(.{2,30}?)版权声明';
/** A headline that asks a question, then the body's dateline. */
const QUESTION_HEADLINE = /([^。！？]{6,30}？)(?=近日，|日前，|\d{1,2}月\d{1,2}日)/u;
/** A news item's source line after its headline: `文章来源：`, `发布时间：`, `发布人：`. */
const SOURCE_LINE = '(?:文章来源|发布时间|发布人)[：:]';

/** Document starts, one cue per kind of document (a handler table, read top to bottom). */
const CUES: Cue[] = [
  // 【联通史“话”】… series headers open a news series episode.
  { kind: 'series', pattern: /【[^】]{2,30}】/gu, at: 'start' },
  // Results announcements open with their running header and the company code: `…2022年第三季度报告1/16证券代码：600050`.
  { kind: 'results', pattern: new RegExp(`${COMPANY}\\d{4}年[^\\d]{2,12}?报告(?:摘要)?\\d{1,3}(?:/\\d{1,3})?(?=(?:公司|证券)代码)`, 'gu'), at: 'start' },
  // Board committee reports: `1中国联合网络通信股份有限公司董事会审计委员会2022年度履职报告`.
  { kind: 'board-report', pattern: new RegExp(`${COMPANY}董事会审计委员会\\d{4}年度履职报告(?=一、)`, 'gu'), at: 'start' },
  // White paper covers: `中国信息通信研究院2023年12月<title>(2023年)No.202323版权声明`.
  { kind: 'white-paper', pattern: new RegExp(`(?:No\\.\\d{6})?(?:中国信息通信研究院|研究院|协会)*\\d{4}年\\d{1,2}月${NOT_MONTH}{2,50}?[(（]\\d{4}年[)）](?:No\\.\\d+)?版权声明`, 'gu'), at: 'start' },
  // News with a source line: the headline runs from the previous sentence end to the source line.
  { kind: 'news', pattern: new RegExp(`[。！？）](?=[^。！？]{6,80}?${SOURCE_LINE})`, 'gu'), at: 'end' },
  // A byline, a source note or a list of reporters' names before a series header closes an article; the next one starts right after it.
  // So do reporters' names alone in brackets after a sentence end (`。（付心怡）`) and a department's byline
  // in ASCII or full-width brackets (`(集团新闻宣传中心程唯珈)`).
  { kind: 'article', pattern: /（(?:作者|来源|文)：[^）]{1,40}）|撰稿：\S{2,4}编辑：\S{2,3}(?=\S)|（本报记者\S{2,4}）来自\S{2,4}网|（[\u4e00-\u9fff]{4,24}）(?=【)|(?<=[。！？”])（[\u4e00-\u9fff]{2,24}）|(?<=[。！？”])[（(][\u4e00-\u9fff]{2,10}(?:中心|部)[\u4e00-\u9fff]{2,3}[）)]/gu, at: 'end' },
  // A headline naming the company or a provincial branch (`中国联通：…`, `山东联通：…`) after a sentence
  // end opens a news article that prints no source line. City branches (`广州联通：`) are sub-headings
  // inside a provincial article, so only the group and the provinces count.
  { kind: 'article', pattern: new RegExp(`[。！？”](?=(?:中国|${PROVINCES})联通：)`, 'gu'), at: 'end' },
  // A column's headline: `深化主题教育践行宗旨为民造福丨中国联通：多措并举…` (the column name, 丨 or |, the headline).
  { kind: 'article', pattern: /(?<=[。！？”])(?=[^。！？，：；|]{4,30}[丨|])/gu, at: 'start' },
  // A headline with a Unicom subtitle: `学深悟透强根基实干笃行谱新篇——中国联通扎实开展主题教育…`. Inside an
  // article the same shape leads a paragraph (`在大事要事中彰显责任担当——中国联通把…`, `为员工纾难解困——…`),
  // so a headline may not start like a clause (在/为…) nor hold 的 or a list's 、.
  { kind: 'article', pattern: /(?<=[。！？”])(?![在为])(?=[^。！？，：；“”、的]{4,20}——中国联通)/gu, at: 'start' },
  // SASAC news reprinted among the articles: `国务院国资委召开…`, `国资委党委深化…` — the body's sentences
  // name the commission too, but never with one of these verbs right after it.
  { kind: 'article', pattern: /(?<=[。！？”])(?=(?:国务院)?国资委(?:党委)?(?:召开|举办|举行|深化|印发|发布))/gu, at: 'start' },
  // A headline naming a Unicom unit after a colon (`联通云：不止步于云端`, `联通元景：…`, `研究院：…`).
  { kind: 'article', pattern: /(?<=[。！？”])(?=(?:联通[\u4e00-\u9fff]{1,2}|研究院)：)/gu, at: 'start' },
  // A headline naming Unicom right before a dateline, after a sentence end, opens an article printed
  // without a source line (`…。向汛而行湖南联通全力以赴筑牢“通信堤坝”6月27日以来，`). Headlines without
  // 联通 there are sub-headings (documents.ts makes them headings).
  // Such a headline may hold a comma or a colon (`加快数据要素开发，全面建设数智联通7月20日，`), but not open
  // with a list numeral (`一、精准施策，为智能制造贡献联通经验2022年12月15日`, a sub-heading).
  {
    kind: 'article',
    pattern: new RegExp(`(?<=[。！？”])(?=[^。！？；]{0,46}联通)(?![一二三四五六七八九十]、)(?![在这据截于从自将对当”（）图其特])[^。！？；]{6,48}?${BEFORE_DATELINE}`, 'gu'),
    at: 'start',
  },
  // A headline asking a question, right before a dateline (`公有云市场增速第一，联通云的底气从哪来？近日，`).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？”])(?=${QUESTION_HEADLINE.source})`, 'gu'), at: 'start' },
  // A publisher's back cover (address, postcode, telephone, fax, website) closes a white paper; the next
  // document starts after the website, whatever its cover looks like.
  { kind: 'article', pattern: new RegExp(BACK_COVER, 'gu'), at: 'end' },
  // An announcement closes with `特此公告。<company>董事会<date>`.
  { kind: 'announcement', pattern: new RegExp(`特此公告。${COMPANY}董事会\\d{4}年\\d{1,2}月\\d{1,2}日`, 'gu'), at: 'end' },
];

/** Offsets where documents start, with the kind the cue implies, in text order. */
export function findDocumentStarts(text: string): { offset: number; kind: CollectionKind }[] {
  const starts = new Map<number, CollectionKind>([[0, 'series']]);
  for (const cue of CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      const offset = cue.at === 'start' ? m.index : m.index + m[0].length;
      if (offset < text.length && !starts.has(offset)) starts.set(offset, cue.kind);
    }
  }
  return [...starts].sort((a, b) => a[0] - b[0]).map(([offset, kind]) => ({ offset, kind }));
}

/**
 * Running page headers and footers of the documents (`…2022年第三季度报告2/16`,
 * `云计算白皮书（2024年）14`): learned from the titles the covers print, then removed everywhere.
 */
export function learnRunningHeaders(text: string): RegExp | null {
  const titles = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(${COMPANY}\\d{4}年[^\\d]{2,12}?报告(?:摘要)?)\\d{1,3}(?:/\\d{1,3})?(?=(?:公司|证券)代码)`, 'gu'))) titles.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`\\d{4}年\\d{1,2}月(${NOT_MONTH}{2,50}?)[(（](\\d{4})年[)）](?:No\\.\\d+)?版权声明`, 'gu'))) {
    titles.add(`${m[1]}（${m[2]}年）`);
  }
  // A split cover starts right after the back cover of the document before it.
  for (const m of text.matchAll(new RegExp(`(?<=${BACK_COVER})(?![a-z\\d.-])${SPLIT_COVER}`, 'gu'))) titles.add(m[1]! + m[2]!);
  if (titles.size === 0) return null;
  const escaped = [...titles].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/（/g, '[（(]').replace(/）/g, '[)）]'));
  return new RegExp(`(?:${escaped.join('|')})\\d{1,3}(?:/\\d{1,3})?(?=\\D|$)`, 'gu');
}

const DATELINE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日$/u;

/**
 * Usual openings of a news body. Headlines run straight into the body, so a headline ends where one of
 * these starts: a time phrase, a purpose clause, a quotation with a sentence inside it, a dateline.
 */
const BODY_OPENING = `编者按|近年来|近日|日前|当前|今年以来|阳春|一直以来|随着|为深入|为推动|为进一步|在推动|习近平总书记|在[^，。]{1,10}的一隅|在[^，。“”\\d]{2,16}，|在###|[^，。]{0,4}三年来，|学习贯彻习近平|第[一二]批主题教育|党纪学习教育开展以来|打击治理|有[^，。]{1,6}显示|(?:中国|${PROVINCES})联通[^，。]{0,8}党(?:委|组)|[^，。]{2,10}于\\d{4}年|“[^”]{2,10}”是|“[^”]{1,30}[，。！？]|\\d{4}年(?:\\d{1,2}月|是)|(?:新华社|中新社)[^，。\\d]{0,4}\\d{1,2}月\\d{1,2}日电|\\d{1,2}月\\d{1,2}日`;

/** `中国联通：<headline><body>` — a headline naming the company or a province's branch. */
const BRANCH_HEADLINE = new RegExp(`^((?:中国|${PROVINCES})联通：.{6,40}?)(?=${BODY_OPENING})`, 'u');

/** Any other headline, up to the body's opening (`学深悟透…——中国联通…综述` + `2023年4月起`). */
const HEADLINE = new RegExp(`^((?:(?!###)[^。！？]){6,80}?)[（(“]?(?=${BODY_OPENING})`, 'u');

/** A document's title from its opening words, by kind. */
export function titleOf(kind: CollectionKind, text: string): string {
  const head = text.slice(0, 200);
  const cover = head.match(/\d{4}年\d{1,2}月((?:(?!\d{4}年\d{1,2}月).){2,50}?[(（]\d{4}年[)）])/u);
  if (kind === 'white-paper' && cover) return cover[1]!.replace(/\(/g, '（').replace(/\)/g, '）');
  const split = head.match(new RegExp(`^${SPLIT_COVER}`, 'u'));
  if (kind === 'white-paper' && split) return split[1]! + split[2]!;
  const report = head.match(new RegExp(`${COMPANY}(董事会审计委员会)?(\\d{4}年[^\\d]{2,12}?报告(?:摘要)?)`, 'u'));
  if ((kind === 'results' || kind === 'board-report') && report) return `中国联通${report[1] ?? ''}${report[2]}`;
  const source = head.match(new RegExp(`^(.{4,80}?)${SOURCE_LINE}`, 'u'));
  if (source) return source[1]!;
  // A `中国联通：` headline runs straight into the body: it ends where a usual opening of a news body
  // starts (`近年来`, `为深入…`, a date, …).
  const named = head.match(BRANCH_HEADLINE);
  if (named) return named[1]!;
  const dated = head.match(new RegExp(`^${DATED_HEADLINE.source}`, 'u'));
  if (dated) return dated[1]!;
  // A headline naming an article, which is then printed under its own title:
  // `《求是》杂志刊发郝鹏署名文章《新时代…科学指南》` + `新时代…科学指南郝鹏…`.
  const reprint = head.match(/^(.{2,60}?《([^》]{4,40})》)(?=\2)/u);
  if (reprint) return reprint[1]!;
  const question = head.match(new RegExp(`^${QUESTION_HEADLINE.source}`, 'u'));
  if (question) return question[1]!;
  const headline = head.match(HEADLINE);
  if (headline) return headline[1]!;
  // Otherwise the headline runs until the body's first clause (or a stray `###`); a dateline or year
  // that starts the body is cut off.
  const clause = head.match(/^(?:(?!###)[^，。！？]){4,60}/u)?.[0] ?? [...head].slice(0, 40).join('');
  return clause.replace(DATELINE, '').replace(/\d{1,4}年?$/u, '').trim() || clause;
}

/**
 * A document's date where the text states one: its source line's date; else a full date in its
 * opening — the latest full date the document states, since an opening may recall an earlier event
 * (`2022年6月8日，习近平总书记来到三苏祠…` before the launch of 2024年6月7日 it reports); else the
 * year and month of a cover.
 */
export function dateOf(text: string): string | null {
  const head = text.slice(0, 400);
  const iso = head.match(/发布时间[：:](\d{4}-\d{2}-\d{2})/u);
  if (iso) return iso[1]!;
  const FULL = /(\d{4})年(\d{1,2})月(\d{1,2})日/gu;
  if (head.match(FULL)) return [...text.matchAll(FULL)].map((m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`).sort().at(-1)!;
  const month = head.match(/(\d{4})年(\d{1,2})月/u);
  return month ? `${month[1]}-${month[2]!.padStart(2, '0')}` : null;
}

/** Refines the cue's kind from the text: a news item with a series header is a series episode, and so on. */
function kindOf(cueKind: CollectionKind, text: string): CollectionKind {
  if (text.startsWith('【')) return 'series';
  if (new RegExp(`^.{0,80}${SOURCE_LINE}`, 'u').test(text)) return 'news';
  if (/^.{0,120}版权声明/u.test(text)) return 'white-paper';
  if (cueKind === 'article' || cueKind === 'announcement') return /^.{0,60}(?:白皮书|报告)[（(]\d{4}年/u.test(text) ? 'white-paper' : 'news';
  return cueKind;
}

/** Fragments shorter than this (a page number, a back cover's last line) belong to the document before. */
const MIN_DOC_CHARS = 300;

/** A shared opening at least this long means the same article was printed twice. */
const MIN_REPEAT_CHARS = 1000;

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Cuts the collection into documents; repeats of a document already seen are dropped and reported. */
export function segmentCollection(line: string, removed: RemovalLog): { docs: CollectionDoc[]; duplicates: string[] } {
  const headers = learnRunningHeaders(line);
  const pieces: { offset: number; kind: CollectionKind; raw: string }[] = [];
  const starts = findDocumentStarts(line);
  starts.forEach(({ offset, kind }, k) => {
    const raw = line.slice(offset, starts[k + 1]?.offset ?? line.length);
    const last = pieces.at(-1);
    if (last && raw.replace(/\s+/gu, '').length < MIN_DOC_CHARS) last.raw += raw;
    else pieces.push({ offset, kind, raw });
  });
  const docs: CollectionDoc[] = [];
  const duplicates: string[] = [];
  for (const { offset, kind, raw } of pieces) {
    const kindHere = kindOf(kind, raw);
    const title = titleOf(kindHere, raw);
    const text = headers
      ? raw.replace(headers, (m) => {
          recordRemoval(removed, 'running-header', m);
          return '';
        })
      : raw;
    // The same article printed twice: a long common opening is that article. Publish it once, from
    // the first copy, and let what follows each copy (other articles) stand as documents of their own.
    const twin = docs.findIndex((d) => d.title === title);
    const common = twin >= 0 ? commonPrefixLength(docs[twin]!.text, text) : 0;
    if (common >= MIN_REPEAT_CHARS) {
      const first = docs[twin]!;
      duplicates.push(title);
      recordRemoval(removed, 'duplicate-document', text.slice(0, common));
      const restOfFirst = first.text.slice(common);
      docs[twin] = { ...first, text: first.text.slice(0, common) };
      for (const [rest, at] of [[restOfFirst, first.start + common], [text.slice(common), offset + common]] as const) {
        // A rest that starts mid-sentence is the copies' differing tail of the same article: it stays with it.
        if (rest.replace(/\s+/gu, '').length >= MIN_DOC_CHARS && !/^[。，、；：！？.,;:!?）」”]/u.test(rest)) docs.push({ title: titleOf('news', rest), kind: 'news', date: dateOf(rest), text: rest, start: at });
        else docs[twin]!.text += rest;
      }
      continue;
    }
    docs.push({ title, kind: kindHere, date: dateOf(text), text, start: offset });
  }
  return { docs: docs.sort((a, b) => a.start - b.start), duplicates };
}

/** Splits `text` after a sentence end (。！？) near every `size` characters. */
export function splitAtSentences(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const stop = text.slice(end, end + size).search(/[。！？]/u);
      end = stop < 0 ? Math.min(text.length, end + size) : end + stop + 1;
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
