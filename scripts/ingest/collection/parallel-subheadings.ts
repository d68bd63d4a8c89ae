// Sub-headings a news article prints in parallel: on the collection's one line each is glued between
// the sentence before it and the paragraph it heads (`…播撒在每一个角落。科技春风温暖银发岁月“阿叔，…`), so
// one alone cannot be told from the start of a sentence. A set can: three or more titles of one length,
// each right after a sentence's end and right before a usual opening of a paragraph (a motto among them), spread through
// the article (`科技春风温暖银发岁月`, `筑牢防线守护财产安全`, `播撒希望共绘田园新篇`, `绿色行动保卫美好家园`).
import type { NumberedItem } from './items.ts';
import { TEXT_OPENING, CLAUSE_OPENING, SENTENCE_START, PHRASE_CLOSED } from './items.ts';
import { NOT_IN_TITLE } from './defining-headings.ts';
import { alternation, classMembers, vocabulary } from '../vocabulary.ts';

const { names, collection: words } = vocabulary;

/** At least this many titles of one length make a set. */
const MIN_SET = 3;
/** Titles of a set stand at least this far apart (characters): each heads a paragraph or more. */
const MIN_APART = 150;
/** A title's length, in characters. */
const TITLE = { min: 6, max: 24 };
/** Each part of a title of two parts (`聚合生态优势，提供敏捷交付`) has at least this many characters. */
const MIN_PART = 4;

const FUNCTION_WORD = new RegExp(`[${classMembers(words.parallelSubheadings.neverHold)}]`, 'u');
/** A quotation that holds a sentence's or clause's end opens a paragraph (`“阿叔，手机打车的步骤…”`). */
const QUOTED_SPEECH = /“[^”]{0,60}[，。！？]/uy;
/** The company's short name, which an end must not split (`…，中国` + `联通…`). */
const COMPANY = names.company.short;

/** A motto of two parallel phrases, a sentence of its own, that opens a paragraph (`智驭低空，网联未来。`, `时空大模型，智联新世界。`). */
const MOTTO = /\p{Script=Han}{4,5}，\p{Script=Han}{4,5}。/uy;

const sticky = (r: RegExp) => new RegExp(r.source, 'uy');
/** A news body's usual openings of a paragraph: an enumeration, the company or a branch, a date, a framing clause or usual phrase, a quoted speech, a motto. */
const NEWS_OPENINGS = [sticky(TEXT_OPENING), sticky(CLAUSE_OPENING), QUOTED_SPEECH, MOTTO];

/** Whether a paragraph opens at `e`, by one of `openings` (sticky). */
function opensParagraph(text: string, e: number, openings: readonly RegExp[]): boolean {
  return openings.some((r) => {
    r.lastIndex = e;
    return r.test(text);
  });
}

/** Whether `e` falls inside the company's name. */
function splitsCompany(text: string, e: number): boolean {
  for (let k = 1; k < COMPANY.length; k++) if (text.startsWith(COMPANY, e - k)) return true;
  return false;
}

/** Whether `text.slice(p, e)` could be a title: no sentence's or clause's mark, one comma at most, whole parts and quotations. */
function titleLike(text: string, p: number, e: number): boolean | 'stop' {
  const title = text.slice(p, e);
  if (NOT_IN_TITLE.test(title) || (title.match(/，/gu)?.length ?? 0) > 1) return 'stop';
  const bare = title.replace(/[“”]/gu, '');
  if ((title.match(/“/gu)?.length ?? 0) !== (title.match(/”/gu)?.length ?? 0) || FUNCTION_WORD.test(bare) || /^[\d“]/u.test(title) || title.endsWith('，')) return false;
  return !title.split('，').some((part) => [...part].length < MIN_PART) && !splitsCompany(text, e);
}

/** The titles that could head a paragraph at a sentence's start `p`: each end where a paragraph opens. */
function candidates(text: string, p: number, openings: readonly RegExp[]): number[] {
  const ends: number[] = [];
  for (let e = p + TITLE.min; e <= Math.min(text.length, p + TITLE.max); e++) {
    const like = titleLike(text, p, e);
    if (like === 'stop') break;
    if (like && opensParagraph(text, e, openings)) ends.push(e);
  }
  return ends;
}

/** Titles opening with this many characters alike are printed in parallel. */
const OPENING_ALIKE = 4;
/** A title's shape: its marks in place, every other character one `x` (`坚持政治统领，从严源头管控` → `xxxxxx，xxxxxx`). */
const shape = (title: string) => title.replace(/[^，“”]/gu, 'x');

/** `starts`, in order, without those closer than MIN_APART to the one kept before. */
function apart(starts: readonly number[]): number[] {
  const kept: number[] = [];
  for (const p of [...starts].sort((a, b) => a - b)) if (kept.length === 0 || p - kept.at(-1)! >= MIN_APART) kept.push(p);
  return kept;
}

/** Time words a sentence opens with (`截至目前，`, `日前，`; collection.yml results.discussionOpenings, datelines.relative). */
const TIME_WORD = new RegExp(`(?:${alternation([...words.results.discussionOpenings, ...words.datelines.relative])})`, 'uy');
/** Whether a sentence at `p` opens as a body does (a usual opening, a time word): no title completes a set so (`今年以来，全省新增…`). */
function opensLikeBody(text: string, p: number): boolean {
  TIME_WORD.lastIndex = p;
  return opensParagraph(text, p, NEWS_OPENINGS) || TIME_WORD.test(text);
}

