// Stable ids for paragraphs, so a reader can cite one (`…/section/#p-3f9a2c1`). The id is a short hash
// of the paragraph's text as the source prints it: editing another paragraph, or another source,
// changes no id, and both scripts share it because it is taken before conversion.
import { createHash } from 'node:crypto';
import type { Doc } from '../types.ts';
import { isNoteLabel } from '../text/notes.ts';

export function paragraphId(text: string): string {
  return `p-${createHash('sha1').update(text.trim()).digest('hex').slice(0, 7)}`;
}

/** Gives every paragraph of every section an id, unique within its section (`-2`, `-3` for repeats). */
export function assignParagraphIds(doc: Doc): Doc {
  return {
    ...doc,
    sections: doc.sections.map((s) => {
      const taken = new Set<string>();
      return {
        ...s,
        blocks: s.blocks.map((b) => {
          if (b.type !== 'paragraph') return b;
          // A note keeps the id it had before the label over the notes was joined to it (text/notes.ts).
          const label = b.captionLabel && isNoteLabel(b.captionLabel) ? b.captionLabel : '';
          const base = paragraphId(b.text.slice(label.length));
          let id = base;
          for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
          taken.add(id);
          return { ...b, id };
        }),
      };
    }),
  };
}
