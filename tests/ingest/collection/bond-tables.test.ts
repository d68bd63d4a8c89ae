import { describe, expect, it } from 'vitest';
import { bondTables } from '../../../scripts/ingest/collection/bond-tables.ts';

// Excerpts of tuned results reports, copied from the source (rows left out where marked …); the
// expected cells are read from the printed text.
describe('bondTables', () => {
  it('reads the 2022 annual summary’s bonds: short names and codes apart, a balance of 0 before its rate (offset 298743)', () => {
    const text =
      '单位:元币种:人民币债券名称简称代码到期日债券余额利率（%）中国联合网络通信有限公司2019年公司债券（第一期）19联通01155478.SH2022-06-1903.67' +
      '中国联合网络通信有限公司2021年度第一期超短期融资券21联通SCP0010121023032022-03-2102.8' +
      '中国联合网络通信有限公司2022年度第一期短期融资券22联通CP0010422804132023-09-055,000,000,0001.73报告期内债券的付息兑付情况';
    const [table, ...more] = bondTables(text);
    expect(more).toEqual([]);
    expect(text.slice(0, table!.at)).toBe('单位:元币种:人民币');
    expect(text.slice(table!.end)).toBe('报告期内债券的付息兑付情况');
    expect(table!.rows).toEqual([
      ['债券名称', '简称', '代码', '到期日', '债券余额', '利率（%）'],
      ['中国联合网络通信有限公司2019年公司债券（第一期）', '19联通01', '155478.SH', '2022-06-19', '0', '3.67'],
      ['中国联合网络通信有限公司2021年度第一期超短期融资券', '21联通SCP001', '012102303', '2022-03-21', '0', '2.8'],
      ['中国联合网络通信有限公司2022年度第一期短期融资券', '22联通CP001', '042280413', '2023-09-05', '5,000,000,000', '1.73'],
    ]);
  });

  it('reads how each bond was paid: its name and its state (offset 299141)', () => {
    const text = '报告期内债券的付息兑付情况债券名称付息兑付情况的说明中国联合网络通信有限公司2019年公司债券（第一期）已按期还本付息中国联合网络通信有限公司2019年度第一期中期票据已按期还本付息报告期内信用评级机构';
    const [table] = bondTables(text);
    expect(table!.rows).toEqual([
      ['债券名称', '付息兑付情况的说明'],
      ['中国联合网络通信有限公司2019年公司债券（第一期）', '已按期还本付息'],
      ['中国联合网络通信有限公司2019年度第一期中期票据', '已按期还本付息'],
    ]);
    expect(text.slice(table!.end)).toBe('报告期内信用评级机构');
  });

  it('reads the 2020 annual summary’s: dates in words, the repayment terms up to the exchange (offset 356224)', () => {
    const text =
      '债券名称简称代码发行日到期日债券余额利率还本付息方式交易场所中国联合网络通信有限公司2016年公司债券(第一期)(品种二)16联通02136470.SH2016年6月7日2021年6月7日1,000,000,0003.43单利按计息，不计复利。每年付息一次，最后一期利息随本金的兑付一起支付上海证券交易所' +
      '中国联合网络通信有限公司2019年公司债券（第一期）19联通01155478.SH2019年6月19日2022年6月19日2,000,000,0003.67同上上海证券交易所本节所述债券发行人均为：';
    const [table] = bondTables(text);
    expect(table!.rows.slice(1)).toEqual([
      ['中国联合网络通信有限公司2016年公司债券(第一期)(品种二)', '16联通02', '136470.SH', '2016年6月7日', '2021年6月7日', '1,000,000,000', '3.43', '单利按计息，不计复利。每年付息一次，最后一期利息随本金的兑付一起支付', '上海证券交易所'],
      ['中国联合网络通信有限公司2019年公司债券（第一期）', '19联通01', '155478.SH', '2019年6月19日', '2022年6月19日', '2,000,000,000', '3.67', '同上', '上海证券交易所'],
    ]);
    expect(text.slice(table!.end)).toBe('本节所述债券发行人均为：');
  });

  it('reads no table where the columns name no bond’s short name and code, or no row follows', () => {
    expect(bondTables('债券名称简称代码到期日报告期内债券的付息兑付情况')).toEqual([]);
    expect(bondTables('债券名称中国联合网络通信有限公司2019年公司债券（第一期）')).toEqual([]);
    // A table of states needs two rows: one alone may be any sentence after the column's name.
    expect(bondTables('债券名称付息兑付情况的说明中国联合网络通信有限公司2019年公司债券（第一期）已按期还本付息。')).toEqual([]);
  });
});
