// The collections the ingest writes as JSON arrays (content.config.ts keys each entry by its position),
// read back in the order they were written.
import { getCollection, type CollectionEntry } from 'astro:content';

/** The entries' data of collection `name`, in the order the ingest wrote them. */
export async function inWrittenOrder<C extends 'docs' | 'kpis'>(name: C): Promise<CollectionEntry<C>['data'][]> {
  const entries: CollectionEntry<C>[] = await getCollection(name);
  return entries.sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => e.data);
}
