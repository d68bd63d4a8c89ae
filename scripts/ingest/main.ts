// The ingest pipeline: read → decode → clean → join wrapped lines → outline → sections and blocks
// → both scripts → MDX and catalog. Stages are pure; only this file reads and writes files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSources } from './read-sources.ts';
import { cleanLines, toLines } from './text/clean.ts';
import { withoutSeedNoise } from './text/seed-noise.ts';
import { runningNames } from './metadata.ts';
import { joinWrappedLines } from './text/join-wrapped-lines.ts';
import { joinVerticalText } from './text/join-vertical-text.ts';
import { findOutline, titleLines } from './report/outline.ts';
import { levelsFromFullReport } from './report/excerpt-levels.ts';
import { cutSections, foldTinySections } from './report/sections.ts';
import { standardsAsIndexParts, titlesAfterTables } from './report/index-pages.ts';
import { segmentCollection } from './collection/segment.ts';
import { collectionDocs } from './collection/documents.ts';
import { settleSharedIds } from './collection/shared-ids.ts';
import { bothScripts, catalogDoc, type CatalogDoc } from './output/catalog.ts';
import { emitSectionMdx } from './output/emit-mdx.ts';
import { reportSource, structuralRemovals, summaryLine, withoutSharedCopy, type SourceReport } from './output/build-report.ts';
import { recordRemoval } from './removal-log.ts';
import { SourceError } from './errors.ts';
import { coverage, readTranslations, type Coverage, type Translations } from './translations.ts';
import { extractCallouts } from './kpi/callouts.ts';
import { extractKpis, unreadKpiValues, type UnreadValue } from './kpi/tables.ts';
import { extractYearTables } from './kpi/year-tables.ts';
import { joinSeries, seriesKey, type SeriesJoin, type SeriesSplit } from './kpi/series.ts';
import { extractBoxes } from './kpi/boxes.ts';
import { foldRepeatedPrintings, type Duplicate } from './kpi/duplicates.ts';
import { type KpiRow } from './kpi/schema.ts';
import { tabulateSpaceTables, transposeYearRows } from './text/space-tables.ts';
import { assignParagraphIds } from './output/anchors.ts';
import { englishWordCosts, withLatinSpaced, type EnglishWords } from './collection/latin-words.ts';
import { withWrappedNamesRejoined } from './collection/wrapped-names.ts';
import { readCedict } from '../search-en-zh.ts';
import { localizedMoves, nginxMap, pagePaths, readMoved, redirectsFile } from './output/redirects.ts';
import { simplifiedText, writeSearchDict } from '../search-dict.ts';
import { writeEnglishChinese } from '../search-en-zh.ts';
import { convertText } from './convert-script.ts';
import type { Doc, RemovalLog, Source } from './types.ts';
import { vocabulary } from './vocabulary.ts';

/** The unit column's header in each script (the data lists both). */
const unitHeaders = { hans: vocabulary.kpi.unitHeader[0]!, hant: vocabulary.kpi.unitHeader.at(-1)! };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCES_DIR = join(ROOT, 'content/sources');
export const OUT_DIR = join(ROOT, '.generated');
export const TRANSLATIONS_FILE = join(ROOT, 'content/translations/en.yml');
export const MOVED_FILE = join(ROOT, 'content/moved.yml');

export interface IngestResult {
  docs: Doc[];
  reports: SourceReport[];
}

