import { describe, expect, it } from 'vitest';
import { contactTables, figureTables, guaranteeTables, meetingTables, reasonTables, shareTables, stockTables } from '../../../scripts/ingest/collection/figure-tables.ts';

// The strings are the collection's own (offsets given); the expected cells are what the printed
// tables hold, read in the source.
describe('figureTables', () => {
  it('reads an annual summary’s key figures: two years, the change, a third year (2022 annual summary, offset 296273)', () => {
    const text =
      '单位：元币种：人民币2022年2021年本年比上年增减(%)2020年总资产644,687,027,607593,284,479,8548.7582,475,430,408归属于上市公司股东的净资产154,370,434,728149,217,148,8453.5147,708,515,154' +
      '经营活动产生的现金流量净额101,708,329,006111,971,577,348-9.2107,333,764,603加权平均净资产收益率（%）4.674.17增加0.50个百分点3.73基本每股收益（元／股）0.2340.20613.60.1783.2报告期分季度的主要会计数据';
    const [table, ...more] = figureTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['', '2022年', '2021年', '本年比上年增减(%)', '2020年'],
      ['总资产', '644,687,027,607', '593,284,479,854', '8.7', '582,475,430,408'],
      ['归属于上市公司股东的净资产', '154,370,434,728', '149,217,148,845', '3.5', '147,708,515,154'],
      ['经营活动产生的现金流量净额', '101,708,329,006', '111,971,577,348', '-9.2', '107,333,764,603'],
      ['加权平均净资产收益率（%）', '4.67', '4.17', '增加0.50个百分点', '3.73'],
      ['基本每股收益（元／股）', '0.234', '0.206', '13.6', '0.178'],
    ]);
    // The table ends before the next part's number.
    expect(text.slice(table!.end)).toBe('3.2报告期分季度的主要会计数据');
    expect(text.slice(table!.at).startsWith('2022年2021年')).toBe(true);
  });

  it('reads the changes of accounts: the account, this period’s and last year’s amounts, the change (2020 first-quarter report, offsets 389345 and 389665)', () => {
    const text =
      '√适用□不适用科目本期数上年期末数变动比例（%）交易性金融资产1,432,015,552201,854,202609.4应收账款27,889,472,76220,456,916,62536.3短期借款3,822,315,2775,614,078,284-31.91.交易性金融资产变动原因：本公司控股子公司联通集团财务有限公司取得有价证券投资资质，本年新增货币基金投资。' +
      '科目本期数上年同期数变动比例（%）营业费用7,688,571,7109,045,118,751-15.0财务费用88,514,185265,202,800-66.61.营业费用变动原因：公司深化转型创新。';
    const [balance, income, ...more] = figureTables(text);
    expect(more).toEqual([]);
    expect(balance!.rows).toEqual([
      ['科目', '本期数', '上年期末数', '变动比例（%）'],
      ['交易性金融资产', '1,432,015,552', '201,854,202', '609.4'],
      ['应收账款', '27,889,472,762', '20,456,916,625', '36.3'],
      ['短期借款', '3,822,315,277', '5,614,078,284', '-31.9'],
    ]);
    expect(text.slice(balance!.end)).toMatch(/^1\.交易性金融资产变动原因/u);
    expect(income!.rows.slice(1)).toEqual([
      ['营业费用', '7,688,571,710', '9,045,118,751', '-15.0'],
      ['财务费用', '88,514,185', '265,202,800', '-66.6'],
    ]);
    expect(income!.rows[0]).toEqual(['科目', '本期数', '上年同期数', '变动比例（%）']);
    // The ratio alone names a column only after a period's: the reasons table is no key-figures table (offset 317157).
    expect(figureTables('项目名称变动比例（%）主要原因财务费用-938.6货币资金存量加大，利息收入增加。')).toEqual([]);
  });

  it('reads a quarter’s figures and changes, words for none, points and small earnings per share (2022 third-quarter report, offset 316043)', () => {
    const text =
      '项目本报告期本报告期比上年同期增减变动幅度(%)年初至报告期末年初至报告期末比上年同期增减变动幅度(%)营业收入87,717,006,1109.2263,977,913,1228.0' +
      '经营活动产生的现金流量净额不适用不适用72,609,220,143-8.7基本每股收益（元/股）0.06724.10.22521.6加权平均净资产收益率（%）1.32增加0.23个百分点4.47增加0.7个百分点' +
      '中国联合网络通信股份有限公司2022年第三季度报告2/16本报告期末上年度末本报告期末比上年度末增减变动幅度(%)总资产616,905,658,526593,284,479,8544.0注:“本报告期”指本季度初至本季度末3个月期间。';
    const tables = figureTables(text);
    expect(tables.map((t) => t.rows)).toEqual([
      [
        ['项目', '本报告期', '本报告期比上年同期增减变动幅度(%)', '年初至报告期末', '年初至报告期末比上年同期增减变动幅度(%)'],
        ['营业收入', '87,717,006,110', '9.2', '263,977,913,122', '8.0'],
        ['经营活动产生的现金流量净额', '不适用', '不适用', '72,609,220,143', '-8.7'],
        ['基本每股收益（元/股）', '0.067', '24.1', '0.225', '21.6'],
        ['加权平均净资产收益率（%）', '1.32', '增加0.23个百分点', '4.47', '增加0.7个百分点'],
      ],
      [
        ['', '本报告期末', '上年度末', '本报告期末比上年度末增减变动幅度(%)'],
        ['总资产', '616,905,658,526', '593,284,479,854', '4.0'],
      ],
    ]);
    // The page's running header between them is no row (its year is a date).
    expect(text.slice(tables[0]!.end, tables[1]!.at)).toBe('中国联合网络通信股份有限公司2022年第三季度报告2/16');
  });

  it('takes a period a change’s name opens with as a column of its own where the figures say so (2019 third-quarter report, offset 420908)', () => {
    const text = '年初至报告期末（1-9月）上年初至上年报告期末（1-9月）比上年同期增减(%)经营活动产生的现金流量净额76,770,788,92583,131,814,206-7.65年初至报告期末（1-9月）上年初至上年报告期末（1-9月）比上年同期增减（%）营业收入217,120,523,302219,711,544,759-1.18其中：主营业务收入198,532,456,952200,012,523,124-0.74。';
    expect(figureTables(text).map((t) => t.rows)).toEqual([
      [['', '年初至报告期末（1-9月）', '上年初至上年报告期末（1-9月）', '比上年同期增减(%)'], ['经营活动产生的现金流量净额', '76,770,788,925', '83,131,814,206', '-7.65']],
      [
        ['', '年初至报告期末（1-9月）', '上年初至上年报告期末（1-9月）', '比上年同期增减（%）'],
        ['营业收入', '217,120,523,302', '219,711,544,759', '-1.18'],
        ['其中：主营业务收入', '198,532,456,952', '200,012,523,124', '-0.74'],
      ],
    ]);
  });

  it('reads percentages with their change in points, and the four quarters without a column of changes (2022 annual summary, offset 299400; 2020 annual summary, offset 353969)', () => {
    // A page's running header inside a name ends the table: the rest stays text.
    const ratios = '主要指标2022年2021年本期比上年同期增减（%）资产负债率（%）46.1%43.3%2.8个百分点归属于上市公司股东的扣除6,678,674,0906,451,519,9113.5中国联合网络通信股份有限公司2022年年度报告8非经常性损益的净利润';
    const [table] = figureTables(ratios);
    expect(table!.rows).toEqual([
      ['主要指标', '2022年', '2021年', '本期比上年同期增减（%）'],
      ['资产负债率（%）', '46.1%', '43.3%', '2.8个百分点'],
      ['归属于上市公司股东的扣除', '6,678,674,090', '6,451,519,911', '3.5'],
    ]);
    expect(ratios.slice(table!.end)).toBe('中国联合网络通信股份有限公司2022年年度报告8非经常性损益的净利润');
    const quarters = '第一季度（1-3月份）第二季度（4-6月份）第三季度（7-9月份）第四季度（10-12月份）营业收入73,823,878,39176,573,061,87674,958,137,73278,482,992,592归属于上市公司股东的净利润1,395,724,5011,948,493,3481,439,585,030737,508,629季度数据与已披露定期报告数据差异说明';
    expect(figureTables(quarters)[0]!.rows).toEqual([
      ['', '第一季度（1-3月份）', '第二季度（4-6月份）', '第三季度（7-9月份）', '第四季度（10-12月份）'],
      ['营业收入', '73,823,878,391', '76,573,061,876', '74,958,137,732', '78,482,992,592'],
      ['归属于上市公司股东的净利润', '1,395,724,501', '1,948,493,348', '1,439,585,030', '737,508,629'],
    ]);
  });

  it('takes the reading a change confirms: the difference of the two figures before it (2020 annual summary, offset 356686)', () => {
    const text = '主要指标2020年2019年本期比上年同期增减（%）资产负债率（%）48.8248.330.49EBITDA全部债务比0.33210.3494-1.73利息保障倍数7.725.5638.85中国联合网络通信股份有限公司2020年';
    expect(figureTables(text)[0]!.rows).toEqual([
      ['主要指标', '2020年', '2019年', '本期比上年同期增减（%）'],
      // Not 48.8 | 248.3 | 30.49, which reads as well otherwise.
      ['资产负债率（%）', '48.82', '48.33', '0.49'],
      ['EBITDA全部债务比', '0.3321', '0.3494', '-1.73'],
      ['利息保障倍数', '7.72', '5.56', '38.85'],
    ]);
  });

  it('reads the non-recurring items: long names with their clauses, amounts and a note, none printed as a dash (2022 first-quarter report, offset 333701)', () => {
    const text =
      '项目本期金额说明非流动资产处置损益-683,361,750——计入当期损益的政府补助，但与公司正常经营业务密切相关，符合国家政策规定、按照一定标准定额或定量持续享受的政府补助除外158,438,577——' +
      '其他符合非经常性损益定义的损益项目539,848,155增值税加计抵减收益减：所得税影响额18,762,504——合计23,976,043——将《公开发行证券的公司信息披露解释性公告第1号——非经常性损益》中列举的项目';
    const [table] = figureTables(text);
    expect(table!.rows).toEqual([
      ['项目', '本期金额', '说明'],
      ['非流动资产处置损益', '-683,361,750', '——'],
      ['计入当期损益的政府补助，但与公司正常经营业务密切相关，符合国家政策规定、按照一定标准定额或定量持续享受的政府补助除外', '158,438,577', '——'],
      ['其他符合非经常性损益定义的损益项目', '539,848,155', '增值税加计抵减收益'],
      ['减：所得税影响额', '18,762,504', '——'],
      ['合计', '23,976,043', '——'],
    ]);
    expect(text.slice(table!.end)).toMatch(/^将《公开发行证券/u);
  });

  it('reads the operating data under two columns named by their dates, a term’s digits in a name, the year of the next sentence left to it (2019 third-quarter report, offset 423685)', () => {
    const text =
      '主要业务数据指标于2019年9月30日/由2019年1月1日至2019年9月30日期间于2018年9月30日/由2018年1月1日至2018年9月30日期间移动出账用户数（万户）32,472.930,982.6其中：4G用户数（万户）25,114.521,385.0' +
      '移动出账用户净增数（万户）969.32,566.3手机上网总流量-亿MB228,576.3150,094.0固网本地电话用户净增数（万户）-165.2-317.22019年首三季度，面对行业发展的新挑战，公司深化实施聚焦创新合作战略。';
    const [table, ...more] = figureTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['', '于2019年9月30日/由2019年1月1日至2019年9月30日期间', '于2018年9月30日/由2018年1月1日至2018年9月30日期间'],
      ['移动出账用户数（万户）', '32,472.9', '30,982.6'],
      ['其中：4G用户数（万户）', '25,114.5', '21,385.0'],
      ['移动出账用户净增数（万户）', '969.3', '2,566.3'],
      ['手机上网总流量-亿MB', '228,576.3', '150,094.0'],
      ['固网本地电话用户净增数（万户）', '-165.2', '-317.2'],
    ]);
    expect(text.slice(table!.end)).toMatch(/^2019年首三季度，/u);
  });

  it('reads a table of periods alone under the items column’s name, on under a second row of periods (2020 half-year summary, offset 370221)', () => {
    const text = '√适用□不适用主要指标本报告期末上年度末资产负债率47.7148.33本报告期（1-6月）上年同期EBITDA利息保障倍数43.4634.15关于逾期债项的说明□适用√不适用';
    const [table, ...more] = figureTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['主要指标', '本报告期末', '上年度末'],
      ['资产负债率', '47.71', '48.33'],
      ['', '本报告期（1-6月）', '上年同期'],
      ['EBITDA利息保障倍数', '43.46', '34.15'],
    ]);
    expect(table!.namesAgain).toEqual([2]);
    expect(text.slice(table!.end)).toBe('关于逾期债项的说明□适用√不适用');
  });

  it('reads no row whose figures read both with and without the number of a note the text prints (2020 first-quarter report, offset 387012)', () => {
    const table =
      '主要业务数据指标于2020年3月31日/由2020年1月1日至2020年3月31日期间于2019年12月31日/由2019年10月1日至2019年12月31日期间移动出账用户数（万户）131,100.931,847.5其中：4G用户数（万户）125,452.225,376.6';
    // `131,100.9` and `31,847.5`, or note 1 and `31,100.9`: which is meant does not show.
    expect(figureTables(`${table}。附注1：移动业务数据包含5G用户数。`)).toEqual([]);
    // Where no note 1 is printed, the figures read one way.
    expect(figureTables(table)[0]!.rows[1]).toEqual(['移动出账用户数（万户）', '131,100.9', '31,847.5']);
  });

  it('reads a note’s number apart from the figures where the rows of net additions confirm it (2020 first-quarter report, offset 387012, copied from the source)', () => {
    const dated = '于2020年3月31日/由2020年1月1日至2020年3月31日期间于2019年12月31日/由2019年10月1日至2019年12月31日期间';
    const text =
      `主要业务数据指标${dated}移动出账用户数（万户）131,100.931,847.5其中：4G用户数（万户）125,452.225,376.6移动出账用户净增数（万户）1-746.6-625.4其中：4G用户净增数（万户）175.6262.1` +
      '手机上网总流量(亿MB)87,32387,630移动语音通话总分钟数（亿分钟）1,4191,817固网宽带用户数（万户）8,483.18,347.8固网宽带用户净增数（万户）135.3-96.7' +
      '固网本地电话用户数（万户）5,346.85,421.5固网本地电话用户净增数（万户）-74.7-3.22020年第一季度，面对市场饱和。附注1：移动业务数据包含5G用户数。';
    const [table, ...more] = figureTables(text);
    expect(more).toEqual([]);
    // 31,100.9 less 31,847.5 is the -746.6 net additions printed after note 1; 25,452.2 less 25,376.6 the 75.6
    // (`175.6` as printed would be no difference of theirs). The name keeps its note's number.
    expect(table!.rows.slice(1)).toEqual([
      ['移动出账用户数（万户）1', '31,100.9', '31,847.5'],
      ['其中：4G用户数（万户）1', '25,452.2', '25,376.6'],
      ['移动出账用户净增数（万户）1', '-746.6', '-625.4'],
      ['其中：4G用户净增数（万户）1', '75.6', '262.1'],
      ['手机上网总流量(亿MB)', '87,323', '87,630'],
      // `1` + `419` + `1,817` reads too, but no row of net additions speaks for it and as printed reads better.
      ['移动语音通话总分钟数（亿分钟）', '1,419', '1,817'],
      ['固网宽带用户数（万户）', '8,483.1', '8,347.8'],
      // 8,483.1 less 8,347.8 is 135.3 as printed, not note 1 and 35.3.
      ['固网宽带用户净增数（万户）', '135.3', '-96.7'],
      ['固网本地电话用户数（万户）', '5,346.8', '5,421.5'],
      ['固网本地电话用户净增数（万户）', '-74.7', '-3.2'],
    ]);
    expect(text.slice(table!.end)).toMatch(/^2020年第一季度，/u);
    // Net additions that no reading of their totals gives leave both rows in doubt: the table ends before the first.
    const unconfirmed = `${dated}固网宽带用户数（万户）8,483.18,347.8移动出账用户数（万户）131,100.931,847.5移动出账用户净增数（万户）1-700.0-625.4。附注1：移动业务数据。`;
    expect(figureTables(unconfirmed)[0]!.rows.slice(1)).toEqual([['固网宽带用户数（万户）', '8,483.1', '8,347.8']]);
  });

  it('reads figures as printed where a change confirms them though the text prints a note of the number they open with', () => {
    const text = '项目本报告期上年同期本报告期比上年同期增减(%)营业收入（百万元）147,393.0140,000.05.3净利润（百万元）8,321.47,310.213.8。注1：营业收入含5G业务收入。';
    const [table] = figureTables(text);
    // `1` + `47,393.0` + `140,000.0` + `5.3` reads too, but 147,393.0 and 140,000.0 differ by the 5.3 % printed.
    expect(table!.rows.slice(1)).toEqual([
      ['营业收入（百万元）', '147,393.0', '140,000.0', '5.3'],
      ['净利润（百万元）', '8,321.4', '7,310.2', '13.8'],
    ]);
  });

  it('reads no row two readings read equally well, and gives a term’s digit to the next name (`5G`)', () => {
    // `12` + `345` or `123` + `45`: which is meant does not show.
    expect(figureTables('主要指标本报告期末上年度末员工人数12345。')).toEqual([]);
    // The year of the sentence after a table leaves `165`: `1` + `65` or `16` + `5`.
    const dated = '于2019年9月30日/由2019年1月1日至2019年9月30日期间于2018年9月30日/由2018年1月1日至2018年9月30日期间';
    expect(figureTables(`${dated}移动出账用户数（万户）32,472.930,982.6固网宽带用户净增数（万户）1652019年首三季度，`)[0]!.rows.slice(1)).toEqual([['移动出账用户数（万户）', '32,472.9', '30,982.6']]);
    const [table] = figureTables(`${dated}移动出账用户数（万户）32,472.930,982.65G套餐用户数（万户）6,012.35,120.8。`);
    expect(table!.rows.slice(1)).toEqual([
      ['移动出账用户数（万户）', '32,472.9', '30,982.6'],
      ['5G套餐用户数（万户）', '6,012.3', '5,120.8'],
    ]);
  });

  it('ends a table of periods alone where another table’s columns’ names open with periods, and takes no year and quarter for periods alone', () => {
    const text = '主要指标本报告期末上年度末资产负债率47.7148.33本报告期末上年度末本报告期末比上年度末增减(%)总资产605,441.7582,475.43.9净资产150,000.0149,217.10.5';
    const [solvency, assets, ...more] = figureTables(text);
    expect(more).toEqual([]);
    expect(solvency!.rows).toEqual([['主要指标', '本报告期末', '上年度末'], ['资产负债率', '47.71', '48.33']]);
    expect(assets!.rows[1]).toEqual(['总资产', '605,441.7', '582,475.4', '3.9']);
    // `2022年` + `第一季度` is one column's name printed in two parts: no table of four periods.
    expect(figureTables('项目2022年第一季度2021年第一季度一、营业总收入89,021,517,63082,271,971,859')).toEqual([]);
  });

  it('finds no table in sentences naming periods, nor under years alone', () => {
    expect(figureTables('本报告期上年同期相比，公司营业收入增长8.3%。')).toEqual([]);
    expect(figureTables('2022年2021年营业收入354,943,879,228327,854,494,119其中')).toEqual([]);
  });
});

