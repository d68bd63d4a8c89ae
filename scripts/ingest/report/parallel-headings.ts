// Two-part headings printed in parallel form are a page's topics: `抓要事，提高政治引领力`,
// `夯基础，提高组织推动力`, `强宣传，提高思想感召力` (one length, the comma and other characters in the same
// places), and the headings printed between them are their sub-headings. As in a contents list, where
// a two-part title opens a chapter (outline.ts), the two parts mark the higher level; parallel titles
// of one part are siblings of the headings around them.
import type { Block } from '../types.ts';

type Heading = Extract<Block, { type: 'heading' }>;

/** At least this many headings make a parallel set. */
const MIN_SIBLINGS = 3;
/** They agree on at least this many characters in the same places. */
const MIN_SHARED = 2;

/** Places where two titles of one length print the same character. */
function sharedPlaces(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  return x.filter((c, k) => y[k] === c).length;
}

/** Two titles printed in parallel: one length, two or more characters in the same places. */
export const printedInParallel = (a: string, b: string): boolean => [...a].length === [...b].length && sharedPlaces(a, b) >= MIN_SHARED;

/** Two titles of one length with at least half their characters in the same places. */
export const printedAlike = (a: string, b: string): boolean => [...a].length === [...b].length && sharedPlaces(a, b) * 2 >= [...a].length;

/** Two titles opening with the same words: at least this many characters. */
const MIN_OPENING = 4;
const openAlike = (a: string, b: string): boolean => [...a].slice(0, MIN_OPENING).join('') === [...b].slice(0, MIN_OPENING).join('') && [...a].length >= MIN_OPENING;

/** A title of two parts: a comma between two phrases (`抓要事，提高政治引领力`). */
export const TWO_PARTS = /^[^，,]{2,}[，,][^，,]{2,}$/u;

/**
 * The page's headings at `depth`: where at least three, the first among them, share one shape, every
 * other heading at that depth after the first sits one level below (a sub-heading of the sibling
 * before it). The shape is two parts (one length, the comma and ≥ 1 more character in the same places
 * as the first), or, where the first stands right over a heading of another length found at its depth, as a topic over
 * its first sub-heading, one length alone (`百年红色铸底蕴` over `做革命的“鲁班石”`, then `艰苦创业树丰碑`, …,
 * `改革创新向未来`). Otherwise the blocks are returned as they are.
 */
export function nestUnderParallelHeadings(blocks: readonly Block[], depth: number): Block[] {
  const headings = blocks.filter((b): b is Heading => b.type === 'heading' && (b.depth ?? depth) === depth);
  const first = headings[0];
  if (!first) return [...blocks];
  const length = [...first.text].length;
  const under = blocks[blocks.indexOf(first) + 1];
  // The heading right under the first, found at the same depth, is its sub-heading, printed in another shape.
  const overHeading = under?.type === 'heading' && (under.depth ?? depth) === depth && [...under.text].length !== length;
  const sameShape = TWO_PARTS.test(first.text)
    ? (h: Heading) => printedInParallel(h.text, first.text) && TWO_PARTS.test(h.text) && h.text.search(/[，,]/u) === first.text.search(/[，,]/u)
    : overHeading
      ? (h: Heading) => [...h.text].length === length && !/\s/u.test(h.text)
      : null;
  if (!sameShape) return [...blocks];
  const siblings = new Set<Block>(headings.filter((h) => h === first || sameShape(h)));
  if (siblings.size < MIN_SIBLINGS || siblings.size === headings.length) return [...blocks];
  return blocks.map((b) => (b.type === 'heading' && (b.depth ?? depth) === depth && !siblings.has(b) ? { ...b, depth: depth + 1 } : b));
}

/**
 * Run-in sub-headings: where a page's headings at `depth` are printed two ways, some over a blank
 * line and some running straight into their text, and the first stands over a blank line, those
 * running in sit one level below the heading before them (the 2023 chapter: `守護員工健康` over a
 * blank line, then `關注心理健康`, `關愛女性群體` running into their text). `runsIn` tells, by source
 * line, whether a heading's text follows it at once; only headings the layout found in the page
 * (`byLayout`) count, not the outline's (a report's indented sub-sections run into their text too).
 */
