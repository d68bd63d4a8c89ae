// Marks the search terms on the page a result opened (`?hl=` in its URL), with the CSS Custom
// Highlight API: no DOM is changed, so paragraph ids, copy links and the text stay as they are.

/** The terms to mark: the `hl` parameter split at spaces, quotes dropped, duplicates removed. */
export function highlightTerms(search: string): string[] {
  const hl = new URLSearchParams(search).get('hl') ?? '';
  return [...new Set(hl.replace(/"/g, ' ').split(/\s+/).filter((t) => t.length > 0))];
}

/** Start offsets of every case-insensitive occurrence of `term` in `text`. */
export function occurrences(text: string, term: string): number[] {
  const hay = text.toLowerCase();
  const needle = term.toLowerCase();
  const found: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

/** Highlights the terms inside `root`; returns the number of hits marked. */
export function highlightPage(root: Element, terms: readonly string[]): number {
  if (!terms.length || typeof Highlight === 'undefined' || !CSS.highlights) return 0;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const term of terms) {
      for (const at of occurrences(text, term)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        ranges.push(range);
      }
    }
  }
  CSS.highlights.set('search-hit', new Highlight(...ranges));
  if (ranges.length && !location.hash) ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return ranges.length;
}
