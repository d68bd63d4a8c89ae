// Ids two sources share. Each source names its documents by itself (`collectionDocs`), so a new source
// moves no published URL. Where two sources print one article under one id, it is published once;
// any other meeting of two sources on one id, or one article named two ways, stops the build naming
// both files: choosing between them silently would give an existing URL to another document.
import { SourceError } from '../errors.ts';
import { blockText } from '../text/blocks.ts';
import type { Doc } from '../types.ts';

/** What makes two copies one article: the same title and the same pages with the same text. */
const articleKey = (doc: Doc) => JSON.stringify([doc.title, doc.sections.map((s) => [s.slug, s.title, s.printed, s.blocks.map(blockText)])]);

const bySource = (a: Doc, b: Doc) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

/**
 * One document per id. Copies of one article in several collections, under one id, are published once,
 * from the source whose file name sorts first (the id, pages and text are the same whichever copy it is).
 */
export function settleSharedIds(docs: readonly Doc[], fileOf: (doc: Doc) => string): { docs: Doc[]; shared: Doc[] } {
  /** Copies left out because another source publishes the same article under the same id. */
  const shared: Doc[] = [];
  const copies = new Map<string, Doc[]>();
  for (const d of docs) if (d.collection) copies.set(articleKey(d), [...(copies.get(articleKey(d)) ?? []), d]);
  for (const group of copies.values()) {
    const [first, ...others] = [...group].sort(bySource);
    for (const other of others) {
      if (other.id !== first!.id) {
        throw new SourceError(
          fileOf(other),
          null,
          `the article \`${other.title}\` is also printed in ${fileOf(first!)}, where it has the id \`${first!.id}\`; here it would be \`${other.id}\` (its title begins like another document's in one of the two)`,
          'one article must keep one URL: leave it out of one of the two sources, or leave out the newer source',
        );
      }
      shared.push(other);
    }
  }
  const left = new Set(shared);
  const published = docs.filter((d) => !left.has(d));
  const holder = new Map<string, Doc>();
  for (const d of [...published].sort(bySource)) {
    const first = holder.get(d.id);
    if (!first) {
      holder.set(d.id, d);
      continue;
    }
    // A whole source (report, chapter) named like a collected document: its file is renamed.
    const [blamed, other] = !d.collection ? [d, first] : !first.collection ? [first, d] : [d, first];
    throw new SourceError(
      fileOf(blamed),
      null,
      `the document \`${blamed.title}\` takes the id \`${d.id}\`, which \`${other.title}\` from ${fileOf(other)} has too (one URL, two documents)`,
      blamed.collection
        ? 'if both are one article, make the two copies print the same text; if not, leave out the newer source: a published URL must not move'
        : `rename ${blamed.source} and its .yml to an id no document has`,
    );
  }
  return { docs: published, shared };
}
