import { describe, expect, it } from 'vitest';
import { joinVerticalText } from '../../../scripts/ingest/text/join-vertical-text.ts';

const lines = (texts: string[]) => texts.map((text, k) => ({ n: k + 1, text }));

describe('joinVerticalText', () => {
  it('rejoins a diagram label printed one character a line (2020 report, lines 2198-2205)', () => {
    const out = joinVerticalText(lines(['大市場 網絡線 科技創新', '', '統', '籌', '', '協', '同', '', '體', '系', '', '‧　線上線下一體化']));
    expect(out.map((l) => l.text).filter(Boolean)).toEqual(['大市場 網絡線 科技創新', '統籌協同體系', '‧　線上線下一體化']);
    // Line numbers stay those of the source.
    expect(out.find((l) => l.text === '統籌協同體系')?.n).toBe(3);
    // It is marked as printed vertically (a diagram's label, never a heading); other lines are not.
    expect(out.filter((l) => l.vertical).map((l) => l.text)).toEqual(['統籌協同體系']);
  });

  it('keeps the enumeration commas of a column in it (2020 report, lines 2262-2284)', () => {
    const out = joinVerticalText(lines(['實', '現', '去', '機', '關', '化', '、', '去', '行', '政', '化', '、', '去', '層', '級', '化', '', ' 中國聯通全面數字化轉型背景下改革總覽圖']));
    expect(out.map((l) => l.text).filter(Boolean)).toEqual(['實現去機關化、去行政化、去層級化', ' 中國聯通全面數字化轉型背景下改革總覽圖']);
  });

  it('leaves one or two short lines alone (a unit, a label)', () => {
    const texts = ['超', '100', '', '萬', '個'];
    expect(joinVerticalText(lines(texts)).map((l) => l.text)).toEqual(texts);
  });
});
