import { describe, expect, it } from 'vitest';
import { signOffApart, withCreditApart, withSignOffApart } from '../../../scripts/ingest/collection/sign-off.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

const paragraph = (text: string): Extract<Block, { type: 'paragraph' }> => ({ type: 'paragraph', text, line: 1 });

// The ends of the 2022 third-quarter report and the 2020 first-quarter report, copied from the source.
describe('signOffApart', () => {
  it('sets the closing formula, the board and the date apart after an announcement (the last note keeps no closing)', () => {
    expect(signOffApart(paragraph('注：1.上述非融资性担保金额为发生额。特此公告。中国联合网络通信股份有限公司董事会2022年10月28日'))).toEqual([
      paragraph('注：1.上述非融资性担保金额为发生额。'),
      paragraph('特此公告。'),
      paragraph('中国联合网络通信股份有限公司董事会'),
      paragraph('2022年10月28日'),
    ]);
  });

  it('sets a quarterly report’s company, legal representative and date apart, each label in bold', () => {
    expect(signOffApart(paragraph('□适用√不适用公司名称中国联合网络通信股份有限公司法定代表人王晓初日期2020年4月22日'))).toEqual([
      paragraph('□适用√不适用'),
      { ...paragraph('公司名称中国联合网络通信股份有限公司'), lead: '公司名称' },
      { ...paragraph('法定代表人王晓初'), lead: '法定代表人' },
      { ...paragraph('日期2020年4月22日'), lead: '日期' },
    ]);
  });

  it('leaves a paragraph that does not end with a sign-off, and only takes the last block', () => {
    const text = paragraph('中国联合网络通信股份有限公司董事会2022年10月28日召开会议，审议通过了议案。');
    expect(signOffApart(text)).toEqual([text]);
    const blocks: Block[] = [paragraph('中国联合网络通信股份有限公司董事会2022年10月28日'), { type: 'list', items: ['甲'], line: 1, marker: '-' }];
    expect(withSignOffApart(blocks)).toEqual(blocks);
  });
});

// News articles' ends, copied from the source.
describe('withCreditApart', () => {
  it('sets a credit in brackets after the last sentence apart as a caption, or marks a last paragraph that is one', () => {
    const text = '充分展现了“重要时刻从不缺席，重大事件从不错过”的央企责任担当。（叶曜坤杨扬李玥郭佳李跇）';
    expect(withCreditApart([paragraph(text)])).toEqual([paragraph('充分展现了“重要时刻从不缺席，重大事件从不错过”的央企责任担当。'), { ...paragraph('（叶曜坤杨扬李玥郭佳李跇）'), caption: true }]);
    expect(withCreditApart([paragraph('（作者：国务院国资委党委书记、主任张玉卓）')])).toEqual([{ ...paragraph('（作者：国务院国资委党委书记、主任张玉卓）'), caption: true }]);
    expect(withCreditApart([paragraph('（叶曜坤杨扬李玥郭佳李跇）')])).toEqual([{ ...paragraph('（叶曜坤杨扬李玥郭佳李跇）'), caption: true }]);
  });

  it('takes every bracketed credit an article may close with, as segment.ts ends articles at them (联通云：不止步于云端)', () => {
    const text = '我们真正希望做的是通过数字化、智能化，让千行百业更好地发展。(集团新闻宣传中心程唯珈)';
    expect(withCreditApart([paragraph(text)])).toEqual([paragraph('我们真正希望做的是通过数字化、智能化，让千行百业更好地发展。'), { ...paragraph('(集团新闻宣传中心程唯珈)'), caption: true }]);
  });

  it('sets a writer\'s and an editor\'s credit without brackets apart (offset 200964), and an editor\'s alone', () => {
    const text = '“这种新兴的技术，总得有人去探索，不是么？”撰稿：程唯珈编辑：张瀛丰';
    expect(withCreditApart([paragraph(text)])).toEqual([paragraph('“这种新兴的技术，总得有人去探索，不是么？”'), { ...paragraph('撰稿：程唯珈编辑：张瀛丰'), caption: true }]);
    expect(withCreditApart([paragraph('会议圆满结束。责任编辑：张三')])).toEqual([paragraph('会议圆满结束。'), { ...paragraph('责任编辑：张三'), caption: true }]);
    // Inside a sentence the label is the sentence's (`由…编辑：`): no credit.
    expect(withCreditApart([paragraph('该书由张三编辑：李四作序')])).toEqual([paragraph('该书由张三编辑：李四作序')]);
  });

  it('leaves a bracket inside a sentence, one holding a clause, and a bracket before the end as printed', () => {
    for (const text of ['公司实现营业收入3,549亿元（同比增长8.3%）', '会议圆满结束。（本次会议由集团主办，各省参加）', '会议圆满结束。（付心怡）来自光明网']) expect(withCreditApart([paragraph(text)])).toEqual([paragraph(text)]);
  });
});
