// A body written in numbered items (`一、…`, `（一）…`, `1.…`, `亮点一：…`, `第一章：…`): each item's
// heading runs straight into its text on the collection's one line, so an item is a heading only where
// its end shows: right before the text opens an enumeration (`一是…`), a dated sentence (`2024年6月17日，`),
// the company or a branch, or names the heading's topic again (`第一章：义乌——…` + `义乌，这座…`). A run may
// stand under a heading of its own, three phrases set apart by commas (runParents).
import { numeralValue } from '../text/numerals.ts';
import { definedEnd } from './defining-headings.ts';
import { printedAlike } from '../report/parallel-headings.ts';
import { alternation, classMembers, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { grammar, names, collection: words } = vocabulary;
const NUMERAL = `[${classMembers(grammar.numerals)}]{1,2}`;
const { year: Y, month: M, day: D } = grammar.dates;

/** A numbered item: where it starts in the text, and its heading (its number included) where its end shows. */
export interface NumberedItem {
  at: number;
  heading: string | null;
  /** The run the item belongs to (items numbered 1, 2, 3… in one way), counted through the text. */
  run?: number;
  /** One level below the headings around it: an item of a run under its own unnumbered heading. */
  below?: true;
  /** The way it is numbered, by its index in the numberings searched. */
  numbering?: number;
  /** Characters of its number (`（三）`: 3), where its words start. */
  numberLength?: number;
}

/** An item opens the text or follows a sentence's end (or `after`: a table's last figure, `…12.25%7.资产负债情况`). */
const itemStarts = (numberings: readonly string[], after = '', glued = ''): RegExp[] => numberings.map((n) => new RegExp(`(?<=^|[。！？”${after}]${glued})${n}`, 'gu'));

/** A phrase of a run's heading: three characters or more without a mark. */
const HEAD_PHRASE = '[^，。！？；：、]{3,24}';
/**
 * A run's heading of three phrases set apart by commas, right after a sentence's end, which the run's
 * first item follows without one (`…美好期许。提升“战斗力”，以党建为引领，强化队伍建设` + `一、强健…`): runParents
 * reads it. Only a first item counts so (numberedItems).
 */
const GLUED_RUN_HEAD = `|(?:^|[。！？])${HEAD_PHRASE}(?:，${HEAD_PHRASE}){2}`;

/** Parts numbered by an ordinal and what it counts, a colon after (`第一篇章：`): the only runs a prologue stands before. */
const ORDINAL_PARTS = `${escapeRegExp(grammar.ordinal)}(${NUMERAL})(?:${alternation(words.itemNumbering.ordinalUnits)})[：:]`;
/** A prologue printed before a run's first item, after a sentence's end (`开篇：`). */
const PROLOGUE = new RegExp(`(?<=[。！？”])(?:${alternation(words.itemNumbering.prologues)})[：:]`, 'gu');

/** Whether item `m` follows the words before it without a sentence's end (GLUED_RUN_HEAD), where its layout lets a run's heading run into it. */
const glued = (text: string, m: RegExpExecArray, layout: ItemLayout): boolean => layout.runHeadGlued === true && m.index > 0 && !/[。！？”]/u.test(text[m.index - 1]!);

/** Where an item numbered in any of a news body's ways starts in `text`. */
const numberedAt = (text: string): number[] => NUMBERINGS.flatMap((r) => [...text.matchAll(r)].map((m) => m.index));

/** The ways a body numbers its items, each capturing the number. */
const NUMBERINGS = itemStarts(
  [
    `(${NUMERAL})、`,
    `（(${NUMERAL})）`,
    // Not a figure opening a sentence (`1.2亿户…`); a generation's name may follow (`1.5G网络…`).
    `(?<!\\d)(\\d{1,2})[.．](?!\\d(?![A-Za-z]))`,
    `(?:${alternation(words.itemNumbering.labels)})(${NUMERAL})[：:]`,
    ORDINAL_PARTS,
    // Figures with a list's comma or in brackets (`1、`, `（1）`), as other sites number their items.
    `(?<!\\d)(\\d{1,2})、`,
    `（(\\d{1,2})）`,
  ],
  '',
  GLUED_RUN_HEAD,
);
/** Where ORDINAL_PARTS stands among NUMBERINGS. */
const PARTS_NUMBERING = NUMBERINGS.findIndex((r) => r.source.endsWith(ORDINAL_PARTS));

/**
 * The ways a results report's management discussion numbers its parts, levels in the order the text
 * first uses them: `1.整体业绩`, `（一）`, `1）网间结算成本`, and a bare number its line set apart from the
 * name (`2固网宽带`, printed `2 固网宽带`; not a figure: a single digit before a word).
 */
const NARRATIVE_NUMBERINGS = [
  ...itemStarts([`(?<!\\d)(\\d{1,2})[.．](?!\\d)`, `（(${NUMERAL}|\\d{1,2})）`], '%'),
  // A number closed by a half bracket also follows the name of the part it is in (`4.盈利水平1）税前利润…`).
  new RegExp(`(?<=^|[。！？”%]|\\p{Script=Han})(?<![（(])(\\d{1,2})[）)](?=\\p{Script=Han})`, 'gu'),
  // A bare number is no figure's: not before a unit (`1月，…`, `3家`).
  ...itemStarts([`(\\d)(?![${classMembers(words.notNoteAfter)}])(?=\\p{Script=Han})`], '%'),
];

/**
 * Where an item's text opens, which ends its heading: an enumeration's first point (`一是`), the company
 * or a province's branch as its subject (not after a verb that makes it an object: `打造中国联通首个…`,
 * collection.yml itemSubjectNotAfter), or a dated sentence (`2022年12月15日下午，`).
 */
export const TEXT_OPENING = new RegExp(
  [
    `${grammar.numerals[0]}${escapeRegExp(words.bodyOpenings.copula)}`,
    `(?<!${alternation(words.itemSubjectNotAfter)})(?:${alternation([names.company.short, ...names.provinces.map((p) => p + names.company.brand)])})`,
    `(?<![${classMembers([...words.datelines.notAfter, Y])}\\d])(?:\\d{4}${Y}(?:\\d{1,2}${M}(?:\\d{1,2}${D})?)?|\\d{1,2}${M}\\d{1,2}${D})(?:${alternation(words.partsOfDay)})?，`,
  ].join('|'),
  'gu',
);

/**
 * A framing clause closed by its comma (`在全球数字化浪潮的推动下，`, `作为服务数字中国云计算的国家队，`), a
 * comparison (`与消费互联网业务规模化经营方式不同，`), or a
 * usual opening phrase of a news body (`当前`, `近年来`). Such words also lead clauses inside a sentence
 * (`正在…，`), so this end counts only for a heading of at most CLAUSE_HEADING_CHARS characters.
 */
const { comparisons } = words.bodyOpenings;
/** A framing clause closed by its comma (`面对行业发展的新挑战，`): shared by CLAUSE_OPENING and RUN_IN_OPENING. */
const FRAMING = `(?:${alternation(words.bodyOpenings.clauseOpeners)})[^，。！？：；“”]{2,24}，`;
export const CLAUSE_OPENING = new RegExp(
  `${FRAMING}|(?:${alternation(comparisons.opens)})[^，。！？：；“”]{2,24}(?:${alternation(comparisons.closes)})，|(?:${alternation(words.bodyOpenings.phrases)})`,
  'gu',
);
const CLAUSE_HEADING_CHARS = 24;
const CLAUSE_AT = new RegExp(CLAUSE_OPENING.source, 'uy');
/** Whether a framing clause or a usual opening phrase starts at `k`. */
const opensClause = (text: string, k: number): boolean => {
  CLAUSE_AT.lastIndex = k;
  return CLAUSE_AT.test(text);
};

/**
 * Where a part of a results report's management discussion opens its text: besides a news item's
 * openings (TEXT_OPENING), the year it reports on, comma or none (`1.概述2020年公司…`; a name in Latin
 * letters may carry its note's marker before it, which opens the text: `5.EBITDA1` + `2020年上半年，…`), a part one
 * level down (`4.盈利水平1）税前利润…`), or a time word and its comma (`年内，`, collection.yml
 * results.discussionOpenings).
 */
const NARRATIVE_OPENING = new RegExp(
  `${TEXT_OPENING.source}|(?<!\\d)\\d{4}${Y}|(?<=[A-Za-z])\\d(?=\\d{4}${Y})|(?<!\\d)\\d{1,2}[）)](?=\\p{Script=Han})|(?<![\\d${Y}])(?:${alternation(words.results.discussionOpenings)})[^，。！？]{0,12}，`,
  'gu',
);

/** A results report's management discussion: its parts' names may be short (`1．概述`). */
export const NARRATIVE_ITEMS: ItemLayout = { numberings: NARRATIVE_NUMBERINGS, opening: NARRATIVE_OPENING, minTitle: 2, framed: false, names: words.results.discussionNames, phrasesAlike: true };

/** A run-in head's two phrases: the first (an action) at least `min` characters, the second (its outcome) at least `outcome`; at most `first`, `second`. */
const RUN_IN = { min: 4, outcome: 6, first: 16, second: 20 };
const RUN_IN_FIRST = new RegExp(`^(?!\\d{4})[^，。！？；：（）]{${RUN_IN.min},${RUN_IN.first}}，`, 'u');
const IN_PHRASE = /[，。！？；：、（）]/u;
/**
 * Where a run-in head's text opens: a part's openings, or the company as the report names it, the
 * subject of its sentence: not the end of a longer name (`子公司`, `分公司`, `有限公司`, `互联网公司`:
 * collection.yml results.subjectNotAfter) nor a word before a possessive (`与互联网公司的线上触点`: an
 * object; results.subjectNotBefore); or the regulator as its subject (`工信部已于…`; names.yml), not
 * after a verb or preposition that makes it an object (`配合工信部`; results.regulatorNotAfter); or a
 * framing clause the company follows as its subject (`面对行业发展的新挑战，公司…`: a clause alone also
 * frames a head's own second phrase).
 */
export const RUN_IN_OPENING = new RegExp(
  `${NARRATIVE_OPENING.source}|(?<![${classMembers(words.results.subjectNotAfter)}])${escapeRegExp(words.results.subject)}(?![${classMembers(words.results.subjectNotBefore)}])|(?<!${alternation(words.results.regulatorNotAfter)})(?:${alternation(names.regulator)})|${FRAMING}(?=${escapeRegExp(words.results.subject)})`,
  'uy',
);

/**
 * Where a run-in head at `p` ends, or -1: a management discussion heads its paragraphs with two phrases
 * set apart by a comma (`巩固混改成果，发展红利持续迸发` + `公司不断探索…`; `5G网络共建共享顺利推进，高效提升竞争力和价值` +
 * `2020年上半年，…`), its text opening right after the second (NARRATIVE_OPENING, or the company named as
 * the report names it, `公司`, or the regulator: RUN_IN_OPENING).
 */
export function runInHeadEnd(text: string, p: number): number {
  const first = RUN_IN_FIRST.exec(text.slice(p, p + RUN_IN.first + 1));
  if (!first) return -1;
  for (let e = p + first[0].length + RUN_IN.outcome; e <= Math.min(text.length, p + first[0].length + RUN_IN.second); e++) {
    const title = text.slice(p, e);
    if (IN_PHRASE.test(title.slice(first[0].length))) break;
    RUN_IN_OPENING.lastIndex = e;
    // A head names no figure and not the company (`利润总额达到人民币160亿元，…`, `经充分考虑公司的…`: a sentence's clauses).
    if (RUN_IN_OPENING.test(text) && !OPEN_END.test(title) && closesQuotes(title) && !/\d{2}/u.test(title) && !title.includes(words.results.subject)) return e;
  }
  return -1;
}

/** A title of two phrases so far: a comma, then a second phrase of some length (`拥抱创新，释放全新增长空间`, not `深化改革，持续`). */
const SECOND_PHRASE = /，[^，]{4,}$/u;

/** Characters of a heading's words, its number left out. */
const TITLE_CHARS = { min: 4, max: 60 };
/** A heading never ends on these: the clause goes on (a mark, or a word that leads into what follows, `在`, `的`). */
const OPEN_END = new RegExp(`[，、：；（“《${classMembers(words.headlines.neverEndsWith)}]$`, 'u');
/** The topic a heading names first, before a colon or a dash: `义乌——全球小商品市场的璀璨明珠`, `中国品牌日：…`;
 *  or a term in Latin letters it opens with, a word by its script (`5G提升社会治安治理效能` + `5G助力…`). */
const TOPIC_FIRST = /^([^：—，、“”（）]{2,8})(?:：|——)|^(\d*[A-Za-z][A-Za-z\d-]*)(?=\p{Script=Han})/u;
/** An item's number, in digits or numerals (`3.`, `三、`). */
const numberOf = (m: RegExpExecArray): number | null => (/\d/u.test(m[1]!) ? Number(m[1]) : numeralValue(m[1]!));
/**
 * An item's title printed with a colon after it (`一、厅内设施“适老化”改造的细致入微：一踏入…`): at least this
 * many characters, without a mark, before the colon. A topic named first is shorter (TOPIC_FIRST, at most
 * 8; `历史背景与社会需求：通信滞后与改革呼唤` goes on after its colon).
 */
const COLON_TITLE = new RegExp(`^[^，。！？；：、（）]{12,${TITLE_CHARS.max}}：`, 'u');
/** A title's subtitle after its colon: a short phrase without marks (`实践与成效`). */
const SUBTITLE = /^[^，。！？；：、（）“”]+$/u;
const SUBTITLE_CHARS = { min: 4, max: 12 };
/** A usual opening phrase of a news body closed right after by its comma (`近年来，`), where a subtitle ends. */
export const PHRASE_CLOSED = new RegExp(`(?:${alternation(words.bodyOpenings.phrases)})，`, 'uy');
/** A list after a colon: an enumeration's first point (`一是`) or items set apart by `、` before the clause ends. */
const LIST_AFTER = new RegExp(`^(?:${grammar.numerals[0]}${escapeRegExp(words.bodyOpenings.copula)}|[^，。！？；]*、)`, 'u');
/** A heading closes the quotations it opens (`"` is printed for both ends). */
const closesQuotes = (h: string) => (h.match(/“/gu)?.length ?? 0) === (h.match(/”/gu)?.length ?? 0) && (h.match(/"/gu)?.length ?? 0) % 2 === 0;

/** How a kind of text numbers its items and where an item's text opens, which ends its heading. */
export interface ItemLayout {
  numberings: readonly RegExp[];
  /** Where the text opens (global). */
  opening: RegExp;
  /** Characters of a heading's words at least. */
  minTitle: number;
  /**
   * Whether a framing clause (`在…，`, `为…，`) may open the text: a news body's way, not a results report's,
   * whose headings are bare names; a title of two phrases ends before one either way
   * (`（三）拥抱创新，释放全新增长空间` + `在确保稳定发展的基础之上，…`).
   */
  framed: boolean;
  /**
   * The usual names of the items (a management discussion's parts): an item so named whose end does
   * not show, or whose heading runs on into two phrases (the run-in head of its first paragraph), ends
   * after its name.
   */
  names?: readonly string[];
  /**
   * Whether an item whose end does not show ends as a found sibling of two phrases does, where its own
   * first phrase is as long (a results report's titled parts: `（三）拥抱创新，释放全新增长空间` found,
   * `（二）着眼未来，潜心耕耘基础能力` + `网络是…` not). News runs print two-phrase titles of many lengths.
   */
  phrasesAlike?: boolean;
  /** Whether a run's heading may run straight into its first item (GLUED_RUN_HEAD, in the numberings' lookbehind): a news body's way. */
  runHeadGlued?: boolean;
}

/**
 * A usual name goes on where a comma or a joining word follows it: a title of two phrases whose first is
 * the name (`（三）混合所有制改革，机制体制变革…`), a longer name (`网络建设与运营`; collection.yml
 * results.discussionNameJoins).
 */
const NAME_GOES_ON = new RegExp(`^[，${classMembers(words.results.discussionNameJoins)}]`, 'u');

/** The longest of `names` that `words` start with. */
export const nameOpening = (words: string, names: readonly string[]): string | undefined =>
  names.filter((n) => words.startsWith(n)).sort((a, b) => b.length - a.length)[0];

/** A title of two phrases, each of 4 to 12 characters (`算力规模快速提升，供给结构持续优化`). */
const TWO_PHRASES = '[^，。！？；：、]{4,12}，[^，。！？；：、]{4,12}';
/**
 * Where a numbered item's text opens: besides TEXT_OPENING, a year without its comma after a title of
 * two phrases (`2.打造区块链赋能平台，促进区块链应用推广` + `2018年国内…`), or a quotation opening with a
 * framing clause or a usual opening phrase (`…为数字中国添砖加瓦` + `"在中国联通生态合作伙伴大会上，“…`):
 * a title quotes terms and slogans (`“匠心网络，贴心服务”`), not a sentence's frame.
 */
const ITEM_OPENING = new RegExp(`${TEXT_OPENING.source}|(?<=^${TWO_PHRASES})(?<![\\d${Y}])\\d{4}${Y}|[“"](?=${CLAUSE_OPENING.source})`, 'gu');

/** A news article's or a white paper's items. */
const NEWS_ITEMS: ItemLayout = { numberings: NUMBERINGS, opening: ITEM_OPENING, minTitle: TITLE_CHARS.min, framed: true, runHeadGlued: true };

/**
 * A text's numbered items, each with its heading. Items count where they run in order (1, 2, 3…; a
 * new run starts at 1) and a run has at least two; each item's heading ends where its text opens,
 * within its first sentence. An item whose end does not show has no heading: it opens a paragraph.
 */
export function numberedItems(text: string, layout: ItemLayout = NEWS_ITEMS): NumberedItem[] {
  const { numberings, opening: textOpening, minTitle } = layout;
  const found: NumberedItem[] = [];
  let runCount = 0;
  const prologues = [...text.matchAll(PROLOGUE)];
  // Items numbered any way, read once where a prologue may stand before a run.
  const anyNumbered = prologues.length > 0 ? numberedAt(text) : [];
  const numberedBetween = (from: number, to: number) => anyNumbered.some((at) => at > from && at < to);
  for (const [index, numbering] of numberings.entries()) {
    const runs: RegExpExecArray[][] = [];
    for (const m of text.matchAll(numbering)) {
      const run = runs.at(-1);
      const last = run?.at(-1);
      // Only a run's first item follows its heading without a sentence's end (GLUED_RUN_HEAD), and not while
      // the run before waits for its second (`…入选第一、第二批…` inside the first item's text).
      if (glued(text, m, layout) && (numberOf(m) !== 1 || run?.length === 1)) continue;
      if (numberOf(m) === 1) runs.push([m]);
      else if (run && last && numberOf(m) === (numberOf(last) ?? NaN) + 1) run.push(m);
    }
    for (const numbered of runs.filter((r) => r.length >= 2)) {
      runCount++;
      // A prologue labelled so (`开篇：` before `第一篇章：`), at a sentence's start near the run's first item, is headed like its items.
      const first = numbered[0]!.index;
      const prologue = numbering === NUMBERINGS[PARTS_NUMBERING] ? prologues.filter((p) => p.index < first && p.index >= first - RUN_PARENT_REACH && !numberedBetween(p.index, first)).at(-1) : undefined;
      const run = prologue ? [prologue, ...numbered] : numbered;
      for (const m of run) {
        const from = m.index + m[0].length;
        const sentence = /^[^。！？]*/u.exec(text.slice(from))![0].slice(0, TITLE_CHARS.max + 1);
        textOpening.lastIndex = minTitle;
        const opening = textOpening.exec(sentence)?.index ?? -1;
        // A heading that names its topic first (`义乌——…`, `中国品牌日：…`) ends where its text names it again.
        const topicMatch = TOPIC_FIRST.exec(sentence);
        const topic = topicMatch?.[1] ?? topicMatch?.[2];
        // A term in Latin letters is named again as a whole word (`5G助力`, not `5G-A`).
        const named = topic ? new RegExp(`${topicMatch?.[2] ? '(?<![A-Za-z\\d])' : ''}${escapeRegExp(topic)}${topicMatch?.[2] ? '(?![A-Za-z\\d-])' : ''}`, 'gu') : null;
        if (named) named.lastIndex = Math.max(TITLE_CHARS.min, topic!.length + 1);
        const again = named?.exec(sentence)?.index ?? -1;
        // Each place a framing clause may open (one may start inside another: `为车联网…位于西非西岸的几内亚，`).
        const framed: number[] = [];
        for (let k = TITLE_CHARS.min; m[0].length + k <= CLAUSE_HEADING_CHARS && k < sentence.length; k++) if ((layout.framed || SECOND_PHRASE.test(sentence.slice(0, k))) && opensClause(sentence, k)) framed.push(k);
        // A title printed with its colon ends there, the colon printed with it; not a colon that introduces
        // a list (`…设置三个环节：初赛、复赛和决赛`, `…从三个方面发力：一是…`).
        const colonAt = COLON_TITLE.exec(sentence)?.[0].length ?? -1;
        const colon = colonAt >= 0 && LIST_AFTER.test(sentence.slice(colonAt)) ? -1 : colonAt;
        // The earliest end that leaves a whole heading (a framing word may stand inside it: `精准施策，为智能制造…`):
        // the text's opening or the colon first, a framing clause or the topic named again only where neither
        // ends it (`一、坚持以客户为中心，全面提升服务品质` + `2024年5月，`: `以…，` frames no text there).
        const whole = (ends: number[]) =>
          ends
            .filter((k) => k >= 0)
            .sort((a, b) => a - b)
            .map((end) => text.slice(m.index, from + end))
            .find((h) => (h.length === m[0].length + colon || !OPEN_END.test(h)) && closesQuotes(h)) ?? null;
        // A title may print a short subtitle after its colon (`一、强健“双培养一输送”机制：实践与成效` + `近年来，…`):
        // where a usual opening phrase closed by its comma follows a subtitle without marks, the title ends
        // there, not at its colon (not before a subject or a frame: `…：记者` + `从中国联通获悉，`, `…：数据显示` + `我国…`).
        const subtitled: number[] = [];
        for (let k = colon + SUBTITLE_CHARS.min; colon >= 0 && k <= Math.min(sentence.length, colon + SUBTITLE_CHARS.max); k++) {
          PHRASE_CLOSED.lastIndex = k;
          if (SUBTITLE.test(sentence.slice(colon, k)) && PHRASE_CLOSED.test(sentence)) subtitled.push(k);
        }
        // Where the text opens by defining a term the heading names (`1.打造人工智能赋能平台，…` + `人工智能赋能平台是…`).
        const defined = definedEnd(sentence, 0, minTitle);
        const ended = whole(subtitled) ?? whole([opening, colon, defined]) ?? whole([again, ...framed]);
        const name = layout.names ? nameOpening(sentence, layout.names) : undefined;
        const goesOn = name !== undefined && NAME_GOES_ON.test(sentence.slice(name.length, name.length + 1));
        const heading = name !== undefined && !goesOn && (ended === null || ended.slice(m[0].length).includes('，')) ? text.slice(m.index, from + name.length) : ended;
        found.push({ at: m.index, heading, run: runCount, numbering: index, numberLength: m[0].length });
      }
      const items = found.slice(-run.length);
      inParallelWithSiblings(text, run, items, layout.phrasesAlike ?? false);
      // A first item glued to the words before it, or a prologue, is one only where its heading shows
      // (`…全国统一、开放、有序…`; `开篇：他首先回顾了…`, reporting a lecture's opening); a prologue is printed like
      // the run's items, of two phrases where their titles are (not `开篇：纪录片以` + `中国联通…`).
      const phrased = (i: NumberedItem) => i.heading?.slice(i.numberLength ?? 0).includes('，') ?? false;
      const unlike = prologue !== undefined && !phrased(items[0]!) && items.slice(1).every((i) => i.heading === null || phrased(i));
      if (((prologue || glued(text, run[0]!, layout)) && items[0]!.heading === null) || unlike) found.splice(found.length - run.length, 1);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * An item whose end does not show, printed in parallel with a sibling whose heading is found (`一、以数字新基建筑牢网络强国基石`
 * beside `三、以数实新融合深化网络强国实践`: one length, half its characters or more in the same places), or
 * following the places its found siblings of one length all share (followsTemplate), ends at that
 * length: parallel titles are a run's way of printing its headings. An item found so is a sibling for
 * the others, in passes until none is added. `items` are the run's, in order, changed in place.
 */
function inParallelWithSiblings(text: string, run: readonly RegExpExecArray[], items: NumberedItem[], phrasesAlike: boolean): void {
  for (let added = true; added; ) {
    added = false;
    const found = items.flatMap((item, k) => (item.heading ? [[...item.heading].slice(run[k]![0].length).join('')] : []));
    items.forEach((item, k) => {
      if (item.heading) return;
      const from = run[k]!.index + run[k]![0].length;
      const sentence = [.../^[^。！？]*/u.exec(text.slice(from))![0]];
      const heading = found
        .map((t) => ({ t, own: sentence.slice(0, [...t].length).join('') }))
        // Not where the title goes on past a joining word (`二、加强宣传引导` + `和舆论监督`).
        .find(({ t, own }) => [...own].length === [...t].length && sentence.length > [...t].length && !NAME_GOES_ON.test(sentence[[...t].length]!) && (printedAlike(own, t) || followsTemplate(own, found) || (phrasesAlike && samePhrases(own, t))) && !OPEN_END.test(own) && closesQuotes(own));
      if (!heading) return;
      item.heading = text.slice(run[k]!.index, from + heading.own.length);
      added = true;
    });
  }
}

/** Whether two titles are each two phrases of the same lengths, set apart by one comma (`拥抱创新，释放全新增长空间`, `着眼未来，潜心耕耘基础能力`). */
function samePhrases(own: string, t: string): boolean {
  const [a, b] = [own, t].map((x) => x.split('，').map((p) => [...p].length));
  return a!.length === 2 && b!.length === 2 && a![0] === b![0] && a![1] === b![1] && a![0]! >= TITLE_CHARS.min;
}

/** A run's template: at least this many found siblings of one length, sharing at least this many places (an item prints all but one). */
const TEMPLATE = { siblings: 2, places: 5 };

/**
 * Whether `own` prints, but for one, the characters that all its run's found titles of its length print
 * in one place (`以数字新基建筑牢网络强国基石`, `以数字新科技增强网络强国动能`, `以数实新融合深化网络强国实践`
 * share `以数·新····网络强国··`; `以安全新防线构建网络强国屏障` follows it though it shares under half with each).
 */
function followsTemplate(own: string, titles: readonly string[]): boolean {
  const chars = [...own];
  const same = titles.map((t) => [...t]).filter((t) => t.length === chars.length);
  if (same.length < TEMPLATE.siblings) return false;
  const places = chars.flatMap((_, k) => (same.every((t) => t[k] === same[0]![k]) ? [k] : []));
  return places.length >= TEMPLATE.places && places.filter((k) => chars[k] !== same[0]![k]).length <= 1;
}

/** Where a sentence starts in the collection's running text: after its end, past closing quotation marks. */
export const SENTENCE_START = /(?<=[。！？])(?![”’）])|(?<=[。！？]”)/gu;

/** How far before a run's first item its unnumbered heading may stand (its introduction between). */
const RUN_PARENT_REACH = 600;
/**
 * A framing clause of some length closed by its comma (`在北区党建工作的深入实践中，`); a short one (`为抓手，`)
 * is a phrase's end, and one opened by 在 frames only where it closes so (`…中，`, collection.yml
 * frameCloses; `推动举措在基层落地见效，` places an action).
 */
const { clauseOpeners, frameCloses } = words.bodyOpenings;
const FRAMING_CLAUSE = new RegExp(
  `(?:${alternation(clauseOpeners.filter((o) => o !== words.datelines.sceneFrame.before))})[^，。！？：；“”]{5,24}，|${escapeRegExp(words.datelines.sceneFrame.before)}[^，。！？：；“”]{4,23}(?:${alternation(frameCloses)})，`,
  'gu',
);
/** A run's heading names no subject: the company, a branch or `公司` opens a sentence (`公司聚焦客户需求，…`). */
const SUBJECT_FIRST = new RegExp(`^(?:${alternation([names.company.short, ...names.provinces.map((p) => p + names.company.brand), words.results.subject])})`, 'u');
/** A heading of parts: three phrases, each of three or more characters, set apart by commas. */
const PARTS = /^[^，。！？；：、]{3,}(?:，[^，。！？；：、]{3,}){2}$/u;

/**
 * The unnumbered heading over a run of numbered items (`找准“结合点”，以项目为抓手，强化示范引领` over
 * `一、创新驱动，…` and `二、融合发展，…`): at a sentence's start between the run's first item and the
 * item before, a heading of three phrases set apart by commas (two-phrase sentences are too common in
 * the text to tell from headings), which ends where a framing clause
 * opens its text (`在北区党建工作的深入实践中，`) or where the first item follows at once; the nearest such
 * sentence wins. Returns `items` with those headings added and their runs' items set one level below.
 */
export function runParents(text: string, items: readonly NumberedItem[]): NumberedItem[] {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const parents: NumberedItem[] = [];
  const under = new Set<number>();
  sorted.forEach((item, k) => {
    if (!item.heading || item.run === undefined || sorted.findIndex((i) => i.run === item.run) !== k) return;
    const previous = sorted[k - 1];
    const from = Math.max(previous ? previous.at + (previous.heading?.length ?? 1) : 0, item.at - RUN_PARENT_REACH);
    const starts = [...text.slice(from, item.at).matchAll(SENTENCE_START)].map((x) => from + x.index).reverse();
    for (const p of starts) {
      const sentence = text.slice(p, item.at);
      const clause = [...sentence.matchAll(FRAMING_CLAUSE)].find((c) => c.index > 0)?.index;
      const end = /^[^。！？]*$/u.test(sentence) ? sentence.length : clause;
      if (end === undefined) continue;
      const heading = sentence.slice(0, end);
      if ([...heading].length > CLAUSE_HEADING_CHARS || !PARTS.test(heading) || OPEN_END.test(heading) || !closesQuotes(heading) || SUBJECT_FIRST.test(heading)) continue;
      parents.push({ at: p, heading });
      under.add(item.run);
      break;
    }
  });
  return [...sorted.map((i) => (i.run !== undefined && under.has(i.run) ? { ...i, below: true as const } : i)), ...parents].sort((a, b) => a.at - b.at);
}