/**
 * Too few anchored titles of `length` for a set (`anchored`: each before a paragraph's usual opening),
 * completed by shape: two anchored titles of one shape with a comma take every title of that shape at a
 * sentence's start before words (`沉淀产品能力，持续打磨创新` + `布局数字化…` beside `强化产业赋能，推进数字转型` +
 * `近年来，…`); one takes those that also open with its words (`合力推进网络向新，…` beside `合力推进服务向新，…` +
 * `面向…，`). Parallel titles vary each phrase; prose repeats one (`会议强调，要深化…`, `会议强调，要切实…`); and
 * none opens as a body does (opensLikeBody).
 */
function completedByShape(text: string, length: number, anchored: readonly number[], sentenceStarts: readonly number[]): number[][] {
  const opening = (p: number) => text.slice(p, p + OPENING_ALIKE);
  const alike = (form: string, p: number) =>
    !anchored.includes(p) && titleLike(text, p, p + length) === true && shape(text.slice(p, p + length)) === form && /\p{Script=Han}/u.test(text[p + length] ?? '') && !opensLikeBody(text, p);
  return [...Map.groupBy(anchored, (p) => shape(text.slice(p, p + length))).entries()]
    .map(([form, members]) => ({ form, members, kept: apart(members).length }))
    .filter(({ form, kept }) => form.includes('，') && kept < MIN_SET)
    .map(({ form, members, kept }) => apart([...members, ...sentenceStarts.filter((p) => alike(form, p) && (kept === MIN_SET - 1 || members.some((q) => opening(q) === opening(p))))]))
    .filter((kept) => [0, 1].every((k) => new Set(kept.map((p) => text.slice(p, p + length).split('，')[k])).size === kept.length));
}

/**
 * Titles of two phrases opening alike (their first OPENING_ALIKE characters, their first phrase of one
 * length), each before a usual opening phrase closed by its comma, however long their second phrases
 * (`充分发挥科技创新作用，支撑高水平科技自立自强` + `当前，…`, `充分发挥安全支撑作用，有力保障国家战略安全` +
 * `当前，…`): two or more, each phrase varied. Not before the weaker openings a set of three may stand
 * before: speech runs on into them (`张三同志强调，要充分认识` + `当前发展形势…`, `…，持续推动` + `中国联通…`,
 * `…，推动管理` + `从粗放向精细转变，`, a motto ending a sentence).
 */
function openingAlike(text: string, sentenceStarts: readonly number[]): Map<number, string> {
  const shortest = new Map<number, number>();
  for (const p of sentenceStarts) {
    const e = candidates(text, p, [PHRASE_CLOSED]).find((end) => text.slice(p, end).includes('，'));
    if (e !== undefined) shortest.set(p, e);
  }
  const key = (p: number) => `${text.slice(p, p + OPENING_ALIKE)}|${text.slice(p, shortest.get(p)).indexOf('，')}`;
  const found = new Map<number, string>();
  for (const members of Map.groupBy([...shortest.keys()], key).values()) {
    const kept = apart(members);
    const titles = kept.map((p) => text.slice(p, shortest.get(p)));
    if (kept.length >= 2 && [0, 1].every((k) => new Set(titles.map((t) => t.split('，')[k])).size === titles.length)) kept.forEach((p, k) => found.set(p, titles[k]!));
  }
  return found;
}

/**
 * The sub-headings of a news body printed in parallel: titles of one length (at least MIN_SET, each
 * MIN_APART from the one before, no two the same), each after a sentence's end and right before a
 * paragraph's usual opening (`openings`, sticky: a news body's by default). In a news body, too few such
 * titles of one shape are completed by that shape (completedByShape) and two opening alike make a pair
 * (openingAlike); a results report's run-in heads are too alike in shape for either
 * (`顺应网络发展趋势，系统性推进网络线…`). A start taken by a larger set is not taken again. `sentenceStarts`
 * are the text's (SENTENCE_START), read once by a caller that needs them too.
 */
export function parallelSubheadings(
  text: string,
  openings: readonly RegExp[] = NEWS_OPENINGS,
  sentenceStarts: readonly number[] = [...text.matchAll(SENTENCE_START)].map((m) => m.index),
): NumberedItem[] {
  const byLength = new Map<number, Map<number, number>>();
  for (const p of sentenceStarts) {
    for (const e of candidates(text, p, openings)) {
      const length = e - p;
      const starts = byLength.get(length) ?? byLength.set(length, new Map()).get(length)!;
      if (!starts.has(p)) starts.set(p, e);
    }
  }
  const sets = [...byLength.entries()]
    .flatMap(([length, starts]) => {
      const anchored = [...starts.keys()];
      const completed = openings === NEWS_OPENINGS ? completedByShape(text, length, anchored, sentenceStarts) : [];
      return [apart(anchored), ...completed].map((kept) => ({ length, kept }));
    })
    // Titles printed in parallel differ; one repeated is prose restating itself (`…党委书记张三` + `在会上强调，`).
    .filter((s) => s.kept.length >= MIN_SET && new Set(s.kept.map((p) => text.slice(p, p + s.length))).size === s.kept.length)
    .sort((a, b) => b.kept.length - a.kept.length || a.length - b.length);
  const taken = new Map<number, string>();
  for (const { length, kept } of sets) for (const p of kept) if (!taken.has(p)) taken.set(p, text.slice(p, p + length));
  if (openings === NEWS_OPENINGS) for (const [at, heading] of openingAlike(text, sentenceStarts)) if (!taken.has(at)) taken.set(at, heading);
  return [...taken.entries()].sort((a, b) => a[0] - b[0]).map(([at, heading]) => ({ at, heading }));
}

