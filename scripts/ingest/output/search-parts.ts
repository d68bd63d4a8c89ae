// Search indexes a long section in parts, so that a result's fragment (the text Pagefind fetches to
// show it) is a part of a page, not the whole page. A part starts at a heading once the part before
// it holds enough text, or at any block once it holds twice that (a long article without
// sub-headings); a section too short to split is one part.
import type { Block } from '../types.ts';
import { blockText } from '../text/blocks.ts';

/** Characters of text a part holds at least before a heading starts the next one. */
export const PART_CHARS = 1000;

/** The part (0, 1, …) each block is indexed in; all 0 when the section is one part. */
export function searchParts(blocks: readonly Block[], partChars = PART_CHARS): number[] {
  const parts: number[] = [];
  let part = 0;
  let chars = 0;
  for (const block of blocks) {
    if ((block.type === 'heading' && chars >= partChars) || chars >= 2 * partChars) {
      part++;
      chars = 0;
    }
    parts.push(part);
    chars += [...blockText(block)].length;
  }
  // A short tail is not a part of its own: it joins the part before it.
  if (part > 0 && chars < partChars / 3) return parts.map((p) => Math.min(p, part - 1));
  return parts;
}

/**
 * The HTML Pagefind indexes for each part of a page whose blocks carry `data-part`: the whole page
 * with the blocks of the other parts ignored (`data-pagefind-ignore`), so every part keeps the page's
 * title, filters and metadata. A part that starts with a block that has an id (a paragraph's anchor)
 * records it as its `anchor` metadata, so a result can open the page there when the part has no
 * heading. A page without parts is one record. Every record drops the ids of blocks (withoutBlockIds).
 */
export function partPages(html: string): string[] {
  const numbers = [...html.matchAll(/ data-part="(\d+)"/g)].map((m) => Number(m[1]));
  const count = Math.max(-1, ...numbers) + 1;
  if (count <= 1) return [withoutBlockIds(html)];
  return Array.from({ length: count }, (_, k) => {
    let first = true;
    const part = html.replace(/ data-part="(\d+)"( id="([^"]+)")?/g, (m, j: string, _idAttr: string | undefined, id: string | undefined) => {
      if (Number(j) !== k) return `${m} data-pagefind-ignore`;
      const anchor = first && k > 0 && id ? ` data-pagefind-meta="anchor:${id}"` : '';
      first = false;
      return `${m}${anchor}`;
    });
    // Page-wide metadata that English words find (the English summary, `data-page-meta`) is `summary_en`
    // in the first part only, so that an English word only it holds finds the page once; the other parts
    // carry it as `summary_part`, shown with a hit there and counted in its ranking like the first part's.
    return withoutBlockIds(k === 0 ? part : part.replace(/(<[a-z]+ data-page-meta) data-pagefind-meta="summary_en\[/g, '$1 data-pagefind-meta="summary_part['));
  });
}

/**
 * Pagefind keeps every element with an id in a result's fragment, with its whole text, to offer it as
 * a place to open; it opens results at headings only, so the ids of paragraphs, notes and footnote
 * links (the site's own anchors) would only store the text a second time. The indexed copy drops them.
 */
export function withoutBlockIds(html: string): string {
  return html.replace(/<(?!h[1-6]\b)([a-z][a-z0-9-]*)\b([^>]*?) id="[^"]*"/g, '<$1$2');
}
