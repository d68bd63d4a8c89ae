import { describe, expect, it } from 'vitest';
import { documentListTables } from '../../../scripts/ingest/collection/document-lists.ts';

// The strings are the collection's own (offsets given, the running headers the ingest strips left
// out); the expected cells are what the printed tables hold, read in the source.
describe('documentListTables', () => {
  it('reads a list of laws: a level printed once over its documents, a number, one or two dates, the names printed again after a page break (互联网法律白皮书, offset 544640)', () => {
    const text =
      '效力位阶名称发文字号发布日期实施日期法律《反间谍法（2023年修订）》中华人民共和国主席令第4号2023.04.262023.07.01行政法规《商用密码管理条例（2023年修订）》国务院令第760号2023.04.272023.07.01' +
      '《无人驾驶航空器飞行管理暂行条例》国务院令第761号2023.05.312024.01.01法律法规配套规范文件《关于开展网络安全服务认证工作的实施意见》国市监认证规〔2023〕3号2023.03.15' +
      '效力位阶名称发文字号发布日期实施日期《关于推动在线旅游市场高质量发展的意见》文旅市场发〔2023〕41号2023.03.24《网站平台受理处置涉企网络侵权信息举报工作规范》中央网络安全和信息化委员会办公室2023.08' +
      '法律法规配套规范文件征求意见稿《区块链和分布式记账技术标准体系建设指南（2023版）》（征求意见稿）工业和信息化部2023.03.28《关于行业协会的反垄断指南（征求意见国家市场监督管理总局2023.05.15';
    const [table, ...more] = documentListTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['效力位阶', '名称', '发文字号', '发布日期', '实施日期'],
      ['法律', '《反间谍法（2023年修订）》', '中华人民共和国主席令第4号', '2023.04.26', '2023.07.01'],
      ['行政法规', '《商用密码管理条例（2023年修订）》', '国务院令第760号', '2023.04.27', '2023.07.01'],
      ['', '《无人驾驶航空器飞行管理暂行条例》', '国务院令第761号', '2023.05.31', '2024.01.01'],
      ['法律法规配套规范文件', '《关于开展网络安全服务认证工作的实施意见》', '国市监认证规〔2023〕3号', '2023.03.15', ''],
      ['', '《关于推动在线旅游市场高质量发展的意见》', '文旅市场发〔2023〕41号', '2023.03.24', ''],
      ['', '《网站平台受理处置涉企网络侵权信息举报工作规范》', '中央网络安全和信息化委员会办公室', '2023.08', ''],
      ['法律法规配套规范文件征求意见稿', '《区块链和分布式记账技术标准体系建设指南（2023版）》（征求意见稿）', '工业和信息化部', '2023.03.28', ''],
    ]);
    expect(table!.repeatedHeaders).toEqual(['效力位阶名称发文字号发布日期实施日期']);
    // The level, printed once over its documents, spans the rows that leave it empty.
    expect(table!.mergedDown).toEqual([0]);
    // A title a page break cut (its 《 opened, its 》 far on) ends the table: the text stays as printed.
    expect(text.slice(table!.end)).toBe('《关于行业协会的反垄断指南（征求意见国家市场监督管理总局2023.05.15');
  });

  it('reads a list of policies: a province, the title, what it says (sentences, several), the date (区块链白皮书, offset 650124)', () => {
    const text =
      '表4地方相关政策梳理省份文件名称政策要点发布时间重庆《重庆市金融改革发展“十四五”规划》积极推进西部数字资产交易中心建设，建立大数据产权交易和自律机制。2022年1月' +
      '北京《北京市数字消费能级提升工作方案》完善数字内容产权保护机制。探索数字资产确权规则。2022年6月来源：中国信息通信研究院（三）技术创新驱动监管优化升级';
    const [table, ...more] = documentListTables(text);
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      ['省份', '文件名称', '政策要点', '发布时间'],
      ['重庆', '《重庆市金融改革发展“十四五”规划》', '积极推进西部数字资产交易中心建设，建立大数据产权交易和自律机制。', '2022年1月'],
      ['北京', '《北京市数字消费能级提升工作方案》', '完善数字内容产权保护机制。探索数字资产确权规则。', '2022年6月'],
    ]);
    expect(text.slice(table!.end)).toBe('来源：中国信息通信研究院（三）技术创新驱动监管优化升级');
  });

  it('ends a last column of sentences where the next row opens, by its issuer and date where its title does not read; the table ends before that row (数字乡村发展实践白皮书, offset 499741)', () => {
    const text =
      '印发部门发布时间政策文件政策内容农业农村部等2部门2019年12月《数字农业农村发展规划（2019—2025年）》对新时期推进数字农业农村建设的总体思路、发展目标、重点任务作出明确部署。' +
      '科技部等7部门2020年7月《关于加强农业科技社会化服务体系建设的若干意见》提出加快构建开放竞争、多元互补、协同高效的农业科技社会化服务体系。' +
      '中央农办等7部门2020年7月《关于扩大农业农村有效投资加快补上“三农”领域突出短板的意见》提出智慧农业和数字乡村建设工程。' +
      // A page break cut this title: its 》 stands after the text of its row.
      '商务部等17部门2021年6月《关于加强县域商业体系建设促进农村消费的提出实施“数商兴农”工程。意见》工业和信息化部等7部门2021年7月';
    const [table, ...more] = documentListTables(text);
    expect(more).toEqual([]);
    expect(table!.rows.map((r) => r.slice(0, 3))).toEqual([
      ['印发部门', '发布时间', '政策文件'],
      ['农业农村部等2部门', '2019年12月', '《数字农业农村发展规划（2019—2025年）》'],
      ['科技部等7部门', '2020年7月', '《关于加强农业科技社会化服务体系建设的若干意见》'],
      ['中央农办等7部门', '2020年7月', '《关于扩大农业农村有效投资加快补上“三农”领域突出短板的意见》'],
    ]);
    expect(table!.rows[2]![3]).toBe('提出加快构建开放竞争、多元互补、协同高效的农业科技社会化服务体系。');
    // The next row's issuer and date end the row before it though its title does not read; that row stays text.
    expect(table!.rows[3]![3]).toBe('提出智慧农业和数字乡村建设工程。');
    expect(text.slice(table!.end)).toMatch(/^商务部等17部门/u);
  });

  it('ends a last column of words where the next row’s title opens, and reads no table where words end a row and open the next', () => {
    const text = '名称发文字号发布日期《甲法》主席令第4号2023.04.26《乙法》国务院令第760号2023.04.27。其后的正文。';
    expect(documentListTables(text)[0]!.rows.slice(1)).toEqual([
      ['《甲法》', '主席令第4号', '2023.04.26'],
      ['《乙法》', '国务院令第760号', '2023.04.27'],
    ]);
    // The last row's number ends where a credit follows (or the text ends): a sentence after it would run on.
    const numberLast = '名称发布日期发文字号《甲法》2023.04.26主席令第4号《乙法》2023.04.27国务院令第760号来源：中国信息通信研究院';
    const [table] = documentListTables(numberLast);
    expect(table!.rows.slice(1)).toEqual([
      ['《甲法》', '2023.04.26', '主席令第4号'],
      ['《乙法》', '2023.04.27', '国务院令第760号'],
    ]);
    expect(numberLast.slice(table!.end)).toBe('来源：中国信息通信研究院');
    // `主席令第4号` then `部门规章《丙法》`: where the number ends and the level begins does not show.
    expect(documentListTables('效力位阶名称发文字号法律《甲法》主席令第4号部门规章《丙法》国务院令第760号。')).toEqual([]);
  });

  it('keeps the columns’ names out of a cell, and reads no header that names a kind twice but dates', () => {
    // Left-over page text before the names printed again ends the table rather than fill a province's cell.
    const text = '省份文件名称政策要点发布时间重庆《重庆市规划》积极推进建设。2022年1月陕西《陕西省规划》积极拓展应用。2022年4月12区块链白皮书省份文件名称政策要点发布时间北京《北京市方案》完善机制。2022年6月';
    const [table] = documentListTables(text);
    expect(table!.rows.map((r) => r[0])).toEqual(['省份', '重庆', '陕西']);
    expect(text.slice(table!.end)).toMatch(/^12区块链白皮书/u);
    expect(documentListTables('名称文件名称发布时间《甲法》《乙法》2022年1月《丙法》《丁法》2022年2月')).toEqual([]);
  });

  it('accounts for every character between a table’s start and end: cells, the names, the names printed again', () => {
    const text =
      '效力位阶名称发文字号发布日期实施日期法律《反间谍法（2023年修订）》中华人民共和国主席令第4号2023.04.262023.07.01行政法规《商用密码管理条例（2023年修订）》国务院令第760号2023.04.272023.07.01' +
      '效力位阶名称发文字号发布日期实施日期《关于推动在线旅游市场高质量发展的意见》文旅市场发〔2023〕41号2023.03.24正文。';
    const [table] = documentListTables(text);
    const printed = [...table!.rows.flat(), ...(table!.repeatedHeaders ?? [])].join('');
    expect([...printed].sort()).toEqual([...text.slice(table!.at, table!.end)].sort());
  });

  it('reads titles printed without 《》 to the kind of document they end with, its version or years after it (数字乡村发展实践白皮书, offset 498634, abridged)', () => {
    const unbracketed =
      '印发部门发布时间政策文件政策内容中共中央办公厅国务院办公厅2019年5月数字乡村发展战略纲要着力发挥信息技术创新的扩散效应。中共中央国务院2021年2月关于全面推进乡村振兴加快农业农村现代化的意见强化现代农业科技和物质装备支撑。' +
      '中央网信办7部门2021年7月数字乡村建设指南1.0提出了数字乡村建设的总体参考架构。中央网信办等10部门2022年1月数字乡村发展行动计划（2022-2025年）推动农业生产信息化水平稳步提升。';
    const [table] = documentListTables(unbracketed);
    expect(table!.rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['中共中央办公厅国务院办公厅', '2019年5月', '数字乡村发展战略纲要'],
      ['中共中央国务院', '2021年2月', '关于全面推进乡村振兴加快农业农村现代化的意见'],
      ['中央网信办7部门', '2021年7月', '数字乡村建设指南1.0'],
      ['中央网信办等10部门', '2022年1月', '数字乡村发展行动计划（2022-2025年）'],
    ]);
  });

  it('reads no table whose titles show no end: neither in 《》 nor ending with a kind of document (made up), nor a row alone', () => {
    const unended = '印发部门发布时间政策文件政策内容国务院2019年5月数字乡村发展战略着力发挥信息技术创新的扩散效应。国务院2021年2月乡村振兴行动强化现代农业科技支撑。';
    expect(documentListTables(unended)).toEqual([]);
    expect(documentListTables('省份文件名称政策要点发布时间重庆《重庆市金融改革发展“十四五”规划》积极推进西部数字资产交易中心建设。2022年1月')).toEqual([]);
  });
});
