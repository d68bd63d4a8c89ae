// A scratch copy of the project for builds that must not touch the real one (the ten-times corpus
// benchmark, the untranslated-source test): the sources and configuration copied, node_modules linked.
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export function scratchProject(root: string, work: string): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const entry of ['src', 'public', 'content', 'scripts', 'deploy', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(work, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
}
