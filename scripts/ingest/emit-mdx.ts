// Writes a section as MDX. Every piece of source text goes in as a JSON string literal inside a JSX
// expression, so nothing in it (braces, tags, `import`, backticks) can be read as MDX, markdown or script.
import type { Block, Section } from './types.ts';
import { cellListItems } from './blocks.ts';

/** Source text as an MDX expression that renders exactly that text. */
export const text = (s: string): string => `{${JSON.stringify(s)}}`;

const attr = (s: string): string => JSON.stringify(s);

function cell(tag: 'th' | 'td', value: string): string {
  const items = cellListItems(value);
  if (items) return `<${tag}><ul>${items.map((i) => `<li>${text(i)}</li>`).join('')}</ul></${tag}>`;
  return `<${tag}>${text(value)}</${tag}>`;
}

const blockEmitters: { [K in Block['type']]: (b: Extract<Block, { type: K }>) => string } = {
  heading: (b) => `<h2 id=${attr(b.id)} data-line=${attr(String(b.line))}>${text(b.text)}</h2>`,
  paragraph: (b) => `<p${b.id ? ` id=${attr(b.id)}` : ''} data-line=${attr(String(b.line))}>${text(b.text)}</p>`,
  figure: (b) =>
    `<figure class="key-figure" data-line=${attr(String(b.line))}><figcaption>${text(b.label)}</figcaption><p><strong>${text(b.value)}</strong>${b.unit ? ` <span>${text(b.unit)}</span>` : ''}</p></figure>`,
  list: (b) => `<ul>\n${b.items.map((i) => `<li>${text(i)}</li>`).join('\n')}\n</ul>`,
  table: (b) => {
    const [head, ...body] = b.rows;
    const thead = `<thead><tr>${head!.map((c) => cell('th', c)).join('')}</tr></thead>`;
    const tbody = body.length ? `<tbody>${body.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('\n')}</tbody>` : '';
    return `<div class="table-wrap" tabindex="0"><table>${thead}\n${tbody}</table></div>`;
  },
};

function emitBlock(block: Block): string {
  return (blockEmitters[block.type] as (b: Block) => string)(block);
}

/**
 * The MDX file of one section: frontmatter for the route, then its blocks, then — where the section
 * prints key figures — the `<KpiFigures>` component with their indicator ids (charts by category).
 */
export function emitSectionMdx(doc: string, script: string, section: Section, indicators: readonly string[] = []): string {
  const front = [`doc: ${attr(doc)}`, `section: ${attr(section.slug)}`, `script: ${attr(script)}`, `title: ${attr(section.title)}`];
  const figures = indicators.length ? `\n\n<KpiFigures ids={${JSON.stringify(indicators)}} />` : '';
  return `---\n${front.join('\n')}\n---\n\n${section.blocks.map(emitBlock).join('\n\n')}${figures}\n`;
}
