// The HTML of a sample of built pages — every template in every locale — validates with the Nu HTML
// Checker (npm vnu-jar, on the machine's Java). Errors only; warnings are not failures.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import vnu from 'vnu-jar';

const TEMPLATES = [
  '',
  'reports/2024-sustainability-report/',
  'reports/2024-sustainability-report/jia-kuai-tui-jin-lv-se-fa-zhan/',
  'reports/2024-sustainability-report/guan-jian-ji-xiao/',
  'reports/2020-social-responsibility-report/guan-jian-ji-xiao/',
  'reports/zhong-guo-5g-fa-zhan-he-jing-ji-she-hui/yi-zhong-guo-5g-zhu-bu-mai-xiang/',
  'kpis/',
  'kpis/ying-ye-shou-ru/',
  'search/',
];
const FILES = [
  'dist/index.html',
  'dist/404.html',
  ...['zh-hans', 'zh-hant', 'en'].flatMap((l) => TEMPLATES.map((t) => join('dist', l, t, 'index.html'))),
];

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('Nu HTML Checker', () => {
  it(`finds no errors in ${FILES.length} pages`, () => {
    let out = '';
    try {
      out = execFileSync('java', ['-jar', String(vnu), '--errors-only', '--format', 'json', ...FILES], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
      out = String((error as { stderr?: string }).stderr ?? '');
    }
    const messages = (JSON.parse(out || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
    const errors = messages.map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
