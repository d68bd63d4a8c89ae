import { describe, expect, it } from 'vitest';
import { answerSpaced, dashListApart, notesApart, shareholderTitleApart, withFilingNotesApart, withFormAnswersApart, headerFieldsSpaced, holderCountsApart } from '../../../scripts/ingest/collection/filing-notes.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

const paragraph = (text: string): Extract<Block, { type: 'paragraph' }> => ({ type: 'paragraph', text, line: 1 });
const shown = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? [b.text, !!b.caption] : [b.type]));

// The strings are the collection's own (offsets given).
describe('notesApart', () => {
  it('sets each note apart from the sentence it runs on from, and from the note before it (2022 annual summary, offset 305402)', () => {
    const text = '努力实现主营业务收入稳健增长、利润双位数增长、净资产收益率持续提升的目标。注1：剔除2008年公司出售CDMA网络一次性收益后，归属于母公司净利润规模创上市以来新高。注2：指2022年11月1日至2023年3月7日累计成交量注3：数据来自中国信息通信研究院';
    expect(shown(notesApart(paragraph(text)))).toEqual([
      ['努力实现主营业务收入稳健增长、利润双位数增长、净资产收益率持续提升的目标。', false],
      ['注1：剔除2008年公司出售CDMA网络一次性收益后，归属于母公司净利润规模创上市以来新高。', true],
      // The third runs on from the second's last word: cut where the number after it opens a note.
      ['注2：指2022年11月1日至2023年3月7日累计成交量', true],
      ['注3：数据来自中国信息通信研究院', true],
    ]);
  });

  it('takes a note attached to its paragraph (`附注1：`) and one after a figure, but no word ending in its label (2020 annual summary, offset 361660)', () => {
    expect(shown(notesApart(paragraph('为股东、客户和社会创造更大价值。注1：反映了加回财务费用、所得税的净利润。')))).toEqual([
      ['为股东、客户和社会创造更大价值。', false],
      ['注1：反映了加回财务费用、所得税的净利润。', true],
    ]);
    expect(shown(notesApart(paragraph('资产负债率由45.7%变化至43.1%。附注1:自由现金流反映了扣除资本开支的经营现金流。')))).toEqual([
      ['资产负债率由45.7%变化至43.1%。', false],
      ['附注1:自由现金流反映了扣除资本开支的经营现金流。', true],
    ]);
    // `备注：` (a white paper's note, page-notes.ts) and `关注：` are no filing note.
    const plain = paragraph('需重点关注：数据安全。');
    expect(notesApart(plain)).toEqual([plain]);
  });

  it('takes a first numbered note after a table’s last cell or a figure’s title (2022 third quarter offset 318884, 2020 annual summary 355173, 2022 annual summary 298248)', () => {
    expect(shown(notesApart(paragraph('前10名股东及前10名无限售股东参与融资融券及转融通业务情况说明（如有）不适用注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司提供的合并普通账户和融资融券信用账户股东名册的前十大股东信息。')))).toEqual([
      ['前10名股东及前10名无限售股东参与融资融券及转融通业务情况说明（如有）不适用', false],
      ['注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司提供的合并普通账户和融资融券信用账户股东名册的前十大股东信息。', true],
    ]);
    expect(shown(notesApart(paragraph('中央汇金资产管理有限责任公司0288,488,3000.90无0未知注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司。')))).toEqual([
      ['中央汇金资产管理有限责任公司0288,488,3000.90无0未知', false],
      ['注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司。', true],
    ]);
    expect(shown(notesApart(paragraph('4.2公司与控股股东之间的产权及控制关系的方框图注:1.数据截至2022年12月底2.公司引入战略投资者2017年通过非公开发行及老股转让取得股份共约109亿股')))).toEqual([
      ['4.2公司与控股股东之间的产权及控制关系的方框图', false],
      ['注:1.数据截至2022年12月底2.公司引入战略投资者2017年通过非公开发行及老股转让取得股份共约109亿股', true],
    ]);
    // Numbered notes under one label are a caption each, the next number after a sentence's end (2020 half-year summary, offset 369535).
    expect(shown(notesApart(paragraph('表决权恢复的优先股股东及持股数量的说明不适用注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司（简称“中国结算”）提供的股东名册。2.前十名无限售条件股东中，包含中国国有企业结构调整基金股份有限公司（简称“结构调整基金”）。公司控股股东中国联合网络通信集团有限公司于2017年11月底向结构调整基金完成协议转让1,899,764,201股本公司股份。')))).toEqual([
      ['表决权恢复的优先股股东及持股数量的说明不适用', false],
      ['注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司（简称“中国结算”）提供的股东名册。', true],
      ['2.前十名无限售条件股东中，包含中国国有企业结构调整基金股份有限公司（简称“结构调整基金”）。公司控股股东中国联合网络通信集团有限公司于2017年11月底向结构调整基金完成协议转让1,899,764,201股本公司股份。', true],
    ]);
    // Known limit: a number after a figure or a date is not taken for the next note's (`…12月底2.公司…`, printed as note 2, stays in note 1).
    expect(notesApart(paragraph('方框图注:1.数据截至2022年12月底2.公司引入战略投资者')).map((b) => b.text)).toEqual(['方框图', '注:1.数据截至2022年12月底2.公司引入战略投资者']);
    // A word the label ends (`关注：1.`, `备注：1.`), a note inside brackets and a decimal (`投注：1.5亿元`) open no note.
    for (const text of ['需重点关注：1.数据安全。', '见备注：1.说明。', '收入增长（注：1.不含转售收入）。', '公司投注：1.5亿元。']) expect(notesApart(paragraph(text)), text).toEqual([paragraph(text)]);
  });

  it('leaves captions and other blocks as they are', () => {
    const caption: Block = { ...paragraph('单位：元币种：人民币'), caption: true };
    const table: Block = { type: 'table', rows: [['项目', '本期金额']], line: 1, rowLines: [1] };
    expect(withFilingNotesApart([caption, table])).toEqual([caption, table]);
  });
});

