// Performance boxes (the small tables printed at the end of a topic): the 2024 report's, tab-separated
// (source lines 753–757 and 2539–2552), and the 2020 report's, printed with spaces (2797–2805,
// 3440–3450, 3507–3515), read from the real sources; values checked by hand against the text.
import { describe, expect, it } from 'vitest';
import { extractBoxes, parseFigureRows, parseKpiBox } from '../../../scripts/ingest/kpi/boxes.ts';
import { boxHeaderYears } from '../../../scripts/ingest/kpi/cells.ts';
import { readSources } from '../../../scripts/ingest/read-sources.ts';
import { ingest } from '../../../scripts/ingest/main.ts';

const boxesOf = (id: string) => {
  const { docs } = ingest(readSources('content/sources').filter((s) => s.id === id));
  return extractBoxes(docs[0]!, `content/sources/${docs[0]!.source}`, () => null);
};

describe('boxHeaderYears', () => {
  it('reads a label (or none) and the year columns in order, without a unit column', () => {
    expect(boxHeaderYears(['责任绩效指标', '2022 年', '2023 年', '2024 年'])).toEqual([2022, 2023, 2024]);
    expect(boxHeaderYears(['責任績效指標', '2018年', '2019', '2020年'])).toEqual([2018, 2019, 2020]);
    expect(boxHeaderYears(['責任績效指標', '2020年'])).toEqual([2020]);
    expect(boxHeaderYears(['', '2023 年', '2024 年', ''])).toEqual([2023, 2024]);
  });
  it('refuses a key-performance header, years out of order, a lone year without a label, and two labels', () => {
    expect(boxHeaderYears(['类别', '指标', '单位', '2022 年', '2023 年', '2024 年'])).toBeNull();
    expect(boxHeaderYears(['人員構成', '單位', '2022年', '2023年'])).toBeNull();
    expect(boxHeaderYears(['2022年', '2023年', '2022年', '2023年'])).toBeNull();
    expect(boxHeaderYears(['', '2020年'])).toBeNull();
    expect(boxHeaderYears(['截至', '本年', '2020年'])).toBeNull();
  });
});

describe('parseKpiBox', () => {
  it('splits each name from its unit and puts each value under its year; an empty cell is no value', () => {
    const rows = parseKpiBox({ rows: [['', '2023 年', '2024 年'], ['高层管理人员平均参加培训时间（小时/人）', '240', '209'], ['普通员工参加培训的比例（%）', '', '100%']], rowLines: [2539, 2545, 2552] });
    expect(rows).toEqual([
      { name: '高层管理人员平均参加培训时间', unit: '小时/人', footnotes: [], values: [{ year: 2023, raw: '240' }, { year: 2024, raw: '209' }], line: 2545 },
      { name: '普通员工参加培训的比例', unit: '%', footnotes: [], values: [{ year: 2024, raw: '100%' }], line: 2552 },
    ]);
  });
  it('is null for a table with a row that is not a name with its unit and values', () => {
    expect(parseKpiBox({ rows: [['责任绩效指标', '2022 年'], ['专利申请数（件）', '2672'], ['合计', '2672']], rowLines: [1, 2, 3] })).toBeNull();
    expect(parseKpiBox({ rows: [['责任绩效指标', '2022 年']], rowLines: [1] })).toBeNull();
  });
});

