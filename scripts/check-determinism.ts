// `npm run test:determinism`: builds the site a second time and fails unless dist/ is byte-identical
// to the build already there (same files, same bytes). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');

export function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out.set(name, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => a.get(n) !== b.get(n)).map((n) => (!a.has(n) ? `+ ${n}` : !b.has(n) ? `- ${n}` : `~ ${n}`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const first = digest(DIST);
  if (first.size === 0) throw new Error('dist/ is empty: run `npm run build` first');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'ignore' });
  const second = digest(DIST);
  const diff = differences(first, second);
  if (diff.length) {
    console.error(`determinism: ${diff.length} of ${first.size} files differ between two builds:\n  ${diff.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
  console.log(`determinism: two builds gave byte-identical dist/ (${first.size} files)`);
}
