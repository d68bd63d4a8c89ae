import { describe, expect, it } from 'vitest';
import { coverBlocks, coverItems, filingCoverBlocks } from '../../../scripts/ingest/collection/cover.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

// Covers copied from the collection's source (区块链白皮书, 基于用户体验的移动网络质量白皮书, 电信业发展白皮书).
const NOTICE = '版权声明本白皮书版权属于中国信息通信研究院，并受法律保护。';
const BLOCKCHAIN = `No.202315中国信息通信研究院2023年12月区块链白皮书(2023年)${NOTICE}`;
const MOBILE = `基于用户体验的移动网络中国信息通信研究院2021年5月No.202105质量白皮书${NOTICE}`;
const TELECOM = `中国信息通信研究院中国电信股份有限公司研究院2023年12月电信业发展白皮书——新时代高质量发展探索(2023年)No.202320${NOTICE}`;

describe('coverItems', () => {
  it('sets the issue number, publishers and month apart, and takes the title out (counted)', () => {
    const removed: string[] = [];
    expect(coverItems(BLOCKCHAIN, '区块链白皮书（2023年）', (p) => removed.push(p))).toEqual({ items: ['No.202315', '中国信息通信研究院', '2023年12月'], notice: NOTICE });
    expect(coverItems(TELECOM, '电信业发展白皮书——新时代高质量发展探索（2023年）', (p) => removed.push(p))!.items).toEqual(['中国信息通信研究院中国电信股份有限公司研究院', '2023年12月', 'No.202320']);
    expect(removed).toEqual(['区块链白皮书(2023年)', '电信业发展白皮书——新时代高质量发展探索(2023年)']);
  });

  it('takes out a title printed in two parts around the publisher and month', () => {
    const removed: string[] = [];
    expect(coverItems(MOBILE, '基于用户体验的移动网络质量白皮书', (p) => removed.push(p))!.items).toEqual(['中国信息通信研究院', '2021年5月', 'No.202105']);
    expect(removed).toEqual(['基于用户体验的移动网络', '质量白皮书']);
  });

  it('keeps a short piece with its neighbour, and reads no cover without a copyright label', () => {
    expect(coverItems(`(中国信息通信研究院2023年12月${NOTICE}`, '区块链白皮书（2023年）', () => {})!.items).toEqual(['(中国信息通信研究院', '2023年12月']);
    expect(coverItems('中国信息通信研究院2023年12月区块链白皮书', '区块链白皮书（2023年）', () => {})).toBeNull();
  });
});

describe('coverBlocks', () => {
  it('prints the items as paragraphs, then the notice with its label in bold', () => {
    const paragraphs = (text: string): Block[] => [{ type: 'paragraph', text, line: 1 }];
    expect(coverBlocks(BLOCKCHAIN, '区块链白皮书（2023年）', paragraphs, () => {})).toEqual([
      { type: 'paragraph', text: 'No.202315', line: 1 },
      { type: 'paragraph', text: '中国信息通信研究院', line: 1 },
      { type: 'paragraph', text: '2023年12月', line: 1 },
      { type: 'paragraph', text: NOTICE, line: 1, lead: '版权声明' },
    ]);
  });
});

describe('filingCoverBlocks', () => {
  it('prints a results report\'s stock code and short name apart, without the title that heads the document (2022年第三季度报告)', () => {
    const removed: string[] = [];
    const page = '证券代码：600050证券简称：中国联通中国联合网络通信股份有限公司2022年第三季度报告';
    expect(filingCoverBlocks(page, '中国联合网络通信股份有限公司2022年第三季度报告', (p) => removed.push(p))).toEqual([
      { type: 'paragraph', text: '证券代码：600050', line: 1 },
      { type: 'paragraph', text: '证券简称：中国联通', line: 1 },
    ]);
    expect(removed).toEqual(['中国联合网络通信股份有限公司2022年第三季度报告']);
    // A title the page prints otherwise than the document's stays; a page of another layout is not read.
    expect(filingCoverBlocks(page, '中国联合网络通信股份有限公司2022年第三季度报告正文', () => {})!.at(-1)).toEqual({ type: 'paragraph', text: '中国联合网络通信股份有限公司2022年第三季度报告', line: 1 });
    expect(filingCoverBlocks('中国联合网络通信股份有限公司2022年第三季度报告', 't', () => {})).toBeNull();
  });
});
