import { describe, expect, it } from 'vitest';
import { backCoverLines, splitBackCover } from '../../../scripts/ingest/collection/back-cover.ts';

// 数字乡村发展实践白皮书's last sentence and back cover, as the collection prints them (on one line).
const lastSentence = '以点带面、系统化地指引数字乡村建设。';
const backCover = '中国信息通信研究院地址：北京市海淀区花园北路52号邮编：100191电话：010-68033649传真：010-62304980网址：www.caict.ac.cn';

describe('splitBackCover', () => {
  it('takes the back cover a white paper closes with off its last paragraph', () => {
    expect(splitBackCover(lastSentence + backCover)).toEqual({ body: lastSentence, backCover });
  });

  it('reads other labels between address and fax (`邮政编码`, `联系电话`)', () => {
    // 基于用户体验的移动网络质量白皮书's back cover.
    const other = '中国信息通信研究院地址：北京市海淀区花园北路52号邮政编码：100191联系电话：010-68094140传真：010-62304980网址：www.caict.ac.cn';
    expect(splitBackCover(`…相关研究工作中。${other}`).backCover).toBe(other);
  });

  it('leaves a text that does not end with a back cover, or names the publisher inside a sentence, as it is', () => {
    expect(splitBackCover(lastSentence)).toEqual({ body: lastSentence, backCover: null });
    const cited = `中国信息通信研究院地址：北京。${backCover.slice('中国信息通信研究院'.length)}`;
    expect(splitBackCover(cited).backCover).toBeNull();
    expect(splitBackCover(`${backCover}。后来的句子。`).backCover).toBeNull();
  });
});

describe('backCoverLines', () => {
  it('sets the publisher and each contact field on a line of its own, a longer label whole (offset ~459028)', () => {
    expect(backCoverLines('中国信息通信研究院地址：北京市海淀区花园北路52号邮政编码：100191联系电话：010-68094140传真：010-62304980网址：www.caict.ac.cn')).toEqual([
      '中国信息通信研究院',
      '地址：北京市海淀区花园北路52号',
      '邮政编码：100191',
      '联系电话：010-68094140',
      '传真：010-62304980',
      '网址：www.caict.ac.cn',
    ]);
  });
});
