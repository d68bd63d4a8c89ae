// Turns a section's lines into typed blocks (headings, paragraphs, lists, tables) through a handler table.
import type { Block, Line } from './types.ts';
import { looksLikeHeading } from './outline.ts';
import { uniqueSlug } from './slug.ts';

const BULLET = /^\s*(?:[-•●▪‧◆■–]|√|□)\s*/u;
const isBlank = (l: Line | undefined) => l !== undefined && l.text.trim() === '';

interface Context {
  lines: readonly Line[];
  headingIds: Set<string>;
}

interface Handler {
  name: Block['type'];
  match(ctx: Context, i: number): boolean;
  /** Returns the block and the index of the first line after it. */
  take(ctx: Context, i: number): [Block, number];
}

/** Consumes lines while `test` holds, allowing single blank lines inside the run. */
function run(lines: readonly Line[], i: number, test: (l: Line) => boolean): number {
  let j = i;
  while (j < lines.length) {
    if (test(lines[j]!)) j++;
    else if (isBlank(lines[j]) && lines[j + 1] && test(lines[j + 1]!)) j += 2;
    else break;
  }
  return j;
}

const handlers: Handler[] = [
  {
    name: 'table',
    match: (ctx, i) => ctx.lines[i]!.text.includes('\t'),
    take(ctx, i) {
      const end = run(ctx.lines, i, (l) => l.text.includes('\t'));
      const rowSource = ctx.lines.slice(i, end).filter((l) => !isBlank(l));
      const rows = rowSource.map((l) => l.text.split('\t').map((c) => c.trim()));
      const width = Math.max(...rows.map((r) => r.length));
      for (const r of rows) while (r.length < width) r.push('');
      return [{ type: 'table', rows, line: ctx.lines[i]!.n, rowLines: rowSource.map((l) => l.n) }, end];
    },
  },
  {
    name: 'list',
    match: (ctx, i) => BULLET.test(ctx.lines[i]!.text),
    take(ctx, i) {
      const end = run(ctx.lines, i, (l) => BULLET.test(l.text));
      const items = ctx.lines.slice(i, end).filter((l) => !isBlank(l)).map((l) => l.text.replace(BULLET, '').trim());
      const marker = BULLET.exec(ctx.lines[i]!.text)![0].trim();
      return [{ type: 'list', items, line: ctx.lines[i]!.n, marker }, end];
    },
  },
  {
    name: 'heading',
    match: (ctx, i) => looksLikeHeading(ctx.lines, i),
    take(ctx, i) {
      const text = ctx.lines[i]!.text.trim();
      return [{ type: 'heading', text, line: ctx.lines[i]!.n, id: uniqueSlug(text, ctx.headingIds) }, i + 1];
    },
  },
  {
    name: 'paragraph',
    match: () => true,
    take: (ctx, i) => [{ type: 'paragraph', text: ctx.lines[i]!.text.trim(), line: ctx.lines[i]!.n }, i + 1],
  },
];

/** Splits a section's lines into blocks; heading ids are unique within the section. */
export function toBlocks(lines: readonly Line[], headingIds = new Set<string>()): Block[] {
  const ctx: Context = { lines, headingIds };
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    const handler = handlers.find((h) => h.match(ctx, i))!;
    const [block, next] = handler.take(ctx, i);
    blocks.push(block);
    i = next;
  }
  return blocks;
}

/** Raw HTML list markup inside a table cell (`<ul style=…> ☆ a ☆ b`) as list items, or null. */
export function cellListItems(cell: string): string[] | null {
  if (!/<\/?(?:ul|li)\b/i.test(cell)) return null;
  return cell
    .replace(/<\/?(?:ul|li)\b[^>]*>/gi, '☆')
    .split('☆')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every character of text a block publishes, for the no-loss accounting. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'table':
      return block.rows.flat().map((c) => cellListItems(c)?.join('') ?? c).join('');
    case 'list':
      return block.items.join('');
    default:
      return block.text;
  }
}
