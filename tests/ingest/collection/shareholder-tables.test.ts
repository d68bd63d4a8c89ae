import { describe, expect, it } from 'vitest';
import { shareholderTables } from '../../../scripts/ingest/collection/shareholder-tables.ts';

// Excerpts of the tuned results reports, copied from the source (rows left out where marked …); the
// expected cells are read from the printed text, each number of shares grouped by thousands.
const AFTER = '上述股东关联关系或一致行动的说明1.中国联合网络通信集团有限公司为本公司控股股东。';

describe('shareholderTables', () => {
  it('reads the 2022 third-quarter report’s table: the columns under a group’s name stand where it is printed', () => {
    const text = `报告期末表决权恢复的优先股股东总数（如有）不适用前10名股东持股情况股东名称股东性质持股数量持股比例(%)持有有限售条件股份数量质押、标记或冻结情况股份状态数量中国联合网络通信集团有限公司国有法人11,399,724,22036.80无0中国人寿保险股份有限公司－传统－普通保险产品－005L－CT001沪未知3,190,419,68710.30无0苏宁易购集团股份有限公司未知585,651,5371.90质押585,651,537前10名无限售条件股东持股情况`;
    const [table, ...more] = shareholderTables(text);
    expect(more).toEqual([]);
    expect(text.slice(0, table!.at)).toMatch(/前10名股东持股情况$/u);
    expect(text.slice(table!.end)).toBe('前10名无限售条件股东持股情况');
    expect(table!.spanned).toEqual(['质押、标记或冻结情况']);
    expect(table!.rows).toEqual([
      ['股东名称', '股东性质', '持股数量', '持股比例(%)', '持有有限售条件股份数量', '质押、标记或冻结情况股份状态', '质押、标记或冻结情况数量'],
      ['中国联合网络通信集团有限公司', '国有法人', '11,399,724,220', '36.8', '0', '无', '0'],
      ['中国人寿保险股份有限公司－传统－普通保险产品－005L－CT001沪', '未知', '3,190,419,687', '10.3', '0', '无', '0'],
      ['苏宁易购集团股份有限公司', '未知', '585,651,537', '1.9', '0', '质押', '585,651,537'],
    ]);
  });

  it('reads the 2022 annual summary’s: the group’s name printed before the holder’s, changes in the period negative', () => {
    const text = `前10名股东持股情况质押、标记或冻结情况股东名称（全称）报告期内增减期末持股数量比例(%)持有有限售条件的股份数量股份状态数量股东性质中国联合网络通信集团有限公司011,399,724,22035.80无0国有法人香港中央结算有限公司518,862,9541,114,883,3753.50无0未知宿迁京东三弘企业管理中心（有限合伙）-111,573,100620,491,3212.00无0未知${AFTER}`;
    const [table] = shareholderTables(text);
    expect(table!.rows).toEqual([
      ['股东名称（全称）', '报告期内增减', '期末持股数量', '比例(%)', '持有有限售条件的股份数量', '质押、标记或冻结情况股份状态', '质押、标记或冻结情况数量', '股东性质'],
      ['中国联合网络通信集团有限公司', '0', '11,399,724,220', '35.8', '0', '无', '0', '国有法人'],
      ['香港中央结算有限公司', '518,862,954', '1,114,883,375', '3.5', '0', '无', '0', '未知'],
      ['宿迁京东三弘企业管理中心（有限合伙）', '-111,573,100', '620,491,321', '2.0', '0', '无', '0', '未知'],
    ]);
    expect(text.slice(table!.end)).toBe(AFTER);
  });

  it('reads the 2020 half-year summary’s: one name over a status and its number, one cell; a note’s mark stays with the holder', () => {
    const text = `前10名股东持股情况股东名称股东性质持股比例(%)持股数量持有有限售条件的股份数量质押或冻结的股份数量中国联合网络通信集团有限公司国有法人36.711,399,724,2200无0中国人寿保险股份有限公司－传统－普通保险产品－005L－CT001沪（注1）未知10.33,190,419,6873,177,159,590无0深圳淮海方舟信息产业股权投资基金（有限合伙）未知1.9585,651,537585,651,537质押434,846,266${AFTER}`;
    const [table] = shareholderTables(text);
    expect(table!.spanned).toBeUndefined();
    expect(table!.rows).toEqual([
      ['股东名称', '股东性质', '持股比例(%)', '持股数量', '持有有限售条件的股份数量', '质押或冻结的股份数量'],
      ['中国联合网络通信集团有限公司', '国有法人', '36.7', '11,399,724,220', '0', '无 0'],
      ['中国人寿保险股份有限公司－传统－普通保险产品－005L－CT001沪（注1）', '未知', '10.3', '3,190,419,687', '3,177,159,590', '无 0'],
      ['深圳淮海方舟信息产业股权投资基金（有限合伙）', '未知', '1.9', '585,651,537', '585,651,537', '质押 434,846,266'],
    ]);
  });

  it('reads the 2019 third-quarter report’s holders of shares without selling restrictions, by their class (offset 422779)', () => {
    const text = `前十名无限售条件股东持股情况股东名称持有无限售条件流通股的数量股份种类及数量种类数量中国联合网络通信集团有限公司11,399,724,220人民币普通股11,399,724,220北京凤山投资有限责任公司107,287,440人民币普通股107,287,440${AFTER}`;
    const [table] = shareholderTables(text);
    expect(table!.rows).toEqual([
      ['股东名称', '持有无限售条件流通股的数量', '股份种类及数量种类', '股份种类及数量数量'],
      ['中国联合网络通信集团有限公司', '11,399,724,220', '人民币普通股', '11,399,724,220'],
      ['北京凤山投资有限责任公司', '107,287,440', '人民币普通股', '107,287,440'],
    ]);
  });

  it('puts the cells under a group’s name where the group is printed, its columns’ names printed last (2019 third quarter, offset 421717)', () => {
    const text = `前十名股东持股情况股东名称（全称）期末持股数量比例(%)持有有限售条件股份数量质押或冻结情况股东性质股份状态数量中国联合网络通信集团有限公司11,399,724,22036.70无0国有法人中国人寿保险股份有限公司－传统－普通保险产品－005L－CT001沪（注1）3,190,419,68710.33,177,159,590无0未知${AFTER}`;
    const [table] = shareholderTables(text);
    expect(table!.spanned).toEqual(['质押或冻结情况']);
    expect(table!.rows).toEqual([
      ['股东名称（全称）', '期末持股数量', '比例(%)', '持有有限售条件股份数量', '质押或冻结情况股份状态', '质押或冻结情况数量', '股东性质'],
      ['中国联合网络通信集团有限公司', '11,399,724,220', '36.7', '0', '无', '0', '国有法人'],
      ['中国人寿保险股份有限公司－传统－普通保险产品－005L－CT001沪（注1）', '3,190,419,687', '10.3', '3,177,159,590', '无', '0', '未知'],
    ]);
  });

  it('leaves the text as it is where the title heads no columns, or a row reads two ways or none', () => {
    expect(shareholderTables('前十名股东持股情况表单位：股报告期末普通股股东总数553,429')).toEqual([]);
    // A group's name over no pair of a status and a number of shares: a header this reader does not know.
    expect(shareholderTables(`前10名股东持股情况股东名称股东性质持股数量持股比例(%)质押或冻结情况甲公司国有法人11,399,724,22036.8乙公司未知3,190,419,68710.3${AFTER}`)).toEqual([]);
    // One row only: no table.
    expect(shareholderTables(`前10名股东持股情况股东名称股东性质持股数量持股比例(%)中国联合网络通信集团有限公司国有法人11,399,724,22036.80${AFTER}`)).toEqual([]);
    // Percentages with one decimal or with two read every row alike (36.7 | 11,399,724,220 or 36.71 | 1,399,724,220): a tie, no table.
    const [table] = shareholderTables(`前10名股东持股情况股东名称股东性质持股比例(%)持股数量甲公司国有法人36.711,399,724,220乙公司未知36.811,399,724,220丙公司未知${AFTER}`);
    expect(table).toBeUndefined();
  });
});
