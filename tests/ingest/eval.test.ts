// The ingest measured against the hand-annotated gold outlines (tests/gold/): each figure must stay at
// or above its floor. Floors only move up: raise one when the ingest gets better, never lower one to
// let a change through (fix the change, or the gold from the source if the gold is wrong).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluate } from '../../scripts/eval.ts';
import { floorPercent as pct, precision, ratio, recall, type Measures } from '../../scripts/eval/measure.ts';

interface Floor {
  documents?: [number, number];
  headings?: [number, number];
  parents?: number;
  titles?: number;
  dates?: number;
  kpis?: number;
  /** Gold tables a predicted table starts near (recall). */
  tables?: number;
  /** Most defects allowed, by kind. */
  defects?: Partial<Measures['defects']>;
  merged?: number;
}

const floors = parse(readFileSync('tests/ingest/eval-floors.yml', 'utf8')) as Record<string, Floor>;
const { result, problems } = evaluate();

describe('the ingest against the gold outlines (npm run eval)', () => {
  it('reads every gold file without a problem', () => {
    expect(problems).toEqual([]);
  });

  it.each(Object.entries(floors))('%s stays at or above its floors', (source, floor) => {
    const m = result.sources[source]!;
    expect(m, `no figures for ${source}`).toBeDefined();
    const got = {
      documents: [pct(precision(m.documents)), pct(recall(m.documents))],
      headings: [pct(precision(m.headings)), pct(recall(m.headings))],
      parents: pct(ratio(m.parents)),
      titles: pct(ratio(m.titles)),
      dates: pct(ratio(m.dates)),
      kpis: pct(recall(m.kpis)),
      tables: pct(recall(m.tables)),
    };
    if (floor.documents) expect(got.documents[0]).toBeGreaterThanOrEqual(floor.documents[0]), expect(got.documents[1]).toBeGreaterThanOrEqual(floor.documents[1]);
    if (floor.headings) expect(got.headings[0]).toBeGreaterThanOrEqual(floor.headings[0]), expect(got.headings[1]).toBeGreaterThanOrEqual(floor.headings[1]);
    for (const key of ['parents', 'titles', 'dates', 'kpis', 'tables'] as const) if (floor[key] !== undefined) expect(got[key], key).toBeGreaterThanOrEqual(floor[key]!);
    for (const [kind, most] of Object.entries(floor.defects ?? {})) expect(m.defects[kind as keyof Measures['defects']], kind).toBeLessThanOrEqual(most);
    if (floor.merged !== undefined) expect(m.merged).toBeLessThanOrEqual(floor.merged);
  });
});
