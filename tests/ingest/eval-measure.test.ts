// The evaluation's own matching (scripts/eval/measure.ts): a figure counts as read only for the printing it is.
import { describe, expect, it } from 'vitest';
import { emptyMeasures, measureCollectionTables, measureDefects, measureHeadings, measureKpis, type ReadKpi, type ResolvedGoldDoc } from '../../scripts/eval/measure.ts';
import type { PredictedDoc } from '../../scripts/eval/predicted.ts';
import type { GoldDocument, GoldKpi } from '../gold/schema.ts';

const callout = (name: string, raw: string, unit: string, line: number): GoldKpi => ({ name, unit, year: 2023, raw, from: 'callout', at: { line, text: `${raw}${unit}` } });
const row = (name: string, raw: string, unit: string): ReadKpi => ({ report: 'r', year: 2023, name, raw, unit });

describe('measureKpis', () => {
  it('gives a read callout to the printing of its unit, so the unread one is the miss (2023 chapter, lines 102 and 113)', () => {
    const m = emptyMeasures();
    const misses: string[] = [];
    // `連續5年` is printed first and not read; `5個縣` is read. Both print the value 5.
    const gold = [callout('連續獲得…「好」的評價', '5', '年', 102), callout('定點幫扶與對口支援', '5', '個縣', 113)];
    measureKpis(gold, 'r', [row('定點幫扶與對口支援', '5', '個縣')], (s) => s, m, misses);
    expect(m.kpis).toEqual({ tp: 1, predicted: 1, gold: 2 });
    expect(misses).toEqual(['  KPI missed: callout 連續獲得…「好」的評價 2023 5 年']);
  });

  it('still matches a callout by its value where no row prints its unit as the gold writes it', () => {
    const m = emptyMeasures();
    measureKpis([callout('覆蓋職工', '286', '餘萬人次', 609)], 'r', [row('覆蓋職工', '286', '萬人次')], (s) => s, m);
    expect(m.kpis.tp).toBe(1);
  });
});

describe('measureHeadings', () => {
  const gold = { headings: [{ text: '大数据赋能文化传承', level: 1, parent: null, at: { offset: 33837, text: '大数据赋能文化传承' } }] } as unknown as GoldDocument;
  const page = { headings: [{ text: '大数据赋能文化传承', parent: null, line: null }, { text: '二、数据战略引领，构建核心竞争力', parent: null, line: null }] } as unknown as PredictedDoc;

  it('names the headings a page prints that gold lacks', () => {
    const misses: string[] = [];
    measureHeadings(gold, new Map(), page, (s) => s, emptyMeasures(), misses);
    expect(misses).toEqual(['  heading not printed: “二、数据战略引领，构建核心竞争力”']);
  });

  it('only counts them where the page holds a held-out document, whose words are not to be read', () => {
    const m = emptyMeasures();
    const misses: string[] = [];
    measureHeadings(gold, new Map(), page, (s) => s, m, misses, true);
    expect(m.headings.tp).toBe(1);
    expect(misses).toEqual(['  1 headings not printed (not named: the page holds a held-out document)']);
  });
});

describe('the floors file written again (--raise-floors)', () => {
  it('keeps the comment above a floor, by source and key', async () => {
    const { floorComments } = await import('../../scripts/eval.ts');
    const text = ['# header', '"a":', '  documents: [100, 100]', '  # Lowered once: a truer gold.', '  parents: 72.8', '"b":', '  parents: 99'].join('\n');
    expect([...floorComments(text)]).toEqual([['"a" parents', ['  # Lowered once: a truer gold.']]]);
  });
});

describe('measureDefects', () => {
  it('counts a number split across paragraphs, not a full date ending a source line over a body opening with a year', () => {
    const doc = (page: string[]) => ({ id: 'x', pages: [page] }) as unknown as PredictedDoc;
    const d = emptyMeasures().defects;
    measureDefects(doc(['基本每股收益0.097', '0.0851']), [], (s) => s, d);
    measureDefects(doc(['文章来源：求是网发布时间：2024-07-26', '2014年2月，习近平总书记明确提出。']), [], (s) => s, d);
    expect(d.splitNumbers).toBe(1);
    // 电信业发展白皮书's notes 4 and 5, each a paragraph opening with its number in a span of its own.
    const notes = { id: 'x', pages: [['4数据来源：数说123', '5数据来源：赛立信通信研究部']], labelled: [[true, true]] } as unknown as PredictedDoc;
    measureDefects(notes, [], (s) => s, d);
    expect(d.splitNumbers).toBe(1);
    measureDefects({ ...notes, labelled: [[true, false]] } as unknown as PredictedDoc, [], (s) => s, d);
    expect(d.splitNumbers).toBe(2);
  });
});

describe('measureCollectionTables', () => {
  // The 2022 third-quarter report's tables (gold offsets 317506 and 318029, read from the source): the
  // holdings table's first printed cell is its unit line, 317552 its header, 317608 its first row.
  const holdings = { at: { offset: 317506, text: '单位：股报告期末普通股股东总数' }, caption: '前10名股东持股情况', layout: 'flattened', rows: 10, kpi: false } as const;
  const unrestricted = { at: { offset: 318029, text: '前10名无限售条件股东持股情况' }, caption: '前10名无限售条件股东持股情况', layout: 'flattened', rows: 10, kpi: false } as const;
  const doc = {
    doc: { tables: [holdings, unrestricted] },
    places: new Map<object, { offset: number; line: null }>([
      [holdings.at, { offset: 317506, line: null }],
      [unrestricted.at, { offset: 318029, line: null }],
    ]),
  } as unknown as ResolvedGoldDoc;

  it('finds a table printed from its first cell on, before the next table', () => {
    const m = emptyMeasures();
    const misses: string[] = [];
    measureCollectionTables(doc, [317608, 318074], m, misses);
    expect(m.tables).toEqual({ tp: 2, predicted: 0, gold: 2 });
    expect(misses).toEqual([]);
  });

  it('does not count a table printed before the first cell, or one the next table’s place takes', () => {
    const m = emptyMeasures();
    const misses: string[] = [];
    measureCollectionTables(doc, [317000, 318074], m, misses);
    expect(m.tables.tp).toBe(1);
    expect(misses).toEqual(['  table missed: at 317506 (flattened, 10 rows) “前10名股东持股情况”']);
    // Only the second table printed: the first's reach ends where the second's first cell stands.
    const alone = emptyMeasures();
    measureCollectionTables(doc, [318074], alone, []);
    expect(alone.tables.tp).toBe(1);
  });
});
