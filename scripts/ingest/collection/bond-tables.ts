// A results report's tables of its bonds, run together on the collection's line: the columns' names in
// the order the report prints them (collection.yml `results.bonds`), then each bond's cells, nothing
// between them: `…债券名称简称代码到期日债券余额利率（%）中国联合网络通信有限公司2019年公司债券（第一期）19联通01155478.SH2022-06-1903.67…`.
// Each column is of a kind, and each kind shows where it ends: a short name is two digits of the year,
// the brand and a number (`19联通01`, `21联通SCP001`), a code six digits and its exchange's suffix or
// nine digits, a date in either form, a balance grouped by thousands (`0`, `5,000,000,000`), a rate
// with its decimals, a place of trading one of the exchanges; a bond's name and the way it is repaid
// run up to where the next cell reads. The table of how each bond was paid (`付息兑付情况`) is read
// the same way: a bond's name and its state. A table ends at the first row that does not read.
import { columnsAt, columnsByKind, ISO_DAY, PRINTED_DAY, rowsRead, type FigureTable } from './figure-tables.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { names } = vocabulary;
const { bonds, stock } = vocabulary.collection.results;

type Kind = keyof typeof bonds.columns;

/** Each column's name with its kind, longer names first (`利率（%）` before `利率`). */
const COLUMNS = columnsByKind<Kind>(bonds.columns);
/** The fewest columns a table of bonds prints: a name and a state, or a name, a short name and a code. */
const MIN_COLUMNS = 2;

/** A date in either form: `2022-06-19`, `2019年6月19日`. */
const DATE = `(${ISO_DAY}|${PRINTED_DAY})`;
/** What each kind of cell reads (one capture each); names and repayment terms run lazily up to the next cell. */
const CELL: Record<Kind, string> = {
  name: `([^。！？；]{4,60}?)`,
  short: `(\\d{2}${escapeRegExp(names.company.brand)}[A-Z]{0,4}\\d{2,3})`,
  code: `(\\d{6}\\.[A-Z]{2}|\\d{9})`,
  issued: DATE,
  due: DATE,
  balance: `(0|[1-9]\\d{0,2}(?:,\\d{3})*)`,
  rate: `(\\d{1,2}\\.\\d{1,2})`,
  repayment: `(.{2,80}?)`,
  venue: `(${alternation(stock.exchanges)})`,
  state: `(${alternation(bonds.states)})`,
};

/** The columns' names printed from `at`, or null where they make no table of bonds. */
function headerAt(text: string, at: number): { kinds: Kind[]; names: string[]; end: number } | null {
  const header = columnsAt(text, at, COLUMNS);
  const { kinds } = header;
  const known = kinds[0] === 'name' && kinds.length >= MIN_COLUMNS && new Set(kinds).size === kinds.length && (kinds.includes('state') || (kinds.includes('short') && kinds.includes('code')));
  return known ? header : null;
}

/**
 * The tables of bonds in `text`: at each place a bond's name column opens a run of known column names,
 * the rows read under them, one after another (two rows for a table of states, one for a table of bonds
 * with its short name and code, which say what it is).
 */
export function bondTables(text: string): FigureTable[] {
  const first = bonds.columns.name.map(escapeRegExp).join('|');
  return [...text.matchAll(new RegExp(`(?:${first})`, 'gu'))].flatMap((h) => {
    const header = headerAt(text, h.index);
    if (!header) return [];
    // A row ends where a cell that is not the last one's kind would go on reading (a rate's decimals, a balance's groups).
    const row = new RegExp(`${header.kinds.map((kind) => CELL[kind]).join('')}(?![\\d,.])`, 'uy');
    const body = rowsRead(text, header.end, row, (m) => m.slice(1, 1 + header.kinds.length));
    const enough = header.kinds.includes('state') ? 2 : 1;
    return body.rows.length >= enough ? [{ at: h.index, end: body.end, rows: [header.names, ...body.rows] }] : [];
  });
}
