// The English→Chinese table in the browser: one file per two leading letters of a key
// (scripts/search-en-zh.ts writes them), loaded as a query needs them. Imported on English pages only.
import { shardOf, shardsFor, type EnZhTable } from './en-zh.ts';

export { englishWords, isStopWord, translateQuery } from './en-zh.ts';

const tableFiles = import.meta.glob<{ default: EnZhTable }>('../../.generated/search/en-zh/*.json');

/** Looks up English keys in the table files a query needs (loading only those). */
export async function englishLookup(query: string): Promise<(key: string) => string[] | undefined> {
  const names = shardsFor(query);
  const tables = new Map(await Promise.all(names.map(async (n) => [n, (await tableFiles[`../../.generated/search/en-zh/${n}.json`]?.())?.default ?? {}] as const)));
  return (key) => tables.get(shardOf(key))?.[key];
}
