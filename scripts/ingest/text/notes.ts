// A report prints the notes under a table or a chart as a label on a line of its own (`注：`, `註：`),
// then the notes, numbered (`1. 数据截至 2024 年 12 月底。`, `2. …`). The label is no paragraph of its own:
// it opens the first note, and the run of notes is set apart in the smaller type of a caption.
import type { Block } from '../types.ts';
import { NOTE_LABEL, noteNumber } from '../kpi/cells.ts';

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** A line holding only the label of the notes under it (`注：`, `註:`). */
const LABEL_ALONE = new RegExp(`^${NOTE_LABEL}$`, 'u');

/** Whether a paragraph is a notes label alone on its line. */
export const isNoteLabel = (text: string): boolean => LABEL_ALONE.test(text.trim());

/**
 * Blocks with each notes label joined to the first note under it (`注：` + `1. 数据截至…` →
 * `注：1. 数据截至…`, the label its caption label), and the notes numbered on from it in a caption's
 * type. A label over anything but a note numbered 1 stays as printed.
 */
export function withNoteLabelsJoined(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const first = blocks[i + 1];
    if (b.type !== 'paragraph' || !isNoteLabel(b.text) || first?.type !== 'paragraph' || noteNumber(first.text) !== 1) {
      out.push(b);
      continue;
    }
    const label = b.text.trim();
    out.push({ ...first, text: `${label}${first.text}`, caption: true, captionLabel: label } satisfies Paragraph);
    let n = 1;
    let k = i + 2;
    for (; k < blocks.length; k++) {
      const note = blocks[k]!;
      if (note.type !== 'paragraph' || noteNumber(note.text) !== n + 1) break;
      out.push({ ...note, caption: true });
      n++;
    }
    i = k - 1;
  }
  return out;
}
