// A collection runs many documents together on one line. This stage finds where each begins from
// the documents' own cues, removes their running page headers, names each one and drops repeats.
import { recordRemoval } from '../removal-log.ts';
import type { RemovalLog } from '../types.ts';
import { pageNotes, type PageNotes } from './page-notes.ts';
import { alternation, classMembers, escapeRegExp, vocabulary } from '../vocabulary.ts';

export type CollectionKind = 'news' | 'series' | 'results' | 'board-report' | 'white-paper' | 'announcement' | 'article';

export interface CollectionDoc {
  title: string;
  kind: CollectionKind;
  /** ISO date (or year-month, or year) where the text states one. */
  date: string | null;
  text: string;
  /** Offset of the document's first character in the source line. */
  start: number;
  /** The notes printed at the foot of its pages, as the text prints them (page-notes.ts). */
  notes?: PageNotes[];
}

interface Cue {
  kind: CollectionKind;
  /** Finds the offsets where documents of this kind start. */
  pattern: RegExp;
  /** Which end of the match the document starts at. */
  at: 'start' | 'end';
}

const { grammar, names, collection: words } = vocabulary;
const [Y, M, D] = [grammar.dates.year, grammar.dates.month, grammar.dates.day].map(escapeRegExp);
/** A printed year (`2023年`), month (`12月`) and day of a month (`6月27日`). */
const YEAR = `\\d{4}${Y}`;
const MONTH = `\\d{1,2}${M}`;
const MONTH_DAY = `${MONTH}\\d{1,2}${D}`;
const NUMERAL = `[${classMembers(grammar.numerals)}]`;
const COMPANY = escapeRegExp(names.company.registered);
const SHORT_NAME = escapeRegExp(names.company.short);
const BRAND = escapeRegExp(names.company.brand);
/** The group or a province's branch as a headline names it: `中国联通`, `山东联通`. */
const BRANCH = `(?:${alternation([names.company.short, ...names.provinces.map((p) => p + names.company.brand)])})`;
const COPYRIGHT = escapeRegExp(words.covers.copyright);
const REPORT = escapeRegExp(words.titleWords.report);
const SUMMARY = alternation(words.titleWords.summary);
const WHITE_PAPER = escapeRegExp(words.titleWords.whitePaper);
/** Datelines without a date: `近日，`. */
const RELATIVE_DATELINE = alternation(words.datelines.relative.map((w) => `${w}，`));
/** Characters a headline right before a dateline never opens with (`”（` and more in the patterns). */
const NEVER_OPENS = classMembers(words.headlines.neverOpensWith);
/**
 * A body's dateline: a date its comma closes, maybe over days, at a part of the day or since the day
 * (`7月19日至20日，`, `2月28日至3月2日，`, `2015年7月31日，`, `12月26日晚间，`, `3月12日上午9时，`, `6月27日以来，`); a date a sentence goes on after is none.
 * Not a month alone (`2025年3月，`): prose looks back to one (`早在2019年6月，`, `把时间拨回2023年5月，`).
 */
const { clock } = grammar;
/** An hour on the clock, maybe with its minutes or half past (`9时`, `9时5分`, `9点半`). */
const CLOCK_TIME = `\\d{1,2}(?:${alternation(clock.hour)})(?:\\d{1,2}${escapeRegExp(clock.minute)}|${escapeRegExp(clock.half)})?`;
const BODY_DATELINE = `(?:${YEAR})?${MONTH_DAY}(?:${escapeRegExp(words.datelines.until)}(?:${MONTH})?\\d{1,2}${D})?(?:(?:${alternation(words.partsOfDay)})?(?:${CLOCK_TIME})?|${escapeRegExp(words.datelines.since)})，`;
/** A news agency's dateline: its name, a place, the date and 电 (`新华社北京6月1日电`, `人民网北京3月7日电`). */
const AGENCY_DATELINE = `(?:${alternation(names.newsAgencies)})[^，。\\d]{0,4}${MONTH_DAY}${escapeRegExp(words.datelines.dispatch)}`;
/** Where a headline ends right before the body's dateline (`6月27日，`, `2015年7月31日，`, `近日，`, `新华社北京6月1日电`). */
const BEFORE_DATELINE = `(?<=[\\p{Script=Han}”」》])(?<![${classMembers([grammar.dates.year, grammar.dates.month, grammar.dates.day, ...words.datelines.notAfter])}])(?=${BODY_DATELINE}|${RELATIVE_DATELINE}|${AGENCY_DATELINE})`;
/**
 * A body that sets its scene before its dateline: a time frame (`在夏日的热烈与期待中，` + `2024年…`, or
 * one holding the year itself, `在2024年的璀璨春光中，`), or a couplet of four characters a side
 * (`浓情端午，粽艾飘香。` + `日前，`).
 */
const FRAME = (inner: string) => `${escapeRegExp(words.datelines.sceneFrame.before)}${inner}${escapeRegExp(words.datelines.sceneFrame.after)}，`;
/**
 * A headline of some length naming Unicom (one comma or colon at most, not ending a clause) right before a
 * body that opens by setting its scene, with or without a dateline after it (`中国联通荣获DCMM5级最高等级认证，
 * 引领通信行业数据管理新高度` + `在数字化转型的浪潮中，`). Inside an article the words before such a frame are
 * a sentence's short subject (`中国联通也将`, `广东联通深圳分公司`): a headline has two parts or is longer.
 */
const SCENE_FRAME = FRAME('[^，。！？“”]{2,16}');
const FRAMED_HEADLINE_CHARS = 12;
const FRAMED_HEADLINE = `(?=[^。！？；]{0,46}${BRAND})(?![${NEVER_OPENS}”（）])(?!${NUMERAL}、)((?:[^。！？；，：]{${FRAMED_HEADLINE_CHARS},48}?|[^。！？；，：]{6,30}[，：][^。！？；，：]{6,30}?))(?<![，、：${classMembers(words.headlines.neverEndsWith)}])(?=${SCENE_FRAME})`;
/**
 * A headline naming Unicom (quoted terms allowed) right before a body that opens with quoted lines, each
 * in its own quotation marks, the first holding a clause (`“游新疆”V2.0上线中国联通助力新疆数字文旅开启新篇章` +
 * `“去爱、去生活、去受伤”“风是透明的河流，雨是冰凉的流星”……`), the run closed by an ellipsis or a full stop,
 * not a comma its sentence goes on after (`员工们常说“…，…”“…”，这已成为共识`). A list of quoted names
 * after a verb holds no clause (`推出了“我在坝上有块田”“我托老乡帮放养”`).
 */
