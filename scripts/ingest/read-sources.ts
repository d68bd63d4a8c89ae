// Reads every `<id>.txt` with its `<id>.yml` from the sources folder; the only stage that touches the disk
// for input. Whatever it cannot read (a folder or a broken link named like a source, a name in capitals,
// bytes that are not UTF-8) stops the build with the file's path relative to the project, the line
// where there is one, and the fix.
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceError } from './errors.ts';
import { decodeSource, decodeUtf8 } from './decode.ts';
import { parseSourceMeta } from './metadata.ts';
import type { RemovalLog, Source } from './types.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** A path as a maintainer sees it: relative to the project where it lies inside it. */
export function projectPath(path: string): string {
  const inside = relative(PROJECT, resolve(path));
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : resolve(path);
}

/** The extensions the folder holds, in the only spelling read. */
const EXTENSIONS = ['.txt', '.yml', '.yaml'];

/** The bytes of a source or metadata file, or a SourceError saying why it is not a file that can be read. */
function readBytes(path: string): Buffer {
  const file = projectPath(path);
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceError(file, null, `a symbolic link to \`${readlinkSync(path)}\`, which does not exist`, 'point the link at the file, or remove it');
    throw new SourceError(file, null, `cannot be read (${code})`, 'check the file and its permissions');
  }
  if (stats.isDirectory()) throw new SourceError(file, null, 'is a folder, not a file', 'move the files out of it and remove it, or rename it without the extension');
  if (!stats.isFile()) throw new SourceError(file, null, 'is not a regular file', 'replace it with the file itself');
  try {
    return readFileSync(path);
  } catch (error) {
    throw new SourceError(file, null, `cannot be read (${(error as NodeJS.ErrnoException).code})`, 'check the file and its permissions');
  }
}

export function readSources(dir: string): Source[] {
  const names = readdirSync(dir).sort();
  // `report.TXT` would otherwise be passed over without a word.
  for (const name of names) {
    const ext = EXTENSIONS.find((e) => name.toLowerCase().endsWith(e) && !name.endsWith(e));
    if (ext) throw new SourceError(projectPath(join(dir, name)), null, `the extension is not written \`${ext}\` in lower case`, `rename it to ${name.slice(0, -ext.length)}${ext}`);
  }
  const texts = names.filter((n) => n.endsWith('.txt'));
  const metas = new Set(names.filter((n) => n.endsWith('.yml') || n.endsWith('.yaml')));
  if (texts.length === 0) throw new SourceError(projectPath(dir), null, 'no .txt sources found', 'add at least one `<id>.txt` with its `<id>.yml`');
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const name of texts) {
    const id = name.slice(0, -'.txt'.length);
    const file = projectPath(join(dir, name));
    if (!idPattern.test(id)) {
      throw new SourceError(file, null, `the id \`${id}\` is not lower-case ASCII words joined by hyphens`, 'rename the file, for example `2024-sustainability-report.txt`, and its .yml with it');
    }
    const bytes = readBytes(join(dir, name));
    const metaName = metas.has(`${id}.yml`) ? `${id}.yml` : metas.has(`${id}.yaml`) ? `${id}.yaml` : null;
    if (!metaName) throw new SourceError(file, null, `no metadata file \`${id}.yml\` beside it`, `create ${projectPath(join(dir, `${id}.yml`))} with title, year, script, kind and publisher (see README)`);
    if (metas.has(`${id}.yml`) && metas.has(`${id}.yaml`)) {
      throw new SourceError(file, null, `two metadata files claim the id \`${id}\` (${id}.yml and ${id}.yaml)`, 'keep one of them');
    }
    seen.add(id);
    const metaPath = join(dir, metaName);
    const metaFile = projectPath(metaPath);
    const metaRemoved: RemovalLog = {};
    const meta = parseSourceMeta(metaFile, decodeUtf8(metaFile, readBytes(metaPath)), metaRemoved);
    const text = decodeSource(file, bytes);
    sources.push({ id, file, meta, text, ...(Object.keys(metaRemoved).length ? { metaRemoved } : {}) });
  }
  for (const name of metas) {
    const id = name.replace(/\.ya?ml$/, '');
    if (!seen.has(id)) throw new SourceError(projectPath(join(dir, name)), null, `metadata without a source: no \`${id}.txt\``, `add ${id}.txt or remove ${name}`);
  }
  return sources;
}