describe('withNumberedStatementsApart', () => {
  it('sets numbered statements of one sentence each apart as a list, after their label, joining a paragraph cut between two (2022 third-quarter report)', async () => {
    const { withNumberedStatementsApart } = await import('../../../scripts/ingest/collection/filing-notes.ts');
    const blocks: Block[] = [
      paragraph('上述股东关联关系或一致行动的说明1.中国联合网络通信集团有限公司为本公司控股股东。'),
      paragraph('2.本公司未知前十名股东之间是否存在《上海证券交易所股票上市规则》规定的关联关系。3.本公司未知前十名无限售条件股东之间是否存在关联关系。前10名股东及前10名无限售股东参与融资融券及转融通业务情况说明（如有）不适用'),
    ];
    expect(withNumberedStatementsApart(blocks)).toEqual([
      paragraph('上述股东关联关系或一致行动的说明'),
      { type: 'list', marker: '', line: 1, items: ['1.中国联合网络通信集团有限公司为本公司控股股东。', '2.本公司未知前十名股东之间是否存在《上海证券交易所股票上市规则》规定的关联关系。', '3.本公司未知前十名无限售条件股东之间是否存在关联关系。'] },
      paragraph('前10名股东及前10名无限售股东参与融资融券及转融通业务情况说明（如有）不适用'),
    ]);
  });

  it('leaves numbered parts of several sentences, a single statement and section numbers as they are (the 2020 annual summary’s layout)', async () => {
    const { withNumberedStatementsApart } = await import('../../../scripts/ingest/collection/filing-notes.ts');
    const parts = [paragraph('第三部分：财务情况讨论与分析1．概述2020年公司持续深化实施聚焦战略，实现营业收入人民币3,038.4亿元。截至2020年底，公司资产负债率为43.1%。2．营业收入2020年公司营业收入实现人民币3,038.4亿元。')];
    expect(withNumberedStatementsApart(parts)).toEqual(parts);
    const single = [paragraph('说明1.中国联合网络通信集团有限公司为本公司控股股东。3.1近3年的主要会计数据')];
    expect(withNumberedStatementsApart(single)).toEqual(single);
  });
});