const QUOTED_LINES = '“[^“”。！？]{1,30}[、，][^“”]{0,30}”(?:“[^“”]{1,40}”)+(?:……|\\.{3,6}|。)';
const QUOTED_LINES_HEADLINE = `(?=[^。！？；]{0,46}${BRAND})((?:[^。！？；，：“”]|“[^。！？；，：“”]{1,12}”){6,48}?)(?=${QUOTED_LINES})`;
const SCENE_BEFORE_DATELINE = `(?:${FRAME('[^，。！？]{0,16}')}(?:${YEAR}|${MONTH_DAY}|${RELATIVE_DATELINE})|${FRAME(`[^，。！？\\d]{0,4}${YEAR}[^，。！？]{0,12}`)}|\\p{Script=Han}{4}，\\p{Script=Han}{4}。(?:${YEAR}|${MONTH_DAY}|${RELATIVE_DATELINE}))`;
/** A headline right before a dateline: `…筑牢“通信堤坝”` + `6月27日以来，`. Shared with documents.ts. */
export const DATED_HEADLINE = new RegExp(`(?![${NEVER_OPENS}”（])([^。！？，：；]{6,40}?)${BEFORE_DATELINE}`, 'u');
const NOT_MONTH = `(?:(?!${YEAR}${MONTH}).)`;
/** A publisher's back cover, ending with its website: `…传真：010-62304980网址：www.caict.ac.cn`. Shared with back-cover.ts. */
export const BACK_COVER = `${escapeRegExp(words.covers.fax)}：[\\d-]+${escapeRegExp(words.covers.website)}：(?:www\\.)?[a-z\\d-]+(?:\\.[a-z\\d-]+)+`;
/** Publishers of white papers, by name. Shared with back-cover.ts. */
export const PUBLISHERS = `(?:${alternation(names.whitePaperPublishers)})`;
/**
 * A white paper's cover whose title the layout split around the publisher and date:
 * `基于用户体验的移动网络` + `中国信息通信研究院2021年5月No.202105` + `质量白皮书` + `版权声明`.
 */
const SPLIT_COVER = `(.{2,30}?)${PUBLISHERS}+${YEAR}${MONTH}(?:No\\.\\d+)?(.{2,30}?)${COPYRIGHT}`;
/** A profile's headline: a name of two or three characters, a colon, the headline, then the name again opening the body. */
const PROFILE_HEADLINE = /((\p{Script=Han}{2,3})：[^。！？]{4,40}?)(?=\2[，、])/u;
/** A headline that asks a question, then the body's dateline. */
const QUESTION_HEADLINE = new RegExp(`(?![${NEVER_OPENS}])([^。！？]{6,30}？)(?=${RELATIVE_DATELINE}|${MONTH_DAY})`, 'u');
/** A usual opening phrase of a news body (`近年来`, `随着`, `习近平总书记`) or a dateline, with or without a date. */
const PHRASE_OR_DATELINE = `(?:${alternation(words.bodyOpenings.phrases)}|(?:${YEAR})?${MONTH_DAY}|${RELATIVE_DATELINE})`;
/** A headline of two questions, right before a usual opening phrase of a news body or a dateline. */
const TWO_QUESTIONS_HEADLINE = new RegExp(`([^。！？；]{4,30}？[^。！？；]{4,30}？)(?=${PHRASE_OR_DATELINE})`, 'u');
/** The label of a source line's date (`发布时间：`); PUBLISHED_ON reads the date after it. */
const PUBLISHED_LABEL = `(?:${alternation(words.sourceLine.published)})[：:]`;
/**
 * A news item's source line after its headline, by its labels: where the article comes from, who posted
 * it, or when, the date right after (`文章来源：`, `发布人：`, `发布时间：2024-06-19`); an article quoting a
 * notice's `发布日期：2024年6月1日` prints no source line.
 */
const SOURCE_LINE = `(?:(?:${alternation([words.sourceLine.source, words.sourceLine.publisher])})[：:]|${PUBLISHED_LABEL}(?=\\d{4}[-/.]\\d))`;
/** A results report's title in its running header: `中国联合网络通信股份有限公司2022年第三季度报告`. */
const RESULTS_TITLE = `${COMPANY}${YEAR}[^\\d]{2,12}?${REPORT}(?:${SUMMARY})?`;
/** The stock code label its first page prints after the running header: `证券代码：600050`. */
const STOCK_CODE = `(?:${alternation(words.results.codeLabels)})`;
const BOARD_COMMITTEE = escapeRegExp(words.boardReport.committee);

/** A department and its writers in a byline: `客户服务部，罗晓娜、刘佳泉`. */
const DEPARTMENT_WRITERS = `[\\u4e00-\\u9fff]{2,12}(?:${alternation(words.bylines.departments)})，[\\u4e00-\\u9fff]{2,4}(?:、[\\u4e00-\\u9fff]{2,4})*`;

/**
 * The credits in brackets an article may close with, each alternative one layout, those without a
 * label right `after` a sentence's end (a lookbehind); shared with sign-off.ts, which sets the last one
 * apart, a paragraph's start counting there too.
 */
export const bracketedCredit = (after = '(?<=[。！？”])') =>
  [
    // A credit with its label: `（作者：…）`, `（来源：通信产业网）`, `【责任编辑：…】`.
    `（(?:${alternation(words.bylines.creditLabels)})[：:/／][^）]{1,40}）`,
    `【(?:${alternation(words.bylines.creditLabels)})[：:][^】]{1,40}】`,
    // Reporters' names alone in brackets: `。（付心怡）`.
    `${after}（[\\u4e00-\\u9fff]{2,24}）${CREDIT_CLOSES}`,
    // The mark of the item's end: `。（完）`.
    `${after}（${escapeRegExp(words.bylines.endMark)}）`,
    // A department's byline in ASCII or full-width brackets: `(集团新闻宣传中心程唯珈)`.
    `${after}[（(][\\u4e00-\\u9fff]{2,10}(?:${alternation(words.bylines.departments)})[\\u4e00-\\u9fff]{2,3}[）)]`,
    // Departments, each with its writers: `（集团新闻宣传中心，王欢；客户服务部，罗晓娜、刘佳泉）`.
    `${after}（${DEPARTMENT_WRITERS}(?:；${DEPARTMENT_WRITERS})*）`,
  ]
    .map((credit) => `(?:${credit})${CREDIT_ENDS}`)
    .join('|');

/**
 * A credit closes its article: the sentence does not go on after it (`（来源：工信部统计公报），同比增长…`:
 * a note inside a sentence), and after names alone in brackets comes a headline, not a clause
 * (`。（图片由四川联通提供）随后，…`: a caption's credit inside the article).
 */
const CREDIT_ENDS = '(?![，、；：。])';
const CREDIT_CLOSES = '(?![^，。！？“”]{0,4}，)';

