// Fixtures are excerpts of news-and-white-papers.txt (source 003), shortened where marked with ….
import { describe, expect, it } from 'vitest';
import { segmentCollection, titleOf, dateOf } from '../../../scripts/ingest/collection/segment.ts';
import type { RemovalLog } from '../../../scripts/ingest/types.ts';

const filler = (n: number) => '中国联通持续推进网络建设。'.repeat(n);

/** The documents' titles, once their texts are checked to make up the whole text again. */
function titlesOf(text: string): string[] {
  const { docs } = segmentCollection(text, {});
  expect(docs.map((d) => d.text).join('')).toBe(text);
  return docs.map((d) => d.title);
}

describe('segmentCollection', () => {
  it('starts a news article at its headline, read back from its source line (offset 77495)', () => {
    const text = `${filler(30)}也为天津分公司的持续健康发展奠定了坚实的思想基础。南方暴雨来袭中国联通全力保障通信网络畅通文章来源：中国联合网络通信集团有限公司发布时间：2024-06-19近期，我国南方大部降雨不断。${filler(30)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs).toHaveLength(2);
    expect(docs[1]).toMatchObject({ title: '南方暴雨来袭中国联通全力保障通信网络畅通', kind: 'news', date: '2024-06-19' });
    expect(docs.map((d) => d.text).join('')).toBe(text);
  });

  it('ends an article at a reprint\'s credits (责编, 原标题, 文/), and reads a dateline at a part of the day (晚) (made up: a review\'s next-year reprints)', () => {
    const a = '陕西联通5G-A网络点亮大唐不夜城3月1日，陕西联通完成大唐不夜城5G-A网络覆盖。';
    const b = '福建联通护航数字中国建设峰会3月2日，福建联通全面完成峰会通信保障任务。';
    const c = '中国联通举办2025年春季新品发布会3月12日晚，中国联通在北京举办2025年春季新品发布会。';
    const text = `${filler(30)}${a}${filler(30)}（原标题：5G-A点亮大唐不夜城）${b}${filler(30)}（责编：王五）${c}${filler(30)}（文/张三）${b}${filler(30)}`;
    expect(titlesOf(text).slice(1)).toEqual(['陕西联通5G-A网络点亮大唐不夜城', '福建联通护航数字中国建设峰会', '中国联通举办2025年春季新品发布会', '福建联通护航数字中国建设峰会']);
  });

  it('ends an article at an editor\'s credit printed without brackets, a name of two or three characters (made up)', () => {
    const a = '陕西联通5G-A网络点亮大唐不夜城3月1日，陕西联通完成大唐不夜城5G-A网络覆盖。';
    const b = '福建联通护航数字中国建设峰会3月2日，福建联通全面完成峰会通信保障任务。';
    const c = '中国联通举办2025年春季新品发布会3月12日晚，中国联通在北京举办2025年春季新品发布会。';
    const text = `${filler(30)}${a}${filler(30)}责任编辑：王五${b}${filler(30)}编辑：王小明${c}${filler(30)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs.map((d) => d.title).slice(1)).toEqual(['陕西联通5G-A网络点亮大唐不夜城', '福建联通护航数字中国建设峰会', '中国联通举办2025年春季新品发布会']);
    // The credit stays with the article it closes.
    expect(docs[1]!.text.endsWith('。责任编辑：王五')).toBe(true);
  });

  it('reads a passage\'s label in square brackets as no series banner, and a credit in them as an article\'s end (made up)', () => {
    const a = '江西联通：数字乡村建设跑出加速度近日，江西联通数字乡村平台覆盖全省一万余个行政村。';
    const extended = '【延伸阅读】数字乡村是乡村振兴的战略方向，也是建设数字中国的重要内容。';
    const b = '辽宁联通完成冬季网络保障3月5日，辽宁联通完成冬季网络保障任务。';
    const text = `${filler(30)}${a}${filler(20)}${extended}${filler(20)}【责任编辑：赵六】${b}${filler(30)}`;
    expect(titlesOf(text).slice(1)).toEqual(['江西联通：数字乡村建设跑出加速度', '辽宁联通完成冬季网络保障']);
  });

  it('reads no headline in a roundup\'s branch paragraph nor in a rhetorical question opening with 这, and a dateline over two months (made up)', () => {
    const roundup = '中国联通全力做好春运通信保障近日，中国联通各省公司全力做好春运通信保障。北京联通：在北京西站、北京南站等重点站点开通5G基站，保障旅客通信畅通。上海联通：在虹桥枢纽部署应急通信车，全力保障通信。';
    const question = '。这项技术究竟能给农民带来哪些实实在在的好处？近日，记者走进河南联通数字乡村示范基地。';
    const twoMonths = '中国联通护航全国两会2月28日至3月2日，中国联通完成全国两会通信保障演练。';
    const text = `${filler(30)}${roundup}${filler(20)}${question}${filler(20)}${twoMonths}${filler(30)}`;
    expect(titlesOf(text).slice(1)).toEqual(['中国联通全力做好春运通信保障', '中国联通护航全国两会']);
  });

  it('starts an article at a headline naming Unicom right before a news agency\'s dateline (made up: `人民网北京3月7日电`)', () => {
    const a = '中国联通5G-A用户规模突破千万人民网北京3月7日电（记者张三）中国联通7日宣布，其5G-A用户规模突破一千万户。';
    const b = '中国联通发布算力网络新成果新华社北京3月8日电中国联通8日发布算力网络新成果。';
    expect(titlesOf(`${filler(30)}${a}${filler(30)}${b}${filler(30)}`).slice(1)).toEqual(['中国联通5G-A用户规模突破千万', '中国联通发布算力网络新成果']);
  });

  it('reads a dateline that gives the hour (made up: `3月12日上午9时，`, `1月7日9时5分，`)', () => {
    const a = '中国联通召开2025年工作会议3月12日上午9时，中国联通2025年工作会议在北京召开。';
    const b = '西藏联通全力抗震救灾1月7日9时5分，西藏日喀则市定日县发生6.8级地震，西藏联通第一时间启动应急预案。';
    expect(titlesOf(`${filler(30)}${a}${filler(30)}${b}${filler(30)}`).slice(1)).toEqual(['中国联通召开2025年工作会议', '西藏联通全力抗震救灾']);
  });

  it('leaves a source line\'s other credits out of the headline before it (made up: `来源：人民网发布时间：…`)', () => {
    const a = '数字中国建设峰会开幕中国联通展示算力网络最新成果来源：人民网发布时间：2025-03-06近日，第八届数字中国建设峰会在福州开幕。';
    const b = '中国联通发布算力网络新成果作者：张三来源：中国联通发布时间：2025-03-07近日，中国联通发布算力网络新成果。';
    const { docs } = segmentCollection(`${filler(30)}${a}${filler(30)}${b}${filler(30)}`, {});
    expect(docs.slice(1)).toMatchObject([
      { title: '数字中国建设峰会开幕中国联通展示算力网络最新成果', date: '2025-03-06' },
      { title: '中国联通发布算力网络新成果', date: '2025-03-07' },
    ]);
  });

  it('reads a source line dated by 发布日期 or with slashes (made up: other sites print these)', () => {
    const a = '中国联通发布算力网络新成果文章来源：中国联合网络通信集团有限公司发布日期：2025/06/20近日，中国联通发布算力网络新成果。';
    const b = '江苏联通全力护航高考文章来源：江苏联通发布时间：2025.06.07近日，江苏联通启动高考通信保障。';
    const text = `${filler(30)}${a}${filler(30)}${b}${filler(30)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs.slice(1)).toMatchObject([
      { title: '中国联通发布算力网络新成果', kind: 'news', date: '2025-06-20' },
      { title: '江苏联通全力护航高考', kind: 'news', date: '2025-06-07' },
    ]);
    expect(docs.map((d) => d.text).join('')).toBe(text);
    // A month or day of one digit (a review's example); a day of two digits stays whole before a time.
    expect(dateOf('文章来源：中国联通发布日期：2025/6/2近日，中国联通发布新成果。')).toBe('2025-06-02');
    expect(dateOf('文章来源：中国联通发布时间：2024-06-1910:30近日，中国联通发布新成果。')).toBe('2024-06-19');
    // A notice an article quotes, dated in words, is no source line (a review's example).
    const quoted = '该项目已面向社会公开招标，招标公告发布日期：2024年6月1日，投标截止日期为6月20日。';
    expect(segmentCollection(`${filler(30)}${quoted}${filler(30)}`, {}).docs).toHaveLength(1);
  });

  it('starts an article at a group or provincial headline with no source line, not at a city sub-heading (offsets 172362, 66166)', () => {
    const a = '中国联通：坚持“学在深处谋在新处干在实处”推动主题教育落地落实学习贯彻习近平新时代中国特色社会主义思想主题教育开展以来，中国联通党组认真学习贯彻习近平总书记重要讲话精神。';
    const b = '广东联通：“三力齐发”推动学习贯彻党的十九届六中全会精神走深走实广东联通党委在深入学习宣传贯彻党的十九届六中全会精神的过程中，展现出了高度的政治责任感。';
    const city = '广州联通：红色宣讲团点亮基层一线在广州，联通广州分公司积极响应号召。';
    const text = `${filler(30)}${a}${filler(30)}${b}${filler(30)}${city}${filler(10)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs.map((d) => d.title)).toEqual([
      expect.any(String),
      '中国联通：坚持“学在深处谋在新处干在实处”推动主题教育落地落实',
      '广东联通：“三力齐发”推动学习贯彻党的十九届六中全会精神走深走实',
    ]);
    expect(docs[2]!.text).toContain(city);
    expect(docs.map((d) => d.text).join('')).toBe(text);
  });

  it('starts an article at a headline naming Unicom right before a quotation opening the body (offset 120375)', () => {
    const headline = '用得起、用得好、用得放心中国联通发力提升国际漫游用户感知“世界很大，我想去看看。”随着全球化的发展，国人出国出境旅游出差越来越多。';
    expect(titlesOf(`${filler(30)}${headline}${filler(30)}`)).toEqual([expect.any(String), '用得起、用得好、用得放心中国联通发力提升国际漫游用户感知']);
  });

  it('keeps a short exclamation a headline opens with, after a full stop, in its title (offset 243601)', () => {
    const headline = '荣誉+10！中国联通多项创新成果再获业界认可日前，由中国信息通信研究院主办的“2023云边协同大会”在北京召开。';
    // After another exclamation the words end a speech: the next headline starts after them.
    const speech = '作出新的更大贡献！谢谢大家！中国联通携手4位顶尖院士共筑大数据创新高地7月20日，中国联通生态合作伙伴大会在上海举办。';
    expect(titlesOf(`${filler(30)}${headline}${filler(30)}${speech}${filler(30)}`)).toEqual([expect.any(String), '荣誉+10！中国联通多项创新成果再获业界认可', '中国联通携手4位顶尖院士共筑大数据创新高地']);
  });

  it('starts a profile at its headline, a name and a colon, where the body opens with the name again (offset 27284)', () => {
    const profile = '郭华：入选“中国好人榜”的重保楷模郭华，北京联通北京市分公司的优秀员工，近日又一次投入到CBA2023-2024赛季转播保障的工作中。';
    // A sub-heading with a colon inside an article is not one: its body does not open with its first words.
    const inside = '一、强健“双培养一输送”机制：实践与成效近年来，北区领导班子深入贯彻“双培养一输送”机制。';
    expect(titlesOf(`${filler(30)}${profile}${filler(30)}${inside}${filler(10)}`)).toEqual([expect.any(String), '郭华：入选“中国好人榜”的重保楷模']);
  });

  it('starts a results report at its running header, removes the headers and names it (offset 315940)', () => {
    const report = `中国联合网络通信股份有限公司2022年第三季度报告1/16证券代码：600050证券简称：中国联通中国联合网络通信股份有限公司2022年第三季度报告一、主要财务数据${filler(20)}中国联合网络通信股份有限公司2022年第三季度报告2/16本报告期末比上年度末增减变动幅度${filler(20)}`;
    const removed: RemovalLog = {};
    const { docs } = segmentCollection(`${filler(30)}${report}`, removed);
    expect(docs[1]!.title).toBe('中国联合网络通信股份有限公司2022年第三季度报告');
    expect(docs[1]!.kind).toBe('results');
    expect(docs[1]!.text).not.toContain('报告2/16');
    expect(docs[1]!.text).toContain('中国联合网络通信股份有限公司2022年第三季度报告一、主要财务数据');
    expect(removed['running-header']!.samples).toEqual(['中国联合网络通信股份有限公司2022年第三季度报告1/16', '中国联合网络通信股份有限公司2022年第三季度报告2/16']);
  });

  it('gives a document the page number 1 printed right before its title, taken out and counted (offset 390937)', () => {
    const end = `□适用√不适用公司名称中国联合网络通信股份有限公司法定代表人王晓初日期2020年4月22日`;
    const board = `中国联合网络通信股份有限公司董事会审计委员会2020年度履职报告一、董事会审计委员会履职情况（一）审计委员会基本情况报告期内，公司董事会审计委员会由5名董事组成。${filler(20)}`;
    const removed: RemovalLog = {};
    const { docs } = segmentCollection(`${filler(30)}${end}1${board}`, removed);
    expect(docs.map((d) => d.start)).toEqual([0, filler(30).length + end.length]);
    expect(docs[0]!.text.endsWith('日期2020年4月22日')).toBe(true);
    expect(docs[1]!.text.startsWith('中国联合网络通信股份有限公司董事会审计委员会')).toBe(true);
    expect(removed['page-number']!.samples).toEqual(['1']);
  });

  it('finds a white paper by its cover and drops its running footers mid-sentence (offset 438460)', () => {
    const paper = `中国信息通信研究院2023年12月中国5G发展和经济社会影响白皮书(2023年)No.202323版权声明本白皮书版权属于中国信息通信研究院。${filler(20)}其中山东、广东、安徽、河南以中国5G发展和经济社会影响白皮书（2023年）2及湖北五个省份均实现政策全覆盖。${filler(20)}`;
    const { docs } = segmentCollection(`${filler(30)}${paper}`, {});
    expect(docs[1]).toMatchObject({ title: '中国5G发展和经济社会影响白皮书（2023年）', kind: 'white-paper', date: '2023-12' });
    expect(docs[1]!.text).toContain('河南以及湖北五个省份');
  });

  it('reads a headline quoting a white paper’s title as news, not as the paper (made up)', () => {
    const news = '中国联通发布《算力网络白皮书（2024年）》近日，中国联通在北京发布算力网络白皮书。';
    const { docs } = segmentCollection(`${filler(30)}${news}${filler(30)}`, {});
    expect(docs[1]).toMatchObject({ title: '中国联通发布《算力网络白皮书（2024年）》', kind: 'news' });
  });

  it('publishes an article printed twice once, and keeps what follows each copy', () => {
    const article = `以高质量发展铸造更畅通的“信息丝绸之路”中国联通四大举措服务“一带一路”建设发布时间：2019-04-26发布人：集团公司办公厅${filler(100)}`;
    const text = `${filler(30)}。${article}浙江联通：用好“三图”打造名片${filler(30)}。${article}吉林联通开展四项行动${filler(30)}`;
    const removed: RemovalLog = {};
    const { docs, duplicates } = segmentCollection(text, removed);
    expect(duplicates).toHaveLength(1);
    expect(docs.filter((d) => d.title.startsWith('以高质量发展'))).toHaveLength(1);
    expect(docs.some((d) => d.text.startsWith('浙江联通'))).toBe(true);
    expect(docs.some((d) => d.text.startsWith('吉林联通'))).toBe(true);
    expect(removed['duplicate-document']!.count).toBe(1);
  });

  it('reads a copy past a stray character the other copy lacks, so the article\'s tail is printed once (算网筑基…, offsets 86743 and 230839)', () => {
    const head = `以高质量发展铸造更畅通的“信息丝绸之路”中国联通四大举措服务“一带一路”建设发布时间：2019-04-26发布人：集团公司办公厅${filler(100)}打造智算产品，提供差异化的智算服务`;
    const tail = '针对集中训练场景，推出AICC算力集群产品。针对一站式开发场景，推出AICP算力平台产品。未来将继续坚持产品创新，为高质量发展蓄势赋能。';
    const text = `${filler(30)}。${head}${tail}浙江联通：用好“三图”打造名片${filler(30)}。${head}.${tail}吉林联通开展四项行动${filler(30)}`;
    const removed: RemovalLog = {};
    const { docs, duplicates } = segmentCollection(text, removed);
    expect(duplicates).toHaveLength(1);
    const article = docs.filter((d) => d.title.startsWith('以高质量发展'));
    expect(article).toHaveLength(1);
    expect(article[0]!.text.split('针对集中训练场景').length - 1).toBe(1);
    expect(docs.some((d) => d.text.includes('.针对'))).toBe(false);
    expect(docs.some((d) => d.text.startsWith('吉林联通'))).toBe(true);
    // The whole second copy, its stray character included, is counted as removed.
    expect(removed['duplicate-document']!.chars).toBe(head.length + 1 + tail.length);
  });
});