describe('withFormAnswersApart', () => {
  it('sets the exchange’s ticked boxes apart, a line of the form between the item’s name and its content (2020 annual summary)', () => {
    const blocks: Block[] = [
      paragraph('季度数据与已披露定期报告数据差异说明□适用√不适用'),
      paragraph('√适用□不适用联通运营公司现存公司债券报告期内兑付正常。'),
      { ...paragraph('√适用□不适用'), caption: true },
      paragraph('□适用√不适用'),
    ];
    expect(shown(withFormAnswersApart(blocks))).toEqual([
      ['季度数据与已披露定期报告数据差异说明', false],
      ['□适用√不适用', false],
      ['√适用□不适用', false],
      ['联通运营公司现存公司债券报告期内兑付正常。', false],
      ['√适用□不适用', true],
      ['□适用√不适用', false],
    ]);
  });

  it('leaves boxes ticked otherwise, or the words alone, in the text', () => {
    const text = '本项目不适用上述规定，适用范围另行说明。√适用√不适用';
    expect(shown(withFormAnswersApart([paragraph(text)]))).toEqual([[text, false]]);
  });
});

describe('headerFieldsSpaced', () => {
  it('sets a statement header line’s fields apart, the longer label whole (offset 323419)', () => {
    expect(headerFieldsSpaced('单位：元币种：人民币')).toBe('单位：元 币种：人民币');
    expect(headerFieldsSpaced('2022年1—9月编制单位：中国联合网络通信股份有限公司单位：元币种：人民币审计类型：未经审计')).toBe(
      '2022年1—9月 编制单位：中国联合网络通信股份有限公司 单位：元 币种：人民币 审计类型：未经审计',
    );
  });

  it('sets the signatures under a statement apart (offset ~323344)', () => {
    expect(headerFieldsSpaced('公司负责人：刘烈宏主管会计工作负责人：李玉焯会计机构负责人：王芳')).toBe('公司负责人：刘烈宏 主管会计工作负责人：李玉焯 会计机构负责人：王芳');
  });

  it('does not cut inside a label the list does not hold (made up: `计量单位：`)', () => {
    expect(headerFieldsSpaced('计量单位：万户币种：人民币')).toBe('计量单位：万户币种：人民币');
  });

  it('leaves a sentence that names a unit (made up), and a line of one field, as printed', () => {
    const sentence = '本公司按照规定披露，单位：元币种：人民币，下同。';
    expect(headerFieldsSpaced(sentence)).toBe(sentence);
    expect(headerFieldsSpaced('单位：股')).toBe('单位：股');
  });
});

describe('notesApart: numbered labels', () => {
  it('carries a note\'s label and number, the attached label closed by a full stop too (2019 half-year summary, offset ~419731)', () => {
    const text = '主要是受执行新租赁准则的影响。附注1.EBITDA反映了加回财务费用的净利润。';
    const notes = notesApart(paragraph(text));
    expect(notes.map((b) => [b.text, b.caption ?? false, b.captionLabel ?? null])).toEqual([
      ['主要是受执行新租赁准则的影响。', false, null],
      ['附注1.EBITDA反映了加回财务费用的净利润。', true, '附注1'],
    ]);
  });
});

describe('notesApart: notes numbered under one label', () => {
  it('cuts a paragraph opening with the label at each next number, a note opening with a quotation or a Latin term too, and numbers them (2022 third quarter, offset 320924)', () => {
    const text = '注：1.EBITDA反映了加回财务费用的净利润。由于电信业是资本密集型产业，故未必可与其他公司的类似指标作比较。2.“大联接”用户累计到达数=移动出账用户累计到达数+组网专线用户累计到达数。3.联通云收入为融合创新解决方案产生的云资源等收入。';
    expect(notesApart(paragraph(text)).map((b) => [b.text, b.caption ?? false, b.noteNumber ?? null])).toEqual([
      ['注：1.EBITDA反映了加回财务费用的净利润。由于电信业是资本密集型产业，故未必可与其他公司的类似指标作比较。', true, 1],
      ['2.“大联接”用户累计到达数=移动出账用户累计到达数+组网专线用户累计到达数。', true, 2],
      ['3.联通云收入为融合创新解决方案产生的云资源等收入。', true, 3],
    ]);
    // A note opening with a year (2022 third quarter, offset 318948).
    expect(notesApart(paragraph('说明（如有）不适用注：1.上表数据来源于中国证券登记结算有限责任公司。2.2021年3月，经董事会、监事会审议通过，公司回购A股股份。')).map((b) => [b.text, b.noteNumber ?? null])).toEqual([
      ['说明（如有）不适用', null],
      ['注：1.上表数据来源于中国证券登记结算有限责任公司。', 1],
      ['2.2021年3月，经董事会、监事会审议通过，公司回购A股股份。', 2],
    ]);
    // A decimal after a full stop opens no note (`。2.5亿元…`).
    expect(notesApart(paragraph('注：1.收入增长。2.5亿元来自新业务。')).map((b) => b.text)).toEqual(['注：1.收入增长。2.5亿元来自新业务。']);
  });
});