/** Bylines and credits that close an article; each alternative is one layout, the longer forms first (`（本报记者张三）来自人民网`, not its bracket alone). */
const BYLINE = [
  // A writer and an editor: `撰稿：张三编辑：李四`.
  `${escapeRegExp(words.bylines.writer)}：\\S{2,4}${escapeRegExp(words.bylines.editor)}：\\S{2,3}(?=\\S)`,
  // A staff reporter and the site the article came from: `（本报记者张三）来自人民网`.
  `（${escapeRegExp(words.bylines.staffReporter)}\\S{2,4}）${escapeRegExp(words.bylines.from)}\\S{2,4}${escapeRegExp(words.bylines.site)}`,
  // Reporters' names before a series header: `（付心怡）【…`.
  '（[\\u4e00-\\u9fff]{4,24}）(?=【)',
  bracketedCredit(),
  // An editor's credit without brackets after the last sentence, the name (two or three characters) right
  // before a headline naming the company or a branch, or a series header: `。责任编辑：张三` + `中国联通…`.
  `(?<=[。！？”])(?:${alternation(words.bylines.bareCreditLabels)})[：:][\\u4e00-\\u9fff]{2,3}?(?=${BRANCH}|【)`,
].join('|');

const openings = words.bodyOpenings;
/**
 * Usual openings of a news body. Headlines run straight into the body, so a headline ends where one of
 * these starts: a time phrase, a purpose clause, a quotation with a sentence inside it, a dateline.
 */
const BODY_OPENING = [
  // A phrase: a time phrase, a purpose clause, an editor's note (`近年来`, `为深入`, `编者按`).
  alternation(openings.phrases),
  // A clause framed by two words (`在…的一隅`, `有…显示`).
  ...openings.framed.map((f) => `${escapeRegExp(f.before)}[^，。${f.plain ? '“”\\d' : ''}]{${f.gap[0]},${f.gap[1]}}${escapeRegExp(f.after)}`),
  // A branch's or the commission's Party body: `山东联通党委`, `国务院国资委党委`.
  `(?:${BRANCH}|${alternation(names.commission)})[^，。]{0,8}(?:${alternation(openings.partyBodies)})`,
  // A dated event (`…于2019年`), a quoted term or a year with its copula (`“小象”是`, `2023年是`), a quotation
  // with a sentence inside it.
  `[^，。]{2,10}${escapeRegExp(openings.datedBy)}${YEAR}`,
  `“[^”]{2,10}”${escapeRegExp(openings.copula)}`,
  '“[^”]{1,30}[，。！？]',
  `${YEAR}(?:${MONTH}|${escapeRegExp(openings.copula)})`,
  // A dateline: a news agency's (`新华社北京6月1日电`), or a date.
  AGENCY_DATELINE,
  MONTH_DAY,
  // A scene set before the dateline.
  SCENE_BEFORE_DATELINE,
].join('|');

/** A headline of up to 60 characters ending with a column's name in brackets (words only, no figures). */
const COLUMN_HEADLINE_PART = '(?:(?!###)[^。！？（）]){4,60}（[^（）。！？，、\\d]{2,24}）';

/** Every credit that closes an article (BYLINE): the next document starts after it, none inside it. */
const BYLINE_END = new RegExp(BYLINE, 'gu');