export function nestRunInHeadings(blocks: readonly Block[], depth: number, runsIn: (line: number) => boolean, byLayout: (line: number) => boolean = () => true): Block[] {
  const headings = blocks.filter((b): b is Heading => b.type === 'heading' && (b.depth ?? depth) === depth && byLayout(b.line));
  const running = headings.filter((h) => runsIn(h.line));
  if (!headings[0] || runsIn(headings[0].line) || running.length === 0 || running.length === headings.length) return [...blocks];
  const lower = new Set<Block>(running);
  return blocks.map((b) => (lower.has(b) ? { ...b, depth: depth + 1 } : b));
}


/**
 * A heading printed in parallel with two or more of the sub-headings right before it (those after the
 * last heading at its depth or above) is their sibling, one level below where it was found: a layout
 * that indents it like a topic (the 2020 report's ` 客戶口碑更可靠` after `客戶體驗更貼心`, `客戶服務更便捷`,
 * `攜號轉網更惠民` under ` 持續提升客戶口碑`) does not make it one. The headings under it stay at their
 * depth, now its siblings.
 */
export function alignParallelSiblings(blocks: readonly Block[], depth: number): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type !== 'heading') {
      out.push(b);
      continue;
    }
    const d = b.depth ?? depth;
    const before: Heading[] = [];
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k]!;
      if (o.type !== 'heading') continue;
      if ((o.depth ?? depth) <= d) break;
      if ((o.depth ?? depth) === d + 1) before.push(o);
    }
    out.push(before.filter((h) => printedInParallel(h.text, b.text)).length >= 2 ? { ...b, depth: d + 1 } : b);
  }
  return out;
}

/**
 * An outline heading printed like the layout's sub-headings before it: where the outline heading
 * before it (at its depth) has sub-headings found by layout, each standing over a blank line, and it
 * stands over a blank line too with none of its own, it is one more of them, one level below (the 2020
 * report's ` 抗凝凍保暢通` after `建立健全防汛保障體系` under ` 全力做好防汛救災`; its sections' headings run
 * straight into their text). `outlined`: source lines of the outline's headings; `runsIn` as above.
 */
export function alignWithSubHeadings(blocks: readonly Block[], outlined: ReadonlySet<number>, runsIn: (line: number) => boolean): Block[] {
  const out = [...blocks];
  const headings = out.flatMap((b, k) => (b.type === 'heading' ? [{ b, k }] : []));
  headings.forEach(({ b, k }, j) => {
    if (!outlined.has(b.line) || runsIn(b.line) || b.depth === undefined) return;
    const depth = b.depth;
    // The outline heading before it at its depth, and the layout's headings between them.
    let a = j - 1;
    while (a >= 0 && !outlined.has(headings[a]!.b.line)) a--;
    const before = headings[a]?.b;
    if (!before || before.depth !== depth) return;
    const between = headings.slice(a + 1, j).map((h) => h.b);
    if (between.length === 0 || !between.every((h) => h.depth === depth + 1 && !runsIn(h.line))) return;
    // None of its own before the next outline heading.
    const next = headings.slice(j + 1).find((h) => outlined.has(h.b.line));
    const own = headings.slice(j + 1, next ? headings.indexOf(next) : headings.length);
    if (own.length > 0) return;
    out[k] = { ...b, depth: depth + 1 };
  });
  return out;
}

/**
 * A title of two phrases right over a bulleted list (`建立智能服務運營體系，提升問題解決能力` over `● …`) is a
 * sub-heading of the heading before it at its depth (the 2023 chapter's `提升服務質量`); two-phrase titles
 * over text are topics (nestUnderParallelHeadings).
 */
export function nestTitlesOverLists(blocks: readonly Block[], depth: number): Block[] {
  const out = [...blocks];
  let before: Heading | null = null;
  out.forEach((b, k) => {
    if (b.type !== 'heading') return;
    const d = b.depth ?? depth;
    if (before && (before.depth ?? depth) === d && TWO_PARTS.test(b.text) && out[k + 1]?.type === 'list') {
      out[k] = { ...b, depth: d + 1 };
      return;
    }
    before = b;
  });
  return out;
}