describe('dashListApart', () => {
  it('sets titles the form prints after a dash apart as a list, between the text up to the colon and the text after (2020 annual summary offset 367545, 2019 half-year 419987)', () => {
    const shown = (blocks: Block[]) => blocks.map((b) => (b.type === 'list' ? b.items : b.type === 'paragraph' ? b.text : b.type));
    expect(shown(dashListApart(paragraph('本集团于2020年生效的企业会计准则相关规定如下：-《企业会计准则解释第13号》(财会[2019]21号)(“解释第13号”)-《新冠肺炎疫情相关租金减让会计处理规定》(财会[2020]10号)具体影响详见财务报告。')))).toEqual([
      '本集团于2020年生效的企业会计准则相关规定如下：',
      ['《企业会计准则解释第13号》(财会[2019]21号)(“解释第13号”)', '《新冠肺炎疫情相关租金减让会计处理规定》(财会[2020]10号)'],
      '具体影响详见财务报告。',
    ]);
    expect(shown(dashListApart(paragraph('以下企业会计准则修订：-《企业会计准则第21号——租赁(修订)》(“新租赁准则”)-《关于修订印发2019年度一般企业财务报表格式的通知》(财会[2019]6号)；-《企业会计准则第7号——非货币性资产交换(修订)》(“准则7号(2019)”)公司自2019年1月1日起执行。')))).toEqual([
      '以下企业会计准则修订：',
      ['《企业会计准则第21号——租赁(修订)》(“新租赁准则”)', '《关于修订印发2019年度一般企业财务报表格式的通知》(财会[2019]6号)；', '《企业会计准则第7号——非货币性资产交换(修订)》(“准则7号(2019)”)'],
      '公司自2019年1月1日起执行。',
    ]);
    // A sentence's end right after the last item closes that item (made up, a review of the rules).
    expect(shown(dashListApart(paragraph('规定如下：-《企业会计准则解释第17号》(财会[2023]21号)-《企业数据资源相关会计处理暂行规定》(财会[2023]11号)。')))).toEqual([
      '规定如下：',
      ['《企业会计准则解释第17号》(财会[2023]21号)', '《企业数据资源相关会计处理暂行规定》(财会[2023]11号)。'],
    ]);
    // One title after a dash, or dashes inside a sentence, are no list.
    for (const text of ['规定如下：-《企业会计准则解释第13号》(财会[2019]21号)。', '增长5%-8%，《通知》-《办法》均已执行。']) expect(dashListApart(paragraph(text)), text).toEqual([paragraph(text)]);
  });
});

describe('answerSpaced', () => {
  it('sets a form item\'s answer apart from its name, as the counts print theirs (2020 half-year summary offset 369533, 2022 third quarter 318871)', () => {
    expect(answerSpaced('表决权恢复的优先股股东及持股数量的说明不适用')).toBe('表决权恢复的优先股股东及持股数量的说明 不适用');
    expect(answerSpaced('前10名股东及前10名无限售股东参与融资融券及转融通业务情况说明（如有）不适用')).toBe('前10名股东及前10名无限售股东参与融资融券及转融通业务情况说明（如有） 不适用');
    // A sentence, a ticked box, the answer alone or already apart stay as printed.
    for (const text of ['该事项对公司而言，不适用', '关于逾期债项的说明□适用√不适用', '不适用', '股东总数（户） 不适用', '上述规定不适用。']) expect(answerSpaced(text), text).toBe(text);
  });
});

