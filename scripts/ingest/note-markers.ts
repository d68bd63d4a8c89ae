// A note's marker is its number printed small after a word (`…第一提供商16，`, `EBITDA1为`); on the
// extracted line it is a digit like a figure's. What is a figure's, never a marker, is said once here for
// the stages that find markers: collection/page-notes.ts (which notes a page's text points to) and
// output/emit-mdx.ts (the links it makes).
import { classMembers, vocabulary } from './vocabulary.ts';
import { inEitherScript } from './convert-script.ts';

const { notMarkerAfter, notNoteAfter, figureUnits } = vocabulary.collection;

/**
 * The characters (for a regex class) a marker never follows and never precedes: after `第`, `前`, `约`…
 * a number counts (collection.yml notMarkerAfter); before a unit it measures (notNoteAfter, figureUnits:
 * `3个百分点`, `14号线`). `converted`: in either script, for text already converted to Traditional.
 */
export function figureDigits(converted = false): { notAfter: string; notBefore: string } {
  const either = (words: readonly string[]) => (converted ? inEitherScript(words) : [...words]);
  return { notAfter: classMembers(either(notMarkerAfter)), notBefore: classMembers(either([...notNoteAfter, ...figureUnits])) };
}
