// The build report: for each source, characters in, characters published, characters removed per
// artifact class with samples, and what is left unexplained (which should be nothing).
import type { Doc, RemovalLog, Source } from '../types.ts';
import { blockText, cellListItems, CELL_ITEM_MARKS } from '../text/blocks.ts';
import { recordRemoval, visibleLength } from '../removal-log.ts';

export interface SourceReport {
  source: string;
  /** Visible characters (white space not counted) in the source. */
  charsIn: number;
  charsPublished: number;
  removed: RemovalLog;
  /** Characters the build wrote that the source does not print, by class (column headers it adds). */
  added: RemovalLog;
  /** charsIn − published − removed + added: characters neither published nor accounted for. */
  unexplained: number;
  documents: number;
  pages: number;
  /** Contents entries whose heading was not found in the body. */
  unconfirmedHeadings: string[];
  /** Documents printed more than once in a collection, published once. */
  duplicates?: string[];
  /** Characters dropped from the metadata file's text (control and bidirectional characters), by class. */
  metadataRemoved?: RemovalLog;
}

const visible = visibleLength;

/** Markup the block stage turns into structure: list markers, and raw HTML list tags in table cells. */
export function structuralRemovals(docs: readonly Doc[], log: RemovalLog): void {
  for (const doc of docs)
    for (const s of doc.sections)
      for (const b of s.blocks) {
        if (b.type === 'list' && b.marker) for (const _ of b.items) recordRemoval(log, 'list-marker', b.marker);
        if (b.type === 'heading' && b.marker) recordRemoval(log, 'list-marker', b.marker);
        if (b.type === 'figure' && b.brackets) recordRemoval(log, 'unit-brackets', b.brackets);
        if (b.type === 'figure' && b.separator) recordRemoval(log, 'figure-separator', b.separator);
        if (b.type !== 'table') continue;
        for (const m of b.markers ?? []) recordRemoval(log, 'list-marker', m);
        for (const h of b.repeatedHeaders ?? []) recordRemoval(log, 'repeated-header', h);
        for (const c of b.rows.flat()) {
          if (!cellListItems(c)) continue;
          for (const tag of c.match(/<[^>]*>/g) ?? []) recordRemoval(log, 'raw-html', tag);
          for (const mark of c.match(CELL_ITEM_MARKS) ?? []) recordRemoval(log, 'list-marker', mark);
        }
      }
}

/** Visible characters a document publishes: its printed headings and its blocks. */
const publishedChars = (d: Doc) => d.sections.reduce((m, s) => m + visible(s.printed) + s.blocks.reduce((k, b) => k + visible(blockText(b)), 0), 0);

export function reportSource(source: Source, docs: readonly Doc[], removed: RemovalLog, unconfirmed: string[], added: RemovalLog = {}): SourceReport {
  const published = docs.reduce((n, d) => n + publishedChars(d), 0);
  const charsIn = visible(source.text);
  const removedChars = Object.values(removed).reduce((n, r) => n + r.chars, 0);
  const addedChars = Object.values(added).reduce((n, r) => n + r.chars, 0);
  return {
    source: source.file,
    charsIn,
    charsPublished: published,
    removed,
    added,
    unexplained: charsIn - published - removedChars + addedChars,
    documents: docs.length,
    pages: docs.reduce((n, d) => n + d.sections.length, 0),
    unconfirmedHeadings: unconfirmed,
    ...(source.metaRemoved ? { metadataRemoved: source.metaRemoved } : {}),
  };
}

/** The report of a source one of whose documents another source publishes (the same article): counted as a duplicate. */
export function withoutSharedCopy(report: SourceReport, doc: Doc): SourceReport {
  const removed = structuredClone(report.removed);
  const chars = publishedChars(doc);
  const entry = (removed['duplicate-document'] ??= { chars: 0, count: 0, samples: [] });
  entry.chars += chars;
  entry.count += 1;
  if (entry.samples.length < 5) entry.samples.push(doc.title);
  return {
    ...report,
    charsPublished: report.charsPublished - chars,
    removed,
    documents: report.documents - 1,
    pages: report.pages - doc.sections.length,
    duplicates: [...(report.duplicates ?? []), doc.title],
  };
}

export function summaryLine(r: SourceReport): string {
  const parts = Object.entries(r.removed)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cls, e]) => `${cls} ${e.chars}`);
  const added = Object.entries(r.added ?? {}).map(([cls, e]) => `${cls} ${e.chars}`);
  const metadata = Object.entries(r.metadataRemoved ?? {}).map(([cls, e]) => `${cls} ${e.count}`);
  return `${r.source}: ${r.charsIn} in, ${r.charsPublished} published, removed: ${parts.join(', ') || 'none'}${added.length ? `, added: ${added.join(', ')}` : ''}; unexplained ${r.unexplained}; ${r.documents} documents, ${r.pages} pages${metadata.length ? `; dropped from the metadata: ${metadata.join(', ')}` : ''}`;
}
