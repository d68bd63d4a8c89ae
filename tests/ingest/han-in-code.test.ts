// Layouts in code, vocabulary in data: the words the ingest looks for live in content/ingest/*.yml.
// This counts the Han characters typed into scripts/**/*.ts outside comments (string and regular
// expression literals, identifiers), so that vocabulary creeping back into code shows up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The issue's ceiling for Han characters typed into scripts/**\/*.ts outside comments. */
const CEILING = 300;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Han characters in the tokens of `source` (comments and JSDoc are trivia, not tokens). */
function hanOutsideComments(path: string, source: string): number {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(file);
    if (children.length === 0) count += node.getText(file).match(/\p{Script=Han}/gu)?.length ?? 0;
    else children.forEach(visit);
  };
  visit(file);
  return count;
}

describe('Han characters typed into scripts/', () => {
  it('counts literals, not comments', () => {
    expect(hanOutsideComments('a.ts', "// 中国联通\n/** 山东联通 */\nconst a = '近日'; const b = /阳春/u;")).toBe(4);
    expect(hanOutsideComments('b.ts', 'const t = `发布${1}时间`;')).toBe(4);
  });

  it(`stays under ${CEILING} across scripts/**/*.ts`, () => {
    const counts = tsFiles('scripts').map((f) => [f, hanOutsideComments(f, readFileSync(f, 'utf8'))] as const);
    const total = counts.reduce((n, [, c]) => n + c, 0);
    expect(total, counts.filter(([, c]) => c > 0).map(([f, c]) => `${f}: ${c}`).join('\n')).toBeLessThan(CEILING);
    expect(total).toBeGreaterThan(0);
  });
});
