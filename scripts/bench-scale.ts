// How the build grows: the same pipeline on a corpus ten times larger — every source copied under
// nine new ids — in a scratch copy of the project. Prints the build's stages, pages and pages/s.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scratchProject } from './scratch-project.ts';

export function benchScale(root: string, factor = 10): void {
  const work = join(tmpdir(), `report-site-x${factor}`);
  scratchProject(root, work);
  const sources = join(work, 'content/sources');
  for (const file of readdirSync(sources).filter((f) => f.endsWith('.txt'))) {
    const id = file.replace(/\.txt$/, '');
    for (let i = 2; i <= factor; i++) {
      writeFileSync(join(sources, `${id}-copy-${i}.txt`), readFileSync(join(sources, file)));
      writeFileSync(join(sources, `${id}-copy-${i}.yml`), readFileSync(join(sources, `${id}.yml`)));
    }
  }
  const start = performance.now();
  const out = execFileSync(process.execPath, ['scripts/build.ts'], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const pages = (readdirSync(join(work, 'dist'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
  for (const line of out.split('\n').filter((l) => l.startsWith('[build]'))) console.log(`  x${factor} ${line}`);
  console.log(`build x${factor} corpus: ${seconds.toFixed(1)} s, ${pages} HTML pages, ${(pages / seconds).toFixed(0)} pages/s`);
  rmSync(work, { recursive: true, force: true });
}
