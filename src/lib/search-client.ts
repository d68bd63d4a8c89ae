// Browser side of search: loads Pagefind on demand, converts a Chinese query to the page's script,
// ranks pages holding the whole term first, and renders results that open the matching heading.
import { queryForms } from './query-script.ts';
import type { QueryUnit } from './en-zh.ts';
import { localeByCode, type LocaleCode } from './locales.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export type Filters = Record<string, string>;
interface PagefindIndex {
  search(q: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
type PagefindModule = PagefindIndex;

/** Names for the ids in filter values and result URLs, in the page's locale. */
export interface Labels {
  doc: Record<string, string>;
  kind: Record<string, string>;
}

/** The filters the section pages carry (`data-pagefind-filter`), in the order the form shows them. */
export const FILTER_NAMES = ['doc', 'kind', 'year'] as const;

const HAN = /\p{Script=Han}/u;

/**
 * Pagefind runs on the main thread here (`noWorker`): the index is small enough that a search takes
 * a few milliseconds, and a cold search then does not fetch the worker's own copy of the runtime.
 */
async function importPagefind(url: string): Promise<PagefindModule & { init(): Promise<void> }> {
  const mod = (await import(/* @vite-ignore */ url)) as PagefindModule & { init(): Promise<void>; options(o: object): Promise<void> };
  await mod.options({ noWorker: true });
  return mod;
}

let pagefind: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  return (pagefind ??= importPagefind('/pagefind/pagefind.js'));
}

/**
 * Pagefind keeps one index per `<html lang>`. English pages are not indexed: they search the 简体
 * index, whose pages carry their English title and summary as metadata (`title_en`, `summary_en`),
 * so English words find them, and whose Chinese text an English query reaches through the terms it
 * maps to (crossLanguage); result URLs are moved to /en/. One index keeps an English search to one
 * copy of Pagefind. That index is loaded by its own copy of Pagefind's module (its own state and
 * WebAssembly memory). Pagefind takes the language from `<html lang>` when it initialises, so the
 * attribute is switched for that one synchronous call and restored before anything renders.
 */
let simplified: Promise<PagefindModule> | undefined;
async function loadSimplified(): Promise<PagefindModule> {
  const mod = await importPagefind('/pagefind/pagefind.js?index=zh-hans');
  // An English title weighs as a title does (Pagefind's own weight for `title` is 5).
  await (mod as unknown as { options(o: object): Promise<void> }).options({ ranking: { metaWeights: { title: 5, title_en: 5 } } });
  const html = document.documentElement;
  const lang = html.lang;
  html.lang = localeByCode('zh-hans').lang;
  const ready = mod.init();
  html.lang = lang;
  await ready;
  return mod;
}

export async function indexFor(locale: LocaleCode): Promise<PagefindIndex> {
  return inSettledOrder(await (locale === 'en' ? (simplified ??= loadSimplified()) : loadPagefind()));
}

/** Significant digits of a score that ranking reads: scores equal to these are equal. */
const SCORE_DIGITS = 6;

/**
 * An index whose results come in one order for one query: by score to SCORE_DIGITS significant
 * digits, then by id. Pagefind adds a page's word scores in the order its index chunks arrived, so the
 * same query's scores can differ in their last bits from one load to the next and two pages of
 * (nearly) equal score swap places (measured: `greenhouse gas emissions` ranked two ways in 3 of 10
 * fresh pages on a busy machine).
 */
export function inSettledOrder(index: PagefindIndex): PagefindIndex {
  const rounded = (x: number) => Number(x.toPrecision(SCORE_DIGITS));
  return {
    search: async (q, options) => {
      const found = await index.search(q, options);
      return { ...found, results: [...found.results].sort((a, b) => rounded(b.score) - rounded(a.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
    },
    filters: () => index.filters(),
  };
}

/** The searches to run for a query, most precise first: the whole phrase, each term as a phrase, then Pagefind's split query. */
export function searchPlan(q: string): string[] {
  if (!HAN.test(q) || q.includes('"')) return [q];
  const terms = q.split(/\s+/).filter(Boolean);
  const plan = [`"${terms.join(' ')}"`];
  if (terms.length > 1) plan.push(terms.map((t) => `"${t}"`).join(' '));
  plan.push(q);
  return plan;
}

/** The filter only indicator pages carry (`data-pagefind-filter="page:indicator"`; the form does not show it). */
export const INDICATOR_FILTER: Filters = { page: 'indicator' };

/** Indicator results checked against the query for their name (their fragments are a few hundred bytes each). */
const NAMED_CHECKS = 8;

/** An indicator's name as its page title prints it, without the unit in brackets: `注册志愿者人数 (个)` → `注册志愿者人数`. */
export const indicatorName = (title: string): string => title.replace(/\s*[（(][^()（）]*[)）]\s*$/u, '').trim();

/** The query names the indicator when it holds the indicator's whole name (spaces and case aside). */
export function namesIndicator(query: string, title: string): boolean {
  const squash = (s: string) => s.replace(/[\s"]/g, '').toLowerCase();
  const name = squash(indicatorName(title));
  return name.length > 0 && squash(query).includes(name);
}

/**
 * Indicator pages are short and print their name as their title, so they outrank the sections that
 * report on a topic (`志愿者` finds five volunteer indicators first). They stay above sections only
 * when the query names the indicator; the others follow the sections of the same group of results.
 */
async function indicatorsAfterSections(index: PagefindIndex, loose: string, filters: Filters, groups: PagefindResult[][], query: string): Promise<PagefindResult[]> {
  const indicators = new Set((await index.search(loose, { filters: { ...filters, ...INDICATOR_FILTER } })).results.map((r) => r.id));
  if (indicators.size === 0) return groups.flat();
  const checked = groups.flat().filter((r) => indicators.has(r.id)).slice(0, NAMED_CHECKS);
  const named = new Set<string>();
  await Promise.all(checked.map(async (r) => namesIndicator(query, (await r.data()).meta.title ?? '') && named.add(r.id)));
  const demoted = (r: PagefindResult) => indicators.has(r.id) && !named.has(r.id);
  return groups.flatMap((g) => [...g.filter((r) => !demoted(r)), ...g.filter(demoted)]);
}

/** Terms of a unit searched alone (the first for every unit; the second too for a one-unit query). */
const TERMS_ALONE = 2;

/**
 * Phrase hits in the order of Pagefind's ranking of the split query (`loose`); a hit that ranking
 * lacks comes after, and `group` (0 first) sorts before that order. Pagefind scores every phrase hit
 * the same, so this is the order they are shown in.
 */
function inLooseOrder(hits: readonly PagefindResult[], loose: readonly PagefindResult[], group: (r: PagefindResult) => number = () => 0): PagefindResult[] {
  const rank = new Map(loose.map((r, i) => [r.id, i]));
  const key = (r: PagefindResult) => group(r) * (loose.length + 1) + (rank.get(r.id) ?? loose.length);
  return hits.map((r, i) => ({ r, i })).sort((a, b) => key(a.r) - key(b.r) || a.i - b.i).map(({ r }) => r);
}

/** An English query's units and the Chinese terms searched for it, without the ones the reader removed. */
export function searchedUnits(units: readonly QueryUnit[], removed: readonly string[]): QueryUnit[] {
  return units.map((u) => ({ en: u.en, zh: u.zh.filter((t) => !removed.includes(t)) })).filter((u) => u.zh.length > 0);
}

/**
 * An English query in the Chinese text: the Chinese terms its words and phrases map to (our titles
 * and CC-CEDICT, englishLookup), searched in the 简体 index as phrases — all units' first terms
 * together first, then each term alone — and ordered like Chinese phrase hits (rankedResults).
 */
async function crossLanguage(index: PagefindIndex, units: readonly QueryUnit[], filters: Filters): Promise<{ results: PagefindResult[]; terms: string[] }> {
  if (units.length === 0) return { results: [], terms: [] };
  const first = units.map((u) => u.zh[0]!);
  const alone = units.flatMap((u) => u.zh.slice(0, units.length === 1 ? TERMS_ALONE : 1));
  const plan = [...(first.length > 1 ? [first.map((t) => `"${t}"`).join(' ')] : []), ...alone.map((t) => `"${t}"`)];
  const seen = new Set<string>();
  const runs = await Promise.all(plan.map((p) => index.search(p, { filters })));
  const hits = runs.flatMap((r) => r.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
  const loose = await index.search(first.join(' '), { filters });
  // The pages holding every unit stay first; inside each group, Pagefind's ranking of the terms.
  const all = new Set(first.length > 1 ? runs[0]!.results.map((r) => r.id) : []);
  const ordered = inLooseOrder(hits, loose.results, (r) => (all.has(r.id) ? 0 : 1));
  const terms = [...new Set(alone)];
  return { results: await indicatorsAfterSections(index, first.join(' '), filters, [ordered], terms.join(' ')), terms };
}

/** Reciprocal-rank fusion: a result's score is the sum of 1 / (FUSE_K + its rank) over the lists. 20
 *  was chosen on the tuned part of tests/search/english-topics.yml (5: recall@1/@5 41/70; 20: 43/74;
 *  60: 41/74); the held-out third, measured only, went from 70/90 to 73/90. */
const FUSE_K = 20;
/** A query read as one Chinese term (`typhoon` → 台风, `trade union` → 工会) trusts the Chinese text's
 *  ranking over the English summaries that mention the words: its list counts twice. Chosen on the
 *  tuned part (1: recall@1 44 %; 1.5, 2 and 3: 49 %); the held-out third, measured only, 73 → 70 %. */
const CHINESE_WEIGHT = 2;

/**
 * An English query's results from the English metadata (titles, summaries) and from the Chinese text
 * as one list, best first: fused by reciprocal rank, so a page both find comes first. Both lists come
 * from the one 简体 index, so a page is the same result in both.
 */
export function fuse(a: readonly PagefindResult[], b: readonly PagefindResult[], weightB = 1): PagefindResult[] {
  // `b`'s ranks count `weightB` times.
  const score = new Map<string, { r: PagefindResult; s: number; first: number }>();
  [a, b].forEach((list, l) =>
    list.forEach((r, i) => {
      const s = (l === 1 ? weightB : 1) / (FUSE_K + i);
      const known = score.get(r.id);
      if (known) (known.s += s), (known.first = Math.min(known.first, i));
      else score.set(r.id, { r, s, first: i });
    }),
  );
  return [...score.values()].sort((x, y) => y.s - x.s || x.first - y.first).map((x) => x.r);
}

/**
 * Pagefind splits a Chinese query into words and single characters, so pages sharing one character
 * can outrank the page that holds the whole term. Results of the phrase searches come first. Pagefind
 * gives every phrase hit the same score and finds only a phrase's first occurrence on a page, so the
 * phrase hits are put in the order of its own ranking of the split query (BM25 over every occurrence
 * of the words, headings and titles weighted above body text), then the other pages of that ranking;
 * in each group, indicator pages the query does not name come after the sections.
 *
 * The query is first searched as typed. Only when its phrases find nothing is it converted to the
 * index's script (a query in the other script matches no phrase there), in each form that script
 * prints it (queryForms): most queries are typed in the page's script and never load the converter.
 */
export async function rankedResults(
  q: string,
  localeCode: LocaleCode,
  filters: Filters = {},
  removed: readonly string[] = [],
): Promise<{ query: string; results: PagefindResult[]; toLocale: (d: PagefindData) => PagefindData; units: QueryUnit[]; terms: string[] }> {
  const locale = localeByCode(localeCode);
  const index = await indexFor(localeCode);
  const seen = new Set<string>();
  const unique = (runs: { results: PagefindResult[] }[]) => runs.flatMap((r) => r.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
  // The plan's last search is the loose one (any word); the ones before it are phrases.
  const phrases = (plan: string[]) => Promise.all(plan.slice(0, -1).map((s) => index.search(s, { filters })));
  let query = q.trim();
  let plan = searchPlan(query);
  let results = unique(await phrases(plan));
  if (results.length === 0 && HAN.test(query)) {
    const forms = (await queryForms(query, locale.script)).filter((f) => f !== query);
    // The first form that finds the phrase becomes the query; when none does, the first form is split.
    for (const form of forms) {
      const found = unique(await phrases(searchPlan(form)));
      if (found.length) {
        query = form;
        results = found;
        break;
      }
    }
    if (results.length === 0 && forms.length) query = forms[0]!;
    plan = searchPlan(query);
  }
  const loose = await index.search(plan.at(-1)!, { filters });
  results = await indicatorsAfterSections(index, plan.at(-1)!, filters, [inLooseOrder(results, loose.results), unique([loose])], query);
  // An English query on an English page also searches the Chinese text through the terms it maps to.
  let units: QueryUnit[] = [];
  let terms: string[] = [];
  if (localeCode === 'en' && !HAN.test(query) && /[a-z]{2}/i.test(query)) {
    // Only English pages load the table's code and files (src/lib/en-zh-table.ts).
    const { englishLookup, translateQuery, englishWords, isStopWord } = await import('./en-zh-table.ts');
    units = translateQuery(query, await englishLookup(query));
    // The 简体 index does not stem English words; its search matches a word's beginning, so the
    // query's content words in their singular forms find the plurals and the other forms too.
    const stems = englishWords(query).filter((w) => !isStopWord(w)).join(' ');
    if (stems && stems !== query.toLowerCase()) results = fuse(results, unique([await index.search(stems, { filters })]));
    const chinese = await crossLanguage(index, searchedUnits(units, removed), filters);
    terms = chinese.terms;
    results = fuse(results, chinese.results, units.length === 1 && units[0]!.zh.length > 0 ? CHINESE_WEIGHT : 1);
  }
  const moved = localeCode === 'en' ? '/en/' : null;
  const move = (url: string) => {
    const page = partOf(url);
    return moved ? page.replace(/^\/[^/]+\//, moved) : page;
  };
  const toLocale = (d: PagefindData): PagefindData => ({ ...d, url: move(d.url), sub_results: d.sub_results?.map((s) => ({ ...s, url: move(s.url) })) });
  return { query, results, toLocale, units, terms };
}

/** A part of a long section is indexed as `<page>?part=N` (scripts/build.ts): the page's URL, with a heading's hash kept. */
export const partOf = (url: string): string => url.replace(/\?part=\d+(?=#|$)/, '');

/** The heading of a result that holds the most hits, so the link opens the page there. */
export function bestTarget(data: PagefindData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const s of data.sub_results ?? []) {
    if ((s.locations?.length ?? 0) > (best?.locations?.length ?? 0)) best = s;
  }
  return best;
}

/** A result link: the heading's URL with the terms to highlight there (`?hl=`, read by highlight.ts). */
export function targetUrl(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const terms = query.replace(/"/g, '').trim();
  return `${path}?hl=${encodeURIComponent(terms)}${hash ? `#${hash}` : ''}`;
}

/** Pagefind excerpts mark hits with <mark>; everything else in them is escaped text. */
function excerptNode(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else p.append(text);
  }
  return p;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** `doc/section` of a report URL, or null for other pages (indicator pages). */
export function sectionKey(url: string): string | null {
  return /\/reports\/([^/]+\/[^/?#]+)\//.exec(url)?.[1] ?? null;
}

/**
 * One result. `bodyLang` is the language of section text when it differs from the page's (zh-Hans on
 * English pages): the matched heading and the excerpt of a section are marked with it.
 */
export function resultItem(data: PagefindData, query: string, labels: Labels, bodyLang?: string): HTMLLIElement {
  const li = element('li', '');
  li.dataset.url = data.url;
  const key = sectionKey(data.url);
  // The document's name in the page's locale where the page holds it (English), else as the result's page names it.
  const docLabel = (key ? labels.doc[key.split('/')[0]!] : undefined) ?? data.meta.doc;
  const best = bestTarget(data);
  // On English pages (bodyLang set), a result from the 简体 index is titled by the English title its page carries.
  const title = (bodyLang && data.meta.title_en) || data.meta.title || data.url;
  // A one-page document (a news article) is titled by the document: no need to name it twice.
  if (docLabel && docLabel !== title) li.append(element('p', 'text-xs text-slate-600 dark:text-slate-400', docLabel));
  const link = element('a', 'text-lg font-semibold underline-offset-2 hover:underline', title);
  // A part of a long section without a heading of its own opens at its first paragraph (`anchor`, scripts/build.ts).
  const anchored = !best?.url.includes('#') && data.meta.anchor ? `${data.url}#${data.meta.anchor}` : undefined;
  link.href = targetUrl(anchored ?? best?.url ?? data.url, query);
  li.append(link);
  if (best && best.url.includes('#') && best.title !== data.meta.title) {
    const heading = element('p', 'text-sm', '› ');
    if (key && bodyLang) heading.lang = bodyLang;
    const a = element('a', 'underline-offset-2 hover:underline', best.title);
    a.href = link.href;
    heading.append(a);
    li.append(heading);
  }
  // On English pages a section's English summary says what it is about, above the Chinese excerpt.
  const summary = data.meta.summary_en ?? data.meta.summary_part;
  if (bodyLang && summary) li.append(element('p', 'mt-1 line-clamp-2 text-sm', summary));
  const excerpt = excerptNode(best?.excerpt ?? data.excerpt);
  if (key && bodyLang) excerpt.lang = bodyLang;
  li.append(excerpt);
  return li;
}