describe('reasonTables', () => {
  it('reads a table of changes and their reasons, each reason a sentence (2022 first-quarter report, offset 334173)', () => {
    const text =
      '√适用□不适用项目名称变动比例（%）主要原因研发费用75.0公司实施更高水平创新驱动，打造核心技术竞争能力，加大研发投入。其他收益71.8增值税加计抵减收益增加。资产处置损失-63.9随着2G资产及低效无效资产规模进一步压降，资产处置损失相应减少。' +
      '中国联合网络通信股份有限公司2022年第一季度报告3/14二、股东信息';
    const [table, ...more] = reasonTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['项目名称', '变动比例（%）', '主要原因'],
      ['研发费用', '75.0', '公司实施更高水平创新驱动，打造核心技术竞争能力，加大研发投入。'],
      ['其他收益', '71.8', '增值税加计抵减收益增加。'],
      ['资产处置损失', '-63.9', '随着2G资产及低效无效资产规模进一步压降，资产处置损失相应减少。'],
    ]);
    // A page's running header is no row: its figures are a year.
    expect(text.slice(table!.end)).toBe('中国联合网络通信股份有限公司2022年第一季度报告3/14二、股东信息');
  });
});

describe('contactTables', () => {
  it('reads the contacts: each row’s two values apart, e-mail addresses by their domain (2022 annual summary, offset 294505)', () => {
    const text = '联系人和联系方式董事会秘书证券事务代表姓名李玉焯雷晓旭办公地址北京市西城区金融大街21号北京市西城区金融大街21号电话010-66259179010-66259179电子信箱dongmi@chinaunicom.cnir@chinaunicom.cn2报告期公司主要业务简介';
    const [table] = contactTables(text);
    expect(table!.rows).toEqual([
      ['', '董事会秘书', '证券事务代表'],
      ['姓名', '李玉焯', '雷晓旭'],
      ['办公地址', '北京市西城区金融大街21号', '北京市西城区金融大街21号'],
      ['电话', '010-66259179', '010-66259179'],
      ['电子信箱', 'dongmi@chinaunicom.cn', 'ir@chinaunicom.cn'],
    ]);
    expect(text.slice(table!.end)).toBe('2报告期公司主要业务简介');
  });

  it('leaves the text where a value does not read as two (an odd name)', () => {
    expect(contactTables('董事会秘书证券事务代表姓名李玉雷晓旭电话010-66259179010-66259179电子信箱dongmi@chinaunicom.cnir@chinaunicom.cn')).toEqual([]);
  });
});

