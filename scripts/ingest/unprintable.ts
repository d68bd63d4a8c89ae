// Characters no page may print, dropped from source text and metadata and counted by class: control
// characters (NUL and the rest of C0 but tab and line feed, DEL, C1), which end up raw in HTML and
// `<title>`, and bidirectional controls, with which a title could reorder the text around it. The
// reports are Chinese and never need either.
import { recordRemoval } from './removal-log.ts';
import type { RemovalLog } from './types.ts';

const unprintable: { cls: string; pattern: RegExp }[] = [
  { cls: 'control-character', pattern: /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu },
  // Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks LRM, RLM, ALM.
  { cls: 'bidi-control', pattern: /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu },
];

/** `text` without unprintable characters; each one dropped is recorded in `log` under its class. */
export function dropUnprintable(text: string, log: RemovalLog): string {
  let out = text;
  for (const { cls, pattern } of unprintable) {
    out = out.replace(pattern, (match) => {
      recordRemoval(log, cls, match, `U+${match.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      return '';
    });
  }
  return out;
}
