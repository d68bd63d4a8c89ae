// A maintainer's mistakes stop the build with the file, the line and the fix.
import { mkdtempSync, writeFileSync } from 'node:fs';
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