/** The blocks the heading at `k` holds, up to the next heading (of any depth) or the end. */
function textUnder(blocks: readonly Block[], k: number): Block[] {
  const end = blocks.findIndex((b, n) => n > k && b.type === 'heading');
  return blocks.slice(k + 1, end < 0 ? blocks.length : end);
}

/** A heading's introduction: one or two paragraphs, key figures (callouts) among them, opening with a paragraph. */
function isIntroduction(text: readonly Block[]): boolean {
  return text[0]?.type === 'paragraph' && text.filter((b) => b.type === 'paragraph').length <= 2 && text.every((b) => b.type === 'paragraph' || b.type === 'figure');
}

/**
 * Topics over sub-headings. Where a page's first heading at `depth` is introduced by one or two
 * paragraphs (an introduction, a tagline), a heading right after them, and another heading of its
 * length is introduced so, those are the page's topics, printed in parallel (`建强联网通信基础设施`,
 * `建强算网数智基础设施`, `建强全球网络基础设施`, each over its introduction and sub-headings). A heading that
 * stands right over another heading of its depth, no text between, is a topic too (`建设高效能科技创新体制`
 * over `完善创新组织布局`); where two or more such topics share one length, a heading of that length is
 * one more (`推动数智平台持续性开放` after `实现数字生态一体化感知`, over its introduction). The headings
 * after a topic at that depth are its sub-headings, up to the next topic, a heading the layout did not
 * find, or a heading of the parallel topics' length printed unlike the topic's first sub-heading
 * (`树立公平守法企业形象` after `提供暖心满意服务体验`'s sub-headings: a topic without sub-headings of its own).
 */
export function nestUnderTopics(blocks: readonly Block[], depth: number, byLayout: (line: number) => boolean = () => true): Block[] {
  const at = (b: Block | undefined): b is Heading => b?.type === 'heading' && (b.depth ?? depth) === depth && byLayout(b.line);
  // Two titles side by side on one line (a pair of boxes) are siblings, not a topic over its sub-heading;
  // so are two opening with the same words (`利益相关方沟通机制与管理程序` over `利益相关方沟通方式与期望`).
  const direct = (k: number) => at(blocks[k + 1]) && blocks[k + 1]!.line !== blocks[k]!.line && !openAlike((blocks[k] as Heading).text, (blocks[k + 1] as Heading).text);
  // Introduced, then a heading at this depth.
  const introduced = (k: number) => {
    const text = textUnder(blocks, k);
    return isIntroduction(text) && at(blocks[k + 1 + text.length]);
  };
  const firstK = blocks.findIndex((b) => at(b));
  const length = firstK >= 0 && introduced(firstK) ? [...(blocks[firstK] as Heading).text].length : null;
  const parallel = blocks.filter((b, k) => at(b) && [...b.text].length === length && introduced(k));
  const over = blocks.filter((b, k) => at(b) && direct(k));
  // Topics right over their first sub-heading, all of one length: a heading of that length is one more.
  const overLength = new Set(over.map((b) => [...(b as Heading).text].length));
  const alsoOver = over.length >= 2 && overLength.size === 1 ? blocks.filter((b) => at(b) && overLength.has([...b.text].length)) : [];
  const topics = new Set(parallel.length >= 2 ? [...parallel, ...over] : [...over, ...alsoOver]);
  if (topics.size === 0) return [...blocks];
  const overList = (n: number) => blocks[n]?.type === 'heading' && textUnder(blocks, n)[0]?.type === 'list';
  const overPoints = (k: number) => {
    const n = k + 1 + textUnder(blocks, k).length;
    return isIntroduction(textUnder(blocks, k)) && overList(n) && overList(n + 1 + textUnder(blocks, n).length);
  };
  let inTopic = false;
  let firstSub: number | null = null;
  let lastSub: string | null = null;
  let subOverList = false;
  let subsOverLists = true;
  return blocks.map((b, k) => {
    if (b.type !== 'heading' || (b.depth ?? depth) > depth) return b;
    // A topic opens; any other heading at this depth or above (the contents list's) ends one, as
    // does one more of the parallel topics printed without sub-headings (introduced as they are, not
    // over a list: `平等对待中小企业` over its points is a sub-heading of `促进供应链可持续发展`).
    const size = [...b.text].length;
    // Unlike is another length, or a text opening with a paragraph after sub-headings each right over a
    // list (`保障重大活动通信安全` after `护航数据安全保护隐私`'s `夯实数据安全基础管理`, `保护用户个人信息`).
    const opensWithParagraph = textUnder(blocks, k)[0]?.type === 'paragraph';
    const sibling = parallel.length >= 2 && at(b) && size === length && !topics.has(b) && firstSub !== null && (size !== firstSub || subsOverLists) && opensWithParagraph;
    // A topic printed like the sub-heading before it, one length and half its characters in the same
    // places, is one more of them (`打造绿色极简网络` after `打造绿色移动网络`, `打造绿色数据中心`).
    // Inside a topic none of whose sub-headings so far stands right over a list, a heading of the
    // topics' length whose own sub-headings follow its introduction, two or more each right over a list, is a
    // sub-heading over its own points (`推动物资循环利用` over `推动固定资产盘活利用`, `分类处理废弃物`, inside
    // `提升资源利用效率`; not `护航数据安全保护隐私` after `锻造核心网络安全能力`'s sub-headings over lists).
    const topic = topics.has(b) && !(inTopic && lastSub !== null && (printedAlike(lastSub, b.text) || (!subOverList && overPoints(k))));
    if (topic || !at(b) || sibling) {
      inTopic = topic;
      firstSub = null;
      lastSub = null;
      subOverList = false;
      subsOverLists = true;
      return b;
    }
    if (inTopic) {
      firstSub ??= size;
      lastSub = b.text;
      subOverList ||= overList(k);
      subsOverLists &&= overList(k);
    }
    return inTopic ? { ...b, depth: depth + 1 } : b;
  });
}

