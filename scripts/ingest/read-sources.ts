// Reads every `<id>.txt` with its `<id>.yml` from the sources folder; the only stage that touches the disk for input.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SourceError } from './errors.ts';
import { decodeSource } from './decode.ts';
import { parseSourceMeta } from './metadata.ts';
import type { Source } from './types.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readSources(dir: string): Source[] {
  const names = readdirSync(dir).sort();
  const texts = names.filter((n) => n.endsWith('.txt'));
  const metas = new Set(names.filter((n) => n.endsWith('.yml') || n.endsWith('.yaml')));
  if (texts.length === 0) throw new SourceError(dir, null, 'no .txt sources found', 'add at least one `<id>.txt` with its `<id>.yml`');
  const seen = new Map<string, string>();
  const sources: Source[] = [];
  for (const name of texts) {
    const id = name.slice(0, -'.txt'.length);
    const file = relative(process.cwd(), join(dir, name)) || name;
    if (!idPattern.test(id)) {
      throw new SourceError(file, null, `the id \`${id}\` is not lower-case ASCII words joined by hyphens`, 'rename the file, for example `2024-sustainability-report.txt`, and its .yml with it');
    }
    const metaName = metas.has(`${id}.yml`) ? `${id}.yml` : metas.has(`${id}.yaml`) ? `${id}.yaml` : null;
    if (!metaName) throw new SourceError(file, null, `no metadata file \`${id}.yml\` beside it`, `create ${join(dir, `${id}.yml`)} with title, year, script, kind and publisher (see README)`);
    if (metas.has(`${id}.yml`) && metas.has(`${id}.yaml`)) {
      throw new SourceError(file, null, `two metadata files claim the id \`${id}\` (${id}.yml and ${id}.yaml)`, 'keep one of them');
    }
    seen.set(id, file);
    const metaFile = join(dir, metaName);
    const meta = parseSourceMeta(metaFile, readFileSync(metaFile, 'utf8'));
    const text = decodeSource(file, readFileSync(file));
    sources.push({ id, file, meta, text });
  }
  for (const name of metas) {
    const id = name.replace(/\.ya?ml$/, '');
    if (!seen.has(id)) throw new SourceError(join(dir, name), null, `metadata without a source: no \`${id}.txt\``, `add ${id}.txt or remove ${name}`);
  }
  return sources;
}