describe('shareTables', () => {
  it('reads periods printed over an amount’s and a share’s column each, a note’s marker inside a name (2020 annual summary, offset 365630)', () => {
    const text =
      '2020年2019年累计发生所占营业收入百分比累计发生所占营业收入百分比成本费用合计2,839.593.45%2,730.894.00%其中：网间结算成本105.73.48%115.13.96%折旧及摊销（注1）830.327.33%836.128.78%财务费用2.30.07%7.20.25%注1：上述“折旧及摊销”和“人工成本”为营业成本、管理费用和研发费用中相同性质的数据的总额。';
    const [table, ...more] = shareTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['', '2020年累计发生', '2020年所占营业收入百分比', '2019年累计发生', '2019年所占营业收入百分比'],
      ['成本费用合计', '2,839.5', '93.45%', '2,730.8', '94.00%'],
      ['其中：网间结算成本', '105.7', '3.48%', '115.1', '3.96%'],
      ['折旧及摊销（注1）', '830.3', '27.33%', '836.1', '28.78%'],
      ['财务费用', '2.3', '0.07%', '7.2', '0.25%'],
    ]);
    expect(text.slice(table!.end)).toMatch(/^注1：/u);
  });

  it('reads one period over an amount’s column and a share’s named 占比, under its unit (2020 annual summary, offset 367144)', () => {
    const text =
      '下表列出了公司2020年主要资本开支项目情况：（单位：人民币亿元）2020年累计支出占比合计676.5100.00%其中：移动网络381.756.42%宽带及数据101.515.01%基础设施及传送网110.416.32%其他82.912.25%7.资产负债情况截至2020年底，';
    const [table, ...more] = shareTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['', '2020年累计支出', '2020年占比'],
      ['合计', '676.5', '100.00%'],
      ['其中：移动网络', '381.7', '56.42%'],
      ['宽带及数据', '101.5', '15.01%'],
      ['基础设施及传送网', '110.4', '16.32%'],
      ['其他', '82.9', '12.25%'],
    ]);
    expect(text.slice(table!.end)).toMatch(/^7\.资产负债情况/u);
  });

  it('reads no table from a sentence naming one year’s share, with no unit over it', () => {
    expect(shareTables('2020年移动业务收入占比移动网络56.42%宽带及数据15.01%，同比提升。')).toEqual([]);
    expect(shareTables('。2020年累计支出占比合计676.5100.00%其中：移动网络381.756.42%宽带及数据101.515.01%')).toEqual([]);
    // Under its unit, a sentence naming one year's share is no table either (made up, a review of the rules).
    expect(shareTables('（单位：人民币亿元）2025年移动业务收入占比达到45%，同比提升2个百分点。')).toEqual([]);
  });
});

