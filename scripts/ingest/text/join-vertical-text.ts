// Rejoins words a diagram prints vertically, one character a line (`統`/`籌`/`協`/`同`), which the
// extraction gives as a column of one-character lines: without this they would be paragraphs of one
// character each.
import type { Line } from '../types.ts';

/** A line holding a single character of writing (a blank line may sit between two of them). */
const isOneChar = (l: Line | undefined) => !!l && /^\s*\p{Script=Han}\s*$/u.test(l.text);
/** Inside a column, a line may also hold the enumeration comma between its words (`去機關化`/`、`/`去行政化`). */
const isInColumn = (l: Line | undefined) => isOneChar(l) || (!!l && /^\s*[、，]\s*$/u.test(l.text));
const isBlank = (l: Line | undefined) => !!l && l.text.trim() === '';

/** The shortest column read as vertical text. */
const MIN_COLUMN = 3;

export function joinVerticalText(lines: readonly Line[]): Line[] {
  const out = lines.map((l) => ({ ...l }));
  for (let i = 0; i < out.length; i++) {
    if (!isOneChar(out[i])) continue;
    const column = [i];
    let j = i + 1;
    while (j < out.length && (isInColumn(out[j]) || (isBlank(out[j]) && isOneChar(out[j + 1])))) {
      if (isInColumn(out[j])) column.push(j);
      j++;
    }
    if (column.length < MIN_COLUMN) continue;
    out[i] = { n: out[i]!.n, text: column.map((k) => out[k]!.text.trim()).join(''), vertical: true };
    for (const k of column.slice(1)) out[k] = { n: out[k]!.n, text: '' };
    i = j - 1;
  }
  return out;
}