/**
 * A heading introduced by one or two paragraphs (key figures may stand among them), then two or more
 * headings one right after another at its depth printed alike and unlike it: those are its
 * sub-headings. Alike is one bullet (`● 内控工作机制有序运营`, …, `● 严格做好风险管理`, the heading without
 * one); or one length, another than its own (`坚决打赢反腐败斗争` over `反腐败制度体系持续完善`,
 * `防腐预腐机制完整性提升`; the steps of `重要议题评估流程`); or each right over a list, with no paragraph of
 * its own (`共建安全产业生态` over `繁荣安全产业生态`, `推动产业价值跃升`). The run ends at the first
 * heading printed otherwise, or at one above its depth. `listsOnly`: only runs over lists (a level
 * further down, `广开文化交流之门` over `在英国`, `在新加坡`, `在柬埔寨`, where one length alone says little).
 * Below a heading of the contents list (not `byLayout`) nothing nests: the 2020 report's boxes printed
 * side by side over their lists are siblings.
 */
export function nestParallelRuns(blocks: readonly Block[], depth: number, byLayout: (line: number) => boolean = () => true, listsOnly = false): Block[] {
  const at = (b: Block | undefined): b is Heading => b?.type === 'heading' && (b.depth ?? depth) === depth && byLayout(b.line);
  const out = [...blocks];
  const headings = out.flatMap((b, k) => (at(b) ? [k] : []));
  const length = (k: number) => [...(out[k] as Heading).text].length;
  const bodyOf = (k: number) => textUnder(out, k);
  const runOf = (from: readonly number[], alike: (k: number) => boolean) => {
    const end = from.findIndex((k) => !alike(k));
    return end < 0 ? [...from] : from.slice(0, end);
  };
  const shallower = (b: Block) => b.type === 'heading' && (b.depth ?? depth) < depth;
  headings.forEach((k, j) => {
    if (!at(out[k])) return;
    // Below a heading of the contents list, its own layout decides (the 2020 report's boxes side by side).
    const parent = out.slice(0, k).findLast(shallower);
    if (parent && !byLayout(parent.line)) return;
    if (!isIntroduction(bodyOf(k))) return;
    // The run stays under the heading's parent.
    const end = out.findIndex((b, n) => n > k && shallower(b));
    const after = headings.slice(j + 1).filter((n) => end < 0 || n < end);
    if (after.length < 2) return;
    const first = after[0]!;
    const text = (n: number) => (out[n] as Heading).text;
    // A level further down one length says little: there the run is printed in parallel and closes
    // its parent's part (`总体目标`, `总体进展` ending `应对全球气候变化`'s; not `联通看家`, `联通超清` before `全屋智能`).
    const parallelToEnd = runOf(after, (n) => printedInParallel(text(n), text(first)));
    const sized =
      length(first) === length(k) ? [] : listsOnly ? (parallelToEnd.length === after.length ? parallelToEnd : []) : runOf(after, (n) => length(n) === length(first));
    const listed = runOf(after, (n) => bodyOf(n)[0]?.type === 'list');
    const marker = (n: number) => (out[n] as Heading).marker;
    const marked = listsOnly || marker(k) || !marker(first) ? [] : runOf(after, (n) => marker(n) === marker(first));
    const run = marked.length >= 2 ? marked : sized.length >= 2 ? sized : listed.length >= 2 ? listed : [];
    for (const n of run) out[n] = { ...(out[n] as Heading), depth: depth + 1 };
  });
  return out;
}

