import { readFileSync } from 'node:fs';
import { toScript } from '../../scripts/ingest/convert-script.ts';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { ingest } from '../../scripts/ingest/main.ts';
import { coverage, parseTranslations, readTranslations } from '../../scripts/ingest/translations.ts';
import { convertText } from '../../scripts/ingest/convert-script.ts';
import { SourceError } from '../../scripts/ingest/errors.ts';

describe('English translations', () => {
  const translations = readTranslations('content/translations/en.yml');
  const { docs } = ingest(readSources('content/sources'));

  it('give every document and every section an English title, and name nothing that is gone', () => {
    const c = coverage(translations, docs);
    expect(c.missing).toEqual([]);
    expect(c.orphans).toEqual([]);
    expect(c.docsTranslated).toBe(docs.length);
  });

  it('give every document an abstract of three to six sentences', () => {
    for (const { id } of docs) {
      const sentences = (translations.docs[id]?.abstract ?? '').split(/(?<=[.!?]"?)\s+(?=[A-Z"])/).filter(Boolean).length;
      expect(sentences, id).toBeGreaterThanOrEqual(3);
      expect(sentences, id).toBeLessThanOrEqual(6);
    }
  });

  it('reports a bad entry with its line', () => {
    expect(() => parseTranslations('en.yml', 'common:\n  sections: {}\ndocs:\n  x:\n    title: ""\n')).toThrowError(SourceError);
    try {
      parseTranslations('en.yml', 'common:\n  sections: {}\ndocs:\n  x:\n    title: ""\n');
    } catch (e) {
      expect((e as SourceError).line).toBe(5);
    }
  });
});

describe('script conversion (OpenCC, phrase level, Hong Kong standard)', () => {
  it.each([
    ['董事長致辭', '董事长致辞'],
    ['寬帶端口達到2.25億個', '宽带端口达到2.25亿个'],
    ['聯通數村', '联通数村'],
  ])('hant → hans: %s', (hant, hans) => expect(convertText(hant, 'hant', 'hans')).toBe(hans));

  it.each([
    ['中国联合网络通信集团有限公司', '中國聯合網絡通信集團有限公司'],
    ['数据中心机架数', '數據中心機架數'],
  ])('hans → hant: %s', (hans, hant) => expect(convertText(hans, 'hans', 'hant')).toBe(hant));

  it('leaves no Simplified-only character in a Traditional rendering of each Simplified source, and the reverse', () => {
    const sources = readSources('content/sources');
    for (const s of sources) {
      const sample = s.text.slice(0, 3000);
      const other = s.meta.script === 'hans' ? 'hant' : 'hans';
      const converted = convertText(sample, s.meta.script, other);
      // Characters that exist only in the source's script must all be gone after conversion.
      const probe = s.meta.script === 'hans' ? /[们这联网络报发说]/u : /[們這聯網絡報發說]/u;
      expect(probe.test(sample), `${s.id} sample holds a script marker`).toBe(true);
      expect(probe.test(converted), `${s.id} after conversion`).toBe(false);
    }
  });
});

describe('English KPI labels', () => {
  it('name every indicator the built dataset holds (a table or callout the ingest newly reads needs its English name)', () => {
    const rows = JSON.parse(readFileSync('.generated/kpis.json', 'utf8')) as { indicator: string; name_en: string | null }[];
    expect(rows.length).toBeGreaterThan(700);
    expect([...new Set(rows.filter((r) => !r.name_en).map((r) => r.indicator))]).toEqual([]);
  });

  it('name every unit the built dataset prints (the KPI pages look units up in Simplified; ASCII units stay as printed)', () => {
    const rows = JSON.parse(readFileSync('.generated/kpis.json', 'utf8')) as { unit: string }[];
    const t = readTranslations('content/translations/en.yml');
    const units = [...new Set(rows.map((r) => toScript(r.unit, 'hans')))].filter((u) => u && !/^[\x20-\x7e]*$/u.test(u));
    expect(units.length).toBeGreaterThan(40);
    expect(units.filter((u) => !t.kpiUnits?.[u])).toEqual([]);
  });

  it('name every indicator, category and unit of the 2024 key performance table', async () => {
    const { extractKpis } = await import('../../scripts/ingest/kpi/tables.ts');
    const t = readTranslations('content/translations/en.yml');
    const { docs } = ingest(readSources('content/sources').filter((s) => s.id === '2024-sustainability-report'));
    const rows = extractKpis(docs[0]!, 'x', (id) => t.kpis?.[id]?.name ?? null);
    expect(rows.filter((r) => !r.name_en).map((r) => r.indicator)).toEqual([]);
    expect([...new Set(rows.map((r) => r.category))].filter((c) => !t.kpiCategories?.[c])).toEqual([]);
    expect([...new Set(rows.map((r) => r.unit))].filter((u) => u !== '%' && !t.kpiUnits?.[u])).toEqual([]);
    expect(rows.find((r) => r.indicator === 'ying-ye-shou-ru')!.name_en).toBe('Operating revenue');
  });
});
