import { readSources } from './ingest/read-sources.ts';
import { ingest, SOURCES_DIR } from './ingest/main.ts';
import { predictedDoc } from './eval/predicted.ts';
const sources = readSources(SOURCES_DIR);
const { docs } = ingest(sources);
const d = docs.find((x) => x.id === process.argv[2])!;
const src = sources.find((s) => s.id === d.id)!;
for (const h of predictedDoc(d, src.text, src.id, src.meta.kind === 'chapter').headings) console.log(String(h.line).padStart(5), '  '.repeat(h.level), h.text, ' <', h.parent);