/** A sub-heading's words a parent's introduction names: at least this many characters in a row. */
const MIN_NAMED = 3;

/**
 * The items of the enumerations in `said`: the parts of each clause that holds an enumeration comma
 * (`区域重大战略、区域协调发展战略`), the last one up to `等` or `的` (`粤港澳大湾区等更好发挥…` is `粤港澳大湾区`;
 * `智能、温暖的家庭生活服务` enumerates `智能`, `温暖`).
 */
const enumerated = (said: string): string[] =>
  said
    .split(/[，。；：！？\s]/u)
    .filter((c) => c.includes('、'))
    .flatMap((c) => {
      const items = c.split('、');
      return [...items.slice(0, -1), items.at(-1)!.replace(/[等的].*$/u, '')];
    });

/** Whether one of `items` names `title`: a run of MIN_NAMED or more of its characters that `own` (the parent's title) does not hold. */
function names(items: readonly string[], title: string, own: string): boolean {
  const t = [...title];
  for (let i = 0; i + MIN_NAMED <= t.length; i++) {
    const run = t.slice(i, i + MIN_NAMED).join('');
    if (!own.includes(run) && items.some((item) => item.includes(run))) return true;
  }
  return false;
}

/**
 * Headings an introduction names. Where a heading's introduction (one or two paragraphs) names the
 * headings found after it at its depth (`中国联通深入贯彻落实国家区域重大战略、区域协调发展战略…` over
 * `服务区域重大战略` and `服务区域协调发展战略`; `…助力京津冀、长三角…` over `京津冀协同发展`, `长三角一体化发展`),
 * those are its sub-headings: the run from the first heading after the introduction, named, to the
 * last one named before a heading above its depth, with the headings between, each with the headings
 * under it, sits one level below, and one it names that a topic had taken in comes back beside them. A
 * name is MIN_NAMED characters or more in a row of an enumeration's item (`enumerated`) that the
 * parent's own title does not hold (`可持续发展` under `可持续发展治理` names nothing new), the company's
 * name left out (`ignore`). Headings already below the parent, right after its introduction, may stand
 * before the run.
 */
