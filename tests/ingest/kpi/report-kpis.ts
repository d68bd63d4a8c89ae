// Test helper: the KPI rows one report prints, read from its real source through the ingest.
import { extractKpis } from '../../../scripts/ingest/kpi/tables.ts';
import { type KpiRow } from '../../../scripts/ingest/kpi/schema.ts';
import { readSources } from '../../../scripts/ingest/read-sources.ts';
import { ingest } from '../../../scripts/ingest/main.ts';

export function reportKpis(id: string): { rows: KpiRow[]; find: (name: string, year: number) => KpiRow | undefined } {
  const { docs } = ingest(readSources('content/sources').filter((s) => s.id === id));
  const rows = extractKpis(docs[0]!, `content/sources/${docs[0]!.source}`, () => null);
  return { rows, find: (name, year) => rows.find((r) => r.name === name && r.year === year) };
}
