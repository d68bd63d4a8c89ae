// A failed build tells a maintainer what to fix and nothing else: the message naming the file, the
// line and the fix, a non-zero exit, no stack trace from scripts/build.ts. A bug in our code still
// shows its stack trace. Each case runs the real build in a scratch copy of the project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../scripts/scratch-project.ts';

const ROOT = process.cwd();
const WORK = join(tmpdir(), 'report-site-build-errors');
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** Runs scripts/build.ts on the fixture's sources only; `edit` may change the scratch copy first. */
function build(fixture: string, edit: () => void = () => {}): { status: number | null; out: string } {
  scratchProject(ROOT, WORK);
  rmSync(join(WORK, 'content/sources'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures', fixture), join(WORK, 'content/sources'), { recursive: true });
  edit();
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: WORK, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
}

const STACK_FRAME = /^\s+at .*(\(|:\d+:\d+)/m;

describe('scripts/build.ts', () => {
  it('stops on a bad source with the message and the fix only, and a non-zero exit', () => {
    const { status, out } = build('bad-metadata');
    expect(status).not.toBe(0);
    expect(out).toMatch(/content\/sources\/fixture-bad-year\.yml:4: .*year/);
    expect(out).toMatch(/fix: /);
    expect(out).not.toMatch(STACK_FRAME);
    expect(out).not.toMatch(/Command failed|execFileSync|node:internal/);
    expect(out).toMatch(/\[build\] stopped: ingest failed \(exit 1\)/);
  });

  // Each of these crashed the build without naming the file (an alias bomb, a lone surrogate that ended
  // in a Rust backtrace from Vite, a folder or a broken link named like a source).
  it.each([
    ['bad-yaml/alias-bomb', () => {}, /content\/sources\/fixture-bad-yaml\.yml:8: an alias/],
    ['bad-yaml/lone-surrogate', () => {}, /content\/sources\/fixture-bad-yaml\.yml:2: .*lone UTF-16 surrogate/],
    ['untranslated', () => mkdirSync(join(WORK, 'content/sources/x.txt')), /content\/sources\/x\.txt: is a folder/],
    ['untranslated', () => symlinkSync('gone.txt', join(WORK, 'content/sources/y.txt')), /content\/sources\/y\.txt: a symbolic link to `gone\.txt`/],
  ] as const)('stops on %s (changed as the case needs) with a clear message naming the file', (fixture, edit, message) => {
    const { status, out } = build(fixture, edit);
    expect(status).not.toBe(0);
    expect(out).toMatch(message);
    expect(out).toMatch(/fix: /);
    expect(out).not.toMatch(STACK_FRAME);
  });

  it('shows the stack trace of a bug in our code', () => {
    const main = join(WORK, 'scripts/ingest/main.ts');
    const { status, out } = build('bad-metadata', () =>
      writeFileSync(main, readFileSync(main, 'utf8').replace('function main(): void {', "function main(): void {\n  throw new TypeError('a bug in the ingest');")),
    );
    expect(status).not.toBe(0);
    expect(out).toMatch(/TypeError: a bug in the ingest\n\s+at main \(/);
  });
});
