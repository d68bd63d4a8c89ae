// The site reads the ingest's catalog and KPI rows as content collections validated by these schemas
// (src/content.config.ts): what the ingest writes must pass them, and a wrong entry must not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogDocSchema } from '../../../scripts/ingest/output/catalog-schema.ts';
import { kpiRowSchema } from '../../../scripts/ingest/kpi/schema.ts';

const catalog = JSON.parse(readFileSync('.generated/catalog.json', 'utf8')) as unknown[];
const kpis = JSON.parse(readFileSync('.generated/kpis.json', 'utf8')) as unknown[];

describe('the schemas the site reads the generated data with', () => {
  it('accept every document of the catalog and every KPI row the ingest wrote', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(97);
    expect(catalog.filter((d) => !catalogDocSchema.safeParse(d).success)).toEqual([]);
    expect(kpis.length).toBeGreaterThanOrEqual(821);
    expect(kpis.filter((r) => !kpiRowSchema.safeParse(r).success)).toEqual([]);
  });

  it('refuse a document whose fields are of the wrong type or unknown', () => {
    const doc = catalog[0] as Record<string, unknown>;
    expect(catalogDocSchema.safeParse({ ...doc, year: '2020' }).success).toBe(false);
    expect(catalogDocSchema.safeParse({ ...doc, sections: [] }).success).toBe(false);
    expect(catalogDocSchema.safeParse({ ...doc, extra: 1 }).success).toBe(false);
    expect(catalogDocSchema.safeParse({ ...doc, date: '30.11.2026' }).success).toBe(false);
  });
});
