import { describe, expect, it } from 'vitest';
import { withoutGluedPageNumbers } from '../../../scripts/ingest/collection/page-numbers.ts';

// The 2020 board committee report (offset 390937): its printed pages' numbers 2, 3, 4, 5 glued into
// its sentences about 800 characters apart; its own numbers (5名董事, 会议4次, 2020年3月23日) stay.
const page = (n: number) => '审计委员会按照监管要求认真履行职责，'.repeat(n);
const report = `审计委员会由5名董事组成。共召开会议4次，具体如下：2会议届次召开日期2020年3月23日北京现场会议。${page(40)}的汇报。3二、董事会${page(42)}意见和建议。4本公司${page(41)}高质量发展提5供坚实保障。`;

describe('page numbers glued into a paged document', () => {
  it('are taken out where they count up a page of text apart, and counted', () => {
    const { text, removed } = withoutGluedPageNumbers(report);
    expect(removed).toEqual(['2', '3', '4', '5']);
    expect(text).toContain('具体如下：会议届次');
    expect(text).toContain('高质量发展提供坚实保障');
    expect(text).toContain('由5名董事组成');
    expect(text).toContain('会议4次');
    expect(text.length).toBe(report.length - 4);
  });

  it('may miss a page (2019 report: 2, 3, then 5), and leave a run of two or irregular pages alone', () => {
    const missing = `具体如下：2会议${page(45)}工作3根据${page(90)}适应公5司。`;
    expect(withoutGluedPageNumbers(missing).removed).toEqual(['2', '3', '5']);
    expect(withoutGluedPageNumbers(`具体如下：2会议${page(45)}工作3根据。`).removed).toEqual([]);
    expect(withoutGluedPageNumbers(`如下：2会议${page(23)}工作3根据${page(100)}公司4年。`).removed).toEqual([]);
  });
});
