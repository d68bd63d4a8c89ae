// How the build grows with one very large source: the 2024 report's text repeated into a single source
// of about `megabytes` MB (about 330 sections per MB, all in one document), built alone in a scratch copy
// of the project. Prints the build's stages, its wall time, the peak memory of the build's whole process
// tree (sampled from /proc), the size of dist/ and its largest HTML page. The contents on a section page
// are bounded (src/lib/contents.ts), so time, memory and output grow linearly with the source.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scratchProject } from './scratch-project.ts';

const REPEATED = '2024-sustainability-report';

/** Resident memory of `root` and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  for (const stack = [root]; stack.length; ) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function largestHtml(dir: string): { bytes: number; path: string; pages: number; total: number; files: number } {
  let largest = { bytes: 0, path: '' };
  let pages = 0;
  let total = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (!st.isFile()) continue;
    files++;
    total += st.size;
    if (!name.endsWith('.html')) continue;
    pages++;
    if (st.size > largest.bytes) largest = { bytes: st.size, path: name };
  }
  return { ...largest, pages, total, files };
}

export async function benchLargeSource(root: string, megabytes = 30): Promise<void> {
  const work = join(tmpdir(), `report-site-large-${megabytes}mb`);
  scratchProject(root, work);
  const sources = join(work, 'content/sources');
  const text = readFileSync(join(sources, `${REPEATED}.txt`), 'utf8');
  rmSync(sources, { recursive: true });
  const copies = Math.ceil((megabytes * 1e6) / Buffer.byteLength(text));
  const big = Array.from({ length: copies }, () => text).join('\n');
  mkdirSync(sources);
  writeFileSync(join(sources, 'large-source.txt'), big);
  writeFileSync(join(sources, 'large-source.yml'), `title: 大型来源测试（${copies} 份 2024 年报告）\nyear: 2024\nscript: hans\nkind: report\npublisher: 中国联合网络通信集团有限公司\n`);

  const start = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) {
    console.log(`large source (${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB): build failed (${code}) after ${seconds.toFixed(0)} s\n${err}`);
    rmSync(work, { recursive: true, force: true });
    return;
  }
  for (const line of out.split('\n').filter((l) => l.startsWith('[build]') || l.startsWith('content/sources/'))) console.log(`  large ${line.slice(0, 200)}`);
  const dist = largestHtml(join(work, 'dist'));
  console.log(
    `build of one ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB source (${copies} copies of ${REPEATED}): ${seconds.toFixed(0)} s, ` +
      `peak memory ${(peak / 1e9).toFixed(2)} GB (build process tree), ${dist.pages} HTML pages, ${(dist.pages / seconds).toFixed(0)} pages/s; ` +
      `dist ${dist.files} files, ${(dist.total / 1e6).toFixed(0)} MB; largest page ${(dist.bytes / 1024).toFixed(0)} KB (${dist.path})`,
  );
  rmSync(work, { recursive: true, force: true });
}

// `node scripts/bench-large-source.ts [MB]` runs this case alone.
if (process.argv[1]?.endsWith('bench-large-source.ts')) await benchLargeSource(join(import.meta.dirname, '..'), Number(process.argv[2] ?? 30));