describe('titles and dates', () => {
  it('cuts a headline before the dateline that opens the body', () => {
    expect(titleOf('news', '算网筑基拥抱智能中国联通重磅发布最新智算成果赋能产业发展7月19日，2024中国联通合作伙伴大会')).toBe('算网筑基拥抱智能中国联通重磅发布最新智算成果赋能产业发展');
  });
  it('leaves a figure that the full stop closes to the body (联通云：不止步于云端, offset 252197)', () => {
    expect(titleOf('news', '联通云：不止步于云端187亿。这是联通云在8月8日中国联通2022年中期业绩中公布的一个数字。')).toBe('联通云：不止步于云端');
    // Only a figure the full stop closes: one inside the headline stays.
    expect(titleOf('news', '5G为煤炭综采工作面转型带来新愿景，煤炭行业作为重要细分。')).toBe('5G为煤炭综采工作面转型带来新愿景');
  });
  it('reads the date a document states as its own', () => {
    // A dateline: a full date opening the body right after the headline.
    expect(dateOf('标题2024年7月19日，会议召开', '标题')).toBe('2024-07-19');
    // A source line's date wins.
    expect(dateOf('标题发布时间：2019-04-26发布人：集团公司办公厅2020年1月1日起', '标题')).toBe('2019-04-26');
    // A story told in order from a past date opens with an event's date, not its own (offset 84724).
    expect(dateOf('标题2015年7月31日，北京携手张家口获得2022年冬奥会主办权。2017年12月26日，中国联通正式成为合作伙伴。', '标题')).toBeNull();
    // A dateline followed by an event announced for later stays the document's date.
    expect(dateOf('标题2024年7月19日，大会召开。会议宣布将于2024年9月1日启动。', '标题')).toBe('2024-07-19');
    // A reprint's last line names the periodical's issue: its year (offset 294330).
    expect(dateOf('标题郝鹏党的十八大以来……作出新的更大贡献。本文刊载于《求是》杂志2022年第13期', '标题')).toBe('2022');
    // A filing's sign-off, with the next page's number run on (offset 348935).
    expect(dateOf('…资性担保金额为发生额。特此公告。中国联合网络通信股份有限公司董事会2022年4月21日1', '', 'results')).toBe('2022-04-21');
    // A speech dated in brackets after its title (offset 210589).
    expect(dateOf('以数字化网络化智能化助力中国式现代化——2022年中国联通合作伙伴大会主旨演讲（2022年12月20日）尊敬的…', '以数字化网络化智能化助力中国式现代化——2022年中国联通合作伙伴大会主旨演讲（2022年12月20日）')).toBe('2022-12-20');
    expect(dateOf('没有日期')).toBeNull();
  });

  it('does not take the date of an event the text reports for the document’s (offsets 33510, 221922)', () => {
    expect(dateOf('三苏文化大数据库上线发布“一滴水可以见太阳”，这是2022年6月8日，习近平总书记来到四川省眉山市三苏祠时的重要讲话。2024年6月7日，三苏文化大数据库上线仪式在三苏祠博物馆隆重举行。', '三苏文化大数据库上线发布')).toBeNull();
    expect(dateOf('新华社：党建落到实处发展更显优势新华社北京10月10日电题：党建落到实处发展更显优势——2016年10月，全国国有企业党的建设工作会议召开', '新华社：党建落到实处发展更显优势')).toBeNull();
  });
});