/** Document starts, one cue per kind of document (a handler table, read top to bottom). */
const CUES: Cue[] = [
  // 【联通史“话”】… series headers open a news series episode; not a passage's label inside an article
  // (`【延伸阅读】`) nor a credit (`【责任编辑：…】`).
  { kind: 'series', pattern: new RegExp(`【(?!(?:${alternation(words.headlines.passageLabels)})】|(?:${alternation(words.bylines.creditLabels)})[：:])[^】]{2,30}】`, 'gu'), at: 'start' },
  // Results announcements open with their running header and the company code: `…2022年第三季度报告1/16证券代码：600050`.
  { kind: 'results', pattern: new RegExp(`${RESULTS_TITLE}\\d{1,3}(?:/\\d{1,3})?(?=${STOCK_CODE})`, 'gu'), at: 'start' },
  // Board committee reports: `1中国联合网络通信股份有限公司董事会审计委员会2022年度履职报告`.
  { kind: 'board-report', pattern: new RegExp(`${COMPANY}${BOARD_COMMITTEE}\\d{4}${escapeRegExp(words.boardReport.annualReport)}(?=${escapeRegExp(grammar.numerals[0]!)}、)`, 'gu'), at: 'start' },
  // White paper covers: `中国信息通信研究院2023年12月<title>(2023年)No.202323版权声明`.
  { kind: 'white-paper', pattern: new RegExp(`(?:No\\.\\d{6})?${PUBLISHERS}*${YEAR}${MONTH}${NOT_MONTH}{2,50}?[(（]${YEAR}[)）](?:No\\.\\d+)?${COPYRIGHT}`, 'gu'), at: 'start' },
  // News with a source line: the headline runs from the previous sentence end to the source line.
  // A closing bracket ends a sentence where it closes a note after one (`。（完）`), not inside the headline
  // (`中国联通（香港）公司…`); the headline holds no source line's label (`…（学习贯彻全会精神）文章来源：…`).
  // Closing quotation marks after the sentence's end are that sentence's (`…让群众满意。”` + the headline).
  { kind: 'news', pattern: new RegExp(`(?:[。！？][”’」』]*|(?<=[。！？”]（[^（）。！？]{1,40})）)(?=(?:(?!${SOURCE_LINE})[^。！？]){6,80}?${SOURCE_LINE})`, 'gu'), at: 'end' },
  // A byline, a source note or a list of reporters' names before a series header closes an article; the next one starts right after it.
  { kind: 'article', pattern: BYLINE_END, at: 'end' },
  // A headline naming the company or a provincial branch (`中国联通：…`, `山东联通：…`) after a sentence
  // end opens a news article that prints no source line. City branches (`广州联通：`) are sub-headings
  // inside a provincial article, so only the group and the provinces count; nor does a roundup's paragraph
  // naming a branch first, its text opening as a clause after the colon (`北京联通：在北京西站…`).
  { kind: 'article', pattern: new RegExp(`[。！？”](?=${BRANCH}：(?![${NEVER_OPENS}]))`, 'gu'), at: 'end' },
  // A column's headline: `深化主题教育践行宗旨为民造福丨中国联通：多措并举…` (the column name, 丨 or |, the headline).
  { kind: 'article', pattern: /(?<=[。！？”])(?=[^。！？，：；|]{4,30}[丨|])/gu, at: 'start' },
  // A headline with a Unicom subtitle: `学深悟透强根基实干笃行谱新篇——中国联通扎实开展主题教育…`. Inside an
  // article the same shape leads a paragraph (`在大事要事中彰显责任担当——中国联通把…`, `为员工纾难解困——…`),
  // so a headline may not start like a clause (在/为…) nor hold 的 or a list's 、.
  {
    kind: 'article',
    pattern: new RegExp(`(?<=[。！？”])(?![${classMembers(words.headlines.subtitleNeverOpensWith)}])(?=[^。！？，：；“”、${classMembers(words.headlines.subtitleNeverHolds)}]{4,20}——${SHORT_NAME})`, 'gu'),
    at: 'start',
  },
  // SASAC news reprinted among the articles: `国务院国资委召开…`, `国资委党委深化…` — the body's sentences
  // name the commission too, but never with one of these verbs right after it; nor is a clause that
  // frames the sentence after it a headline (`国资委印发《…》以来，`, `…之际，`: bodyOpenings.frameCloses).
  {
    kind: 'article',
    pattern: new RegExp(
      `(?<=[。！？”])(?=(?:${alternation(names.commission)})(?:${alternation(words.headlines.commissionVerbs)}))(?![^。！？，；]{0,60}(?:${alternation(words.bodyOpenings.frameCloses)})，)`,
      'gu',
    ),
    at: 'start',
  },
  // A headline ending with its column's name in brackets, right before a usual opening of a news body
  // (`推动国有企业…发挥更大作用（深入学习贯彻习近平新时代中国特色社会主义思想）` + `习近平总书记指出：`).
  // Only a phrase or a dateline after it: a bracket before a quotation or a clause is a note inside a sentence.
  { kind: 'article', pattern: new RegExp(`(?<=[。！？”])(?=${COLUMN_HEADLINE_PART}${PHRASE_OR_DATELINE})`, 'gu'), at: 'start' },
  // A reprint's headline: a periodical publishing an article (`《旗帜》杂志刊发郝鹏署名文章：…`).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？”])(?=《[^》]{1,12}》(?:${alternation(words.headlines.reprintOutlets)})?${escapeRegExp(words.headlines.reprintVerb)})`, 'gu'), at: 'start' },
  // A headline naming a Unicom unit after a colon (`联通云：不止步于云端`, `联通元景：…`, `研究院：…`).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？”])(?=(?:${BRAND}[\\u4e00-\\u9fff]{1,2}|${alternation(names.company.units)})：)`, 'gu'), at: 'start' },
  // A headline naming Unicom right before a dateline, after a sentence end, opens an article printed
  // without a source line (`…。向汛而行湖南联通全力以赴筑牢“通信堤坝”6月27日以来，`). Headlines without
  // 联通 there are sub-headings (documents.ts makes them headings).
  // Such a headline may hold a comma or a colon (`加快数据要素开发，全面建设数智联通7月20日，`), but not open
  // with a list numeral (`一、精准施策，为智能制造贡献联通经验2022年12月15日`, a sub-heading).
  {
    kind: 'article',
    pattern: new RegExp(`(?<=[。！？”])(?=[^。！？；]{0,46}${BRAND})(?!${NUMERAL}、)(?![${NEVER_OPENS}”（）])[^。！？；]{6,48}?${BEFORE_DATELINE}`, 'gu'),
    at: 'start',
  },
  // A headline naming Unicom (one comma at most, not ending a clause) over a body that sets its scene
  // before its dateline (`中国联通合作伙伴大会-产投融合论坛：共绘数智时代新蓝图` + `在夏日的热烈与期待中，2024年…`).
  {
    kind: 'article',
    pattern: new RegExp(`(?<=[。！？”])(?=[^。！？；]{0,46}${BRAND})(?!${NUMERAL}、)(?![${NEVER_OPENS}”（）])(?=[^。！？；，]*(?:，[^。！？；，]*)?${SCENE_BEFORE_DATELINE})[^。！？；]{6,48}?(?<![，、：])(?=${SCENE_BEFORE_DATELINE})`, 'gu'),
    at: 'start',
  },
  // The same headline of some length over a body that sets its scene without a dateline (FRAMED_HEADLINE).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？”])(?=${FRAMED_HEADLINE})`, 'gu'), at: 'start' },
  // A headline naming Unicom right before quoted lines that open the body (QUOTED_LINES_HEADLINE).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？])(?=${QUOTED_LINES_HEADLINE})`, 'gu'), at: 'start' },
  // A headline naming Unicom right before a quotation that opens the body with a whole sentence
  // (`用得起、用得好、用得放心中国联通发力提升国际漫游用户感知“世界很大，我想去看看。”随着…`).
  {
    kind: 'article',
    pattern: new RegExp(`(?<=[。！？])(?=[^。！？；“”]{0,46}${BRAND})(?![${NEVER_OPENS}])(?=[^。！？；“”]{6,48}?(?<![：:，])“[^”]{2,30}[。！？]”)`, 'gu'),
    at: 'start',
  },
  // A profile's headline: a person's name, a colon and the headline, then the body opening with the name
  // again (`郭华：入选“中国好人榜”的重保楷模郭华，北京联通…`).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？])(?=${PROFILE_HEADLINE.source})`, 'gu'), at: 'start' },
  // A headline asking a question, right before a dateline (`公有云市场增速第一，联通云的底气从哪来？近日，`).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？”])(?=${QUESTION_HEADLINE.source})`, 'gu'), at: 'start' },
  // A headline naming Unicom asking two questions, right before a usual opening phrase of a news body
  // (`中国联通的这朵云有多“绚烂”？物联感知云的独特优势是什么？` + `随着…`).
  { kind: 'article', pattern: new RegExp(`(?<=[。！？”])(?=[^。！？；]{0,30}${BRAND})(?=${TWO_QUESTIONS_HEADLINE.source})`, 'gu'), at: 'start' },
  // A publisher's back cover (address, postcode, telephone, fax, website) closes a white paper; the next
  // document starts after the website, whatever its cover looks like.
  { kind: 'article', pattern: new RegExp(BACK_COVER, 'gu'), at: 'end' },
  // A speech closes by thanking its audience (`…作出新的更大贡献！谢谢大家！`); the next document starts after it.
  { kind: 'article', pattern: new RegExp(`(?<=[。！？])${escapeRegExp(words.speeches.closing)}[！!。]`, 'gu'), at: 'end' },
  // An announcement closes with `特此公告。<company>董事会<date>`.
  { kind: 'announcement', pattern: new RegExp(`${escapeRegExp(words.announcements.closing)}。${COMPANY}${escapeRegExp(words.announcements.signedBy)}${YEAR}${MONTH_DAY}`, 'gu'), at: 'end' },
];

/** Offsets where documents start, with the kind the cue implies, in text order. */
export function findDocumentStarts(text: string): { offset: number; kind: CollectionKind }[] {
  const starts = new Map<number, CollectionKind>();
  for (const cue of CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      const offset = cue.at === 'start' ? m.index : m.index + m[0].length;
      if (offset < text.length && !starts.has(offset)) starts.set(offset, cue.kind);
    }
  }
  // A credit closes its article: no document starts inside it (a headline's cue reading
  // `责任编辑：张三中国联通发布…` as one headline), the next one starts after it.
  for (const credit of text.matchAll(BYLINE_END)) for (const offset of starts.keys()) if (offset >= credit.index && offset < credit.index + credit[0].length) starts.delete(offset);
  // The text opens a document, of the kind its cue says (`…第一季度报告1/14证券代码：…`: results) or an
  // article, which the text's opening refines (kindOf).
  if (!starts.has(0)) starts.set(0, 'article');
  // A news item's source line confirms its headline, which may open with a question or a longer exclamation.
  return [...starts].sort((a, b) => a[0] - b[0]).map(([offset, kind]) => ({ offset: withExclamation(text, offset, kind === 'news'), kind }));
}

