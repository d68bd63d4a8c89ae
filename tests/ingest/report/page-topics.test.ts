import { describe, expect, it } from 'vitest';
import { namingPageTopics } from '../../../scripts/ingest/report/sections.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', text, line: 1 });

describe('namingPageTopics', () => {
  it('makes a line that names the page first and then a part of it a heading (2024 report lines 3176, 3180)', () => {
    const blocks = [paragraph('中国联通高度重视与利益相关方的沟通。'), paragraph('利益相关方沟通机制与管理程序'), paragraph('利益相关方沟通方式与期望')];
    expect(namingPageTopics(blocks, '利益相关方沟通', new Set()).map((b) => b.type)).toEqual(['paragraph', 'heading', 'heading']);
  });

  it('leaves sentences, long lines and the title itself as they are', () => {
    const blocks = [paragraph('利益相关方沟通是公司治理的重要组成部分。'), paragraph('利益相关方沟通'), paragraph('利益相关方沟通机制与管理程序及其在各级公司的落实情况和成效评估')];
    expect(namingPageTopics(blocks, '利益相关方沟通', new Set())).toEqual(blocks);
  });
});
