import { describe, expect, it } from 'vitest';
import { signOffApart, withSignOffApart } from '../../../scripts/ingest/collection/sign-off.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

const paragraph = (text: string): Extract<Block, { type: 'paragraph' }> => ({ type: 'paragraph', text, line: 1 });

// The ends of the 2022 third-quarter report and the 2020 first-quarter report, copied from the source.
describe('signOffApart', () => {
  it('sets the board and the date apart after an announcement', () => {
    expect(signOffApart(paragraph('注：1.上述非融资性担保金额为发生额。特此公告。中国联合网络通信股份有限公司董事会2022年10月28日'))).toEqual([
      paragraph('注：1.上述非融资性担保金额为发生额。特此公告。'),
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
