// A white paper's tables of documents (policies, laws), run together on the collection's line: the
// columns' names (collection.yml `documentLists`), then a row per document, nothing between them:
// `省份文件名称政策要点发布时间重庆《重庆市金融改革发展“十四五”规划》积极推进…机制。2022年1月陕西《…》…`.
// Each kind of cell shows where it ends: a title is printed in 《》 (maybe a bracket after it:
// `《关于恢复和扩大消费的措施》（20条）`) or ends with the kind of document it is (`数字乡村发展战略纲要`,
// `关于…的意见`, maybe a version or years after it), a date is a year and a month (`2022年1月`) or digits with dots
// (`2023.04.26`, `2023.08`), what a document says is sentences up to the full stop before the next cell
// or row; an issuer, a number or a level runs up to the next cell. A level of legal force is printed
// once over the documents of one level (a merged cell): a row without one leaves its cell empty, as
// printed; a second date column may be empty too (no date of effect). The columns' names printed
// again after a page break are left out, counted. A row's last sentences end where the next row opens (its
// cells up to its date, or its title where no date comes first); a table ends at the first row that does
// not read (a title cut by a page break: the text stays as printed).
import { columnsAt, columnsByKind, type FigureTable } from './figure-tables.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { grammar, collection } = vocabulary;
type Kind = keyof typeof collection.documentLists.columns;

/** Each column's printed name with its kind, longer names first (`发布日期` before a shorter one it opens with). */
const COLUMNS = columnsByKind<Kind>(collection.documentLists.columns);
/** The fewest columns a table of documents prints: a title among them. */
const MIN_COLUMNS = 3;
/** The fewest rows that make a table. */
const MIN_ROWS = 2;

const [Y, M, D] = [grammar.dates.year, grammar.dates.month, grammar.dates.day].map(escapeRegExp);
/** A date: a year and a month, maybe a day (`2022年1月`), or digits with dots (`2023.04.26`, `2023.08`); not an amount (`1234.56`). */
const DATE = `(?:19|20)\\d{2}(?:${Y}(?:1[0-2]|0?[1-9])${M}(?:(?:3[01]|[12]\\d|0?[1-9])${D})?|\\.(?:1[0-2]|0[1-9])(?:\\.(?:3[01]|[12]\\d|0[1-9]))?)`;
/**
 * A title in 《》, no sentence's end inside (a page break's cut), maybe a bracket after it; or printed
 * without 《》, where its last word names the kind of document (collection.yml documentLists.kinds:
 * `数字乡村发展战略纲要`, `关于…的意见`), maybe its version or years after it (`数字乡村建设指南1.0`,
 * `数字乡村发展行动计划（2022-2025年）`): no clause's mark inside.
 */
const BARE_TITLE = `[^《》。！？，；：、]{2,60}?(?:${alternation(collection.documentLists.kinds)})(?:\\d+(?:\\.\\d+)?|[（(]\\d{4}[-－—–]\\d{4}${Y}[)）])?`;
const TITLE = `(?:《[^《》。！？]{2,120}》(?:[（(][^（）()《》。]{1,12}[)）])?|${BARE_TITLE})`;
/** What each kind of cell reads, the columns' names printed again (`names`) never inside one; words run lazily up to the next cell. */
const cellPattern = (kind: Kind, names: string): string => {
  const char = (chars: string) => `(?:(?!${names})${chars})`;
  switch (kind) {
    case 'issuer':
      return `${char('[^《》。！？；：]')}{2,40}?`;
    case 'date':
      return DATE;
    case 'title':
      return TITLE;
    case 'content':
      // Sentences up to a full stop, no date of a row among them.
      return `${char(`(?!${DATE})[^]`)}+?。`;
    case 'number':
      return `${char('[^《》。！？；]')}{0,160}?`;
    case 'level':
      return `${char('[^《》。！？；：\\d]')}{0,20}?`;
  }
};
/** The kinds a table may print twice (a date of issue and one of effect); any other once. */
const TWICE: readonly Kind[] = ['date'];
/** Kinds whose cell runs lazily up to the next cell. */
const LAZY: readonly Kind[] = ['issuer', 'content', 'number', 'level'];
/** Of those, the kinds whose end does not show (sentences end with their full stop). */
const UNENDED: readonly Kind[] = ['issuer', 'number', 'level'];
/** A figure's credit after a table (`来源：中国信息通信研究院`). */
const CREDIT = `(?:${alternation(collection.figureCredits)})[：:]`;

