import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { numberedItems } from './ingest/collection/items.ts';
const S = [...readFileSync('content/sources/news-and-white-papers.txt', 'utf8')];
const docs: any[] = [];
for (const k of [1, 2, 3]) docs.push(...parse(readFileSync(`tests/gold/news-and-white-papers/part-${k}.yml`, 'utf8')).documents);
docs.sort((a, b) => a.start.offset - b.start.offset);
docs.forEach((d, i) => { d.s = d.start.offset; d.e = docs[i + 1]?.start.offset ?? S.length; });
for (const d of docs.filter((d) => !d.heldOut)) {
  const text = S.slice(d.s, d.e).join('');
  const gold = new Map(d.headings.map((h: any) => [h.at.offset - d.s, h.text]));
  const items = numberedItems(text);
  if (!items.length) continue;
  console.log('#', d.title.slice(0, 30));
  for (const it of items) console.log(`  run${it.run} ${it.heading ?? '-- ' + text.slice(it.at, it.at + 24)}   gold: ${gold.get(it.at) ?? ''}`);
}