describe('stockTables', () => {
  it('reads the company’s shares: four columns, a row per class (the 2022 annual summary, copied from the source)', () => {
    const text = '1公司简介公司股票简况股票种类股票上市交易所股票简称股票代码A股上海证券交易所中国联通600050联系人和联系方式董事会秘书';
    const [table, ...more] = stockTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['股票种类', '股票上市交易所', '股票简称', '股票代码'],
      ['A股', '上海证券交易所', '中国联通', '600050'],
    ]);
    expect(text.slice(0, table!.at)).toBe('1公司简介公司股票简况');
    expect(text.slice(table!.end)).toBe('联系人和联系方式董事会秘书');
  });

  it('reads no table where no row follows the columns as a class, an exchange, a name and a code', () => {
    expect(stockTables('股票种类股票上市交易所股票简称股票代码联系人和联系方式')).toEqual([]);
    expect(stockTables('股票种类股票上市交易所股票简称股票代码A股上海证券交易所中国联通60005联系人')).toEqual([]);
  });
});

describe('meetingTables', () => {
  // The audit committee's 2019 report, copied from the source (the first meeting's matters shortened …).
  const header = '会议届次召开时间会议地点及方式审议事项（会议表决通过，并提交董事会）';
  it('reads a row per meeting: its name, date, place and manner, and what it approved up to the next meeting', () => {
    const text = `${header}第六届董事会审计委员会第六次会议2019年3月13日深圳现场会议1.2018年年度报告的议案；2.2018年度财务决算报告的议案第六届董事会审计委员会第七次会议2019年4月23日通信方式1.关于公司2019年第一季度报告的议案会议还审阅了毕马威华振会计师事务所有关2019年第一季度执行商定程序的报告`;
    const [table] = meetingTables(text);
    expect(table!.rows).toEqual([
      ['会议届次', '召开时间', '会议地点及方式', '审议事项（会议表决通过，并提交董事会）'],
      ['第六届董事会审计委员会第六次会议', '2019年3月13日', '深圳现场会议', '1.2018年年度报告的议案；2.2018年度财务决算报告的议案'],
      ['第六届董事会审计委员会第七次会议', '2019年4月23日', '通信方式', '1.关于公司2019年第一季度报告的议案会议还审阅了毕马威华振会计师事务所有关2019年第一季度执行商定程序的报告'],
    ]);
    expect(table!.end).toBe(text.length);
  });

  it('reads no row that does not open with a meeting, its date and its first matter', () => {
    expect(meetingTables(`${header}审计委员会全年共召开四次会议。`)).toEqual([]);
    expect(meetingTables(`${header}第六届董事会审计委员会第六次会议深圳现场会议1.2018年年度报告的议案`)).toEqual([]);
  });
});

