// Page numbers the one-line collection glued into a paged document's sentences (`…为公司高质量发展提5供坚实
// 保障`, `…具体如下：2会议届次`): each printed page's number, one more than the last, about one page's
// text apart. Told from the document's own numbers by that count and that spacing, never by the digits.

/** A lone number of one or two digits between words, or after a colon or a sentence's end, before words. */
const CANDIDATE = /(?<=[\p{Script=Han}。：；，])(\d{1,2})(?=\p{Script=Han})/gu;
/** The text of one page, in characters: at least, and at most. */
const PAGE = { min: 400, max: 2000 };
/** Pages apart from each other in a run may be one or two (a page number lost in the extraction). */
const MAX_STEP = 2;
/** Each page's length within this share of the run's middle page length. */
const REGULAR = 0.3;
/** The fewest page numbers in a run. */
const MIN_RUN = 3;

interface Candidate {
  at: number;
  value: number;
}

/** The longest run of page numbers among the candidates: each one to two more than the one before, a page's text per page apart. */
function longestRun(found: readonly Candidate[]): Candidate[] {
  const best: Candidate[][] = found.map((c) => [c]);
  found.forEach((c, k) => {
    for (let j = 0; j < k; j++) {
      const before = found[j]!;
      const step = c.value - before.value;
      const gap = c.at - before.at;
      if (step >= 1 && step <= MAX_STEP && gap >= PAGE.min * step && gap <= PAGE.max * step && best[j]!.length + 1 > best[k]!.length) best[k] = [...best[j]!, c];
    }
  });
  return best.reduce((a, b) => (b.length > a.length ? b : a), [] as Candidate[]);
}

/** Whether the pages of a run are of one length, about (a run of a document's own numbers is not). */
function regular(run: readonly Candidate[]): boolean {
  const perPage = run.slice(1).map((c, k) => (c.at - run[k]!.at) / (c.value - run[k]!.value));
  const middle = [...perPage].sort((a, b) => a - b)[Math.floor(perPage.length / 2)]!;
  return perPage.every((p) => Math.abs(p - middle) <= REGULAR * middle);
}

/** The text without the page numbers glued into it, and the numbers taken out (to be counted). */
export function withoutGluedPageNumbers(text: string): { text: string; removed: string[] } {
  const found = [...text.matchAll(CANDIDATE)].map((m) => ({ at: m.index, value: Number(m[1]) }));
  const run = longestRun(found);
  if (run.length < MIN_RUN || !regular(run)) return { text, removed: [] };
  let out = text;
  for (const c of [...run].reverse()) out = out.slice(0, c.at) + out.slice(c.at + String(c.value).length);
  return { text: out, removed: run.map((c) => String(c.value)) };
}