/** Runs every stage on one source. Pure: the same source gives the same documents and report. */
export function ingestSource(source: Source): { docs: Doc[]; report: SourceReport } {
  const { lines: clean, removed } = cleanLines(toLines(source.text), runningNames(source.meta));
  // A collection's documents are cut at offsets into its text as printed: its noise goes after (collectionDocs).
  const cleaned = source.meta.kind === 'collection' ? clean : clean.map((l) => ({ ...l, text: withoutSeedNoise(l.text, removed) }));
  /** Characters the build writes that the source does not print (column headers of tables it lays out, a glossary's). */
  const added: RemovalLog = {};
  if (source.meta.kind === 'collection') {
    const text = cleaned.map((l) => l.text).join('\n');
    const { docs: found, duplicates } = segmentCollection(text, removed);
    const unconfirmed: string[] = [];
    const docs = collectionDocs(source, found, unconfirmed, removed, added);
    structuralRemovals(docs, removed);
    return { docs, report: { ...reportSource(source, docs, removed, unconfirmed, added), duplicates } };
  }
  // A transposed table's unit column is headed in the text's own script.
  const unitWord = (sample: string) => (convertText(sample, 'hans', 'hant') === sample ? unitHeaders.hant : unitHeaders.hans);
  const transposed = transposeYearRows(cleaned, unitWord);
  const tabulated = tabulateSpaceTables(transposed.lines, unitWord);
  // Laying tables out moves a unit out of its brackets into a column the build heads: both are counted.
  for (const { edits } of [transposed, tabulated]) {
    for (const text of edits.removed) recordRemoval(removed, 'unit-brackets', text);
    for (const text of edits.added) recordRemoval(added, 'column-header', text);
  }
  const lines = joinWrappedLines(joinVerticalText(tabulated.lines));
  /** Takes line `i` out of the text, its characters counted under `reason` (null: published elsewhere). */
  const takeOut = (i: number, reason: string | null) => {
    if (reason && lines[i]!.text.trim()) recordRemoval(removed, reason, lines[i]!.text.trim());
    lines[i] = { n: lines[i]!.n, text: '' };
  };
  // A chapter's cover prints the document's own title: it is the document's title, not a heading, and
  // the title of the chapter's opening page.
  const printedTitle = titleLines(lines, source.meta.title);
  for (const i of printedTitle) takeOut(i, 'document-title');
  const opening = source.meta.kind === 'chapter' && printedTitle.length ? source.meta.title.replace(/[（(].*$/u, '').trim() : undefined;
  const outline = findOutline(lines);
  // The printed contents and a divider's list of its sections are navigation the site rebuilds; a
  // chapter title printed twice is published once; a subtitle line is published in its chapter's title.
  for (const { index, reason } of outline.dropped) takeOut(index, reason === 'title-line' ? null : reason);
  // Sections named by a printed list of contents are never folded (foldTinySections keeps them).
  // Index pages: a title naming a reporting standard is a part of the index; titles printed after their tables open their pages before them.
  const entries = foldTinySections(titlesAfterTables(standardsAsIndexParts(outline.entries, lines), lines), lines);
  const doc: Doc = {
    id: source.id,
    source: basename(source.file),
    title: source.meta.title,
    year: source.meta.year,
    kind: source.meta.kind,
    script: source.meta.script,
    publisher: source.meta.publisher,
    date: null,
    collection: null,
    sections: cutSections(lines, entries, opening),
  };
  structuralRemovals([doc], removed);
  return { docs: [doc], report: reportSource(source, [doc], removed, outline.unconfirmed, added) };
}

let cachedWords: EnglishWords | null = null;
/** English words of the dictionary's meanings (CC-CEDICT), read once a process. */
const dictionaryWords = (): EnglishWords => (cachedWords ??= englishWordCosts(readCedict().flatMap((e) => e.meanings)));

export function ingest(sources: readonly Source[]): IngestResult {
  // Each source names its documents alone; an id two sources share is one article published once, or an error.
  const results = sources.map((s) => ingestSource(s));
  const files = new Map(sources.map((s) => [s.id, s.file]));
  const { docs, shared } = settleSharedIds(results.flatMap((r) => r.docs), (d) => files.get(d.collection ?? d.id) ?? d.source);
  const reports = results.map((r) => shared.filter((d) => r.docs.includes(d)).reduce(withoutSharedCopy, r.report));
  // A chapter printed on its own takes its heading levels from the full report it names, where that is a source too.
  const squash = (s: string) => s.replace(/\s+/gu, '');
  const fullReport = (source: Source) => (source.meta.partOf ? sources.find((s) => s.meta.kind === 'report' && squash(s.meta.title) === squash(source.meta.partOf!)) : undefined);
  const leveled = docs.map((d) => {
    const source = sources.find((s) => s.id === d.id && s.meta.kind === 'chapter');
    const full = source && fullReport(source);
    const report = full && docs.find((r) => r.id === full.id);
    return report ? levelsFromFullReport(d, report) : d;
  });
  // Collected documents' English is set apart into words again, once their paragraphs' ids are taken from the text as printed.
  const words = leveled.some((d) => d.collection !== null) ? dictionaryWords() : null;
  // A row name wrapped over a page break is made whole where the document prints it whole in another table.
  const collected = (d: Doc) => (d.collection !== null ? withWrappedNamesRejoined(words ? withLatinSpaced(d, words) : d) : d);
  return { docs: leveled.map(assignParagraphIds).map(collected), reports };
}

export interface Output {
  catalog: CatalogDoc[];
  kpis: KpiRow[];
  joins: SeriesJoin[];
  splits: SeriesSplit[];
  english: Coverage;
  /** Cells printed as numbers that the cell grammar does not read, kept as printed with `value: null`. */
  unreadValues: UnreadValue[];
  /** Printings of a figure the dataset holds once (a box repeating the table, a callout), each with the row kept for it. */
  duplicates: Duplicate[];
}

/**
 * The KPI dataset: every cell of the key-performance tables and performance boxes and every callout
 * the documents print, one row per indicator, report and year (a figure printed twice is folded, the
 * other printing listed in `duplicates`), joined into series across reports.
 */
export function datasetRows(docs: readonly Doc[], translations: Translations): ReturnType<typeof joinSeries> & { duplicates: Duplicate[] } {
  const englishName = (id: string) => translations.kpis?.[id]?.name ?? null;
  const toHans = (s: string) => convertText(s, 'hant', 'hans');
  const printed = docs.flatMap((d) => {
    const file = `content/sources/${d.source}`;
    return [
      ...extractKpis(d, file, englishName).map((row) => ({ row, printing: 'table' as const })),
      ...extractBoxes(d, file, englishName).map((row) => ({ row, printing: 'box' as const })),
      ...extractCallouts(d, file, englishName).map((row) => ({ row, printing: 'callout' as const })),
      ...extractYearTables(d, file, englishName).map((row) => ({ row, printing: 'table' as const })),
    ];
  });
  const { rows, duplicates } = foldRepeatedPrintings(
    printed,
    (name) => seriesKey(name, '', toHans).name,
    (unit) => seriesKey('', unit, toHans).unit,
  );
  return { ...joinSeries(rows, toHans, englishName), duplicates };
}

/** Writes MDX for both scripts, the catalog, the KPI rows and the build report under `.generated/`. */
export function writeOutput(result: IngestResult, translations: Translations, outDir = OUT_DIR): Output {
  rmSync(outDir, { recursive: true, force: true });
  const { rows: kpis, joins, splits, duplicates } = datasetRows(result.docs, translations);
  // Where a figure is printed twice, the section of the printing dropped prints the kept row's indicator too.
  const indicatorAt = new Map(kpis.map((k) => [`${k.report}:${k.source.line}`, k.indicator]));
  const printings = [
    ...kpis.map((k) => ({ report: k.report, line: k.source.line, indicator: k.indicator })),
    ...duplicates.map((d) => ({ report: d.report, line: d.line, indicator: indicatorAt.get(`${d.report}:${d.kept.line}`)! })),
  ];
  /** The indicators a section prints, in the order it prints them. */
  const indicatorsIn = (doc: string, lines: [number, number]) => [
    ...new Set(printings.filter((k) => k.report === doc && lines[0] <= k.line && k.line <= lines[1]).map((k) => k.indicator)),
  ];
  /** The indicators a page of a collected document prints (its lines are the collection's one line): by the rows' page. */
  const indicatorsOnPage = (doc: string, slug: string) => [...new Set(kpis.filter((k) => k.report === doc && k.section === slug).map((k) => k.indicator))];
  const catalog: CatalogDoc[] = [];
  for (const doc of result.docs) {
    const scripts = bothScripts(doc);
    for (const script of ['hans', 'hant'] as const) {
      const dir = join(outDir, 'sections', script, doc.id);
      mkdirSync(dir, { recursive: true });
      for (const section of scripts[script].sections)
        writeFileSync(join(dir, `${section.slug}.mdx`), emitSectionMdx(doc.id, script, section, doc.collection ? indicatorsOnPage(doc.id, section.slug) : indicatorsIn(doc.id, section.lines)));
    }
    catalog.push(catalogDoc(doc, scripts.hans, scripts.hant, translations));
  }
  writeFileSync(join(outDir, 'catalog.json'), JSON.stringify(catalog, null, 1));
  writeFileSync(join(outDir, 'kpis.json'), JSON.stringify(kpis, null, 1));
  writeFileSync(join(outDir, 'kpi-labels.json'), JSON.stringify({ categories: translations.kpiCategories ?? {}, units: translations.kpiUnits ?? {} }, null, 1));
  const english = coverage(translations, result.docs);
  // Rows printed with shifted cells, repaired in the dataset and in the table on the page: one entry per row.
  const repairedRows = [...new Map(kpis.filter((k) => k.repaired).map((k) => [`${k.report}:${k.source.line}`, { report: k.report, line: k.source.line, name: k.name }])).values()];
  const unreadValues = unreadKpiValues(kpis);
  writeFileSync(join(outDir, 'build-report.json'), JSON.stringify({ sources: result.reports, translations: { en: english }, kpis: { rows: kpis.length, joins, splits, duplicates, conflicts: duplicates.filter((d) => d.conflict).length, repairedRows, unreadValues } }, null, 1));
  return { catalog, kpis, joins, splits, english, unreadValues, duplicates };
}

function main(): void {
  try {
    const sources = readSources(SOURCES_DIR);
    const result = ingest(sources);
    const translations = readTranslations(relative(process.cwd(), TRANSLATIONS_FILE));
    const { catalog, kpis, joins, english: c, unreadValues, duplicates } = writeOutput(result, translations);
    // Pages that moved answer at their old address (dist/_redirects for static hosts, dist/_moved.map for nginx).
    const moved = readMoved(relative(process.cwd(), MOVED_FILE), pagePaths(catalog, kpis), new Set(sources.map((s) => s.id)));
    const moves = localizedMoves(moved);
    writeFileSync(join(OUT_DIR, '_redirects'), redirectsFile(moves));
    writeFileSync(join(OUT_DIR, '_moved.map'), nginxMap(moves));
    for (const r of result.reports) console.log(summaryLine(r));
    const simplified = simplifiedText(OUT_DIR);
    console.log(`Search: ${writeSearchDict(OUT_DIR, simplified)} Simplified→Traditional phrases kept for query conversion`);
    console.log(`Search: ${writeEnglishChinese(OUT_DIR, simplified)} English words and phrases mapped to the Chinese terms the text prints (our titles and CC-CEDICT)`);
    console.log(`English titles: ${c.docsTranslated}/${c.docs} documents, ${c.sectionsTranslated}/${c.sections} sections`);
    if (c.missing.length) console.warn(`warning: no English title for ${c.missing.length}: ${c.missing.slice(0, 10).join(', ')}${c.missing.length > 10 ? ', …' : ''} (add them to content/translations/en.yml)`);
    console.log(`English summaries: ${c.summaries}/${c.sections} pages`);
    if (c.summariesMissing.length) console.warn(`warning: no English summary for ${c.summariesMissing.length} pages: ${c.summariesMissing.slice(0, 5).join(', ')}${c.summariesMissing.length > 5 ? ', …' : ''} (add them to content/translations/summaries/<doc>.yml)`);
    const kpiMissing = [...new Set(kpis.filter((k) => !k.name_en).map((k) => k.indicator))];
    console.log(`KPIs: ${kpis.length} rows, ${new Set(kpis.map((k) => k.indicator)).size} indicators, ${joins.length} series joined across reports (listed in build-report.json)`);
    const conflicts = duplicates.filter((d) => d.conflict);
    console.log(`KPIs: ${duplicates.length} figures printed twice in one report (a box repeating the key-performance table, a table repeating another, a callout) kept once (listed in build-report.json, kpis.duplicates)`);
    if (conflicts.length) console.warn(`warning: ${conflicts.length} of them print another value than the row kept: ${conflicts.slice(0, 5).map((d) => `${d.report} ${d.name} ${d.year}: ${d.raw} (line ${d.line}) vs ${d.kept.raw} (line ${d.kept.line})`).join(', ')} (kpis.duplicates, conflict: true)`);
    if (unreadValues.length) console.warn(`warning: ${unreadValues.length} KPI cells print a number the build cannot read, kept as printed with no value: ${unreadValues.slice(0, 5).map((u) => `${u.file}:${u.line} \`${u.raw}\``).join(', ')} (listed in build-report.json, kpis.unreadValues)`);
    console.log(`Moved pages: ${moved.size} old addresses redirected in every locale (content/moved.yml)`);
    console.log(`English KPI names: ${kpiMissing.length === 0 ? 'all' : `missing ${kpiMissing.length}: ${kpiMissing.slice(0, 5).join(', ')}`}`);
    if (c.orphans.length) console.warn(`warning: translations for ids that no longer exist: ${c.orphans.join(', ')}`);
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(`ingest failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
