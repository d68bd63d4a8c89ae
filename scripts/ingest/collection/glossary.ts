// A white paper's glossary (`附录：缩略语`), which the collection runs together on its one line, read
// back into a table of abbreviation, full name and meaning. Two layouts:
// - entries one after another, each an abbreviation, its English name and its meaning set apart by
//   commas: `2D，2-Dimension，二维3D，3-Dimension，三维5G，…`. An entry starts after a Chinese character
//   with letters or figures and a comma (the meaning before it is Chinese);
// - numbered entries, each an abbreviation, a colon and its name: `1.ESG：环境（Environmental）…2.UNGC：…`.
// A body that is not wholly such entries is no glossary (null): it stays paragraphs.
import { vocabulary } from '../vocabulary.ts';

const { columns } = vocabulary.collection.glossary;

/** Where an entry starts: letters, figures or marks after a Chinese character (or the start), then a comma. */
const ENTRY_START = /(?<=^|\p{Script=Han})[^，,\p{Script=Han}]+[，,](?=[^，,\p{Script=Han}])/gu;
/** A separator between an entry's parts: a full-width comma, or an ASCII one. */
const SEPARATOR = /[，,]/u;
const capitals = (s: string) => s.replace(/[^A-Z]/gu, '');

/**
 * An entry's abbreviation where the meaning before it ends with letters or figures too
 * (`增强版5G` + `5G-ATG`, run together as `增强版5G5G-ATG`): the longest end of the run whose capitals
 * are the English name's, where the whole run's are not (`5G-ATG`, `5GAirToGround`).
 */
function abbreviationIn(run: string, english: string): string {
  if (capitals(run) === capitals(english)) return run;
  for (let k = 1; k < run.length; k++) if (capitals(run.slice(k)) === capitals(english) && /^[A-Za-z\d]/u.test(run.slice(k))) return run.slice(k);
  return run;
}

/** The rows of a glossary printed entry after entry (`2D，2-Dimension，二维3D，…`) and the commas that set their parts apart; or null. */
function runTogether(text: string): { rows: string[][]; separators: string[] } | null {
  const starts = [...text.matchAll(ENTRY_START)];
  if (starts.length < 2 || starts[0]!.index !== 0) return null;
  const rows: string[][] = [];
  const separators: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const entry = text.slice(starts[k]!.index, starts[k + 1]?.index ?? text.length);
    const run = starts[k]![0].slice(0, -1);
    const rest = entry.slice(run.length + 1);
    // The English name ends at the next comma, or where the Chinese meaning starts (no comma printed).
    const comma = rest.search(SEPARATOR);
    const english = comma >= 0 ? rest.slice(0, comma) : /^[^\p{Script=Han}]*/u.exec(rest)![0];
    const meaning = rest.slice(comma >= 0 ? comma + 1 : english.length);
    if (!english || !meaning) return null;
    separators.push(starts[k]![0].at(-1)!, ...(comma >= 0 ? [rest[comma]!] : []));
    const abbreviation = abbreviationIn(run, english);
    // The run's start that is not the abbreviation ends the meaning before.
    if (abbreviation !== run) rows.at(-1)![2] += run.slice(0, run.length - abbreviation.length);
    rows.push([abbreviation, english, meaning]);
  }
  return { rows, separators };
}

/** An entry numbered `n.`: its abbreviation (letters first), then a colon (counted as a separator). */
const numberedEntry = (n: number) => new RegExp(`(?<![A-Za-z\\d])${n}[.．]([A-Za-z][A-Za-z\\d&/-]*)：`, 'u');

/** The rows of a glossary of numbered entries (`1.ESG：…2.UNGC：…`), numbered 1, 2, 3… from the start, and their numbers; or null. */
function numbered(text: string): { rows: string[][]; numbers: string[]; separators: string[] } | null {
  const marks: { at: number; length: number; abbreviation: string; number: string }[] = [];
  for (let n = 1, from = 0; ; n++) {
    const m = numberedEntry(n).exec(text.slice(from));
    if (!m) break;
    marks.push({ at: from + m.index, length: m[0].length, abbreviation: m[1]!, number: m[0].slice(0, m[0].length - m[1]!.length - 1) });
    from += m.index + m[0].length;
  }
  if (marks.length < 2 || marks[0]!.at !== 0) return null;
  const rows = marks.map((m, k) => [m.abbreviation, text.slice(m.at + m.length, marks[k + 1]?.at ?? text.length)]);
  return { rows, numbers: marks.map((m) => m.number), separators: marks.map((m) => text[m.at + m.length - 1]!) };
}

/** A glossary read as a table: its rows (the columns' names first, which the build adds), and what it leaves out. */
export interface GlossaryTable {
  rows: string[][];
  /** The entries' numbers (`1.`): list markers. */
  numbers: string[];
  /** The commas (or the colon) printed between an entry's parts, which the table's columns replace. */
  separators: string[];
}

/** A glossary's table, or null where the text is not wholly a glossary's entries. */
export function glossaryTable(text: string): GlossaryTable | null {
  const body = text.trim();
  const entries = runTogether(body);
  if (entries) return { rows: [[columns.abbreviation, columns.english, columns.meaning], ...entries.rows], numbers: [], separators: entries.separators };
  const listed = numbered(body);
  return listed ? { ...listed, rows: [[columns.abbreviation, columns.meaning], ...listed.rows] } : null;
}
