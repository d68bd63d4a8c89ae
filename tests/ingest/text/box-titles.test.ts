import { describe, expect, it } from 'vitest';
import { pairedYearBox, sideBySideTitles, splitBoxLists } from '../../../scripts/ingest/text/box-titles.ts';
import { looksLikeHeading } from '../../../scripts/ingest/report/outline.ts';
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

describe('box titles printed one after the other', () => {
  const texts = ['中国联通担当起网络强国和数字中国建设的重大使命，坚持适度超前。', '', '', '', '2024 年采取的措施', '', '- 坚持共建共享，精准补强补盲。', '', '2025 年将采取的行动', '', '- 深化共建共享。'];
  const lines = texts.map((text, k) => ({ n: 456 + k, text }));

  it('pair by consecutive years (2024 report lines 458 and 467)', () => {
    expect(pairedYearBox((k) => texts[k], 4)).toBe(true);
    expect(pairedYearBox((k) => texts[k], 8)).toBe(true);
    // A single year-titled line (an award, `2024 年宽带用户卓越体验奖`) has no pair.
    const lone = ['2024 年宽带用户卓越体验奖', '', '- 北京'];
    expect(pairedYearBox((k) => lone[k], 0)).toBe(false);
  });

  it('are headings over their lists however far below the picture before them', () => {
    expect(looksLikeHeading(lines, 4)).toBe(true);
    expect(looksLikeHeading(lines, 8)).toBe(true);
  });
});

describe('splitBoxLists', () => {
  const heading = (text: string) => ({ type: 'heading' as const, text, line: 1, id: text });
  const list = (n: number) => ({ type: 'list' as const, items: Array.from({ length: n }, (_, k) => `第${k + 1}項。`), line: 2, marker: '•' });

  it('gives each of two boxes side by side one half of the list under them (2020 report, 提價值: 6 and 6)', () => {
    const out = splitBoxLists([heading('2020年採取的措施'), heading('2021年將採取的行動'), list(4)]);
    expect(out.map((b) => (b.type === 'heading' ? b.text : b.type === 'list' ? b.items.join('') : ''))).toEqual(['2020年採取的措施', '第1項。第2項。', '2021年將採取的行動', '第3項。第4項。']);
  });

  it('divides an odd list so that the first box takes the smaller half, or the larger where that leaves a result in figures to the plans (2020 report 拓合作: 3 and 4; 2023 chapter: 5 and 4)', () => {
    const texts = (out: ReturnType<typeof splitBoxLists>) => out.map((b) => (b.type === 'heading' ? b.text : b.type === 'list' ? String(b.items.length) : b.type));
    expect(texts(splitBoxLists([heading('2020年採取的措施'), heading('2021年將採取的行動'), list(7)]))).toEqual(['2020年採取的措施', '3', '2021年將採取的行動', '4']);
    const results = { ...list(9), items: ['數村平台覆蓋 25.5萬村。', '志願者組織達 685個。', '榮獲匠心服務獎。', '掛牌驛站 8,859家。', '總經理在線活動 600餘場次。', '推進數字鄉村建設。', '深化助老服務。', '實行晉升激勵體系。', '加強兜底幫扶。'] };
    const intro = { type: 'paragraph' as const, text: '中國聯通以服務國計民生為己任。', line: 5 };
    // The chapter's introduction printed between the titles and the list goes before the boxes.
    expect(texts(splitBoxLists([heading('2023年採取的措施'), heading('2024年將採取的行動'), intro, results]))).toEqual(['paragraph', '2023年採取的措施', '5', '2024年將採取的行動', '4']);
  });

  it('leaves titles of other years or other headings as printed', () => {
    for (const blocks of [
      [heading('2020年採取的措施'), heading('2022年將採取的行動'), list(4)],
      [heading('推動雲網一體'), heading('加快雲網佈局'), list(4)],
    ]) expect(splitBoxLists(blocks)).toEqual(blocks);
  });
});