/**
 * The longest exclamation a headline opens with (`领跑！`, `荣誉+10！`, `一起“热辣滚烫”！`, a quotation in it
 * closed); a headline its source line confirms may open with a longer one, or a question
 * (`5G专网如何赋能矿山？山西联通给出答案`).
 */
const EXCLAMATION_CHARS = { alone: 8, confirmed: 30 };
const openingPhrase = (chars: number, marks: string) => new RegExp(`^(?=[^${marks}]{2,${chars}}[${marks}])(?:[^。！？，、：；“”]|“[^。！？，、：；“”]+”)+[${marks}]`, 'u');
const OPENING_EXCLAMATION = openingPhrase(EXCLAMATION_CHARS.alone, '！');
const OPENING_PHRASE_CONFIRMED = openingPhrase(EXCLAMATION_CHARS.confirmed, '！？');
const SPEECH_CLOSING = new RegExp(`^${escapeRegExp(words.speeches.closing)}[！!]$`, 'u');

/**
 * A start right after a short exclamation that follows a full stop takes the exclamation in: the
 * headline opens with it (`…服务。荣誉+10！中国联通多项创新成果再获业界认可`); after a `confirmed` headline's
 * question or exclamation of up to 30 characters, that phrase. After another exclamation it is the
 * end of a speech (`…贡献！谢谢大家！`), and a speech's thanks never open a headline (`…携手共进。谢谢大家！`).
 */
function withExclamation(text: string, offset: number, confirmed = false): number {
  const mark = text[offset - 1];
  if (mark !== '！' && !(confirmed && mark === '？')) return offset;
  const chars = confirmed ? EXCLAMATION_CHARS.confirmed : EXCLAMATION_CHARS.alone;
  const before = text.slice(Math.max(0, offset - 1 - chars - 1), offset - 1);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'));
  if (stop < 0 || before[stop] !== '。') return offset;
  const phrase = before.slice(stop + 1);
  if (SPEECH_CLOSING.test(`${phrase}${mark}`)) return offset;
  return (confirmed ? OPENING_PHRASE_CONFIRMED : OPENING_EXCLAMATION).test(`${phrase}${mark}`) ? offset - 1 - phrase.length : offset;
}

/**
 * Running page headers and footers of the documents (`…2022年第三季度报告2/16`,
 * `云计算白皮书（2024年）14`): learned from the titles the covers print, then removed everywhere.
 */