describe('guaranteeTables', () => {
  it('reads a row per guarantee and the total (the 2022 third-quarter report, rows 2–52, 54 and 55 left out)', () => {
    const text =
      '具体情况如下：序号担保方被担保方担保金额(人民币元)开始日到期日保函种类1财务公司中国联合网络通信有限公司浙江省分公司8,880.002022-09-202024-01-31非融资性保函' +
      '53财务公司联通数字科技有限公司2,288,546.302022-09-302022-10-31同上合计24,633,718.57——————注：1.上述非融资性担保金额为发生额。';
    const [table, ...more] = guaranteeTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['序号', '担保方', '被担保方', '担保金额(人民币元)', '开始日', '到期日', '保函种类'],
      ['1', '财务公司', '中国联合网络通信有限公司浙江省分公司', '8,880.00', '2022-09-20', '2024-01-31', '非融资性保函'],
      ['53', '财务公司', '联通数字科技有限公司', '2,288,546.30', '2022-09-30', '2022-10-31', '同上'],
      ['合计', '', '', '24,633,718.57', '——', '——', '——'],
    ]);
    expect(text.slice(0, table!.at)).toBe('具体情况如下：');
    expect(text.slice(table!.end)).toBe('注：1.上述非融资性担保金额为发生额。');
  });

  it('reads the columns as the first-quarter report names them', () => {
    const [table] = guaranteeTables('序号担保方被担保方担保金额（人民币元）担保起始日担保到期日担保方式1财务公司中国联合网络通信有限公司浙江省分公司2,596,882.002022-03-032023-04-21非融资性保函');
    expect(table!.rows[0]).toEqual(['序号', '担保方', '被担保方', '担保金额（人民币元）', '担保起始日', '担保到期日', '担保方式']);
    expect(table!.rows[1]![3]).toBe('2,596,882.00');
  });
});