describe('withFilingNotesApart: notes numbered under one label and what follows them', () => {
  it('goes on with the next note in the paragraph after, cut apart by a page\'s end (2020 half-year summary, offset 369715)', () => {
    const blocks = withFilingNotesApart([paragraph('说明不适用注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司。'), paragraph('2.前十名无限售条件股东中，包含结构调整基金。'), paragraph('2.4截止报告期末的优先股股东总数')]);
    expect(blocks.map((b) => (b.type === 'paragraph' ? [b.text, b.caption ?? false, b.noteNumber ?? null] : [b.type]))).toEqual([
      ['说明不适用', false, null],
      ['注：1.上表数据来源于中国证券登记结算有限责任公司上海分公司。', true, 1],
      ['2.前十名无限售条件股东中，包含结构调整基金。', true, 2],
      // A section's number is no note (`2.4`, a decimal's digits after the point).
      ['2.4截止报告期末的优先股股东总数', false, null],
    ]);
  });

  it('keeps a list a note\'s sentence introduces with its colon in the note (made up, a review of the rules)', () => {
    const text = '注：1.上述数据未经审计。其他收入主要包括：1.云计算收入，2.数据中心收入。2.数据来源于公司年报。';
    expect(notesApart(paragraph(text)).map((b) => [b.text, b.noteNumber ?? null])).toEqual([
      ['注：1.上述数据未经审计。其他收入主要包括：1.云计算收入，2.数据中心收入。', 1],
      ['2.数据来源于公司年报。', 2],
    ]);
  });

  it('ends the run where a labelled list of its own opens at 1 after a sentence (2020 annual summary, offset 355335)', () => {
    const text = '注：1.上表数据来源于中国结算。2.报告期内，限售股上市流通数量为9,037,354,292股。上述股东关联关系或一致行动的说明1.中国联合网络通信集团有限公司为本公司控股股东。2.本公司未知前十名股东之间是否存在关联关系。3.本公司未知前十名无限售条件股东之间是否存在关联关系。';
    expect(notesApart(paragraph(text)).map((b) => [b.text, b.caption ?? false, b.noteNumber ?? null])).toEqual([
      ['注：1.上表数据来源于中国结算。', true, 1],
      ['2.报告期内，限售股上市流通数量为9,037,354,292股。', true, 2],
      ['上述股东关联关系或一致行动的说明1.中国联合网络通信集团有限公司为本公司控股股东。2.本公司未知前十名股东之间是否存在关联关系。3.本公司未知前十名无限售条件股东之间是否存在关联关系。', false, null],
    ]);
  });
});

describe('withFilingNotesApart: a note the ingest cut for its length', () => {
  const cut = (text: string): Block => ({ ...paragraph(text), guessedBreak: true });

  it('goes on in the paragraph after a guessed break, up to the next note (2019 third-quarter report, offset 422727)', () => {
    const blocks = withFilingNotesApart([
      paragraph('未知注：1.上表数据来源于中国结算。2.前十名无限售条件股东中，包含中国国有企业结构调整基金股份有限公司（简称“结构调整基金”）。'),
      cut('根据双方《股份转让协议》相关约定，自交割日起36个月内，结构调整基金不得直接或间接转让此次协议转让股份。'),
    ]);
    expect(blocks.map((b) => (b.type === 'paragraph' ? [b.text, b.caption ?? false, b.noteNumber ?? null] : [b.type]))).toEqual([
      ['未知', false, null],
      ['注：1.上表数据来源于中国结算。', true, 1],
      ['2.前十名无限售条件股东中，包含中国国有企业结构调整基金股份有限公司（简称“结构调整基金”）。根据双方《股份转让协议》相关约定，自交割日起36个月内，结构调整基金不得直接或间接转让此次协议转让股份。', true, 2],
    ]);
  });

  it('goes on in a labelled note too, and the next note after the words stays its own (2020 first-quarter report, offset 389176)', () => {
    const blocks = withFilingNotesApart([
      paragraph('附注2：反映了加回财务费用、所得税的净利润。'),
      cut('由于电信业是资本密集型产业，资本开支可能对公司盈利产生重大影响。附注3：数据来自中国信息通信研究院'),
    ]);
    expect(blocks.map((b) => (b.type === 'paragraph' ? [b.text, b.caption ?? false] : [b.type]))).toEqual([
      ['附注2：反映了加回财务费用、所得税的净利润。由于电信业是资本密集型产业，资本开支可能对公司盈利产生重大影响。', true],
      ['附注3：数据来自中国信息通信研究院', true],
    ]);
  });

  it('leaves a paragraph the source sets apart (a kept indent, no guessed break) after the note', () => {
    const blocks = withFilingNotesApart([paragraph('注：上述非融资性担保金额为发生额。'), paragraph('特此公告。')]);
    expect(blocks.map((b) => (b.type === 'paragraph' ? [b.text, b.caption ?? false] : [b.type]))).toEqual([
      ['注：上述非融资性担保金额为发生额。', true],
      ['特此公告。', false],
    ]);
  });
});

