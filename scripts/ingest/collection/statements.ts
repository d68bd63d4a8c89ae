// A results report's financial statements (balance sheet, income statement, cash flows), printed as
// tables and run together on the collection's line: the items column's name and the periods' names,
// then each item's name and its amounts, one per period, with nothing between them:
// `项目2022年9月30日2021年12月31日流动资产：货币资金68,382,013,54246,273,232,520交易性金融资产…`.
// Amounts are grouped by thousands (`68,382,013,542`), so where one ends and the next begins shows:
// a group holds three figures. Read back, each statement is a table of item, amount, amount.
import { alternation, classMembers, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { grammar, collection: words } = vocabulary;
const { items: ITEMS, itemPrefixes, signedBy, notApplicable } = words.results.statements;
const [Y, M, D] = [grammar.dates.year, grammar.dates.month, grammar.dates.day].map(escapeRegExp);

/** A date (`2022年9月30日`), or the words of a period after its year (`第一季度`, `前三季度（1-9月）`). */
const DATE = `\\d{1,2}${M}\\d{1,2}${D}`;
const PERIOD_WORDS = `\\p{Script=Han}{1,8}?(?:（\\d{1,2}-\\d{1,2}${M}）)?`;
/**
 * A statement's header: the items column's name and two periods' names, both dates
 * (`2022年9月30日2021年12月31日`) or the same words after two years (`2022年第一季度2021年第一季度`).
 */
const HEADER = new RegExp(`${escapeRegExp(ITEMS)}(\\d{4}${Y}(?:${DATE}|(${PERIOD_WORDS})))(\\d{4}${Y}(?:${DATE}|\\2))(?=\\p{Script=Han})`, 'gu');
/** The signatures under a statement (`公司负责人：…`), or a sentence's end: the statement has ended. */
const AFTER_STATEMENT = new RegExp(`${alternation(signedBy)}|[。！？]`, 'u');
/** The longest run of item names printed between two items' amounts. */
const NAMES_CHARS = 60;
/** An amount: thousands grouped by commas, maybe negative or with decimals (`-3,400,078,829`, `0.225`, `0`), or the words for none (`不适用`). */
const AMOUNT = new RegExp(`-?(?:0|[1-9]\\d{0,2}(?:,\\d{3})*)(?:\\.\\d+)?|${escapeRegExp(notApplicable)}`, 'uy');
/** Figures and the marks of amounts run together, not inside brackets (`（1）` numbers an item), or the words for none repeated. */
const AMOUNT_RUN = new RegExp(`(?<![（(\\d,.．-])-?\\d[\\d,.．-]*|(?:${escapeRegExp(notApplicable)}){2,}`, 'gu');
/** What follows a year, a month or a day: figures before it are a date, not amounts. */
const DATE_UNIT = new RegExp(`^(?:${Y}|${M}|${D})$`, 'u');
/** Where one item's name ends and the next begins inside a run of names printed without amounts. */
const NUMERAL = `[${classMembers(grammar.numerals)}]`;
const NAME_BREAK = new RegExp(`(?<=：)(?!$)|(?<=\\p{Script=Han}|）)(?=${NUMERAL}+、|（${NUMERAL}+）|（\\d+）|\\d{1,2}[.．]\\p{Script=Han}|(?:${alternation(itemPrefixes)})：)`, 'gu');
/** A colon after which the item's name goes on (`其中：营业收入`), not the end of a group's name (`流动资产：`). */
const PREFIX_COLON = new RegExp(`^(?:${alternation(itemPrefixes)})：$`, 'u');

/** Every way of reading `s` as `n` amounts, each whole. */
function readings(s: string, n: number): string[][] {
  const whole = (x: string) => {
    AMOUNT.lastIndex = 0;
    return AMOUNT.exec(x)?.[0].length === x.length;
  };
  if (n === 1) return whole(s) ? [[s]] : [];
  const out: string[][] = [];
  for (let end = 1; end < s.length; end++) if (whole(s.slice(0, end))) for (const tail of readings(s.slice(end), n - 1)) out.push([s.slice(0, end), ...tail]);
  return out;
}

/**
 * A run of figures read as `n` amounts, and the number of the next item where one follows them
 * (`…,7842.` + `终止…`: the amounts end at `784`, `2.` numbers the next item); null where it is no such
 * run. Of several readings, the one whose amounts print as many decimals each (`0.2250.185`: 0.225 and
 * 0.185, not 0.22 and 50.185).
 */
export function splitAmounts(run: string, n: number): { amounts: string[]; rest: string } | null {
  for (const rest of ['', run.slice(-2), run.slice(-3)].filter((r, k) => k === 0 || /^\d{1,2}[.．]$/u.test(r))) {
    const ways = readings(run.slice(0, run.length - rest.length), n);
    const way = ways.find((a) => new Set(a.map((x) => x.split('.')[1]?.length ?? 0)).size === 1) ?? ways[0];
    if (way) return { amounts: way, rest };
  }
  return null;
}

/** A statement read back: where it starts and ends in the text, and its rows (the columns' names first). */
export interface Statement {
  at: number;
  end: number;
  rows: string[][];
}

const count = (s: string, c: string) => s.split(c).length - 1;
/** A name that opens a bracket it does not close; a part that closes one it did not open. */
const opensBracket = (s: string) => count(s, '（') > count(s, '）');
const closesBracket = (s: string) => count(s, '）') > count(s, '（');

/** Item names printed one after another without amounts (`非流动资产：其他债权投资`), each a row of its own. */
const names = (run: string): string[] => {
  const parts: string[] = [];
  let from = 0;
  for (const m of run.matchAll(NAME_BREAK)) {
    if (PREFIX_COLON.test(run.slice(from, m.index))) continue;
    parts.push(run.slice(from, m.index));
    from = m.index;
  }
  return [...parts, run.slice(from)].filter(Boolean);
};

/**
 * The financial statements in `text`, each from its header to its last item with amounts (the
 * signatures and the next statement's title after it stay text). A run of figures that reads as one
 * amount per period ends an item's row; any other figures are part of a name.
 */
export function statements(text: string): Statement[] {
  const headers = [...text.matchAll(HEADER)];
  return headers.flatMap((h, k) => {
    const from = h.index + h[0].length;
    const limit = headers[k + 1]?.index ?? text.length;
    const periods = [h[1]!, h[3]!];
    const rows: string[][] = [[ITEMS, ...periods]];
    let at = from;
    let end = -1;
    for (const m of text.slice(from, limit).matchAll(AMOUNT_RUN)) {
      const runAt = from + m.index;
      // A year, a month or a day is no amount (`2022年1—9月` in the next statement's title).
      if (DATE_UNIT.test(text[runAt + m[0].length] ?? '') || runAt < at) continue;
      const read = splitAmounts(m[0], periods.length);
      if (!read) continue;
      const between = text.slice(at, runAt);
      if (AFTER_STATEMENT.test(between) || [...between].length > NAMES_CHARS) break;
      const item = names(between);
      if (item.length === 0) continue;
      // A name whose bracket its amounts interrupted (`2.终止经营净利润（净亏损` + `00` + `以“－”号填列）`): its cell
      // wrapped, the amounts printed beside its first line. The rest of it goes back to it.
      const previous = rows.at(-1)!;
      if (rows.length > 1 && item.length > 1 && opensBracket(previous[0]!) && closesBracket(item[0]!)) previous[0] += item.shift()!;
      for (const name of item.slice(0, -1)) rows.push([name, ...periods.map(() => '')]);
      rows.push([item.at(-1)!, ...read.amounts]);
      end = runAt + m[0].length - read.rest.length;
      at = end;
    }
    return rows.length > 2 ? [{ at: h.index, end, rows }] : [];
  });
}
