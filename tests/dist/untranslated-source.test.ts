// A source added later with no translations: the whole build (ingest, Astro, Pagefind) runs on it in
// a scratch copy of the project, warns, and the English pages show its Chinese titles flagged.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../../scripts/scratch-project.ts';

const ROOT = process.cwd();
const WORK = join(tmpdir(), 'report-site-untranslated');

/** Runs the whole build in WORK; returns what it printed (stdout and stderr). */
function build(): string {
  scratchProject(ROOT, WORK);
  // Only the fixture source, so the build takes seconds.
  rmSync(join(WORK, 'content/sources'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/untranslated'), join(WORK, 'content/sources'), { recursive: true });
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: WORK, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build failed (${run.status}): ${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}

describe('a source without translations', () => {
  const out = build();
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('builds, and the build warns that English titles are missing', () => {
    expect(existsSync(join(WORK, 'dist/en/reports/fixture-added-later/index.html'))).toBe(true);
    expect(out).toMatch(/English titles: 0\/1 documents/);
    expect(out).toMatch(/warning: no English title for \d+: fixture-added-later, fixture-added-later\//);
  });

  it('shows the Chinese title on English pages, marked as Chinese and flagged as untranslated', () => {
    const html = readFileSync(join(WORK, 'dist/en/reports/fixture-added-later/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*><span lang="zh-Hans">促进社会共融（新增来源测试）<\/span> <small[^>]*>\(not yet translated\)<\/small><\/h1>/);
  });

  it('reads as Traditional on zh-hant and Simplified on zh-hans', () => {
    expect(readFileSync(join(WORK, 'dist/zh-hant/reports/fixture-added-later/index.html'), 'utf8')).toContain('促進社會共融（新增來源測試）');
    expect(readFileSync(join(WORK, 'dist/zh-hans/reports/fixture-added-later/index.html'), 'utf8')).toContain('促进社会共融（新增来源测试）');
  });
});
