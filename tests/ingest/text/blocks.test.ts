import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../scripts/ingest/text/blocks.ts';

const lines = (texts: string[]) => texts.map((text, k) => ({ n: k + 1, text }));

describe('toBlocks: the words placed on a picture', () => {
  it('reads a map’s places and figures as one line of labels (2020 report, lines 1004–1021)', () => {
    const blocks = toBlocks(lines(['歐洲', '', '4800', '', '香港', '澳台', '12300', '', '中東', '1500']));
    expect(blocks).toEqual([{ type: 'paragraph', text: '歐洲 4800 香港 澳台 12300 中東 1500', line: 1 }]);
  });

  it('stops at a key-figure callout, which stays a figure (2020 report, lines 3078–3088)', () => {
    const blocks = toBlocks(lines(['高層管理人員', '', '培訓率', '', '100%', '', '平均', '', '培訓時長', '', '167小時']));
    expect(blocks.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit] : []))).toEqual([
      ['培訓率', '100', '%'],
      ['培訓時長', '167', '小時'],
    ]);
  });

  it('leaves two short lines alone', () => {
    expect(toBlocks(lines(['註：', '1. 中國聯合網絡通信股份有限公司混合所有制改革引入的戰略投資者。'])).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});