/** The columns' names printed from `at`, or null where they make no table of documents. */
function headerAt(text: string, at: number): { kinds: Kind[]; names: string[]; end: number } | null {
  const header = columnsAt(text, at, COLUMNS);
  const { kinds } = header;
  const once = kinds.every((kind, k) => kinds.indexOf(kind) === k || (TWICE.includes(kind) && kinds.filter((x) => x === kind).length <= 2));
  // Words last and words first (a number, then the next row's level) leave no end that shows between them.
  const endShows = !(UNENDED.includes(kinds.at(-1)!) && kinds.slice(0, kinds.indexOf('title')).some((kind) => LAZY.includes(kind)));
  return kinds.length >= MIN_COLUMNS && kinds.includes('title') && once && endShows ? header : null;
}

/**
 * A row's pattern under `kinds` (one capture per column) whose names are printed as `printed`: a date
 * column after another may be empty; a last column that runs lazily ends where the next row, the
 * names printed again, a credit or the text's end begins.
 */
function rowPattern(kinds: readonly Kind[], printed: string): RegExp {
  const names = escapeRegExp(printed);
  const cells = kinds.map((kind, k) => (kind === 'date' && kinds.slice(0, k).includes('date') ? `(${DATE})?` : `(${cellPattern(kind, names)})`));
  // The next row's opening: its cells up to its title; where a date comes before the title, up to the date
  // (a row whose title a page break cut still ends the row before it: `…繁荣发展。中共中央、国务院2022年2月关于做好…`).
  const before = kinds.slice(0, kinds.indexOf('title'));
  const upTo = before.includes('date') ? before.lastIndexOf('date') + 1 : kinds.indexOf('title') + 1;
  const opening = kinds.slice(0, upTo).map((kind) => `(?:${cellPattern(kind, names)})`).join('');
  const end = LAZY.includes(kinds.at(-1)!) ? `(?=${opening}|${names}|${CREDIT}|$)` : '';
  return new RegExp(`${cells.join('')}${end}`, 'uy');
}

/**
 * The tables of documents in `text`: at each run of known columns' names (a title's among them), the
 * rows read under them one after another, the names printed again after a page break skipped.
 */
export function documentListTables(text: string): FigureTable[] {
  const tables: FigureTable[] = [];
  const first = new RegExp(alternation(COLUMNS.map((c) => c.name)), 'gu');
  for (const m of text.matchAll(first)) {
    if (tables.length && m.index < tables.at(-1)!.end) continue;
    const header = headerAt(text, m.index);
    if (!header) continue;
    const printed = header.names.join('');
    const row = rowPattern(header.kinds, printed);
    const rows: string[][] = [header.names];
    const repeatedHeaders: string[] = [];
    let end = header.end;
    for (;;) {
      if (rows.length > 1 && text.startsWith(printed, end)) {
        repeatedHeaders.push(printed);
        end += printed.length;
        continue;
      }
      row.lastIndex = end;
      const r = row.exec(text);
      if (!r || r[0].length === 0) break;
      rows.push(r.slice(1).map((c) => c ?? ''));
      end = r.index + r[0].length;
    }
    // Names printed again after the last row are the text's.
    while (repeatedHeaders.length && text.slice(0, end).endsWith(printed)) {
      repeatedHeaders.pop();
      end -= printed.length;
    }
    // A level printed once over its documents spans the rows that leave its cell empty.
    const level = header.kinds.indexOf('level');
    if (rows.length - 1 >= MIN_ROWS) tables.push({ at: m.index, end, rows, ...(repeatedHeaders.length ? { repeatedHeaders } : {}), ...(level >= 0 ? { mergedDown: [level] } : {}) });
  }
  return tables;
}
