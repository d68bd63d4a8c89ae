// A maintainer's mistakes stop the build with the file, the line and the fix.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { sourceErrorOf } from './source-error.ts';

const META = 'title: 测试报告\nyear: 2024\nscript: hans\nkind: report\npublisher: 中国联通\n';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const errorOf = (dir: string) => sourceErrorOf(() => readSources(dir));

describe('readSources', () => {
  it('reads a valid pair', () => {
    const [source] = readSources(folder({ 'a-report.txt': '正文。\r\n第二行', 'a-report.yml': META }));
    expect(source!.id).toBe('a-report');
    expect(source!.meta).toEqual({ title: '测试报告', year: 2024, script: 'hans', kind: 'report', publisher: '中国联通' });
    expect(source!.text).toBe('正文。\n第二行');
  });

  it('names the .txt that has no .yml and says what to create', () => {
    const e = errorOf(folder({ 'lonely.txt': '正文' }));
    expect(e.file).toMatch(/lonely\.txt$/);
    expect(e.message).toContain('lonely.yml');
  });

  it('names the line of an invalid field and the fix', () => {
    const e = errorOf(folder({ 'r.txt': '正文', 'r.yml': META.replace('script: hans', 'script: simplified') }));
    expect(e.file).toMatch(/r\.yml$/);
    expect(e.line).toBe(3);
    expect(e.message).toContain('script');
    expect(e.fix).toContain('hans');
  });

  it('reports a missing field', () => {
    const e = errorOf(folder({ 'r.txt': '正文', 'r.yml': META.replace('publisher: 中国联通\n', '') }));
    expect(e.message).toContain('publisher');
  });

  it('refuses a year written as text', () => {
    const e = errorOf(folder({ 'r.txt': '正文', 'r.yml': META.replace('year: 2024', 'year: "二〇二四"') }));
    expect(e.line).toBe(2);
  });

  it('refuses invalid UTF-8 and names the line of the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0xc4, 0xe3, 0x0a]);
    const e = errorOf(folder({ 'r.txt': bytes, 'r.yml': META }));
    expect(e.line).toBe(3);
    expect(e.message).toContain('UTF-8');
  });

  it('refuses an empty file', () => {
    expect(errorOf(folder({ 'r.txt': '', 'r.yml': META })).message).toContain('empty');
  });

  it('refuses two metadata files for one id', () => {
    expect(errorOf(folder({ 'r.txt': '正文', 'r.yml': META, 'r.yaml': META })).message).toContain('two metadata files');
  });

  it('refuses an id that is not readable ASCII', () => {
    expect(errorOf(folder({ '报告.txt': '正文', '报告.yml': META })).message).toContain('lower-case ASCII');
  });

  it('strips a byte-order mark', () => {
    const [source] = readSources(folder({ 'r.txt': '\uFEFF正文', 'r.yml': META }));
    expect(source!.text).toBe('正文');
  });
});

/** A copy of a real source fixture in a scratch folder, changed by `edit`. */
function fixtureWith(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  cpSync('tests/fixtures/untranslated', dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('bad bytes and odd files (tests/fixtures/bad-bytes, bad-yaml)', () => {
  it('refuses metadata that is not UTF-8, with the file relative to the project, the line and the fix', () => {
    const e = errorOf('tests/fixtures/bad-bytes/metadata-gb18030');
    expect(e.file).toBe('tests/fixtures/bad-bytes/metadata-gb18030/fixture-bad-bytes.yml');
    expect(e.line).toBe(2);
    expect(e.message).toContain('invalid UTF-8');
    expect(e.fix).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('advises converting a UTF-16 file from UTF-16', () => {
    const e = errorOf('tests/fixtures/bad-bytes/source-utf16');
    expect(e.file).toBe('tests/fixtures/bad-bytes/source-utf16/fixture-bad-bytes.txt');
    expect(e.message).toContain('UTF-16');
    expect(e.fix).toContain('iconv -f UTF-16 -t UTF-8');
    expect(e.fix).not.toContain('GB18030');
  });

  it('knows UTF-16 without a byte-order mark by its NUL bytes', () => {
    const dir = fixtureWith((d) => writeFileSync(join(d, 'fixture-added-later.txt'), Buffer.from('Report text\r\n2023\r\n', 'utf16le')));
    expect(errorOf(dir).fix).toContain('UTF-16');
  });

  it('counts lines ended by CR alone when naming the line of a bad byte', () => {
    const e = errorOf('tests/fixtures/bad-bytes/source-cr-only');
    expect(e.file).toBe('tests/fixtures/bad-bytes/source-cr-only/fixture-bad-bytes.txt');
    expect(e.line).toBe(103);
  });

  it('refuses a source whose extension is in capitals rather than passing over it', () => {
    const e = errorOf('tests/fixtures/bad-bytes/upper-case-extension');
    expect(e.file).toBe('tests/fixtures/bad-bytes/upper-case-extension/report.TXT');
    expect(e.fix).toBe('rename it to report.txt');
  });

  it('refuses a YAML alias bomb at its first alias, without expanding it', () => {
    const e = errorOf('tests/fixtures/bad-yaml/alias-bomb');
    expect(e.file).toBe('tests/fixtures/bad-yaml/alias-bomb/fixture-bad-yaml.yml');
    expect(e.line).toBe(8);
    expect(e.message).toContain('alias');
  });

  it('refuses a title holding a lone surrogate', () => {
    const e = errorOf('tests/fixtures/bad-yaml/lone-surrogate');
    expect(e.line).toBe(2);
    expect(e.message).toContain('lone UTF-16 surrogate');
  });

  it('names the line of an unknown metadata field', () => {
    const e = errorOf('tests/fixtures/bad-yaml/unknown-field');
    expect(e.line).toBe(8);
    expect(e.message).toContain('`author`');
    expect(e.fix).toContain('title, year, script, kind, publisher, origin');
  });

  it('names the .yml relative to the project, like the .txt', () => {
    expect(errorOf('tests/fixtures/bad-metadata').file).toBe('tests/fixtures/bad-metadata/fixture-bad-year.yml');
  });

  it('refuses a folder named like a source', () => {
    const dir = fixtureWith((d) => mkdirSync(join(d, 'x.txt')));
    const e = errorOf(dir);
    expect(e.file).toMatch(/\/x\.txt$/);
    expect(e.message).toContain('folder');
  });

  it('refuses a broken symbolic link named like a source', () => {
    const dir = fixtureWith((d) => {
      symlinkSync('missing.txt', join(d, 'y.txt'));
      writeFileSync(join(d, 'y.yml'), readFileSync(join(d, 'fixture-added-later.yml')));
    });
    const e = errorOf(dir);
    expect(e.file).toMatch(/\/y\.txt$/);
    expect(e.message).toContain('`missing.txt`, which does not exist');
  });
});