export function nestNamedInIntroduction(blocks: readonly Block[], depth: number, byLayout: (line: number) => boolean = () => true, ignore: readonly string[] = []): Block[] {
  const at = (b: Block | undefined): b is Heading => b?.type === 'heading' && (b.depth ?? depth) === depth && byLayout(b.line);
  const bare = (s: string) => ignore.reduce((t, w) => t.split(w).join(' '), s);
  const out = [...blocks];
  for (let k = 0; k < out.length; k++) {
    if (!at(out[k])) continue;
    const intro = textUnder(out, k);
    if (!isIntroduction(intro)) continue;
    const said = enumerated(bare(intro.map((b) => (b.type === 'paragraph' ? b.text : '')).join(' ')));
    const own = (out[k] as Heading).text;
    const named = (b: Heading) => bare(b.text).split(/[\s，、]/u).some((part) => names(said, part, own));
    // The heading right after the introduction is named, and so is the first at its depth (past the
    // headings already under it, and their text).
    let first = k + 1 + intro.length;
    if (out[first]?.type !== 'heading' || !named(out[first] as Heading)) continue;
    while (first < out.length && !(out[first]!.type === 'heading' && ((out[first] as Heading).depth ?? depth) <= depth)) first++;
    if (!at(out[first]) || !named(out[first] as Heading)) continue;
    // Headings it names are siblings: one nested below another it names (`服务区域协调发展战略` taken for a
    // sub-heading of `服务区域重大战略`) comes back to this depth, with the headings under it.
    for (let n = first + 1; n < out.length; n++) {
      const b = out[n]!;
      if (b.type !== 'heading') continue;
      const d = b.depth ?? depth;
      if (d < depth) break;
      if (d === depth || !byLayout(b.line) || !named(b)) continue;
      for (let m = n; m < out.length; m++) {
        const c = out[m]!;
        if (c.type !== 'heading') continue;
        if (m > n && (c.depth ?? depth) <= d) break;
        out[m] = { ...c, depth: (c.depth ?? depth) - (d - depth) };
      }
    }
    // The run: headings at this depth up to the last one named, before a heading above it.
    let last = first;
    for (let n = first + 1; n < out.length; n++) {
      const b = out[n]!;
      if (b.type !== 'heading') continue;
      if ((b.depth ?? depth) < depth) break;
      if (at(b) && named(b)) last = n;
    }
    // The last one named holds the headings under it.
    let end = last + 1;
    while (end < out.length && !(out[end]!.type === 'heading' && ((out[end] as Heading).depth ?? depth) <= depth)) end++;
    for (let n = first; n < end; n++) {
      const b = out[n]!;
      if (b.type === 'heading') out[n] = { ...b, depth: (b.depth ?? depth) + 1 };
    }
  }
  return out;
}

/** Two titles of one length sharing a word of two characters anywhere (`强化风险识别预警`, `定期进行风险披露`). */
function sharesWord(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  return x.length === y.length && x.some((c, k) => k + 1 < x.length && /\p{Script=Han}{2}/u.test(c + x[k + 1]) && b.includes(c + x[k + 1]));
}

/**
 * A sub-heading right over headings printed in parallel. Where a heading one level below `depth` (a
 * sub-heading the nesting found) stands over a heading at `depth`, nothing or an introduction between, and that
 * heading opens a run of two or more printed in parallel (one length, two or more characters in the
 * same places, or one length and a word in common: `强化风险识别预警`, `加大风险追踪防控`, `定期进行风险披露`
 * under `● 严格做好风险管理`, the last of `持续增强内部控制`'s bulleted sub-headings), the run is the
 * sub-heading's: two levels below `depth`. It ends at the first heading printed otherwise (`全力保障安全生产`).
 */
export function nestParallelUnderSubHeading(blocks: readonly Block[], depth: number, byLayout: (line: number) => boolean = () => true): Block[] {
  const at = (b: Block | undefined, d: number): b is Heading => b?.type === 'heading' && (b.depth ?? depth) === d && byLayout(b.line);
  const out = [...blocks];
  out.forEach((b, k) => {
    if (!at(b, depth + 1)) return;
    const text = textUnder(out, k);
    if (text.length > 0 && !isIntroduction(text)) return;
    const first = out[k + 1 + text.length];
    if (!at(first, depth)) return;
    const run: number[] = [];
    for (let n = k + 1 + text.length; n < out.length; n++) {
      const c = out[n]!;
      if (c.type !== 'heading') continue;
      if (!at(c, depth) || !(printedInParallel(c.text, first.text) || sharesWord(c.text, first.text))) break;
      run.push(n);
    }
    if (run.length >= 2) for (const n of run) out[n] = { ...(out[n] as Heading), depth: depth + 2 };
  });
  return out;
}