describe('the collection’s first document', () => {
  it('is of the kind its cue or its opening says, not a series episode unless it opens with a series header (made up)', () => {
    const results = `中国联合网络通信股份有限公司2025年第一季度报告1/14证券代码：600050证券简称：中国联通${filler(30)}`;
    expect(segmentCollection(results, {}).docs.map((d) => [d.kind, d.title])).toEqual([['results', '中国联合网络通信股份有限公司2025年第一季度报告']]);
    const news = `中国联通：全力保障春运通信畅通1月14日，春运正式启动。${filler(30)}`;
    expect(segmentCollection(news, {}).docs.map((d) => d.kind)).toEqual(['news']);
    expect(segmentCollection(`【联通史话】${news}`, {}).docs.map((d) => d.kind)).toEqual(['series']);
  });
});

describe('results reports', () => {
  it('are cut at the standard section names they print, first occurrence each (2022 Q3 report, offset 315940)', async () => {
    const { reportHeadings } = await import('../../../scripts/ingest/collection/documents.ts');
    const text = '证券代码：600050证券简称：中国联通中国联合网络通信股份有限公司2022年第三季度报告一、主要财务数据主要会计数据和财务指标…二、股东信息普通股股东总数…三、其他提醒事项需提醒投资者…四、季度财务报表合并资产负债表…一、营业总收入…二、营业总成本…';
    expect(reportHeadings(text).map((h) => h.title)).toEqual(['一、主要财务数据', '二、股东信息', '三、其他提醒事项', '四、季度财务报表']);
    // The 2019 and 2020 summaries print `二公司基本情况` without the comma.
    // A longer standard name is read whole (`经营情况讨论与分析`, not `经营情况`).
    expect(reportHeadings('2020年年度报告摘要二公司基本情况1公司简介…三、经营情况讨论与分析…').map((h) => h.title)).toEqual(['二公司基本情况', '三、经营情况讨论与分析']);
    // Shown with the space the layout prints between number and name (the title keeps the printed characters, for cutting).
    expect(reportHeadings('2020年年度报告摘要二公司基本情况1公司简介…三、经营情况讨论与分析…').map((h) => h.shown)).toEqual(['二 公司基本情况', '三、经营情况讨论与分析']);
  });

  it('show a heading’s number apart from its name where it ends in no mark of its own', async () => {
    const { numberApart, resultsSubheadings } = await import('../../../scripts/ingest/collection/documents.ts');
    expect(numberApart('二', '公司基本情况')).toBe('二 公司基本情况');
    expect(numberApart('第三节', '重要事项')).toBe('第三节 重要事项');
    expect(numberApart('2.1', '公司简介')).toBe('2.1 公司简介');
    expect(numberApart('一、', '主要财务数据')).toBe('一、主要财务数据');
    expect(numberApart('(一)', '审计意见类型')).toBe('(一)审计意见类型');
    // 2020 Q1 report (offset 384185): the heading reads `2.1 主要财务数据`; a bare name reads as printed.
    const found = resultsSubheadings('2.1主要财务数据单位：元……基本每股收益（元/股）0.0450.052-13.46非经常性损益项目和金额√适用□不适用');
    expect(found.map((h) => [h.text, h.shown ?? h.text])).toEqual([['2.1主要财务数据', '2.1 主要财务数据'], ['非经常性损益项目和金额', '非经常性损益项目和金额']]);
  });

  it('print their parts by standard names inside a section, numbered or not, at their levels', async () => {
    const { resultsSubheadings } = await import('../../../scripts/ingest/collection/documents.ts');
    const heads = (body: string) => resultsSubheadings(body).map((h) => `${h.depth ?? 2}:${h.text}`);
    // 2022 annual summary, 第二节公司基本情况 (offset 294456): numbered parts and their sub-parts.
    expect(heads('1公司简介公司股票简况股票种类……2报告期公司主要业务简介2022年是……3公司主要会计数据和财务指标3.1近3年的主要会计数据和财务指标单位：元……0.2340.20613.60.1783.2报告期分季度的主要会计数据单位：元')).toEqual([
      '2:1公司简介',
      '2:2报告期公司主要业务简介',
      '2:3公司主要会计数据和财务指标',
      '3:3.1近3年的主要会计数据和财务指标',
      // `0.1783.2`: the table's last figure, then 3.2.
      '3:3.2报告期分季度的主要会计数据',
    ]);
    // 2022 Q3 report, 四、季度财务报表 (offset 321295): `财务报表` is a heading only numbered; statements below it.
    expect(heads('(一)审计意见类型□适用√不适用(二)财务报表合并资产负债表2022年9月30日编制单位……会计机构负责人：王芳母公司资产负债表2022年9月30日编制单位……本公司的财务报表')).toEqual([
      '2:(一)审计意见类型',
      '2:(二)财务报表',
      '3:合并资产负债表',
      '3:母公司资产负债表',
    ]);
    // 2020 Q1 report, 二、公司主要财务数据和股东变化 (offset 384185): a figure glued before a bare name is not its number.
    expect(heads('2.1主要财务数据单位：元……基本每股收益（元/股）0.0450.052-13.46非经常性损益项目和金额√适用□不适用')).toEqual(['2:2.1主要财务数据', '3:非经常性损益项目和金额']);
    // 2019 half-year summary, 三、经营情况讨论与分析 (offsets 419901, 419949, 420440, 420618; abridged): bracketed
    // numbers after a sub-numbered part number the parts inside it; the next sub-numbered part is its sibling again.
    expect(heads('3.2与上一会计期间相比，会计政策、会计估计和核算方法发生变化的情况、原因及其影响√适用□不适用（一）变更概述公司于2019年度执行了修订。（二）变更影响以上会计政策变更是公司做出的。3.3报告期内发生重大会计差错更正需追溯重述的情况、更正金额、原因及其影响。□适用√不适用')).toEqual([
      '2:3.2与上一会计期间相比，会计政策、会计估计和核算方法发生变化的情况、原因及其影响',
      '3:（一）变更概述',
      '3:（二）变更影响',
      '2:3.3报告期内发生重大会计差错更正需追溯重述的情况、更正金额、原因及其影响',
    ]);
    // The same inside a section of bare-numbered parts, where `3.2` is a level down (made up in the 2022 annual
    // summary's layout, offset 294456); a bare `变更影响` in a sentence is none.
    expect(heads('1公司简介公司股票简况。3经营情况讨论与分析3.1近3年的主要会计数据和财务指标单位：元3.2与上一会计期间相比，会计政策、会计估计和核算方法发生变化的情况、原因及其影响√适用□不适用（一）变更概述公司执行了修订。（二）变更影响以上变更做出。变更影响较小。')).toEqual([
      '2:1公司简介',
      '2:3经营情况讨论与分析',
      '3:3.1近3年的主要会计数据和财务指标',
      '3:3.2与上一会计期间相比，会计政策、会计估计和核算方法发生变化的情况、原因及其影响',
      '4:（一）变更概述',
      '4:（二）变更影响',
    ]);
    // A name inside a sentence is not a heading.
    expect(heads('本公司按照公司简介所述的口径编制。')).toEqual([]);
  });

  it('read a standard name printed after its year, and a heading after an item ticked applicable as that item’s (2022 Q3 report, offsets 319079, 329221)', async () => {
    const { resultsSubheadings, reportHeadings } = await import('../../../scripts/ingest/collection/documents.ts');
    const heads = (body: string) => resultsSubheadings(body).map((h) => `${h.depth ?? 2}:${h.text}`);
    // 三、其他提醒事项: the company's own heading after the item's ticked boxes sits inside the item.
    expect(heads('需提醒投资者关注的关于公司报告期经营情况的其他重要信息√适用□不适用2022年第三季度公司经营信息2022年前三季度，公司在“1+9+3”战略规划体系的引领下')).toEqual([
      '2:需提醒投资者关注的关于公司报告期经营情况的其他重要信息',
      '3:2022年第三季度公司经营信息',
    ]);
    // 四、季度财务报表: the third item, printed after the statements' signatures without its number, sits beside (二).
    expect(heads('(一)审计意见类型□适用√不适用(二)财务报表合并资产负债表2022年9月30日编制单位……会计机构负责人：王芳2022年起首次执行新会计准则或准则解释等涉及调整首次执行当年年初的财务报表□适用√不适用')).toEqual([
      '2:(一)审计意见类型',
      '2:(二)财务报表',
      '3:合并资产负债表',
      '2:2022年起首次执行新会计准则或准则解释等涉及调整首次执行当年年初的财务报表',
    ]);
    // The part the company's quarterly reports add after the exchange's four, numbered on.
    expect(reportHeadings('一、主要财务数据……二、股东信息……三、其他提醒事项……四、季度财务报表……□适用√不适用五、下属公司非融资性担保业务情况2019年3月13日，').map((h) => h.title).at(-1)).toBe('五、下属公司非融资性担保业务情况');
  });
});

describe('where collected sections sit in the one-line source', () => {
  it('gives each section its first and last character, skipping a contents list that names the headings', async () => {
    const { withSpans } = await import('../../../scripts/ingest/collection/documents.ts');
    const body1 = '（一）各国持续深化云计算战略，安全和智能化成发展重点美国持续加强云计算行业应用，同时出台政策、规则关注云安全发展。';
    const body2 = '（一）中央与地方协同推进云计算，助力产业发展各地持续出台云计算政策，推动企业上云用云，完善产业生态。';
    const source = `前文。目录一、全球云计算发展概述......1（一）各国持续深化云计算战略，安全和智能化成发展重点......1二、我国云计算发展概述......5一、全球云计算发展概述${body1}二、我国云计算发展概述${body2}后文`;
    const section = (printed: string, text: string) => ({ slug: 's', title: printed, printed, kind: 'section' as const, chapter: null, lines: [1, 1] as [number, number], blocks: [{ type: 'paragraph' as const, text, line: 1 }] });
    const until = source.indexOf('后文');
    const spans = withSpans([section('一、全球云计算发展概述', body1), section('二、我国云计算发展概述', body2)], source, 0, until).map((s) => s.span);
    const first = source.lastIndexOf('一、全球云计算发展概述') + 1;
    const second = source.lastIndexOf('二、我国云计算发展概述') + 1;
    expect(spans).toEqual([[first, second - 1], [second, until]]);
  });
});

