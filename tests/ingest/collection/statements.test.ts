import { describe, expect, it } from 'vitest';
import { splitAmounts, statements } from '../../../scripts/ingest/collection/statements.ts';

describe('splitAmounts', () => {
  it('ends an amount where its last group of three figures ends', () => {
    // Collection offsets 321373 on (2022 third-quarter report, consolidated balance sheet).
    expect(splitAmounts('68,382,013,54246,273,232,520', 2)).toEqual({ amounts: ['68,382,013,542', '46,273,232,520'], rest: '' });
    expect(splitAmounts('-43,4543,531', 2)?.amounts).toEqual(['-43,454', '3,531']);
    expect(splitAmounts('601,0190', 2)?.amounts).toEqual(['601,019', '0']);
    expect(splitAmounts('0-1,981,918', 2)?.amounts).toEqual(['0', '-1,981,918']);
    expect(splitAmounts('00', 2)?.amounts).toEqual(['0', '0']);
  });

  it('reads decimals as many to each amount, and leaves the next item’s number', () => {
    expect(splitAmounts('0.2250.185', 2)?.amounts).toEqual(['0.225', '0.185']);
    expect(splitAmounts('15,564,712,24012,926,450,7842.', 2)).toEqual({ amounts: ['15,564,712,240', '12,926,450,784'], rest: '2.' });
    expect(splitAmounts('71,134,621100,832,9881．', 2)?.rest).toBe('1．');
  });

  it('reads no amounts in figures that are not two whole amounts', () => {
    expect(splitAmounts('1.', 2)).toBeNull();
    expect(splitAmounts('5', 2)).toBeNull();
    expect(splitAmounts('68,382,013,54', 2)).toBeNull();
  });
});

// The parent company's income statement of the 2022 third-quarter report (offset 327599 on), shortened,
// between its title and the next statement's title.
const PRINTED =
  '2022年1—9月编制单位：中国联合网络通信股份有限公司单位：元币种：人民币审计类型：未经审计' +
  '项目2022年前三季度（1-9月）2021年前三季度（1-9月）一、营业收入00减：营业成本00税金及附加349,547613,555' +
  '加：其他收益455,0881,005,959四、净利润（净亏损以“－”号填列）3,539,663,6683,864,902,811' +
  '（一）持续经营净利润（净亏损以“－”号填列）3,539,663,6683,864,902,811（二）终止经营净利润（净亏损00以“－”号填列）' +
  '五、其他综合收益的税后净额00七、每股收益：（一）基本每股收益(元/股)不适用不适用' +
  '公司负责人：刘烈宏主管会计工作负责人：李玉焯会计机构负责人：王芳母公司现金流量表2022年1—9月';

describe('statements', () => {
  it('reads a statement from its header to its last item, as item and amount per period', () => {
    const [s, ...more] = statements(PRINTED);
    expect(more).toEqual([]);
    expect(PRINTED.slice(0, s!.at)).toBe('2022年1—9月编制单位：中国联合网络通信股份有限公司单位：元币种：人民币审计类型：未经审计');
    expect(PRINTED.slice(s!.end)).toBe('公司负责人：刘烈宏主管会计工作负责人：李玉焯会计机构负责人：王芳母公司现金流量表2022年1—9月');
    expect(s!.rows).toEqual([
      ['项目', '2022年前三季度（1-9月）', '2021年前三季度（1-9月）'],
      ['一、营业收入', '0', '0'],
      ['减：营业成本', '0', '0'],
      ['税金及附加', '349,547', '613,555'],
      ['加：其他收益', '455,088', '1,005,959'],
      ['四、净利润（净亏损以“－”号填列）', '3,539,663,668', '3,864,902,811'],
      ['（一）持续经营净利润（净亏损以“－”号填列）', '3,539,663,668', '3,864,902,811'],
      // Its name wrapped in its cell, the amounts printed beside the first line: the rest goes back to it.
      ['（二）终止经营净利润（净亏损以“－”号填列）', '0', '0'],
      ['五、其他综合收益的税后净额', '0', '0'],
      // A group's name without amounts is a row of its own; `不适用` is a cell's words for no amount.
      ['七、每股收益：', '', ''],
      ['（一）基本每股收益(元/股)', '不适用', '不适用'],
    ]);
  });

  it('reads dated periods, and no statement without its header', () => {
    const [s] = statements('项目2022年9月30日2021年12月31日流动资产：货币资金68,382,013,54246,273,232,520交易性金融资产3,459,909,3673,286,826,770');
    expect(s!.rows[0]).toEqual(['项目', '2022年9月30日', '2021年12月31日']);
    expect(s!.rows.slice(1)).toEqual([
      ['流动资产：', '', ''],
      ['货币资金', '68,382,013,542', '46,273,232,520'],
      ['交易性金融资产', '3,459,909,367', '3,286,826,770'],
    ]);
    expect(statements('流动资产：货币资金68,382,013,54246,273,232,520交易性金融资产3,459,909,3673,286,826,770')).toEqual([]);
  });
});