describe('shareholderTitleApart', () => {
  it('sets the title of the shareholders\' table apart as its caption where the last sentence runs into it (2019 third-quarter report, offset 422727)', () => {
    const parts = shareholderTitleApart({ ...paragraph('根据双方《股份转让协议》相关约定，结构调整基金不得转让此次协议转让股份。前十名无限售条件股东持股情况'), guessedBreak: true });
    expect(parts.map((b) => [b.text, b.caption ?? false, b.guessedBreak ?? false])).toEqual([
      ['根据双方《股份转让协议》相关约定，结构调整基金不得转让此次协议转让股份。', false, true],
      ['前十名无限售条件股东持股情况', true, false],
    ]);
  });

  it('makes a title alone a caption, and leaves a sentence naming the table inside its words', () => {
    expect(shareholderTitleApart(paragraph('前10名无限售条件股东持股情况')).map((b) => [b.text, b.caption ?? false])).toEqual([['前10名无限售条件股东持股情况', true]]);
    expect(shareholderTitleApart(paragraph('下表列示前10名股东持股情况')).map((b) => [b.text, b.caption ?? false])).toEqual([['下表列示前10名股东持股情况', false]]);
  });
});

describe('notesApart: a note numbered with its own label', () => {
  it('opens no run of notes numbered under one label (`注：1.…2.…`): it runs to its paragraph\'s end (made up from the 2020 annual summary)', () => {
    const text = '净利润增长。附注1.EBITDA反映了加回财务费用的净利润。2.资本开支情况公司全年资本开支为人民币700亿元。';
    expect(notesApart(paragraph(text)).map((b) => [b.text, b.caption ?? false])).toEqual([
      ['净利润增长。', false],
      ['附注1.EBITDA反映了加回财务费用的净利润。2.资本开支情况公司全年资本开支为人民币700亿元。', true],
    ]);
  });
});

describe('holderCountsApart', () => {
  it('sets the counts of shareholders apart, a line each, between their unit line and the table\'s title (2022 third quarter, offset ~317474)', () => {
    const text = '单位：股报告期末普通股股东总数553,429报告期末表决权恢复的优先股股东总数（如有）不适用前10名股东持股情况';
    expect(holderCountsApart(paragraph(text)).map((b) => [b.text, b.caption ?? false])).toEqual([
      ['单位：股', true],
      ['报告期末普通股股东总数 553,429', false],
      ['报告期末表决权恢复的优先股股东总数（如有） 不适用', false],
      ['前10名股东持股情况', true],
    ]);
    // A label that is the count's word alone (the 2020 first quarter: `单位：股股东总数（户）655,091前十名股东持股情况`).
    expect(holderCountsApart(paragraph('单位：股股东总数（户）655,091前十名股东持股情况')).map((b) => b.text)).toEqual(['单位：股', '股东总数（户） 655,091', '前十名股东持股情况']);
  });

  it('leaves a paragraph that holds more than the counts as printed (made up)', () => {
    const text = '截至报告期末，本公司普通股股东总数553,429户，较上年末有所增加。';
    expect(holderCountsApart(paragraph(text))).toEqual([paragraph(text)]);
  });
});