describe('headlines inside a news page', () => {
  it('become headings when a dateline follows them (offsets 180000ff of the guang-xi page)', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const text =
      '“联通小象”持续传播社会正能量。向汛而行湖南联通全力以赴筑牢“通信堤坝”6月27日以来，湖南省发生极端降雨过程。截至目前，湖南联通累计出动应急人员3640人。火速响应抢通灾区通信“生命线”7月5日下午，岳阳华容团洲垸决堤。特别是2016年10月10日，会议召开。';
    const blocks = newsBlocks(text);
    expect(blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['向汛而行湖南联通全力以赴筑牢“通信堤坝”', '火速响应抢通灾区通信“生命线”']);
    expect(blocks.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : '')).join('')).toBe(text);
  });
});

describe('a news item’s source line', () => {
  it('is a paragraph of its own where it ends with its date (offsets 100347, 77515), its fields spaced apart, and stays with the text where a poster’s name follows', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const texts = (t: string) => newsBlocks(t).map((b) => (b.type === 'paragraph' ? b.text : b.type));
    expect(texts('文章来源：求是网发布时间：2024-07-262014年2月，习近平总书记明确提出。')).toEqual(['文章来源：求是网 发布时间：2024-07-26', '2014年2月，习近平总书记明确提出。']);
    expect(texts('文章来源：中国联合网络通信集团有限公司发布时间：2024-06-19近期，南方多地遭遇强降雨。')).toEqual(['文章来源：中国联合网络通信集团有限公司 发布时间：2024-06-19', '近期，南方多地遭遇强降雨。']);
    expect(texts('发布时间：2024-06-19发布人：集团公司张三近期，南方多地遭遇强降雨。')).toHaveLength(1);
  });

  it('sets a speech\'s speaker and its salutation each on a line of its own (offset 210628)', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const texts = (t: string) => newsBlocks(t).map((b) => (b.type === 'paragraph' ? b.text : b.type));
    expect(texts('刘烈宏尊敬的各位嘉宾、线上的朋友们：大家好！非常高兴与大家相聚。')).toEqual(['刘烈宏', '尊敬的各位嘉宾、线上的朋友们：', '大家好！非常高兴与大家相聚。']);
    // A sentence that names someone honoured is no salutation.
    expect(texts('我们尊敬的老党员赵熙伦表示，要发扬传统。')).toEqual(['我们尊敬的老党员赵熙伦表示，要发扬传统。']);
  });

  it('ends after a poster named by a department, whose end shows (offset 13245)', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const texts = (t: string) => newsBlocks(t).map((b) => (b.type === 'paragraph' ? b.text : b.type));
    expect(texts('发布人：新闻宣传中心当前，备受瞩目的体育盛会正在巴黎如火如荼地进行中。')).toEqual(['发布人：新闻宣传中心', '当前，备受瞩目的体育盛会正在巴黎如火如荼地进行中。']);
    expect(texts('发布时间：2024-06-19发布人：集团办公室综合部近期，南方多地遭遇强降雨。')).toEqual(['发布时间：2024-06-19 发布人：集团办公室综合部', '近期，南方多地遭遇强降雨。']);
  });

  it('follows a headline that opens with a question or an exclamation, or after a quotation closing the article before (made up)', () => {
    const source = '文章来源：中国联合网络通信集团有限公司发布时间：2025-03-01';
    const headlines = ['5G专网如何赋能矿山？山西联通给出答案', '中国联通再获国家科技进步奖！中国联通7项成果获奖', '数字赋能乡村振兴吉林联通点亮黑土地'];
    const text = `${filler(30)}${headlines[0]}${source}${filler(30)}${headlines[1]}${source}${filler(30)}让群众满意。”${headlines[2]}${source}${filler(30)}`;
    expect(segmentCollection(text, {}).docs.map((d) => d.title)).toEqual([expect.any(String), ...headlines]);
    // A speech's thanks close it; they open no headline.
    const speech = `${filler(30)}让我们携手共进。谢谢大家！中国联通全力保障春运通信${source}${filler(30)}`;
    expect(segmentCollection(speech, {}).docs.map((d) => d.title)).toEqual([expect.any(String), '中国联通全力保障春运通信']);
  });

  it('follows a headline that holds a bracket, after a note closing the article before (made up)', () => {
    const a = '中国联通（香港）公司发布全新国际漫游产品文章来源：中国联合网络通信集团有限公司发布时间：2025-03-01近期，中国联通国际漫游业务持续升级。';
    const b = '推动数字经济高质量发展（学习贯彻全会精神）文章来源：人民日报发布时间：2025-03-02数字经济是新质生产力的重要组成部分。';
    const c = '中国联通全力保障春运通信文章来源：中国联合网络通信集团有限公司发布时间：2025-01-14春运期间，中国联通加强网络保障。';
    const { docs } = segmentCollection(`${filler(30)}${a}${filler(30)}${b}${filler(30)}（完）${c}${filler(30)}`, {});
    expect(docs.map((d) => [d.title, d.date])).toEqual([
      [expect.any(String), null],
      ['中国联通（香港）公司发布全新国际漫游产品', '2025-03-01'],
      ['推动数字经济高质量发展（学习贯彻全会精神）', '2025-03-02'],
      ['中国联通全力保障春运通信', '2025-01-14'],
    ]);
  });
});

describe('a headline over a body that sets its scene before its dateline', () => {
  it('opens an article: a time frame, one holding the year, or a couplet (offsets 36969, 202982, 249418)', () => {
    const frame = '中国联通合作伙伴大会-产投融合论坛：共绘数智时代新蓝图在夏日的热烈与期待中，2024年中国联通合作伙伴大会-产投融合论坛于7月20日在京盛大召开。';
    const year = '联通云在中国品牌日绽放光芒，引领数字中国新篇章在2024年的璀璨春光中，中国迎来了又一届盛大的中国品牌日活动。';
    const couplet = '一起“热辣滚烫”！中国联通各级公司全面掀起消费帮扶活动热潮浓情端午，粽艾飘香。日前，中国联通启动“消费帮扶走进联通”专项活动。';
    expect(titlesOf(`${filler(30)}${frame}${filler(30)}${year}${filler(30)}${couplet}${filler(30)}`)).toEqual([
      expect.any(String),
      '中国联通合作伙伴大会-产投融合论坛：共绘数智时代新蓝图',
      '联通云在中国品牌日绽放光芒，引领数字中国新篇章',
      '一起“热辣滚烫”！中国联通各级公司全面掀起消费帮扶活动热潮',
    ]);
  });

  it('not a sentence with clauses before a couplet of another length (offset 125662), nor a headline without Unicom', () => {
    const sentence = '四、大幅下调“一带一路”通信资费为助力中国企业开拓海外市场，降低通信成本，中国联通不断加强与境外运营商的谈判力度，促进资费下降。2015年以来，资费持续下降。';
    const other = '数字乡村建设提速增效在夏日的热烈与期待中，2024年数字乡村论坛在京召开。';
    expect(titlesOf(`${filler(30)}${sentence}${filler(30)}${other}${filler(30)}`)).toHaveLength(1);
  });
});

describe('a headline of some length naming Unicom over a body that sets its scene without a dateline', () => {
  it('opens an article: one part of 12 characters or more, or two parts of 6 or more (offsets 188607, 205871)', () => {
    const long = '中国联通荣获DCMM5级最高等级认证，引领通信行业数据管理新高度在数字化转型的浪潮中，中国联通再次以卓越的数据管理能力脱颖而出，成为行业内的佼佼者。';
    const colon = '中国联通引领AI新纪元：发布AIData共享数据集与共建倡议在数字化转型的浪潮中，人工智能（AI）作为核心驱动力，正以前所未有的速度重塑各行各业。';
    expect(titlesOf(`${filler(30)}${long}${filler(30)}${colon}${filler(30)}`)).toEqual([
      expect.any(String),
      '中国联通荣获DCMM5级最高等级认证，引领通信行业数据管理新高度',
      '中国联通引领AI新纪元：发布AIData共享数据集与共建倡议',
    ]);
  });

  it('not a sentence\'s subject before such a frame, short or after a connective (offsets 36686, 176812, 197200)', () => {
    const subject = '中国联通也将在这一过程中，继续发挥其技术优势和创新能力。';
    const branch = '广东联通深圳分公司在深圳市网络服务调研中，多次深入一线，实地走访。';
    const connective = '综上所述，中国联通在深度赋能千行百业的过程中，充分展现了其作为行业领军者的实力和担当。';
    expect(titlesOf(`${filler(30)}${subject}${filler(30)}${branch}${filler(30)}${connective}${filler(30)}`)).toHaveLength(1);
  });
});

describe('a headline naming Unicom over a body that opens with quoted lines', () => {
  it('opens an article, its quoted terms kept in its title (offset 30409)', () => {
    const a = '“游新疆”V2.0上线中国联通助力新疆数字文旅开启新篇章“去爱、去生活、去受伤”“风是透明的河流，雨是冰凉的流星”“哪怕再颠簸，日子也要闪亮的过”......这些出自迷你剧集《我的阿勒泰》中的“金句”。';
    expect(titlesOf(`${filler(30)}${a}${filler(30)}`)).toEqual([expect.any(String), '“游新疆”V2.0上线中国联通助力新疆数字文旅开启新篇章']);
  });

  it('not a list of quoted names after a verb (offset 37305)', () => {
    const list = '活动现场创新推出了“我在坝上有块田”“我托老乡帮放养”“我托老乡养柴鸡”等云种养模式，中国联通员工积极认领。';
    expect(titlesOf(`${filler(30)}${list}${filler(30)}`)).toHaveLength(1);
  });

  it('not sayings a sentence quotes and goes on after, nor a quotation a speaker’s colon introduces (made up)', () => {
    const sayings = '重庆联通员工们常说“网络就是生命线，保障就是责任”“用户的事无小事”，这已成为大家的共识。';
    const said = '四川联通工程师王磊说：“我们用了三天时间完成了抢修。”现场群众纷纷点赞。';
    expect(titlesOf(`${filler(30)}${sayings}${filler(30)}${said}${filler(30)}`)).toHaveLength(1);
  });
});

