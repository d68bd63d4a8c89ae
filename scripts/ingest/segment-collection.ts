// First cut at a collection that runs many documents together on one line: cut it into parts at
// sentence ends, each titled by its opening words. (Real document segmentation is issue #3.)
import type { Line } from './types.ts';

const PART_CHARS = 6000;
const PARAGRAPH_CHARS = 400;

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

/** Each part becomes a section: a title line followed by paragraph lines, all on the source's line. */
export function segmentCollection(lines: readonly Line[]): { title: string; lines: Line[] }[] {
  return lines
    .filter((l) => l.text.trim())
    .flatMap((line) =>
      splitAtSentences(line.text, PART_CHARS).map((part, k) => ({
        title: `第${k + 1}部分：${[...part].slice(0, 16).join('')}…`,
        lines: splitAtSentences(part, PARAGRAPH_CHARS).flatMap((p) => [{ n: line.n, text: p }, { n: line.n, text: '' }]),
      })),
    );
}
