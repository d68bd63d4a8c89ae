// A white paper's tables of documents (policies, laws), run together on the collection's line: the
// columns' names (collection.yml `documentLists`), then a row per document, nothing between them:
// `省份文件名称政策要点发布时间重庆《重庆市金融改革发展“十四五”规划》积极推进…机制。2022年1月陕西《…》…`.
// Each kind of cell shows where it ends: a title is printed in 《》 (maybe a bracket after it:
// `《关于恢复和扩大消费的措施》（20条）`), a date is a year and a month (`2022年1月`) or digits with dots
// (`2023.04.26`, `2023.08`), what a document says is sentences up to the full stop before the next cell
// or row; an issuer, a number or a level runs up to the next cell. A level of legal force is printed
// once over the documents of one level (a merged cell): a row without one leaves its cell empty, as
// printed; a second date column may be empty too (no date of effect). The columns' names printed
// again after a page break are left out, counted. A table ends at the first row that does not read
// (a title printed without 《》 or cut by a page break: the text stays as printed).
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
/** A date: a year and a month, maybe a day (`2022年1月`), or digits with dots (`2023.04.26`, `2023.08`). */
const DATE = `\\d{4}(?:${Y}\\d{1,2}${M}(?:\\d{1,2}${D})?|\\.\\d{2}(?:\\.\\d{2})?)`;
/** A title in 《》, no sentence's end inside (a page break's cut), maybe a bracket after it. */
const TITLE = `《[^《》。！？]{2,120}》(?:[（(][^（）()《》。]{1,12}[)）])?`;
/** What each kind of cell reads; words run lazily up to the next cell. */
const CELL: Record<Kind, string> = {
  issuer: `[^《》。！？；：]{2,40}?`,
  date: DATE,
  title: TITLE,
  // Sentences up to a full stop, no date of a row among them.
  content: `(?:(?!${DATE})[^])+?。`,
  number: `[^《》。！？；]{0,160}?`,
  level: `[^《》。！？；：\\d]{0,20}?`,
};
/** A figure's credit after a table (`来源：中国信息通信研究院`). */
const CREDIT = `(?:${alternation(collection.figureCredits)})[：:]`;

/** The columns' names printed from `at`, or null where they make no table of documents. */
function headerAt(text: string, at: number): { kinds: Kind[]; names: string[]; end: number } | null {
  const header = columnsAt(text, at, COLUMNS);
  return header.kinds.length >= MIN_COLUMNS && header.kinds.includes('title') ? header : null;
}

/** A row's pattern under `kinds` (one capture per column): a date column after another may be empty; a last column of sentences ends where the next row, a credit or the text's end begins. */
function rowPattern(kinds: readonly Kind[]): RegExp {
  const cells = kinds.map((kind, k) => (kind === 'date' && kinds.slice(0, k).includes('date') ? `(${CELL.date})?` : `(${CELL[kind]})`));
  const opening = kinds.slice(0, kinds.indexOf('title') + 1).map((kind) => `(?:${CELL[kind]})`).join('');
  const end = kinds.at(-1) === 'content' ? `(?=${opening}|${CREDIT}|$)` : '';
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
    const row = rowPattern(header.kinds);
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
    if (rows.length - 1 >= MIN_ROWS) tables.push({ at: m.index, end, rows, ...(repeatedHeaders.length ? { repeatedHeaders } : {}) });
  }
  return tables;
}