describe('a speech printed whole', () => {
  it('ends with its thanks to the audience: the next article starts right after (offset 219779)', () => {
    const speech = '我们愿以最真挚的诚意、最开放的心态、最务实的行动，与大家进一步凝聚共识、深化合作、互相成就，在以数字化网络化智能化助力中国式现代化的新征程中作出新的更大贡献！谢谢大家！';
    const next = '新一轮国企改革瞄准“提升核心竞争力”2022年，中央企业积极迎难而上，推动经济运行稳中有进，全年实现营业收入39.6万亿元，同比增长9.1%。';
    expect(titlesOf(`${filler(30)}${speech}${next}${filler(30)}`)).toEqual([expect.any(String), '新一轮国企改革瞄准“提升核心竞争力”']);
    // Thanks inside a sentence (`谢谢大家的支持`) close nothing.
    expect(titlesOf(`${filler(30)}他说：“谢谢大家的支持。”${next.slice(18)}${filler(30)}`)).toHaveLength(1);
  });
});

describe('a headline ending with its column in brackets', () => {
  it('opens an article right before a usual body opening, and keeps its whole column in its title (offset 228548)', () => {
    const a = '推动国有企业在建设现代化产业体系、构建新发展格局中发挥更大作用（深入学习贯彻习近平新时代中国特色社会主义思想）习近平总书记指出：“国有企业是中国特色社会主义的重要物质基础和政治基础。”';
    // A bracket inside a sentence, before a clause, is a note.
    const note = '中国联通旗下的数字科技有限公司（简称联通数科）凭借其卓越的技术实力荣获殊荣。';
    expect(titlesOf(`${filler(30)}${a}${filler(30)}${note}${filler(30)}`)).toEqual([
      expect.any(String),
      '推动国有企业在建设现代化产业体系、构建新发展格局中发挥更大作用（深入学习贯彻习近平新时代中国特色社会主义思想）',
    ]);
  });
});

describe('a headline naming Unicom that asks two questions', () => {
  it('opens an article right before a usual opening phrase (offset 207861)', () => {
    const a = '中国联通的这朵云有多“绚烂”？物联感知云的独特优势是什么？随着传统产业加速向数字化转型，全社会数据总量爆发式增长。';
    // Questions inside an article, without the company's name, stay there.
    const inside = '物联感知云最大优势是什么？运营商的优势又在哪里？随着物联网服务的价值逐渐向场景化转变。';
    expect(titlesOf(`${filler(30)}${a}${filler(30)}${inside}${filler(30)}`)).toEqual([expect.any(String), '中国联通的这朵云有多“绚烂”？物联感知云的独特优势是什么？']);
  });
});

describe('a sub-heading over a paragraph that opens with its year (offsets 1063, 281230)', () => {
  it('is a heading of the news page; a figure or a clause before the year is not', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const text =
      '网络安全能力不断增强。奋楫争先，匠心铸就政务行业标杆2022年，为完成中国国家版本馆信息化协同体系建设，他带领团队攻坚。' +
      '会议先后于2018年和2021年，召开两次。近年来成效显著的2022年，公司持续发力。';
    const headings = newsBlocks(text).filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['奋楫争先，匠心铸就政务行业标杆']);
  });
});

describe('numbered items inside a news page (offsets 123622–125662)', () => {
  it('are headings where their end shows; the others open a paragraph; no text is lost', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const text =
      '发挥主力军作用。一、打造“一带一路”信息高速公路中国联通在全球拥有丰富的国际海陆缆通道。围绕经济走廊规划建设。' +
      '二、加强“一带一路”全方位通信合作在“一带一路”沿线加快机构设立、加大投资力度。';
    const blocks = newsBlocks(text);
    expect(blocks.map((b) => [b.type, b.type === 'heading' || b.type === 'paragraph' ? b.text.slice(0, 6) : ''])).toEqual([
      ['paragraph', '发挥主力军作'],
      ['heading', '一、打造“一'],
      ['paragraph', '中国联通在全'],
      ['paragraph', '二、加强“一'],
    ]);
    expect(blocks.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : '')).join('')).toBe(text);
  });
});

describe('articles printed without a source line', () => {
  it('start at a headline naming Unicom right before a dateline; other dated headlines stay inside (offsets ~205000)', () => {
    const a = '中国联通携手4位顶尖院士共筑大数据创新高地7月20日，中国联通生态合作伙伴大会人工智能赋能数据要素论坛在上海世博中心举办。';
    const sub = '火速响应抢通灾区通信“生命线”7月5日下午，岳阳华容团洲垸决堤，通信设施损毁严重。';
    const text = `${filler(30)}${a}${filler(30)}${sub}${filler(10)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs.map((d) => d.title)).toEqual([expect.any(String), '中国联通携手4位顶尖院士共筑大数据创新高地']);
    expect(docs[1]!.text).toContain(sub);
  });

  it('start at a dateline its comma closes, over days, at a part of the day or since the day; a date a sentence goes on after starts nothing (made up)', () => {
    const headlines = ['浙江联通全力护航杭州马拉松', '河南联通圆满完成全运会通信保障', '山东联通连夜抢修受损光缆', '江西联通全力应对强降雨'];
    const datelines = ['6月18日，', '7月19日至20日，', '12月26日晚间，', '6月27日以来，'];
    const articles = headlines.map((h, k) => `${h}${datelines[k]}${filler(3)}`);
    // Sentences of an article that name a branch and then a date a plan or a count runs to.
    const inside = '浙江联通计划在6月18日前完成全省5G-A网络覆盖，确保赛事期间网络畅通。湖南联通5G基站数量截止3月31日已超过10万个。';
    const text = `${filler(30)}${articles.join(filler(30))}${inside}${filler(30)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs.map((d) => d.title)).toEqual([expect.any(String), ...headlines]);
    expect(docs.at(-1)!.text).toContain(inside);
    expect(docs.map((d) => d.text).join('')).toBe(text);
  });
});