export function learnRunningHeaders(text: string): RegExp | null {
  const titles = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(${RESULTS_TITLE})\\d{1,3}(?:/\\d{1,3})?(?=${STOCK_CODE})`, 'gu'))) titles.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`${YEAR}${MONTH}(${NOT_MONTH}{2,50}?)[(（](\\d{4})${Y}[)）](?:No\\.\\d+)?${COPYRIGHT}`, 'gu'))) {
    titles.add(`${m[1]}（${m[2]}${grammar.dates.year}）`);
  }
  // A split cover starts right after the back cover of the document before it.
  for (const m of text.matchAll(new RegExp(`(?<=${BACK_COVER})(?![a-z\\d.-])${SPLIT_COVER}`, 'gu'))) titles.add(m[1]! + m[2]!);
  if (titles.size === 0) return null;
  // A white paper's header may print another edition's year (the 2023 edition's pages 29–30 print
  // `…白皮书（2022年）`): any year in the title's brackets, unless the text quotes the title (《…》).
  const escaped = [...titles].map((t) => escapeRegExp(t).replace(/（/g, '[（(]').replace(/）/g, '[)）]').replace(/(\[（\(\])\d{4}/u, '$1\\d{4}'));
  return new RegExp(`(?<![《“])(${escaped.join('|')})(\\d{1,6})(/\\d{1,3})?`, 'gu');
}

/**
 * Removes the running headers `headers` finds, with their page numbers. A page number may run into a
 * number of the text after it (`…白皮书（2024年）1399.8%` is page 13, then 99.8%): the pages of a
 * document follow one another, so the number is read as the page after the one its header printed
 * last. `removed` is called with each removed header.
 */
export function stripRunningHeaders(text: string, headers: RegExp, removed: (header: string) => void = () => {}): string {
  const last = new Map<string, number>();
  // A document prints the same page total on every page (`3/8`): the total its headers print most. One
  // that runs into a number of the text (`3/84.4预测…`) is read as that total, the rest left to the text.
  const totals = new Map<string, Map<string, number>>();
  for (const m of text.matchAll(headers)) {
    if (!m[3]) continue;
    const counts = totals.get(m[1]!) ?? new Map<string, number>();
    totals.set(m[1]!, counts.set(m[3], (counts.get(m[3]) ?? 0) + 1));
  }
  const usual = new Map([...totals].map(([title, counts]) => [title, [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0]]));
  return text.replace(headers, (match, title: string, digits: string, printedTotal: string | undefined, at: number) => {
    const common = usual.get(title);
    const total = printedTotal && common && printedTotal !== common && printedTotal.startsWith(common) ? common : printedTotal;
    const whole = printedTotal && total !== printedTotal ? match.slice(0, match.length - printedTotal.length + total!.length) : match;
    const next = text[at + whole.length] ?? '';
    // A numbered heading may follow the page number (`…摘要11` then `6.资本开支`, `…摘要3` then `2.2公司主要财务数据`),
    // as may a decimal (`…1` then `2.5%`): a page number never ends on a dot, so the digits before one end in the next number.
    const heading = !total && digits.length > 1 && /^[.．、]/u.test(next);
    // The likely page: the one after the last this header printed (`…摘要32报告期…` after page 2 is page 3,
    // then part 2's heading); where that does not decide and the digits run into more digits or a
    // heading, the shortest reading (before a heading, the longest that leaves it a digit).
    const previous = last.get(title);
    const readings = [1, 2, 3].map((k) => digits.slice(0, k)).filter((p) => p.length <= digits.length - (heading ? 1 : 0));
    const following = !total && digits.length > 1 && previous !== undefined ? readings.find((p) => Number(p) > previous && Number(p) <= previous + 3) : undefined;
    const ambiguous = digits.length > 3 || (/\d/u.test(next) && !total) || heading;
    const page = following ?? (ambiguous ? (heading ? readings.at(-1)! : readings[0]!) : digits);
    last.set(title, Number(page));
    const header = title + page + (page === digits ? total ?? '' : '');
    removed(header);
    // The header stood at a page break: where a number ends the page and one starts the next
    // (`-66.6` | `1.营业费用…`), a space keeps them two numbers.
    const rest = match.slice(header.length);
    const apart = /\d/u.test(text[at - 1] ?? '') && /^\d/u.test(rest || (text[at + match.length] ?? ''));
    return (apart ? ' ' : '') + rest;
  });
}

const DATELINE = new RegExp(`(?:${YEAR})?${MONTH_DAY}$`, 'u');


/** `中国联通：<headline><body>` — a headline naming the company or a province's branch. */
const BRANCH_HEADLINE = new RegExp(`^(${BRANCH}：.{6,40}?)(?=${BODY_OPENING})`, 'u');

/** Any other headline, up to the body's opening (`学深悟透…——中国联通…综述` + `2023年4月起`). */
const HEADLINE = new RegExp(`^((?:(?!###)[^。！？]){6,80}?)[（(“]?(?=${BODY_OPENING})`, 'u');

/** A white paper's title on its cover, between the date and the copyright notice: `<title>(2023年)`. */
const COVER_TITLE = new RegExp(`${YEAR}${MONTH}(${NOT_MONTH}{2,50}?[(（]${YEAR}[)）])`, 'u');
const SPLIT_COVER_TITLE = new RegExp(`^${SPLIT_COVER}`, 'u');
/** A results or board report's title after the company's name (`…董事会审计委员会` + `2022年度履职报告`). */
const REPORT_TITLE = new RegExp(`${COMPANY}(${BOARD_COMMITTEE})?(${YEAR}[^\\d]{2,12}?${REPORT}(?:${SUMMARY})?)`, 'u');
const SOURCE_LINE_TITLE = new RegExp(`^(.{4,80}?)${SOURCE_LINE}`, 'u');
/** Credits a source line may print before its date, at the end of the words before it (`…来源：人民网`). */
const CREDITS_AT_END = new RegExp(`(?:(?:${alternation(words.bylines.creditLabels)})[：:][^：:。！？]{1,30}?)+$`, 'u');
const DATED_TITLE = new RegExp(`^${DATED_HEADLINE.source}`, 'u');
const QUESTION_TITLE = new RegExp(`^${QUESTION_HEADLINE.source}`, 'u');
const TWO_QUESTIONS_TITLE = new RegExp(`^${TWO_QUESTIONS_HEADLINE.source}`, 'u');
const PROFILE_TITLE = new RegExp(`^${PROFILE_HEADLINE.source}`, 'u');
const FRAMED_TITLE = new RegExp(`^${FRAMED_HEADLINE}`, 'u');
const QUOTED_LINES_TITLE = new RegExp(`^${QUOTED_LINES_HEADLINE}`, 'u');
/** A figure and its unit of up to two characters, ending a clause (`187亿`). */
const FIGURE_SENTENCE = /\d[\d.,]*\p{Script=Han}{0,2}$/u;
const COLUMN_HEADLINE = new RegExp(`^(${COLUMN_HEADLINE_PART})`, 'u');
/** The same, right before a usual opening of a news body: its title, whatever the opening words inside the brackets. */
const COLUMN_HEADLINE_BEFORE_BODY = new RegExp(`^(${COLUMN_HEADLINE_PART})(?=${BODY_OPENING})`, 'u');
/** A year, or its digits, left at the end of a title cut before the body's dateline. */
const TRAILING_YEAR = new RegExp(`\\d{1,4}(?:${Y})?$`, 'u');

/** A document's title from its opening words, by kind. */
export function titleOf(kind: CollectionKind, text: string): string {
  // A headline opening with a short exclamation (`荣誉+10！`, `领跑！`): the exclamation, then the headline after it.
  const exclaimed = OPENING_EXCLAMATION.exec(text);
  if (exclaimed && kind === 'news') return exclaimed[0] + titleOf(kind, text.slice(exclaimed[0].length));
  const head = text.slice(0, 200);
  const cover = head.match(COVER_TITLE);
  if (kind === 'white-paper' && cover) return cover[1]!.replace(/\(/g, '（').replace(/\)/g, '）');
  const split = head.match(SPLIT_COVER_TITLE);
  if (kind === 'white-paper' && split) return split[1]! + split[2]!;
  // A filing is titled as its cover prints it: the company's name and the report's, with 摘要 or 正文
  // where printed (the running header above it on each page omits them).
  const reports = [...head.matchAll(new RegExp(REPORT_TITLE.source, 'gu'))];
  const report = reports.find((m) => new RegExp(`(?:${SUMMARY})$`, 'u').test(m[0])) ?? reports[0];
  if ((kind === 'results' || kind === 'board-report') && report) return report[0];
  // A source line's other credits before its date (`来源：人民网`, `作者：张三`) are no part of the headline.
  const source = head.match(SOURCE_LINE_TITLE);
  if (source) return source[1]!.replace(CREDITS_AT_END, '') || source[1]!;
  // A `中国联通：` headline runs straight into the body: it ends where a usual opening of a news body
  // starts (`近年来`, `为深入…`, a date, …).
  const named = head.match(BRANCH_HEADLINE);
  if (named) return named[1]!;
  const dated = head.match(DATED_TITLE);
  if (dated) return dated[1]!;
  // A headline naming an article, which is then printed under its own title:
  // `《求是》杂志刊发郝鹏署名文章《新时代…科学指南》` + `新时代…科学指南郝鹏…`.
  const reprint = head.match(/^(.{2,60}?《([^》]{4,40})》)(?=\2)/u);
  if (reprint) return reprint[1]!;
  const profile = head.match(PROFILE_TITLE);
  if (profile) return profile[1]!;
  const questions = head.match(TWO_QUESTIONS_TITLE);
  if (questions) return questions[1]!;
  const question = head.match(QUESTION_TITLE);
  if (question) return question[1]!;
  const columned = head.match(COLUMN_HEADLINE_BEFORE_BODY);
  if (columned) return columned[1]!;
  const quoting = head.match(QUOTED_LINES_TITLE);
  if (quoting) return quoting[1]!;
  const framed = head.match(FRAMED_TITLE);
  if (framed) return framed[1]!;
  const headline = head.match(HEADLINE);
  if (headline) return headline[1]!;
  // A headline that ends with its column's name in brackets: `上台阶挑大梁，央企迈向高质量发展（权威部门话开局）`.
  const column = head.match(COLUMN_HEADLINE);
  if (column) return column[1]!;
  // Otherwise the headline runs until the body's first clause (or a stray `###`); a dateline or year
  // that starts the body is cut off.
  const clause = head.match(/^(?:(?!###)[^，。！？]){4,60}/u)?.[0] ?? [...head].slice(0, 40).join('');
  // A figure the full stop closes is the body's first sentence (`联通云：不止步于云端` + `187亿。这是…`).
  const figure = head[clause.length] === '。' ? FIGURE_SENTENCE.exec(clause) : null;
  const cut = figure && figure.index >= 4 ? clause.slice(0, figure.index) : clause;
  return cut.replace(DATELINE, '').replace(TRAILING_YEAR, '').trim() || cut;
}

/**
 * The source line's date (`发布时间：2024-06-19`, `发布日期：2025/6/20`); a day of two digits is read whole
 * even where a time runs on after it (`2024-06-1910:30`). Shared with documents.ts.
 */
export const PUBLISHED_ON = new RegExp(`${PUBLISHED_LABEL}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{2}|\\d(?!\\d))`, 'u');
const FULL_DATE = new RegExp(`(\\d{4})${Y}(\\d{1,2})${M}(\\d{1,2})${D}`, 'gu');
const YEAR_MONTH = new RegExp(`(\\d{4})${Y}(\\d{1,2})${M}`, 'u');

/** A date in brackets opening a text, and ending one (a speech's title). */
const BRACKETED_DATE_FIRST = new RegExp(`^[（(]${FULL_DATE.source}[)）]`, 'u');
const BRACKETED_DATE_LAST = new RegExp(`[（(]${FULL_DATE.source}[)）]$`, 'u');
/** A dateline: a full date opening the body. */
const DATELINE_FIRST = new RegExp(`^\\s*${FULL_DATE.source}`, 'u');
/** How far into the body a later date shows a story told in order. */
const STORY_CHARS = 300;
/** A full date opening a sentence (after a sentence end), never one a clause announces (`将于…`). */
const SENTENCE_DATE = new RegExp(`(?<=[。！？])${FULL_DATE.source}(?=，)`, 'gu');

/** A full date's year, month and day as `YYYY-MM-DD`. */
const iso8 = (m: RegExpMatchArray) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;

/** The body goes on, within its first sentences, to a date later than its opening one: a story told in order. */
function laterPastDate(body: string, first: string): boolean {
  return [...body.slice(0, STORY_CHARS).matchAll(SENTENCE_DATE)].some((m) => iso8(m) > first);
}

/** A periodical's issue printed last: `2022年第13期`. */
const ISSUE_LAST = new RegExp(`(\\d{4})${Y}${escapeRegExp(grammar.ordinal)}\\d{1,3}${escapeRegExp(words.datelines.issue)}\\s*$`, 'u');
/** A filing's sign-off at its end, which may carry the next page's number (`…2022年4月21日1`). */
const SIGN_OFF = new RegExp(`${FULL_DATE.source}\\d{0,3}\\s*$`, 'u');

/** A headline followed by its date in brackets (`…主旨演讲（2022年12月20日）`, a speech): the date is part of the title. */
export function withPrintedDate(title: string, text: string): string {
  const after = text.startsWith(title) ? text.slice(title.length) : '';
  const dated = BRACKETED_DATE_FIRST.exec(after);
  return dated ? title + dated[0] : title;
}

/**
 * A document's own date, where its layout states one: the source line's date; a dateline (a full date
 * opening the body right after the headline); the sign-off that closes a filing (`…董事会2022年10月28日`);
 * a white paper's cover month. Dates of events the text reports are not the document's date.
 */
export function dateOf(text: string, title = '', kind: CollectionKind = 'news'): string | null {
  const published = text.slice(0, 400).match(PUBLISHED_ON);
  if (published) return iso8(published);
  const own = BRACKETED_DATE_LAST.exec(title);
  if (own) return iso8(own);
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  const dateline = DATELINE_FIRST.exec(body);
  // A story told in order from a past date (`2015年7月31日，北京…获得…主办权。2017年12月26日，…`) opens with
  // an event's date, not its own: a later date follows as another past event.
  if (dateline && !laterPastDate(body, iso8(dateline))) return iso8(dateline);
  const signOff = SIGN_OFF.exec(text.slice(-80));
  if (signOff) return iso8(signOff);
  // A reprint names the periodical's issue it appeared in last (`本文刊载于《求是》杂志2022年第13期`): its year.
  const issue = ISSUE_LAST.exec(text.slice(-80));
  if (issue) return issue[1]!;
  const month = kind === 'white-paper' ? text.slice(0, 400).match(YEAR_MONTH) : null;
  return month ? `${month[1]}-${month[2]!.padStart(2, '0')}` : null;
}

const OPENS_WITH_SOURCE_LINE = new RegExp(`^.{0,80}${SOURCE_LINE}`, 'u');
const OPENS_WITH_COPYRIGHT = new RegExp(`^.{0,120}${COPYRIGHT}`, 'u');
/** A title with its edition's year: `…白皮书（2023年）`, `…报告（2023年）`; not one a headline quotes (`中国联通发布《…白皮书（2024年）》`: news). */
const OPENS_WITH_DATED_TITLE = new RegExp(`^[^《]{0,60}?(?:${WHITE_PAPER}|${REPORT})[（(]${YEAR}`, 'u');

/** Refines the cue's kind from the text: a news item with a series header is a series episode, and so on. */
function kindOf(cueKind: CollectionKind, text: string): CollectionKind {
  if (text.startsWith('【')) return 'series';
  if (OPENS_WITH_SOURCE_LINE.test(text)) return 'news';
  if (OPENS_WITH_COPYRIGHT.test(text)) return 'white-paper';
  if (cueKind === 'article' || cueKind === 'announcement') return OPENS_WITH_DATED_TITLE.test(text) ? 'white-paper' : 'news';
  return cueKind;
}

/** Fragments shorter than this (a page number, a back cover's last line) belong to the document before. */
const MIN_DOC_CHARS = 300;

/** A shared opening at least this long means the same article was printed twice. */
const MIN_REPEAT_CHARS = 1000;

/** A difference between two copies this short (a stray `.`, a lost character) is the printing's, not the article's. */
const STRAY_CHARS = 3;
/** How far two copies must agree again after a stray difference for the text to be one article still. */
const AGREE_AGAIN = 20;

/**
 * How much of two copies of one article agree from their start: the length of each, read past stray
 * differences of a few characters where the copies agree again for a stretch after them
 * (`…差异化的智算服务针对…` and `…差异化的智算服务.针对…`).
 */
export function sharedOpening(a: string, b: string): { a: number; b: number } {
  let [i, j] = [0, 0];
  for (;;) {
    while (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    if (i >= a.length || j >= b.length) return { a: i, b: j };
    const again = (x: number, y: number) => x + AGREE_AGAIN <= a.length && y + AGREE_AGAIN <= b.length && a.slice(x, x + AGREE_AGAIN) === b.slice(y, y + AGREE_AGAIN);
    const skips = Array.from({ length: STRAY_CHARS + 1 }, (_, x) => Array.from({ length: STRAY_CHARS + 1 }, (__, y) => [x, y] as const))
      .flat()
      .filter(([x, y]) => x + y > 0)
      .sort((p, q) => p[0] + p[1] - (q[0] + q[1]));
    const skip = skips.find(([x, y]) => again(i + x, j + y));
    if (!skip) return { a: i, b: j };
    [i, j] = [i + skip[0], j + skip[1]];
  }
}

/** Cuts the collection into documents; repeats of a document already seen are dropped and reported. */
/** Page number 1 right after a document's end (its date or its last sentence): the next document's first page. */
const PAGE_ONE_BEFORE = new RegExp(`[${escapeRegExp(grammar.dates.day)}。！？]1$`, 'u');

export function segmentCollection(line: string, removed: RemovalLog): { docs: CollectionDoc[]; duplicates: string[] } {
  const headers = learnRunningHeaders(line);
  const pieces: { offset: number; kind: CollectionKind; raw: string; pageOne?: boolean }[] = [];
  // A document's first page number printed right before its title, after the document before ends
  // (`…日期2020年4月22日` + `1` + `中国联合网络通信股份有限公司董事会审计委员会…`): the page is the new
  // document's; its number is taken out and counted.
  const starts = findDocumentStarts(line).map((s, k) => (k > 0 && PAGE_ONE_BEFORE.test(line.slice(Math.max(0, s.offset - 2), s.offset)) ? { ...s, offset: s.offset - 1, pageOne: true } : { ...s, pageOne: false }));
  // A piece too short to be a document belongs to a neighbour: the top of the next white paper's cover
  // (the publishers a cover prints above its date) when a cover follows, else the end of the one before.
  let carried: { offset: number; raw: string; pageOne: boolean } | null = null;
  starts.forEach(({ offset, kind, pageOne }, k) => {
    const raw = line.slice(offset, starts[k + 1]?.offset ?? line.length);
    const last = pieces.at(-1);
    if (carried) {
      pieces.push({ offset: carried.offset, kind, raw: carried.raw + raw, pageOne: carried.pageOne });
      carried = null;
    } else if (last && raw.replace(/\s+/gu, '').length < MIN_DOC_CHARS) {
      if (starts[k + 1]?.kind === 'white-paper' && !/[。！？]/u.test(raw)) carried = { offset, raw, pageOne };
      else last.raw += raw;
    } else pieces.push({ offset, kind, raw, pageOne });
  });
  if (carried) pieces.at(-1)!.raw += (carried as { raw: string }).raw;
  const docs: CollectionDoc[] = [];
  const duplicates: string[] = [];
  for (const { offset, kind, raw: printed, pageOne } of pieces) {
    if (pageOne) recordRemoval(removed, 'page-number', printed.slice(0, 1));
    const raw = pageOne ? printed.slice(1) : printed;
    const kindHere = kindOf(kind, raw);
    const title = withPrintedDate(titleOf(kindHere, raw), raw);
    const text = headers ? stripRunningHeaders(raw, headers, (m) => recordRemoval(removed, 'running-header', m)) : raw;
    // The same article printed twice: a long common opening is that article. Publish it once, from
    // the first copy, and let what follows each copy (other articles) stand as documents of their own.
    const twin = docs.findIndex((d) => d.title === title);
    const common = twin >= 0 ? sharedOpening(docs[twin]!.text, text) : { a: 0, b: 0 };
    if (common.a >= MIN_REPEAT_CHARS) {
      const first = docs[twin]!;
      duplicates.push(title);
      recordRemoval(removed, 'duplicate-document', text.slice(0, common.b));
      const restOfFirst = first.text.slice(common.a);
      docs[twin] = { ...first, text: first.text.slice(0, common.a) };
      for (const [rest, at] of [[restOfFirst, first.start + common.a], [text.slice(common.b), offset + common.b]] as const) {
        // A rest that starts mid-sentence is the copies' differing tail of the same article: it stays with it.
        if (rest.replace(/\s+/gu, '').length >= MIN_DOC_CHARS && !/^[。，、；：！？.,;:!?）」”]/u.test(rest)) docs.push({ title: titleOf('news', rest), kind: 'news', date: dateOf(rest, titleOf('news', rest)), text: rest, start: at });
        else docs[twin]!.text += rest;
      }
      continue;
    }
    // The notes at the foot of its pages stand right before the headers the text loses here.
    const notes = headers ? pageNotes(raw, headers, kindHere === 'white-paper') : [];
    docs.push({ title, kind: kindHere, date: dateOf(text, title, kindHere), text, start: offset, ...(notes.length ? { notes } : {}) });
  }
  return { docs: docs.sort((a, b) => a.start - b.start), duplicates };
}

/** A short sentence after a quotation: the one naming its speaker (`杜永红说。`, `党员李宪感慨道。`). */
const SPEAKER = /^[^。！？“”「」]{1,16}[。！？]/u;

/** A sentence that leans on the one before it (collection.yml leansBack). */
const LEANS_BACK = new RegExp(`^(?:${alternation(words.leansBack)})`, 'u');

/** Splits `text` after a sentence end (。！？) near every `size` characters. */
export function splitAtSentences(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // After a sentence's end and the closing quotes or brackets that belong to it (`。”`); where no
      // sentence ends (a flattened table), between two characters of words, never inside a number.
      // A question or exclamation inside a quoted title (`《…如何打？怎么赢？》；`) is no sentence's end when
      // the sentence goes on after it.
      const window = text.slice(end, end + size);
      // A quotation that ends a sentence keeps the short sentence naming its speaker after it
      // (`…啃下来！”` + `她在团队会议上坚定地说道。`).
      const stops = [...window.matchAll(/[。！？][”’」』）)】》。！？]*/gu)].filter((m) => {
        const after = m.index + m[0].length;
        return !/[；，、：;,:]/u.test(window[after] ?? '') && !(/[”」』]$/u.test(m[0]) && SPEAKER.test(window.slice(after)));
      });
      // Not inside a quotation of several sentences (`“…保障善治。推进科学立法…”`) where a stop outside one comes.
      const quoted = (m: RegExpMatchArray) => {
        const before = text.slice(start, end + m.index! + m[0].length);
        return (before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0);
      };
      // Not before a sentence that leans on this one (`但…`, `这…`, `其中…`) where another stop is near.
      const leans = (m: RegExpMatchArray) => LEANS_BACK.test(text.slice(end + m.index! + m[0].length));
      const stop = stops.find((m) => !quoted(m) && !leans(m)) ?? stops.find((m) => !quoted(m)) ?? stops[0];
      if (stop) end += stop.index + stop[0].length;
      else {
        // In a flattened table, between a cell's words and the figure after them (`人民币普通股` |
        // `11,399,724,220`), which keeps a figure with its unit, rather than inside a word (`人民币普通` | `股`).
        const rest = text.slice(end + size, end + 2 * size);
        const soft = /\p{Script=Han}(?=\d)/u.exec(rest) ?? /\p{Script=Han}(?=\p{Script=Han})/u.exec(rest);
        end = soft ? end + size + soft.index + 1 : Math.min(text.length, end + size);
      }
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
