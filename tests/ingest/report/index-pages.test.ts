import { describe, expect, it } from 'vitest';
import type { Line, OutlineEntry } from '../../../scripts/ingest/types.ts';
import { standardsAsIndexParts, titlesAfterTables } from '../../../scripts/ingest/report/index-pages.ts';
import { namesStandard, titlesIndexTable } from '../../../scripts/ingest/report/standards.ts';
import { cutSections, foldTinySections } from '../../../scripts/ingest/report/sections.ts';

const toLines = (text: string): Line[] => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));

// The layout of a report's last pages as the extraction prints them: the awards page, then the index
// tables (cells set apart by tabs, as the table stage leaves them) with their titles after them (`GRI…` after its first table, the page title and the Global
// Compact's title after the second), then the next part of the index and the feedback page.
const text = [
  ' 榮譽認可',
  '•中國聯通在《財富》雜誌2020年度《財富全球500強企業》中位列第290位。',
  '•中國聯通扶貧辦榮獲「全國脫貧攻堅先進集體」。',
  '編號\t披露頁碼',
  '102-1\tP6',
  '102-2\tP6',
  '102-3\tP80',
  '',
  ' GRI可持續發展報告標準',
  '',
  '編號\t指標\t披露頁碼',
  '原則1\t企業界應支持並尊重國際公認的人權\tP24–25',
  '原則2\t絕不參與任何漠視與踐踏人權的行為\tP24–25',
  '',
  ' 指標索引',
  '',
  ' 全球契約十項原則',
  '',
  '報告語言版本和索取',
  '公司社會責任報告分中文版與英文版，以網絡版形式提供。',
  '網站：http://www.chinaunicom.com.hk。',
  '  社科院CASS4.0',
  '指標名稱\t披露頁碼',
  // A full index is pages long; forty rows make it more than a tiny section.
  ...Array.from({ length: 40 }, (_, k) => `P${Math.floor(k / 10) + 1}.${(k % 10) + 1}\tP72–76`),
  ' 聯交所ESG指標',
  '  意見反饋',
  '尊敬的讀者：感謝您閱讀中國聯通2020年社會責任報告。'.repeat(12),
].join('\n');

const lines = toLines(text);
const at = (t: string) => lines.findIndex((l) => l.text.trim() === t);
const section = (title: string, level = 2): OutlineEntry => ({ title, kind: 'section', level, index: at(title) });
const outline: OutlineEntry[] = [section('榮譽認可'), section('指標索引'), section('全球契約十項原則'), section('社科院CASS4.0'), section('聯交所ESG指標'), section('意見反饋')];

describe('index pages', () => {
  it('knows a title naming a reporting standard from an index row', () => {
    expect(namesStandard('GRI可持續發展報告標準')).toBe(true);
    expect(namesStandard('社科院CASS4.0')).toBe(true);
    expect(namesStandard('聯交所ESG指標')).toBe(true);
    expect(namesStandard('全球契約十項原則')).toBe(true);
    expect(namesStandard('GRI103：管理方法')).toBe(false);
    expect(namesStandard('指標索引')).toBe(false);
    expect(namesStandard('ESG管理')).toBe(false);
  });

  it('makes the standards parts of the index page and adds the Latin-led title the outline skips', () => {
    const entries = standardsAsIndexParts(outline, lines);
    expect(entries.map((e) => [e.title, e.level])).toEqual([
      ['榮譽認可', 2],
      ['GRI可持續發展報告標準', 3],
      ['指標索引', 2],
      ['全球契約十項原則', 3],
      ['社科院CASS4.0', 3],
      ['聯交所ESG指標', 3],
      ['意見反饋', 2],
    ]);
  });

  it('opens the index page where its tables start, before the title printed after them', () => {
    const entries = titlesAfterTables(standardsAsIndexParts(outline, lines), lines);
    const index = entries.find((e) => e.title === '指標索引')!;
    expect(index.start).toBe(at('編號\t披露頁碼'));
    expect(index.index).toBe(at('指標索引'));
    // A page whose heading has text of its own stays where it is.
    expect(entries.find((e) => e.title === '意見反饋')!.start).toBeUndefined();
  });

  it('cuts the awards, the whole index and the feedback form into three pages', () => {
    const entries = foldTinySections(titlesAfterTables(standardsAsIndexParts(outline, lines), lines), lines);
    const pages = cutSections(lines, entries);
    expect(pages.map((p) => p.title)).toEqual(['榮譽認可', '指標索引', '意見反饋']);
    const [awards, index] = pages;
    expect(awards!.blocks.map((b) => b.type)).toEqual(['list']);
    expect(index!.lines).toEqual([4, 64]);
    expect(index!.headingLine).toBe(15);
    const headings = index!.blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && [b.text, b.depth]);
    // The Global Compact's title, printed after its table, heads the table: the titles after it are its siblings.
    expect(headings).toEqual([
      ['GRI可持續發展報告標準', 3],
      ['全球契約十項原則', 3],
      ['報告語言版本和索取', 3],
      ['社科院CASS4.0', 3],
      ['聯交所ESG指標', 3],
    ]);
    // The page's own title is not printed again inside it.
    expect(index!.blocks.some((b) => 'text' in b && b.text === '指標索引')).toBe(false);
    expect(index!.blocks.filter((b) => b.type === 'table')).toHaveLength(3);
  });
});

describe('an index part titled over its table', () => {
  it('is a heading where the title names a standard, whatever its length and figures (2024 report lines 3383, 3437, 3501)', () => {
    const rows = (title: string) => [title, '', '指标名称\t披露页码\t指标名称\t披露页码'].map((text, k) => ({ n: k + 1, text }));
    for (const title of ['国务院国资委《央企控股上市公司 ESG 专项报告参考指标体系》', '中国企业可持续发展报告指南 (CASS-ESG6.0)', 'GRI 内容索引 (GRI1: 基础 2021)']) expect(titlesIndexTable(rows(title), 0), title).toBe(true);
    // Not a title naming no standard, nor one with no table below it.
    expect(titlesIndexTable(rows('气候变化风险与应对措施'), 0)).toBe(false);
    expect(titlesIndexTable([{ n: 1, text: 'GRI 内容索引 (GRI1: 基础 2021)' }, { n: 2, text: '正文。' }], 0)).toBe(false);
  });
});