describe('articles dated by 近期, not by a month alone (made up: next editions print 近期; review examples)', () => {
  it('start at a headline naming Unicom right before `近期，`; prose looking back to a month starts nothing', () => {
    const recent = '湖北联通全力保障汛期通信畅通近期，湖北多地遭遇强降雨，湖北联通启动应急预案。';
    const inside = '回顾中国联通的发展历程，早在2019年6月，中国联通就获得了5G商用牌照。中国联通智慧矿山项目在2024年8月，正式投入使用。广东联通5G基站截至2024年6月，已超过10万个。';
    const text = `${filler(30)}${recent}${filler(30)}${inside}${filler(10)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs.map((d) => d.title)).toEqual([expect.any(String), '湖北联通全力保障汛期通信畅通']);
    expect(docs.at(-1)!.text).toContain(inside);
    expect(docs.map((d) => d.text).join('')).toBe(text);
  });
});

describe('city sub-headings inside a provincial article (offsets 66166–68339)', () => {
  it('become headings where the body names the city again', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const text =
      '形成了强大的学习合力。广州联通：红色宣讲团点亮基层一线在广州，联通广州分公司积极响应号召。江门联通：侨乡特色宣讲，凝聚侨心侨力江门，作为著名的侨乡，江门联通在宣讲活动中充分融入了地域特色。汕尾联通：优秀代表引领，掀起学习热潮汕尾联通则通过聚焦优秀党员。中国联通：这不是城市标题的正文。';
    const headings = newsBlocks(text).filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['广州联通：红色宣讲团点亮基层一线', '江门联通：侨乡特色宣讲，凝聚侨心侨力', '汕尾联通：优秀代表引领，掀起学习热潮']);
  });
});

describe('more cues for articles printed without a source line', () => {
  it('a column headline with 丨 or | (offsets 129135, 278320)', () => {
    const a = '深化主题教育践行宗旨为民造福丨中国联通：多措并举筑牢反诈防骗坚固防线习近平总书记强调，国家网络安全工作要坚持网络安全为人民。';
    const b = '5G发牌三周年|中国联通：5G引领，一起向未来5G商用三年来，中国联通坚决落实党中央、国务院决策部署。';
    expect(titlesOf(`${filler(30)}${a}${filler(30)}${b}${filler(30)}`)).toEqual([
      expect.any(String),
      '深化主题教育践行宗旨为民造福丨中国联通：多措并举筑牢反诈防骗坚固防线',
      '5G发牌三周年|中国联通：5G引领，一起向未来',
    ]);
  });

  it('a headline with a Unicom subtitle, but not a paragraph led the same way inside an article (offsets 89212, 91267, 95186)', () => {
    const a = '学深悟透强根基实干笃行谱新篇——中国联通扎实开展主题教育推动高质量发展综述2023年4月起，学习贯彻习近平新时代中国特色社会主义思想主题教育在全党深入开展。';
    const lead1 = '在大事要事中彰显责任担当——中国联通把讲政治体现在谋划未来规划、决策重大事项、解决发展难题等方方面面。';
    const lead2 = '为员工纾难解困——中国联通积极优化一线服务人员的生产环境，划拨“五小建设”专项资金2200万元。';
    const lead3 = '不断满足人民群众对美好数字生活的需要——中国联通联合中国质量万里行促进会推出了窗口服务为民承诺活动。';
    const text = `${filler(30)}${a}${filler(10)}${lead1}${filler(10)}${lead2}${filler(10)}${lead3}${filler(10)}`;
    expect(titlesOf(text)).toEqual([expect.any(String), '学深悟透强根基实干笃行谱新篇——中国联通扎实开展主题教育推动高质量发展综述']);
  });

  it('a headline naming a Unicom unit, a SASAC news item, a byline closing the article before (offsets 252196, 258390, 246634, 274520)', () => {
    const cloud = '联通云：不止步于云端187亿。这是联通云在8月8日中国联通2022年中期业绩中公布的一个关键数据。';
    const sasac = '国务院国资委召开地方国企改革三年行动推进会确保务期必成高质量收官取得经得起历史和实践检验的改革实效5月7日，国务院国资委以视频方式召开地方国企改革三年行动推进会。';
    const inside = '国务院国资委党委书记、主任主持会议并讲话。';
    const byline = '（文：曹明明杨淼钱雪婷高沛王天昊）';
    const next = '领跑数字政府新纪元：联通数科如何成为一体化大数据平台的领航者在数字化转型的浪潮中，中国政府正以前所未有的决心推进数字政府建设。';
    const names = '（付心怡）';
    const last = 'AI赋能安全，产业共链无限——中国联通引领网络安全现代产业链发展新篇章在数字化转型的浪潮中，网络安全已成为国家安全的重要组成部分。';
    const text = `${filler(30)}${cloud}${filler(30)}${sasac}${inside}${filler(30)}${byline}${next}${filler(30)}${names}${last}${filler(30)}`;
    const { docs } = segmentCollection(text, {});
    expect(docs.map((d) => d.title)).toEqual([
      expect.any(String),
      '联通云：不止步于云端',
      '国务院国资委召开地方国企改革三年行动推进会确保务期必成高质量收官取得经得起历史和实践检验的改革实效',
      '领跑数字政府新纪元：联通数科如何成为一体化大数据平台的领航者',
      'AI赋能安全，产业共链无限——中国联通引领网络安全现代产业链发展新篇章',
    ]);
    // The byline stays with the article it closes.
    expect(docs[2]!.text.endsWith(byline)).toBe(true);
    expect(docs.map((d) => d.text).join('')).toBe(text);
  });

  it('a sentence opening with the commission and a clause framing what follows starts no article (made-up next-year text)', () => {
    const framed = '国资委印发《关于推进中央企业高质量发展的意见》以来，中国联通全面贯彻落实，取得显著成效。';
    const during = '国务院国资委召开中央企业负责人会议之际，中国联通党组专题研究部署落实举措。';
    expect(titlesOf(`${filler(30)}${framed}${filler(30)}${during}${filler(30)}`)).toEqual([expect.any(String)]);
  });

  it('a headline before a dateline with its year (offset 84724)', () => {
    const a = '使命担当5G赋能中国联通实力护航“智慧冬奥”2015年7月31日，北京携手张家口获得2022年冬奥会和冬残奥会主办权。';
    expect(titlesOf(`${filler(30)}${a}${filler(30)}`)).toEqual([expect.any(String), '使命担当5G赋能中国联通实力护航“智慧冬奥”']);
  });

  it('a white paper after the back cover of the one before, its title split around the publisher (offset 728157)', () => {
    const back = '中国信息通信研究院地址：北京市海淀区花园北路52号邮编：100191电话：010-62302739传真：010-62304980网址：www.caict.ac.cn';
    const cover = '基于用户体验的移动网络中国信息通信研究院2021年5月No.202105质量白皮书版权声明本白皮书版权属于中国信息通信研究院，并受法律保护。';
    // Its running footer (title + page number, offset ~729900) is learned from the split cover and removed.
    const page = '和报告。基于用户体验的移动网络质量白皮书4综上，基于用户体验的评测十分必要。';
    const removed: RemovalLog = {};
    const { docs } = segmentCollection(`${filler(30)}${back}${cover}${filler(30)}${page}`, removed);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text.endsWith(back)).toBe(true);
    expect(docs[1]).toMatchObject({ title: '基于用户体验的移动网络质量白皮书', kind: 'white-paper', date: '2021-05' });
    expect(docs[1]!.text).toContain('和报告。综上，基于用户体验的评测十分必要。');
    expect(removed['running-header']!.samples).toEqual(['基于用户体验的移动网络质量白皮书4']);
  });
});

describe('a cover that prints several publishers above its date', () => {
  it('starts at the first publisher, right after the back cover of the paper before (offset 547112)', () => {
    const back = '中国信息通信研究院地址：北京市海淀区花园北路52号邮编：100191电话：010-62301327传真：010-62304980网址：www.caict.ac.cn';
    const publishers = '中国信息通信研究院中国电信股份有限公司研究院中国移动通信研究院（中移智库）中国联合网络通信有限公司研究院';
    const cover = '2023年12月电信业发展白皮书——新时代高质量发展探索(2023年)No.202320版权声明本白皮书版权属于中国信息通信研究院，并受法律保护。';
    const { docs } = segmentCollection(`${filler(30)}${back}${publishers}${cover}${filler(30)}`, {});
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text.endsWith(back)).toBe(true);
    expect(docs[1]!.text.startsWith(publishers + cover)).toBe(true);
    expect(docs[1]).toMatchObject({ kind: 'white-paper', date: '2023-12' });
  });
});

describe('headlines cut where the body opens', () => {
  it.each([
    ['联通世界燃情巴黎——中国联通创新优化产品提供贴心国际漫游服务随着夏日的热浪逐渐攀升，全球的目光', '联通世界燃情巴黎——中国联通创新优化产品提供贴心国际漫游服务'],
    ['三苏文化大数据库上线发布——中国联通科技赋能中华优秀传统文化保护传承“一滴水可以见太阳，一个三苏祠', '三苏文化大数据库上线发布——中国联通科技赋能中华优秀传统文化保护传承'],
    ['新华社：党建落到实处发展更显优势新华社北京10月10日电题：党建落到实处发展更显优势', '新华社：党建落到实处发展更显优势'],
    ['以数字化网络化智能化助力中国式现代化——2022年中国联通合作伙伴大会主旨演讲（2022年12月20日）刘烈宏尊敬的各位', '以数字化网络化智能化助力中国式现代化——2022年中国联通合作伙伴大会主旨演讲'],
    ['中国联通人工智能创新发展论坛在上海成功举办2024年7月19日，在中国联通合作伙伴大会期间', '中国联通人工智能创新发展论坛在上海成功举办'],
    ['【联通史“话”】——何非常：联合起来办大事参与并见证中国联通的创立（一）###联通的创立与发展', '【联通史“话”】——何非常：联合起来办大事参与并见证中国联通的创立（一）'],
    ['【“大联接织就智慧社区”】系列宣传之一：搭建“隐形护卫队”畅享千兆品质生活中国联通打造智慧社区江西样板编者按：《2022年政府工作报告》', '【“大联接织就智慧社区”】系列宣传之一：搭建“隐形护卫队”畅享千兆品质生活中国联通打造智慧社区江西样板'],
    ['《求是》杂志刊发郝鹏署名文章《新时代国有企业改革发展和党的建设的科学指南》新时代国有企业改革发展和党的建设的科学指南郝鹏国有企业是', '《求是》杂志刊发郝鹏署名文章《新时代国有企业改革发展和党的建设的科学指南》'],
  ])('%s', (text, title) => {
    expect(titleOf(text.startsWith('【') ? 'series' : 'news', text)).toBe(title);
  });
});

describe('a source line naming the publisher, and dated headlines with a comma or colon', () => {
  it('start articles (offsets 13227, 18408, 72186), but a numbered sub-heading before a date does not (offset 184481)', () => {
    const a = '联通“世界第一大市场”的数智转型之路发布人：新闻宣传中心当前，备受瞩目的体育盛会正在巴黎如火如荼地进行中。';
    const b = '2024中国联通合作伙伴大会专场发布会：前沿创新成果集中亮相7月19日至20日，2024中国联通合作伙伴大会在上海世博中心举办。';
    const c = '加快数据要素开发，全面建设数智联通7月20日，在以“向新同行，共创智能新时代”为主题的2024中国联通合作伙伴大会数据要素论坛上。';
    const sub = '一、精准施策，为智能制造贡献联通经验2022年12月15日下午，巨石埃及公司年产12万吨玻璃纤维生产线点火成功。';
    const { docs } = segmentCollection(`${filler(30)}${a}${filler(30)}${b}${filler(30)}${c}${filler(30)}${sub}${filler(10)}`, {});
    expect(docs.map((d) => d.title)).toEqual([
      expect.any(String),
      '联通“世界第一大市场”的数智转型之路',
      '2024中国联通合作伙伴大会专场发布会：前沿创新成果集中亮相',
      '加快数据要素开发，全面建设数智联通',
    ]);
    expect(docs[1]!.kind).toBe('news');
    expect(docs[3]!.text).toContain(sub);
  });
});

describe('white paper sections inside a chapter', () => {
  // The contents list of 基于用户体验的移动网络质量白皮书 (offset ~729100), shortened.
  const toc =
    '目录一、基于用户体验的移动网络质量概述....................1（一）目的和意义....................1（二）国内外发展现状....................2二、2020年重点场所移动网络质量专项评测....................5（一）评测方案....................5';
  it('are read from the contents list, under their chapter', async () => {
    const { contentsEntries, contentsSections } = await import('../../../scripts/ingest/collection/documents.ts');
    expect(contentsEntries(toc).map((e) => `${e.level}:${e.numeral}:${e.title}`)).toEqual([
      '1:一:基于用户体验的移动网络质量概述',
      '2:一:目的和意义',
      '2:二:国内外发展现状',
      '1:二:2020年重点场所移动网络质量专项评测',
      '2:一:评测方案',
    ]);
    expect(contentsSections(contentsEntries(toc), '一')).toEqual([{ text: '（一）目的和意义' }, { text: '（二）国内外发展现状' }]);
    expect(contentsSections(contentsEntries(toc), '二')).toEqual([{ text: '（一）评测方案' }]);
    expect(contentsSections(contentsEntries(toc), '三')).toEqual([]);
  });

  it('keep an enumeration comma and a version number inside a title (数字乡村发展实践白皮书, offset 493379; 区块链白皮书, offset 629184)', async () => {
    const { contentsEntries } = await import('../../../scripts/ingest/collection/documents.ts');
    const listed = '二、数字乡村建设成效....................19（一）技术融合应用为农业转型升级提质赋能..................21（二）数字经济，乡村新产业、新业态加速形成..........................23（三）Web3.0发展前景广阔，产业发力生态建设.......................5';
    expect(contentsEntries(listed).map((e) => e.title)).toEqual(['数字乡村建设成效', '技术融合应用为农业转型升级提质赋能', '数字经济，乡村新产业、新业态加速形成', 'Web3.0发展前景广阔，产业发力生态建设']);
  });

  it('read the items listed under a section, each number told apart from the page number glued before it', async () => {
    const { contentsEntries, contentsSections } = await import('../../../scripts/ingest/collection/documents.ts');
    // As printed (offset ~730000): page 4 then item 1 (`41.`), page 10 then item 3 (`103.`), page 25 then item 1 (`251.`).
    const dots = '.'.repeat(20);
    const printed = `目录一、基于用户体验的移动网络质量概述${dots}1（三）发展趋势${dots}41.统一认识，完善标准体系${dots}42.评测延伸，面向垂直行业${dots}43.维度扩展，健全评测机制${dots}5二、2020年重点场所移动网络质量专项评测${dots}7（一）评测方案${dots}81.评测场景${dots}82.评测指标${dots}103.评分模型${dots}12（四）评测数据简析${dots}251.整体情况概述${dots}25`;
    const entries = contentsEntries(printed);
    expect(entries.map((e) => `${e.level}:${e.numeral}:${e.title}`)).toEqual([
      '1:一:基于用户体验的移动网络质量概述',
      '2:三:发展趋势',
      '3:1:统一认识，完善标准体系',
      '3:2:评测延伸，面向垂直行业',
      '3:3:维度扩展，健全评测机制',
      '1:二:2020年重点场所移动网络质量专项评测',
      '2:一:评测方案',
      '3:1:评测场景',
      '3:2:评测指标',
      '3:3:评分模型',
      '2:四:评测数据简析',
      '3:1:整体情况概述',
    ]);
    expect(contentsSections(entries, '二')).toEqual([
      { text: '（一）评测方案' },
      { text: '1.评测场景', depth: 3 },
      { text: '2.评测指标', depth: 3 },
      { text: '3.评分模型', depth: 3 },
      { text: '（四）评测数据简析' },
      { text: '1.整体情况概述', depth: 3 },
    ]);
    // Digits that do not end in the number continuing the section's count are a page and a figure, not an item.
    expect(contentsEntries(`一、概述${dots}1（一）现状${dots}26.运营商发展${dots}3`).map((e) => e.level)).toEqual([1, 2]);
  });

  it('become headings where the body prints them; one it does not print is reported, and no text is lost', async () => {
    const { bodyWithHeadings } = await import('../../../scripts/ingest/collection/documents.ts');
    const body = '移动网络已渗透到日常生活的方方面面。（一）目的和意义开展基于用户体验的移动网络质量评测。国内外的评测各有侧重。';
    const { blocks, missing } = bodyWithHeadings(body, [{ text: '（一）目的和意义' }, { text: '（二）国内外发展现状' }]);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(blocks[1]).toMatchObject({ type: 'heading', text: '（一）目的和意义' });
    expect(missing).toEqual(['（二）国内外发展现状']);
    expect(blocks.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : '')).join('')).toBe(body);
  });
});

describe('a board committee’s annual report', () => {
  it('prints its chapters and their parts by standard names; a page number before a heading is left out (审计委员会2020年度履职报告, offset 390937)', async () => {
    const { bodyAtHeadings, boardReportHeadings } = await import('../../../scripts/ingest/collection/documents.ts');
    const body = '一、董事会审计委员会履职情况（一）审计委员会基本情况报告期内，审计委员会由5名董事组成。（二）审计委员会各委员勤勉履职报告期内，共召开会议4次。3二、董事会审计委员会履职重点关注的事项审计委员会勤勉履职。重点关注事项包括：（一）监督及评估外部审计师工作根据决议。';
    const headings = boardReportHeadings(body);
    expect(headings.map((h) => `${h.depth ?? 2}:${h.text}`)).toEqual([
      '2:一、董事会审计委员会履职情况',
      '3:（一）审计委员会基本情况',
      '3:（二）审计委员会各委员勤勉履职',
      '2:二、董事会审计委员会履职重点关注的事项',
      '3:（一）监督及评估外部审计师工作',
    ]);
    const { blocks, pageNumbers } = bodyAtHeadings(body, headings);
    expect(pageNumbers).toEqual(['3']);
    expect(blocks.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.text : '')).join('')).toBe(body.replace('次。3二、', '次。二、'));
  });
});

describe('a white paper’s front matter', () => {
  const dots = '.'.repeat(20);
  it('is its cover, its preface as a page of its own, and its contents list taken out (电信业发展白皮书, offset ~547300)', async () => {
    const { frontMatter } = await import('../../../scripts/ingest/collection/documents.ts');
    const text = `2023年12月电信业发展白皮书No.202320版权声明本白皮书版权属于中国信息通信研究院。违反上述声明者，编者将追究其相关法律责任。前言当前，我国已经开启了新征程。目录一、从新时代要求中深刻认识高质量发展要求${dots}1（一）新时代电信业高质量发展内涵${dots}1二、电信业未来展望与建议${dots}56`;
    const f = frontMatter(text);
    expect(f.cover).toBe('2023年12月电信业发展白皮书No.202320版权声明本白皮书版权属于中国信息通信研究院。违反上述声明者，编者将追究其相关法律责任。');
    expect(f.preface).toEqual({ heading: '前言', text: '当前，我国已经开启了新征程。' });
    expect(f.contents).toBe(`目录一、从新时代要求中深刻认识高质量发展要求${dots}1（一）新时代电信业高质量发展内涵${dots}1二、电信业未来展望与建议${dots}56`);
    expect(f.cover + f.preface!.heading + f.preface!.text + f.contents).toHaveLength(text.length);
  });
  it('finds the preface after the publishers printed below the copyright notice (互联网行业可持续信息披露发展报告, offset ~654900)', async () => {
    const { frontMatter } = await import('../../../scripts/ingest/collection/documents.ts');
    const text = `版权声明本报告版权属于中国信息通信研究院。违反上述声明者，本院将追究其相关法律责任。中国信息通信研究院中国互联网协会前言党的二十大报告擘画了蓝图。目录一、可持续信息披露作用及意义${dots}1`;
    expect(frontMatter(text).preface?.text).toBe('党的二十大报告擘画了蓝图。');
    expect(frontMatter(text).cover).toContain('中国互联网协会');
  });
  it('leaves a text without a contents list as it is, and a preface word inside a sentence in the text', async () => {
    const { frontMatter } = await import('../../../scripts/ingest/collection/documents.ts');
    expect(frontMatter('本书前言部分介绍了背景。')).toEqual({ cover: '本书前言部分介绍了背景。', preface: null, contents: '' });
    expect(frontMatter(`本书的前言部分介绍了背景。目录一、概述${dots}1`).preface).toBeNull();
  });
});

describe('a white paper’s appendices', () => {
  it('are pages of their own after the chapters, where the contents list names them (互联网法律白皮书, offset ~523600)', async () => {
    const { numberedHeadings } = await import('../../../scripts/ingest/collection/documents.ts');
    const dots = '.'.repeat(20);
    const text = `目录一、我国网络空间法治化迈向新阶段${dots}1二、互联网立法展望${dots}29附录：2023年互联网立法梳理${dots}37附件二：数据来源${dots}40一、我国网络空间法治化迈向新阶段党的十八大以来。二、互联网立法展望展望未来。附录：2023年互联网立法梳理效力位阶名称。`;
    expect(numberedHeadings(text).map((h) => h.title)).toEqual(['一、我国网络空间法治化迈向新阶段', '二、互联网立法展望', '附录：2023年互联网立法梳理']);
  });

  it('is a page of its own where the contents list does not name it: its title runs up to its first entry (电信业发展白皮书, offset 590039)', async () => {
    const { numberedHeadings } = await import('../../../scripts/ingest/collection/documents.ts');
    const dots = '.'.repeat(20);
    const text = `目录一、从新时代要求中理解高质量发展${dots}1二、电信业未来展望${dots}60一、从新时代要求中理解高质量发展当前。二、电信业未来展望提升服务效率与效益。附录：缩略语2D，2-Dimension，二维3D，3-Dimension，三维`;
    expect(numberedHeadings(text).map((h) => h.title)).toEqual(['一、从新时代要求中理解高质量发展', '二、电信业未来展望', '附录：缩略语']);
    // A label inside the text, its words running on in Han characters, is no appendix.
    expect(numberedHeadings(text.replace('附录：缩略语2D', '附录：缩略语表列出本文用语')).map((h) => h.title)).toHaveLength(2);
  });
});

describe('a collected section whose opening words hold a removed running footer', () => {
  it('is found by its first paragraph alone (云计算白皮书 chapter 四, offset 480427)', async () => {
    const { withSpans } = await import('../../../scripts/ingest/collection/documents.ts');
    const source = '图16智能计算服务云化部署比例四、云计算与智算加速融合，开启智能化新纪元当前，全球人工智能技术迅猛发展，已经成为世界科技强国重点云计算白皮书（2024年）35布局的关键赛道。随着智能算力逐渐成为算力结构的主要组成。';
    const printed = '四、云计算与智算加速融合，开启智能化新纪元';
    const section = { slug: 's', title: printed, printed, kind: 'section' as const, chapter: null, lines: [1, 1] as [number, number], blocks: [{ type: 'paragraph' as const, text: '当前，全球人工智能技术迅猛发展，已经成为世界科技强国重点布局的关键赛道。随着智能算力逐渐成为算力结构的主要组成。', line: 1 }] };
    const [withSpan] = withSpans([section], source, 0, source.length);
    expect(withSpan!.span).toEqual([source.indexOf(printed) + 1, source.length]);
  });
});

describe('a results report’s section shown with its number apart', () => {
  it('is found where the source prints it without the space (2020 half-year summary, offset 369000)', async () => {
    const { withSpans } = await import('../../../scripts/ingest/collection/documents.ts');
    const source = '…半年度报告摘要二公司基本情况2.1公司简介公司股票简况股票种类股票上市交易所股票简称股票代码A股上海证券交易所中国联通600050';
    const section = {
      slug: 'er-gong-si-ji-ben-qing-kuang', title: '二 公司基本情况', printed: '二公司基本情况', kind: 'section' as const, chapter: null, lines: [1, 1] as [number, number],
      blocks: [{ type: 'heading' as const, text: '2.1 公司简介', line: 1, id: '2-1-gong-si-jian-jie' }, { type: 'paragraph' as const, text: '公司股票简况股票种类股票上市交易所股票简称股票代码A股上海证券交易所中国联通600050', line: 1 }],
    };
    const [withSpan] = withSpans([section], source, 0, source.length);
    expect(withSpan!.span).toEqual([source.indexOf('二公司基本情况') + 1, source.length]);
  });
});

describe('a headline asking a question before a dateline', () => {
  it('starts an article and is its title (offset 268643)', () => {
    const a = '公有云市场增速第一，联通云的底气从哪来？近日，国际权威咨询机构IDC公布《中国公有云服务市场（2022H1）跟踪》报告。';
    const inside = '为什么要这样做？因为客户需要。';
    const { docs } = segmentCollection(`${filler(30)}${a}${filler(30)}${inside}${filler(10)}`, {});
    expect(docs.map((d) => d.title)).toEqual([expect.any(String), '公有云市场增速第一，联通云的底气从哪来？']);
  });
});

describe('running headers whose page number runs into the text', () => {
  it('read the page as the one after the header printed last (数字乡村发展实践白皮书, offset ~499800)', async () => {
    const { stripRunningHeaders } = await import('../../../scripts/ingest/collection/segment.ts');
    const headers = /(数字乡村发展实践白皮书[（(]2024年[)）])(\d{1,6})(\/\d{1,3})?/gu;
    const removed: string[] = [];
    const text = '甲。数字乡村发展实践白皮书（2024年）12乙。电视节目综合人口覆盖率数字乡村发展实践白皮书（2024年）1399.8%，广播电视。数字乡村发展实践白皮书（2024年）14意见》';
    expect(stripRunningHeaders(text, headers, (h) => removed.push(h))).toBe('甲。乙。电视节目综合人口覆盖率99.8%，广播电视。意见》');
    expect(removed).toEqual(['数字乡村发展实践白皮书（2024年）12', '数字乡村发展实践白皮书（2024年）13', '数字乡村发展实践白皮书（2024年）14']);
  });
  it('are found with another edition’s year in the title’s brackets, not where the text quotes the title (中国5G发展…白皮书, offset 458510)', async () => {
    const { learnRunningHeaders, stripRunningHeaders } = await import('../../../scripts/ingest/collection/segment.ts');
    const cover = '中国信息通信研究院2023年12月中国5G发展和经济社会影响白皮书(2023年)No.202323版权声明本白皮书版权属于中国信息通信研究院。';
    const body = '甲。中国5G发展和经济社会影响白皮书（2023年）28乙。中国5G发展和经济社会影响白皮书（2022年）29附件：说明。见《中国5G发展和经济社会影响白皮书（2022年）》。';
    const headers = learnRunningHeaders(cover + body)!;
    const removed: string[] = [];
    expect(stripRunningHeaders(body, headers, (h) => removed.push(h))).toBe('甲。乙。附件：说明。见《中国5G发展和经济社会影响白皮书（2022年）》。');
    expect(removed).toEqual(['中国5G发展和经济社会影响白皮书（2023年）28', '中国5G发展和经济社会影响白皮书（2022年）29']);
  });
  it('leave a numbered heading its number (2020年半年度报告摘要: page 11, then `6.资本开支及现金流`)', async () => {
    const { stripRunningHeaders } = await import('../../../scripts/ingest/collection/segment.ts');
    const headers = /(中国联合网络通信股份有限公司2020年半年度报告摘要)(\d{1,6})(\/\d{1,3})?/gu;
    const text = '同比下降1.6个百分点。中国联合网络通信股份有限公司2020年半年度报告摘要116.资本开支及现金流2020年上半年';
    expect(stripRunningHeaders(text, headers)).toBe('同比下降1.6个百分点。6.资本开支及现金流2020年上半年');
  });
  it('leave a sub-numbered heading its number (2019年半年度报告摘要: page 3, then `2.2公司主要财务数据`)', async () => {
    const { stripRunningHeaders } = await import('../../../scripts/ingest/collection/segment.ts');
    const headers = /(中国联合网络通信股份有限公司2019年半年度报告摘要)(\d{1,6})(\/\d{1,3})?/gu;
    const text = '中国联合网络通信股份有限公司2019年半年度报告摘要2公司简介。中国联合网络通信股份有限公司2019年半年度报告摘要32.2公司主要财务数据单位：元';
    expect(stripRunningHeaders(text, headers)).toBe('公司简介。2.2公司主要财务数据单位：元');
  });
  it('leave a numbered part its number when the page before is known (2020年年度报告摘要: page 3, then `2报告期公司主要业务简介`)', async () => {
    const { stripRunningHeaders } = await import('../../../scripts/ingest/collection/segment.ts');
    const headers = /(中国联合网络通信股份有限公司2020年年度报告摘要)(\d{1,6})(\/\d{1,3})?/gu;
    const header = '中国联合网络通信股份有限公司2020年年度报告摘要';
    const text = `${header}1甲。${header}21公司简介。${header}32报告期公司主要业务简介。${header}12乙。`;
    // Page 12 after page 3: no reading continues the count, so the digits are the page.
    expect(stripRunningHeaders(text, headers)).toBe('甲。1公司简介。2报告期公司主要业务简介。乙。');
  });
  it('read a page total as the one the document prints on every page (2020年第一季度报告正文: `7/8`, then `4.4预测…`)', async () => {
    const { stripRunningHeaders } = await import('../../../scripts/ingest/collection/segment.ts');
    const headers = /(中国联合网络通信股份有限公司2020年第一季度报告正文)(\d{1,6})(\/\d{1,3})?/gu;
    const header = '中国联合网络通信股份有限公司2020年第一季度报告正文';
    const text = `${header}6/8甲。${header}7/84.4预测年初至下一报告期期末的累计净利润。${header}8/8乙。`;
    expect(stripRunningHeaders(text, headers)).toBe('甲。4.4预测年初至下一报告期期末的累计净利润。乙。');
    // A number ending one page and one starting the next stay two numbers.
    expect(stripRunningHeaders(`财务费用-66.6${header}7/81.营业费用变动原因。${header}8/8`, headers)).toBe('财务费用-66.6 1.营业费用变动原因。');
  });
});

describe('articles after a byline of departments and writers, or opening as a reprint', () => {
  it('a byline naming departments with their writers closes an article; a headline may end with its column in brackets (offset 240821)', () => {
    const before = '将“最美夕阳红”的美好图景在中华大地铺展开来！（集团新闻宣传中心，王欢；客户服务部，罗晓娜、刘佳泉）';
    const next = '上台阶挑大梁，央企迈向高质量发展（权威部门话开局）国有企业是中国特色社会主义的重要物质基础和政治基础。';
    const { docs } = segmentCollection(`${filler(30)}${before}${next}${filler(30)}`, {});
    expect(docs.map((d) => d.title)).toEqual([expect.any(String), '上台阶挑大梁，央企迈向高质量发展（权威部门话开局）']);
    expect(docs[0]!.text.endsWith('刘佳泉）')).toBe(true);
  });

  it('a credit inside an article closes nothing: a caption’s credit before a clause, a source noted inside a sentence (made up)', () => {
    const caption = '抢修队伍连夜赶赴现场。（图片由四川联通提供）随后，工作人员又赶往下一个站点，中国联通全力保障通信畅通。';
    const source = '全国5G用户数达到10亿户（来源：工信部2025年统计公报），同比增长15%，中国联通持续推进网络建设。';
    expect(segmentCollection(`${filler(30)}${caption}${filler(30)}`, {}).docs).toHaveLength(1);
    expect(segmentCollection(`${filler(30)}${source}${filler(30)}`, {}).docs).toHaveLength(1);
    // Names alone closing an article still close it before the next headline (offset 186746).
    const credited = `${filler(30)}携手共创美好未来。（付心怡温尔雅）中国联通人工智能创新发展论坛在上海成功举办7月5日，论坛在上海召开。${filler(30)}`;
    expect(segmentCollection(credited, {}).docs.map((d) => d.title)).toEqual([expect.any(String), '中国联通人工智能创新发展论坛在上海成功举办']);
  });

  it('an editor’s credit or the end mark `（完）` closes an article; the next starts right after, its headline read to its body (made up)', () => {
    const edited = '为数字中国建设贡献联通力量。（责任编辑：王小明）';
    const ended = '让群众共享数字发展成果。（完）';
    const next = ['数字乡村焕发新活力近日，河北多地乡村开通千兆光网。', '智慧课堂走进山区学校近日，甘肃山区学校用上了5G智慧课堂。'];
    const { docs } = segmentCollection(`${filler(30)}${edited}${next[0]}${filler(30)}${ended}${next[1]}${filler(30)}`, {});
    expect(docs.map((d) => d.title)).toEqual([expect.any(String), '数字乡村焕发新活力', '智慧课堂走进山区学校']);
    expect(docs[0]!.text.endsWith('（责任编辑：王小明）')).toBe(true);
    expect(docs[1]!.text.endsWith('（完）')).toBe(true);
  });

  it('a periodical publishing an article opens its reprint; the body opens with the commission’s Party committee (offset 234969)', () => {
    const next = '《旗帜》杂志刊发郝鹏署名文章：充分发挥机关党建引领保障作用扎实推动国资央企高质量发展国务院国资委党委深入学习贯彻习近平总书记重要讲话精神。';
    const { docs } = segmentCollection(`${filler(30)}谱写新篇章，迎接更加繁荣、智慧、幸福的明天。${next}${filler(30)}`, {});
    expect(docs.map((d) => d.title)).toEqual([expect.any(String), '《旗帜》杂志刊发郝鹏署名文章：充分发挥机关党建引领保障作用扎实推动国资央企高质量发展']);
    // Quoting a periodical inside a sentence opens nothing.
    expect(segmentCollection(`${filler(30)}据《人民日报》刊发的文章报道，联通云发展迅速。${filler(30)}`, {}).docs).toHaveLength(1);
  });
});

describe('a paragraph’s indent kept by the extraction (offset 168932)', () => {
  it('opens a paragraph after a sentence’s end, the space not shown; a space inside a sentence stays', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const texts = (t: string) => newsBlocks(t).map((b) => (b.type === 'paragraph' ? b.text : b.type));
    expect(texts('中国联通功不可没。\u2003基于全面挺进数字经济的战略需要，中国联通引入战略投资者。')).toEqual(['中国联通功不可没。', '基于全面挺进数字经济的战略需要，中国联通引入战略投资者。']);
    expect(texts('开售iPhone 3GS手机。')).toEqual(['开售iPhone 3GS手机。']);
  });
});
