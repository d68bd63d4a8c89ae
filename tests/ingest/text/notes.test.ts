import { describe, expect, it } from 'vitest';
import { isNoteLabel, withNoteLabelsJoined } from '../../../scripts/ingest/text/notes.ts';
import { toBlocks } from '../../../scripts/ingest/text/blocks.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

const paragraph = (text: string, line: number): Block => ({ type: 'paragraph', text, line });

describe('the label over a table’s notes', () => {
  it('is a notes label alone on its line, in either script and either colon', () => {
    for (const label of ['注：', '註：', '注:', ' 注 ：']) expect(isNoteLabel(label), label).toBe(true);
    for (const text of ['注：1. 数据截至 2024 年 12 月底。', '注重维护女员工权益', '注', '备注：']) expect(isNoteLabel(text), text).toBe(false);
  });

  it('opens the first note, and the notes numbered on from it are set apart (2024 report lines 164–169)', () => {
    const blocks = withNoteLabelsJoined([
      paragraph('注：', 164),
      paragraph('1. 数据截至 2024 年 12 月底。', 166),
      paragraph('2. 公司混合所有制改革引入的战略投资者 2017 年通过非公开发行及老股转让取得股份共约 109 亿股，该股份已于 2020 年 11 月解除限售。', 167),
      paragraph('3. 公司 2022 年根据第二期限制性股票激励计划向相关核心管理人才及专业人才授予限制性股票。', 168),
      paragraph('中国联通股权结构图', 171),
    ]);
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatchObject({ text: '注：1. 数据截至 2024 年 12 月底。', line: 166, caption: true, captionLabel: '注：' });
    expect(blocks[1]).toMatchObject({ line: 167, caption: true });
    expect(blocks[2]).toMatchObject({ line: 168, caption: true });
    expect(blocks[3]).toEqual(paragraph('中国联通股权结构图', 171));
  });

  it('stays as printed over anything but a first note, and a run stops at a number out of order', () => {
    const lone = [paragraph('註：', 10), paragraph('本報告數據截至2020年底。', 11)];
    expect(withNoteLabelsJoined(lone)).toEqual(lone);
    const blocks = withNoteLabelsJoined([paragraph('註：', 4529), paragraph('1. 關於102-24、102-25、201-4的詳情可參考公司年報。', 4530), paragraph('3. 另一個編號。', 4532)]);
    expect(blocks.map((b) => (b.type === 'paragraph' ? [b.text.slice(0, 5), b.caption ?? false] : []))).toEqual([
      ['註：1. ', true],
      ['3. 另一', false],
    ]);
  });

  it('is joined by the report’s block reader (2020 report lines 4529–4532)', () => {
    const lines = ['註：', '1. 關於102-24、102-25、201-4的詳情可參考公司年報。', '2. 關於305-6、305-7涉及的臭氧消耗物質(ODS)、氮氧化物(NOX)、硫氧化物(SOX)等重大氣體不屬於公司的主要排放物。'].map((text, k) => ({ n: 4529 + k, text }));
    const blocks = toBlocks(lines);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(blocks[0]).toMatchObject({ text: '註：1. 關於102-24、102-25、201-4的詳情可參考公司年報。', captionLabel: '註：', caption: true });
  });
});
