// Nothing is lost: every sentence of every source's body text is on some page, and the build report
// accounts for every character it did not publish.
import { describe, expect, it } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { ingest } from '../../scripts/ingest/main.ts';
import { cleanLines, toLines } from '../../scripts/ingest/text/clean.ts';
import { runningNames } from '../../scripts/ingest/metadata.ts';
import { blockText } from '../../scripts/ingest/text/blocks.ts';
import { learnRunningHeaders, stripRunningHeaders } from '../../scripts/ingest/collection/segment.ts';
import { withoutSeedNoise } from '../../scripts/ingest/text/seed-noise.ts';
import type { RemovalLog } from '../../scripts/ingest/types.ts';
import { vocabulary } from '../../scripts/ingest/vocabulary.ts';
import { shareholderTables } from '../../scripts/ingest/collection/shareholder-tables.ts';

const sources = readSources('content/sources');
const result = ingest(sources);
const squeeze = (s: string) => s.replace(/\s+/gu, '');

describe.each(sources.map((s) => [s.id, s] as const))('%s', (id, source) => {
  const report = result.reports.find((r) => r.source === source.file)!;

  it('leaves no character unexplained', () => {
    expect(report.unexplained).toBe(0);
    expect(report.charsPublished).toBeGreaterThan(report.charsIn * 0.9);
  });

  it('publishes none of the seed\'s noise: no `###` standing for a word, no run of keyboard symbols', () => {
    const docs = result.docs.filter((d) => d.id === id || d.collection === id);
    const pages = docs.flatMap((d) => d.sections.flatMap((s) => [s.title, ...s.blocks.map(blockText)])).join('\n');
    expect(pages.match(/#{3,}|[@#$%^&*￥]{2,}|[（(][@#$^&*￥][)）]|(?<=\p{Script=Han})[\^$](?=\p{Script=Han})/gu) ?? []).toEqual([]);
    // An asterisk inside a word only in a formula's sentence (with its `=`).
    for (const m of pages.matchAll(/(?<=\p{Script=Han})\*(?=\p{Script=Han})/gu)) expect(pages.slice(Math.max(0, m.index - 80), m.index)).toMatch(/[=＝][^。！？]*$/u);
  });

  it('publishes every sentence of the cleaned text on some page', () => {
    const docs = result.docs.filter((d) => d.id === id || d.collection === id);
    // Pages in source order (a sentence may run from one collected document into the next), then the
    // titles, which a chapter's whole title printed a second time is published as.
    const pages = docs.flatMap((d) => d.sections.flatMap((s) => [s.printed, ...s.blocks.map(blockText)])).join('');
    const published = squeeze(`${pages}|${docs.flatMap((d) => d.sections.map((s) => s.title)).join('|')}`);
    let cleaned = cleanLines(toLines(source.text), runningNames(source.meta)).lines.map((l) => l.text).join('\n');
    // Running page headers of collected documents are removed mid-sentence; take them out here too.
    const headers = source.meta.kind === 'collection' ? learnRunningHeaders(cleaned) : null;
    if (headers) cleaned = stripRunningHeaders(cleaned, headers);
    // The seed's keyboard noise is taken out (counted as `seed-noise`); take it out here too.
    const noise: RemovalLog = {};
    cleaned = withoutSeedNoise(cleaned, noise);
    expect(report.removed['seed-noise']?.count ?? 0).toBeLessThanOrEqual(noise['seed-noise']?.count ?? 0);
    const duplicates = new Set(report.duplicates ?? []);
    // A list a table cell prints as raw HTML is published item by item, without its markup and item marks.
    const raw = cleaned.split(/(?<=[。！？])|\n/u).map((s) => s.replace(/(?<=<ul\b[^>]*>[^\t]*)•/gu, '').replace(/<\/?(?:ul|li)\b[^>]*>|☆/gu, '').replace(/^\s*[-•●▪‧–]\s*/u, ''));
    const sentences = raw.map(squeeze).filter((s) => s.length >= 6);
    // A table row is published cell by cell, and two tables printed side by side are published one
    // after the other: a line whose every space-separated cell is published counts as published.
    // A unit printed in brackets after a name may have moved into a unit column (the brackets counted as removed).
    const unbracketed = (s: string) => s.replace(/[（()）]/gu, '');
    // A key figure's label printed with its unit in brackets (`男女比例（男比女）`) is published as its name and its unit.
    const nameAndUnit = (c: string) => /^(.+?)[（(]([^（）()]+)[)）]$/u.exec(c)?.slice(1).every((p) => published.includes(p)) ?? false;
    const cellsPublished = (line: string) => line.trim().split(/\s+/u).every((c) => published.includes(squeeze(c)) || nameAndUnit(squeeze(c)) || unbracketed(squeeze(c)).split(/(?<=\p{Script=Han})(?=[\d.,%]+$)|(?<=[^\d])(?=人|小時|萬|%)/u).every((p) => published.includes(p)));
    // A sentence that runs across the end of one collected document and the start of the next (a
    // byline, then a headline) is published in two places: both parts must be there.
    const splitPublished = (s: string) => [...s].some((_, k) => k >= 4 && k <= s.length - 4 && published.includes(s.slice(0, k)) && published.includes(s.slice(k)));
    const unpublished = raw.filter((s) => squeeze(s).length >= 6 && !published.includes(squeeze(s)) && !cellsPublished(s) && !splitPublished(squeeze(s))).map(squeeze);
    // A heading printed with a full stop ending its line is published without it (counted as `heading-stop`).
    const withoutStop = unpublished.filter((s) => s.endsWith('。') && published.includes(s.slice(0, -1)));
    expect(withoutStop.length).toBeLessThanOrEqual(report.removed['heading-stop']?.count ?? 0);
    // A page number printed between a sentence's end and a heading is left out (counted as `page-number`).
    // So is a document's first page number printed between the end of the document before and its title.
    const acrossPage = (s: string) => [...s].some((_, k) => k >= 4 && published.includes(s.slice(0, k)) && /^\d{1,3}\D/u.test(s.slice(k)) && published.includes(s.slice(k).replace(/^\d{1,3}/u, '')));
    const withoutPage = unpublished.filter((s) => (/^\d{1,3}\D/u.test(s) && published.includes(s.replace(/^\d{1,3}/u, ''))) || acrossPage(s));
    expect(withoutPage.length).toBeLessThanOrEqual(report.removed['page-number']?.count ?? 0);
    // A row of figures under one label is published figure by figure, without the separators between them (counted as `figure-separator`).
    const withoutSeparators = unpublished.filter((s) => /[、，]/u.test(s) && published.includes(s.replace(/[、，]/gu, '')));
    expect(withoutSeparators.length).toBeLessThanOrEqual(report.removed['figure-separator']?.count ?? 0);
    // A glossary is published as a table (collection/glossary.ts): its entries' cells in order, with only
    // the separators between parts (counted as `column-separator`) and the entries' numbers (as markers)
    // left out; what the sentence prints before the first cell and after the last is published.
    const glossaries = docs.flatMap((d) => d.sections.flatMap((s) => s.blocks)).flatMap((b) => (b.type === 'table' && b.rows[0]?.[0] === vocabulary.collection.glossary.columns.abbreviation ? [b.rows.slice(1).flat().map(squeeze)] : []));
    const asGlossary = (s: string) =>
      glossaries.some((cells) => {
        const at: number[] = [];
        for (const c of cells) at.push(s.indexOf(c, at.length ? at.at(-1)! + cells[at.length - 1]!.length : 0));
        if (at.some((k) => k < 0)) return false;
        const between = cells.slice(1).map((_, k) => s.slice(at[k]! + cells[k]!.length, at[k + 1]));
        const [before, after] = [s.slice(0, at[0]), s.slice(at.at(-1)! + cells.at(-1)!.length)];
        return between.every((g) => /^(?:[，,：]|\d+[.．])*$/u.test(g)) && published.includes(before.replace(/\d+[.．]$/u, '')) && published.includes(after);
      });
    const glossaryRun = unpublished.filter(asGlossary);
    expect(glossaryRun.length).toBeLessThanOrEqual(glossaries.length);
    // A financial statement's item whose amounts were printed inside its name's bracket (the name wrapped
    // in its cell: `（净亏损00以“－”号填列）`) is published whole, its amounts after it (collection/statements.ts).
    const statementTables = docs.flatMap((d) => d.sections.flatMap((s) => s.blocks)).filter((b) => b.type === 'table' && b.rows[0]?.[0] === vocabulary.collection.results.statements.items).length;
    const amountsAfterName = (s: string) => s.replace(/（([^（）\d]+)(-?\d[\d,.-]*)([^（）\d]+)）/gu, '（$1$3）$2');
    const amountsMoved = unpublished.filter((s) => amountsAfterName(s) !== s && published.includes(amountsAfterName(s)));
    expect(amountsMoved.length).toBeLessThanOrEqual(statementTables);
    // A page's notes printed inside the sentence its page break cut are published after that sentence,
    // each a paragraph of its own (collection/page-notes.ts): the sentence without them is published.
    const notes = docs.flatMap((d) => d.sections.flatMap((s) => s.blocks)).flatMap((b) => (b.type === 'paragraph' && b.captionLabel && /^\d+$/u.test(b.captionLabel) ? [squeeze(b.text)] : []));
    const withoutNotes = (s: string) => notes.reduce((t, n) => t.replace(n, ''), s);
    const notesMoved = unpublished.filter((s) => withoutNotes(s) !== s && published.includes(withoutNotes(s)));
    expect(notesMoved.length).toBeLessThanOrEqual(notes.length);
    // A header of two rows (the periods over the same columns each, collection/figure-tables.ts) is
    // published flattened, each period before each of its columns (the repeats counted as column-header added).
    const flattened = docs.flatMap((d) => d.sections.flatMap((s) => s.blocks)).flatMap((b) => {
      if (b.type !== 'table' || !b.spanned) return [];
      const columns = b.rows[0]!.slice(1);
      const perPeriod = columns.length / b.spanned.length;
      const printed = b.spanned.join('') + columns.slice(0, perPeriod).map((c) => c.slice(b.spanned![0]!.length)).join('').repeat(b.spanned.length);
      return [{ printed: squeeze(printed), published: squeeze(columns.join('')) }];
    });
    const headersFlattened = unpublished.filter((s) => flattened.some((f) => s.includes(f.printed) && published.includes(s.replace(f.printed, f.published))));
    expect(headersFlattened.length).toBeLessThanOrEqual(flattened.length);
    // A table of holdings (collection/shareholder-tables.ts) publishes its header in its cells' order, a
    // group's name before each of the two columns it is printed over (the repeat counted as column-header
    // added): the sentence with each such table as published is published.
    const holders = new Set(vocabulary.collection.results.figureTables.shareholders.columns.holder);
    const holdingTables = docs.flatMap((d) => d.sections.flatMap((s) => s.blocks)).filter((b) => b.type === 'table' && holders.has(b.rows[0]?.[0] ?? '')).length;
    const asHoldings = (s: string) => shareholderTables(s).reduceRight((t, table) => t.slice(0, table.at) + squeeze(table.rows.flat().join('')) + t.slice(table.end), s);
    const holdingsRead = unpublished.filter((s) => asHoldings(s) !== s && published.includes(asHoldings(s)));
    expect(holdingsRead.length).toBeLessThanOrEqual(holdingTables);
    // A list the text runs on into its paragraph, each item after its marker (`如下：-《…》-《…》`,
    // collection/filing-notes.ts dashListApart), is published item by item without the markers (counted as list-marker).
    const runLists = docs.flatMap((d) => d.sections.flatMap((s) => s.blocks)).flatMap((b) => (b.type === 'list' && b.marker && b.items.length > 1 ? [{ marker: b.marker, items: b.items.map(squeeze) }] : []));
    const withoutMarkers = (s: string) => runLists.reduce((t, l) => l.items.reduce((u, item) => u.replace(`${l.marker}${item}`, item), t), s);
    const markersLeftOut = unpublished.filter((s) => withoutMarkers(s) !== s && published.includes(withoutMarkers(s)));
    expect(markersLeftOut.length).toBeLessThanOrEqual(runLists.length);
    // An article printed twice, its second copy with a stray mark where the first has another
    // (`…智算服务.针对…` for `…智算服务。针对…`, collection/segment.ts sharedOpening), is published once, as
    // its first copy prints it: the pieces on each side of the mark are.
    const STRAY_MARK = /[.,;:!?'"*#]/u;
    const straysLeftOut = unpublished.filter((s) => STRAY_MARK.test(s) && s.split(STRAY_MARK).every((piece) => piece.length > 0 && published.includes(piece)));
    expect(straysLeftOut.length).toBeLessThanOrEqual(duplicates.size);
    const missing = unpublished.filter((s) => !withoutStop.includes(s) && !withoutPage.includes(s) && !withoutSeparators.includes(s) && !glossaryRun.includes(s) && !amountsMoved.includes(s) && !notesMoved.includes(s) && !headersFlattened.includes(s) && !holdingsRead.includes(s) && !markersLeftOut.includes(s) && !straysLeftOut.includes(s));
    // Only the printed table of contents, rebuilt as navigation, may be missing.
    // So may the lines that print the document's own title on its cover (it is the document's title).
    const tocRemoved = (report.removed['table-of-contents']?.count ?? 0) + (report.removed['document-title']?.count ?? 0);
    expect(missing.length, `${missing.slice(0, 5).join(' | ')} (duplicates: ${[...duplicates].join(', ')})`).toBeLessThanOrEqual(tocRemoved);
    expect(sentences.length).toBeGreaterThan(50);
  });
});
