// Source text goes into MDX as data: whatever it holds, it compiles and renders as the same text.
import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitSectionMdx } from '../../scripts/ingest/emit-mdx.ts';
import type { Block, Section } from '../../scripts/ingest/types.ts';

interface Node {
  type: unknown;
  props: { children?: unknown };
}

const Fragment = Symbol('Fragment');
const node = (type: unknown, props: Node['props']): Node => ({ type, props });
const runtime = { Fragment, jsx: node, jsxs: node, jsxDEV: node };

/** Renders the compiled MDX to a tree and collects the text of each element of `tag`. */
async function textsOf(mdx: string, tag: string): Promise<string[]> {
  const { default: Content } = await evaluate(mdx.replace(/^---[\s\S]*?---\n/, ''), { ...runtime, development: false } as never);
  const root = (Content as (props: object) => Node)({});
  const found: string[] = [];
  const text = (c: unknown): string => (typeof c === 'string' ? c : Array.isArray(c) ? c.map(text).join('') : c && typeof c === 'object' ? text((c as Node).props.children) : '');
  const walk = (c: unknown): void => {
    if (Array.isArray(c)) return c.forEach(walk);
    if (!c || typeof c !== 'object') return;
    const n = c as Node;
    if (n.type === tag) found.push(text(n.props.children));
    walk(n.props.children);
  };
  walk(root);
  return found;
}

const section = (blocks: Block[]): Section => ({ slug: 's', title: '标题', printed: '标题', kind: 'section', chapter: null, lines: [1, 1], blocks });

const HOSTILE = [
  '{', '}', '{props.x}', '<script>alert(1)</script>', 'import fs from "node:fs"', 'export const x = 1',
  '<!-- comment -->', '`code` ```fence```', '&amp; &lt;b&gt; &#x41;', '# not a heading', '* not a list',
  '\u202Eevil\u202C', '\u0000nul', 'a\u2028b', '"quotes" \\ backslash', 'x'.repeat(100_000),
];

describe('emitSectionMdx', () => {
  it.each(HOSTILE.map((s) => [s.slice(0, 30), s]))('publishes %j as the same text', async (_, hostile) => {
    const mdx = emitSectionMdx('doc', 'hans', section([{ type: 'paragraph', text: hostile, line: 1 }]));
    expect(await textsOf(mdx, 'p')).toEqual([hostile]);
  });

  it('keeps headings, lists and table cells as text too', async () => {
    const mdx = emitSectionMdx('doc', 'hans', section([
      { type: 'heading', text: '<b>{x}</b>', line: 1, id: 'h' },
      { type: 'list', items: ['{a}', '<i>'], line: 2, marker: '-' },
      { type: 'table', rows: [['指标', '{单位}'], ['<td>', '<ul style="x"> ☆ 甲 ☆ 乙']], line: 3, rowLines: [3, 4] },
    ]));
    expect(await textsOf(mdx, 'h2')).toEqual(['<b>{x}</b>']);
    expect(await textsOf(mdx, 'li')).toEqual(['{a}', '<i>', '甲', '乙']);
    expect(await textsOf(mdx, 'th')).toEqual(['指标', '{单位}']);
    expect(await textsOf(mdx, 'td')).toEqual(['<td>', '甲乙']);
  });

  it('compiles any text and renders it unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (s) => {
        const mdx = emitSectionMdx('doc', 'hans', section([{ type: 'paragraph', text: s, line: 1 }]));
        expect(await textsOf(mdx, 'p')).toEqual([s]);
      }),
      { numRuns: 200 },
    );
  });
});
