import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { ingestSource } from '../../scripts/ingest/main.ts';
import { extractCallouts } from '../../scripts/ingest/kpi/callouts.ts';

it('review', () => {
  for (const name of (process.env.REV ?? 'a').split(',')) {
    const text = readFileSync(`/tmp/rep/${name}.txt`, 'utf8');
    const metaJson = JSON.parse(readFileSync(`/tmp/rep/${name}.json`, 'utf8'));
    const { docs, report } = ingestSource({ id: name, file: `/tmp/rep/${name}.txt`, meta: metaJson, text });
    const out: string[] = [];
    for (const d of docs) for (const s of d.sections) {
      out.push(`=== [${s.kind}] ${s.title} (printed: ${s.printed}) chapter=${s.chapter} lines=${s.lines}`);
      for (const b of s.blocks) {
        if (b.type === 'heading') out.push(`  H${b.depth ?? '?'} L${b.line} ${b.marker ? '[' + b.marker + ']' : ''}${b.text}`);
        else if (b.type === 'paragraph') out.push(`  P L${b.line}${b.caption ? ' CAPTION' : ''}${b.lead ? ' lead=' + b.lead : ''}: ${b.text}`);
        else if (b.type === 'list') out.push(`  LIST L${b.line} [${b.marker}] ${b.items.map((x) => '\n     * ' + x).join('')}`);
        else if (b.type === 'table') out.push(`  TABLE L${b.line}${b.rows.map((r) => '\n     | ' + r.join(' | ')).join('')}`);
        else if (b.type === 'figure') out.push(`  FIG L${b.line}: label=${b.label}${b.labelAfter ? '+' + b.labelAfter : ''} value=${b.value} unit=${b.unit}${b.sharesLabel ? ' shares' : ''}`);
      }
    }
    try { const c = extractCallouts(docs[0]!, 'x', () => null); out.push('CALLOUT ROWS: ' + c.map((r: any) => `${r.name}=${r.value}${r.unit}`).join('; ')); } catch (e) { out.push('callouts err ' + e); }
    out.push('REMOVED: ' + JSON.stringify(report.removed ?? report, null, 0).slice(0, 3000));
    writeFileSync(`/tmp/rep/${name}.out`, out.join('\n'));
  }
});
