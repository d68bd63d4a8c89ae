import { describe, expect, it } from 'vitest';
import { sideBySideTitles } from '../../../scripts/ingest/text/box-titles.ts';
import { toBlocks } from '../../../scripts/ingest/text/blocks.ts';
import { joinWrappedLines } from '../../../scripts/ingest/text/join-wrapped-lines.ts';

describe('box titles printed side by side', () => {
  it('are the year’s measures and the next year’s actions (2020 report line 1190, 2023 chapter line 3)', () => {
    expect(sideBySideTitles('2020年採取的措施 2021年將採取的行動')).toEqual(['2020年採取的措施', '2021年將採取的行動']);
    expect(sideBySideTitles(' 2023年採取的措施 2024年將採取的行動')).toEqual(['2023年採取的措施', '2024年將採取的行動']);
  });
  it('need two titles of consecutive years', () => {
    expect(sideBySideTitles('2020年採取的措施 2022年將採取的行動')).toBeNull();
    expect(sideBySideTitles('2020年採取的措施')).toBeNull();
    expect(sideBySideTitles('2023年 2024年')).toBeNull();
  });
  it('become two headings, never joined to the text after them', () => {
    const lines = joinWrappedLines([
      { n: 3, text: ' 2023年採取的措施 2024年將採取的行動' },
      { n: 4, text: '' },
      { n: 5, text: '中國聯通以服務國計民生為己任，接續助力鄉村振興，高質量服務區域協調發展，' },
    ]);
    const blocks = toBlocks(lines);
    expect(blocks.map((b) => [b.type, b.type === 'heading' ? b.text : ''])).toEqual([
      ['heading', '2023年採取的措施'],
      ['heading', '2024年將採取的行動'],
      ['paragraph', ''],
    ]);
  });
});