describe('parseFigureRows', () => {
  it('reads names with their units over a row of as many values as figures of the year given (2024 report, lines 2506–2507)', () => {
    const rows = parseFigureRows({ rows: [['员工总数 (人)', '中国大陆员工 (人)', '少数民族员工占比 (%)', ''], ['244955', '243645', '7.16', '']], rowLines: [2506, 2507] }, 2024);
    expect(rows).toEqual([
      { name: '员工总数', unit: '人', footnotes: [], values: [{ year: 2024, raw: '244955' }], line: 2507 },
      { name: '中国大陆员工', unit: '人', footnotes: [], values: [{ year: 2024, raw: '243645' }], line: 2507 },
      { name: '少数民族员工占比', unit: '%', footnotes: [], values: [{ year: 2024, raw: '7.16' }], line: 2507 },
    ]);
  });
  it('is null where a name has no unit, a value is words, the counts differ or no values row follows', () => {
    expect(parseFigureRows({ rows: [['员工总数', '海外员工数 (人)'], ['244955', '448']], rowLines: [1, 2] }, 2024)).toBeNull();
    expect(parseFigureRows({ rows: [['员工总数 (人)', '海外员工数 (人)'], ['244955', '若干']], rowLines: [1, 2] }, 2024)).toBeNull();
    expect(parseFigureRows({ rows: [['员工总数 (人)', '海外员工数 (人)'], ['244955', '']], rowLines: [1, 2] }, 2024)).toBeNull();
    expect(parseFigureRows({ rows: [['员工总数 (人)', '海外员工数 (人)']], rowLines: [1] }, 2024)).toBeNull();
  });
});

describe('the 2024 report’s boxes', () => {
  const rows = boxesOf('2024-sustainability-report');
  const find = (name: string, year: number) => rows.find((r) => r.name === name && r.year === year);

  it('hold every cell: 4 indicators × 3 years (lines 754–757), 13 × 2 (lines 2540–2552) and the staff table\'s 5 figures of the report\'s year (2506–2507)', () => {
    expect(rows).toHaveLength(4 * 3 + 13 * 2 + 5);
    expect(find('港澳台员工数', 2024)).toMatchObject({ unit: '人', value: 862, source: { line: 2507 }, category: '关心关爱广大职工' });
    expect(find('少数民族员工占比', 2024)).toMatchObject({ unit: '%', value: 7.16, source: { line: 2507 } });
    expect(find('专利申请数', 2022)).toMatchObject({ unit: '件', value: 2672, source: { line: 754 }, from: 'table' });
    expect(find('牵头行业标准新增结项数', 2024)).toMatchObject({ unit: '项', value: 55, source: { line: 757 } });
    expect(find('普通员工参加培训的比例', 2023)).toMatchObject({ unit: '%', value: 98.35, raw: '98.35%', source: { line: 2552 } });
  });

  it('file their rows under the title of the section that prints them, never under the box’s label', () => {
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['打造科技创新实力', '关心关爱广大职工']));
    expect(find('专利申请数', 2022)).toMatchObject({ category: '打造科技创新实力', section: 'da-zao-ke-ji-chuang-xin-shi-li' });
  });
});

describe('the 2020 report’s boxes', () => {
  const rows = boxesOf('2020-social-responsibility-report');
  const find = (name: string, year: number) => rows.find((r) => r.name === name && r.year === year);

  it('hold every cell: 4 indicators × 1 year (2797), 5 × 3 (3440) and 4 × 3 (3507)', () => {
    expect(rows).toHaveLength(4 + 5 * 3 + 4 * 3);
    expect(find('國際標準文稿', 2020)).toMatchObject({ unit: '篇', value: 467, source: { line: 2799 } });
    // The header prints `2019` without 年.
    expect(find('桿路共享率', 2019)).toMatchObject({ unit: '%', value: 97, source: { line: 3446 } });
    expect(find('對供應商的信息核查次數', 2018)).toMatchObject({ unit: '次', value: 8135 });
  });

  it('read `>99` as 99 with the over qualifier, kept as printed', () => {
    expect(find('本地化供應商比例', 2020)).toMatchObject({ value: 99, qualifier: 'over', raw: '>99' });
  });

  it('file their rows under their sections’ titles, not 責任績效指標', () => {
    expect([...new Set(rows.map((r) => r.category))]).toEqual(['加大創新技術應用', '攜手友商共贏發展', '推動產業深度合作']);
  });
});
