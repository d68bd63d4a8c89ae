import { describe, expect, it } from 'vitest';
import { figureLabel, toBlocks } from '../../../scripts/ingest/text/blocks.ts';
import { joinWrappedLines } from '../../../scripts/ingest/text/join-wrapped-lines.ts';

const lines = (texts: string[]) => texts.map((text, k) => ({ n: k + 1, text }));

describe('toBlocks: the words placed on a picture', () => {
  it('reads a map’s places and figures as one line of labels (2020 report, lines 1004–1021)', () => {
    const blocks = toBlocks(lines(['歐洲', '', '4800', '', '香港', '澳台', '12300', '', '中東', '1500']));
    // Set apart from the text as a picture's words are: a caption.
    expect(blocks).toEqual([{ type: 'paragraph', text: '歐洲 4800 香港 澳台 12300 中東 1500', line: 1, caption: true }]);
  });

  it('reads a photo’s caption labelled by its place as a caption, even with no blank line around it (2020 report, lines 3462-3463)', () => {
    const blocks = toBlocks(lines(['左圖：4月22日浙江寧波聯通與寧波電信5G共建共享開通突破1500基站', '右圖：上海聯通與上海電信舉行進口博覽會聯合通信保障演練', '中國聯通加強對設備供應商的規範管理，將制度嵌入供應鏈平台。']));
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.caption ?? false : b.type))).toEqual([true, true, false]);
    // A corner's label too (made-up text after a review).
    expect(toBlocks(lines(['左上圖：員工參加義務植樹活動', '右下圖：志願者走進社區'])).map((b) => (b.type === 'paragraph' ? b.caption ?? false : b.type))).toEqual([true, true]);
  });

  it('reads a diagram’s boxes, longer lines six or more in a row, as one line of labels (2020 report, lines 3791–3810)', () => {
    const chart = ['董事會', '中國聯通', '', '社會責任指導委員會', '', '總部其他部門', '', '企業發展部 / 法律部', '31省分公司', '', '審批CSR規劃', '複盤CSR目標', '和進度'];
    expect(toBlocks(lines(chart))).toEqual([{ type: 'paragraph', text: '董事會 中國聯通 社會責任指導委員會 總部其他部門 企業發展部 / 法律部 31省分公司 審批CSR規劃 複盤CSR目標 和進度', line: 1, caption: true }]);
    // Five such lines are no diagram: each stays a line of its own.
    const texts = (blocks: ReturnType<typeof toBlocks>) => blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type));
    const five = ['社會責任指導委員會', '', '企業發展部 / 法律部', '', '審批CSR規劃', '', '複盤CSR目標和進度', '', '聽取和部署CSR工作'];
    expect(texts(toBlocks(lines(five)))).toEqual(['社會責任指導委員會', '企業發展部 / 法律部', '審批CSR規劃', '複盤CSR目標和進度', '聽取和部署CSR工作']);
  });

  it('takes a diagram’s line of several short labels set apart by spaces, and stops at a line that ends a clause (2020 report, lines 1941–1949)', () => {
    const diagram = ['觀賽', '', '面向觀眾的觀賽服務', '先進、超清的多媒體服務', '良好的現場及家庭觀賽體驗服務', '', '超高清直播 智慧客服 智慧專線 雲轉播服務 智慧傳媒', '', '智慧場館 全能指揮系統 5G VR娛樂'];
    expect(toBlocks(lines(diagram)).map((b) => (b.type === 'paragraph' ? [b.text, b.caption ?? false] : [b.type]))).toEqual([
      ['觀賽 面向觀眾的觀賽服務 先進、超清的多媒體服務 良好的現場及家庭觀賽體驗服務 超高清直播 智慧客服 智慧專線 雲轉播服務 智慧傳媒 智慧場館 全能指揮系統 5G VR娛樂', true],
    ]);
    // A short line that ends a clause is a wrapped sentence's, not a label: the run stops before it.
    const clause = ['審批CSR規劃', '複盤CSR目標', '', '審批CSR報告', '審批CSR其他', '重大事項', '擬定CSR規劃', '聽取和部署，', '實施CSR策略'];
    expect(toBlocks(lines(clause)).map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['審批CSR規劃 複盤CSR目標 審批CSR報告 審批CSR其他 重大事項 擬定CSR規劃', '聽取和部署，', '實施CSR策略']);
  });

  it('leaves out of a diagram’s labels a heading printed under it, and lines one under another with no blank line (made-up text after a review)', () => {
    const chart = ['董事会', '', '战略与可持续发展委员会', '', '可持续发展领导小组', '', '可持续发展办公室', '', '总部各部门', '各省分公司', '', '利益相关方沟通', '', '中国联通高度重视与利益相关方的沟通与合作，完善沟通机制与管理程序，积极搭建与投资者、客户、员工等各方的沟通平台。'];
    const blocks = toBlocks(lines(chart));
    expect(blocks.some((b) => b.type === 'heading' && b.text === '利益相关方沟通')).toBe(true);
    expect(blocks.some((b) => b.type === 'paragraph' && b.caption === true && b.text.includes('利益相关方沟通'))).toBe(false);
    // A table's column printed one cell a line is no diagram: each line stays its own.
    const column = ['安全生产投入总额', '安全培训覆盖人数', '安全生产事故次数', '职业病发生人数', '应急演练开展次数', '安全检查发现隐患数'];
    expect(toBlocks(lines(column)).map((b) => (b.type === 'paragraph' ? [b.text, b.caption ?? false] : [b.type]))).toEqual(column.map((t) => [t, false]));
  });

  it('ends a diagram’s labels where a row of key figures starts, which stays figures (2020 report, lines 2974–2990)', () => {
    const grid = ['綜合人員比例 其他人員比例', '', '市場人員比例 經理人員比例', '50歲以上員工比例', '', '研究生及以上', '本科', '人員構成', '', '員工總數（人） 中國大陸員工數（人） 港澳台員工數（人） 海外員工數（人）', '', '242121 241245 603 273'];
    const blocks = toBlocks(lines(grid));
    expect(blocks[0]).toEqual({ type: 'paragraph', text: '綜合人員比例 其他人員比例 市場人員比例 經理人員比例 50歲以上員工比例 研究生及以上 本科 人員構成', line: 1, caption: true });
    expect(blocks.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [b.label, b.value] : []))).toEqual([
      ['員工總數', '242121'],
      ['中國大陸員工數', '241245'],
      ['港澳台員工數', '603'],
      ['海外員工數', '273'],
    ]);
  });

  it('joins a name and its titles, one a line, where a title goes on past an enumeration comma (2024 report, lines 109-111)', () => {
    expect(toBlocks(lines(['简勤', '董事、总经理、', '党组副书记']))).toEqual([{ type: 'paragraph', text: '简勤 董事、总经理、党组副书记', line: 1, caption: true }]);
    // A longer line without the comma is text of its own.
    expect(toBlocks(lines(['简勤', '董事兼总经理及党组副书记', '党组成员'])).map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['简勤', '董事兼总经理及党组副书记', '党组成员']);
  });

  it('stops at a key-figure callout, which stays a figure; a label’s first word printed over a blank line is part of it (2020 report, lines 3078–3088)', () => {
    const blocks = toBlocks(lines(['高層管理人員', '', '培訓率', '', '100%', '', '平均', '', '培訓時長', '', '167小時']));
    expect(blocks.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [figureLabel(b), b.value, b.unit] : []))).toEqual([
      ['培訓率', '100', '%'],
      ['平均培訓時長', '167', '小時'],
    ]);
    // No paragraph of the one word is left.
    expect(blocks.some((b) => b.type === 'paragraph' && b.text === '平均')).toBe(false);
  });

  it('reads callouts counted in energy units and percentage points, listed in kpi.yml (made-up text after a review)', () => {
    const blocks = toBlocks(lines(['数据中心年节电量', '', '12.5', '', '亿千瓦时', '', '新建光伏装机容量', '', '35', '', '兆瓦', '', '温室气体排放强度下降', '', '3.2', '', '个百分点']));
    expect(blocks.map((b) => (b.type === 'figure' ? [figureLabel(b), b.value, b.unit] : [b.type]))).toEqual([
      ['数据中心年节电量', '12.5', '亿千瓦时'],
      ['新建光伏装机容量', '35', '兆瓦'],
      ['温室气体排放强度下降', '3.2', '个百分点'],
    ]);
  });

  it('reads "a year" after a unit, its slash printed full width (2020 report, lines 3417–3419: `90億╱年`)', () => {
    const blocks = toBlocks(lines(['節省運營成本約', '', '90億╱年', '']));
    expect(blocks.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit] : []))).toEqual([['節省運營成本約', '90', '億╱年']]);
  });

  it('reads a figure that closes a clause, the comma left out as the figures’ separator (2020 report, lines 3416–3421: `760億，`)', () => {
    const blocks = toBlocks(lines(['節省投資約', '', '760億，', '節省運營成本約', '', '90億╱年', '']));
    expect(blocks.map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit, b.separator ?? ''] : [b.type]))).toEqual([
      ['節省投資約', '760', '億', '，'],
      ['節省運營成本約', '90', '億╱年', ''],
    ]);
    // A comma after a bare number with its unit on the next line reads no figure.
    expect(toBlocks(lines(['節省投資約', '', '760，', '億'])).some((b) => b.type === 'figure')).toBe(false);
  });

  it('reads a figure whose line goes on with the next group’s title, the title a paragraph after it (2020 report, lines 3398–3404: `38萬站 覆蓋翻倍：`)', () => {
    const blocks = toBlocks(lines(['累計開通5G共享基站', '', '38萬站 覆蓋翻倍：', '', '全國覆蓋城市', '', '348個', '']));
    expect(blocks.map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit] : b.type === 'paragraph' ? [b.text] : [b.type]))).toEqual([
      ['累計開通5G共享基站', '38', '萬站'],
      ['覆蓋翻倍：'],
      ['全國覆蓋城市', '348', '個'],
    ]);
  });

  it('reads a figure whose 余 follows its magnitude (2020 report, lines 961–963: `3萬餘名`)', () => {
    const blocks = toBlocks(lines(['5年累計參與公益扶貧愛心行動志願者達', '', '3萬餘名', '']));
    expect(blocks.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit] : []))).toEqual([['5年累計參與公益扶貧愛心行動志願者達', '3萬餘', '名']]);
  });

  it('reads a callout printed on one line of its own, its figure apart or qualified (2020 chapter, lines 212-228)', () => {
    const blocks = toBlocks(lines(['看提速：', '', '固網寬帶平均下載速率提升約 8 倍', '', '建成超 38 萬個5G基站', '', '2020年度企業寬帶降幅超15%', '', '惠及建檔立卡貧困戶 194.7 萬戶', '', '看服務：']));
    expect(blocks.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [figureLabel(b), b.value, b.unit] : []))).toEqual([
      ['固網寬帶平均下載速率提升', '約 8', '倍'],
      // The label's noun after the unit (line 216): the label is the words before and after the figure.
      ['建成5G基站', '超 38', '萬個'],
      ['2020年度企業寬帶降幅', '超15', '%'],
      ['惠及建檔立卡貧困戶', '194.7', '萬戶'],
    ]);
    // A note (2024 report, line 2509), a figure run into its words, a label without a figure, or a line inside a paragraph is no callout.
    for (const text of ['注：中国大陆临时性市场化用工 9729 人', '全年共培训员工12万人', '員工總數達到']) {
      expect(toBlocks(lines(['', text, ''])).filter((b) => b.type === 'figure'), text).toEqual([]);
    }
    expect(toBlocks(lines(['上一行', '惠及建檔立卡貧困戶 194.7 萬戶', ''])).filter((b) => b.type === 'figure')).toEqual([]);
  });

  it('reads a key figure whose label ends the paragraph line before it, after a full stop and a space (2020 report, lines 3298-3301)', () => {
    const blocks = toBlocks(lines(['同時嚴格執行特殊崗位持證上崗要求。全年並未發生涉及人員傷亡的安全生產事故。 安全生產培訓次數', '', '93次', '', '下一段。']));
    expect(blocks.map((b) => (b.type === 'figure' ? `figure ${b.label} ${b.value}${b.unit}` : b.type === 'paragraph' ? b.text : b.type))).toEqual([
      '同時嚴格執行特殊崗位持證上崗要求。全年並未發生涉及人員傷亡的安全生產事故。',
      'figure 安全生產培訓次數 93次',
      '下一段。',
    ]);
    // A count of people with the word for them (line 2336): `109位總監`.
    expect(toBlocks(lines(['2020年共聘任總部市場線、網絡線', '', '109位總監', ''])).map((b) => (b.type === 'figure' ? `${b.label} ${b.value} ${b.unit}` : b.type))).toEqual(['2020年共聘任總部市場線、網絡線 109 位總監']);
    // Without a figure after it, the words after the space are a photo's caption, a paragraph of their own
    // (no space follows a full stop in running text).
    expect(toBlocks(lines(['全年並未發生涉及人員傷亡的安全生產事故。 安全生產培訓現場', '', '下一段。'])).map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['全年並未發生涉及人員傷亡的安全生產事故。', '安全生產培訓現場', '下一段。']);
  });

  it('reads key figures printed side by side: a row of figures and a row of labels, either order (2020 report, lines 907-909, 2986-2994)', () => {
    const figures = (texts: string[]) => toBlocks(lines(texts)).filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit] : []));
    expect(figures([' 5.61億元 430萬戶', '', '5年累計減免通信費用 惠及貧困用戶超過'])).toEqual([
      ['5年累計減免通信費用', '5.61', '億元'],
      ['惠及貧困用戶超過', '430', '萬戶'],
    ]);
    expect(figures(['吸納就業人數（人） 男女比例（男比女） 少數民族員工比例（%） 離職員工（人）', '中國大陸市場化 ', '臨時性用工（人）', '', '10652 1.54：1 6.72 5228 12581'])).toEqual([
      ['吸納就業人數', '10652', '人'],
      ['男女比例', '1.54：1', '男比女'],
      ['少數民族員工比例', '6.72', '%'],
      ['離職員工', '5228', '人'],
      ['中國大陸市場化臨時性用工', '12581', '人'],
    ]);
    // As many labels as figures, or no figures at all.
    expect(figures(['員工總數（人） 海外員工數（人）', '', '242121 241245 603'])).toEqual([]);
    expect(figures(['研究生及以上 本科', '', '大專 中專及以下'])).toEqual([]);
  });

  it('reads key figures printed one under another, then their labels in the same order (2020 report, lines 2073-2079)', () => {
    const figures = (texts: string[]) => toBlocks(lines(texts)).filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit] : []));
    expect(figures(['就業機會。', '', '637.4萬元', '', '55006人', '', '2020年對外捐贈', '', '註冊志願者人數達到', ' 重基礎'])).toEqual([
      ['2020年對外捐贈', '637.4', '萬元'],
      ['註冊志願者人數達到', '55006', '人'],
    ]);
    // A chart's percentages under more figures, over lines of several labels each: not paired; nor is a
    // label between two of its figures a callout (lines 2958-2978).
    expect(figures(['15.51%15.69%', '', '30-50歲員工比例', '', '19.12%', '', '12.49%', '', '8.32%', '', '60.07%', '', '學歷分佈年齡分佈', '', '30歲以下員工比例技術人員比例', '', '綜合人員比例 其他人員比例', '', '市場人員比例 經理人員比例', '', '50歲以上員工比例'])).toEqual([]);
    // Callouts one under another are still callouts (2024 report, lines 2490-2502).
    expect(figures(['38.1%', '', '理工科毕业生占比', '', '77.1%', '', '理工科硕博占比', '', '38.1%'])).toEqual([
      ['理工科毕业生占比', '77.1', '%'],
      ['理工科硕博占比', '38.1', '%'],
    ]);
    // Fewer labels than figures: no figures.
    expect(figures(['637.4萬元', '', '55006人', '', '2020年對外捐贈'])).toEqual([]);
  });

  it('reads a callout whose label and figure stand a few blank lines apart (2024 report, lines 2490-2494)', () => {
    const blocks = toBlocks(lines(['其中优质院校毕业生占比', '', ' ', ' ', '38.1%', '', '理工科毕业生占比', '', '77.1%']));
    expect(blocks.map((b) => (b.type === 'figure' ? [b.label, b.value, b.unit] : b.type))).toEqual([
      ['其中优质院校毕业生占比', '38.1', '%'],
      ['理工科毕业生占比', '77.1', '%'],
    ]);
  });

  it('reads a count inside a one-line label, the label’s rest set apart after it (2024 report, lines 1393-1394)', () => {
    const blocks = toBlocks(lines(['', '中央单位定点帮扶工作成效考核连续6 年 获得最高等次“好”', '']));
    expect(blocks.map((b) => (b.type === 'figure' ? [figureLabel(b), b.value, b.unit] : b.type))).toEqual([['中央单位定点帮扶工作成效考核连续获得最高等次“好”', '6', '年']]);
    // A year is no count.
    expect(toBlocks(lines(['', '中国联通在2024 年 获得多项荣誉', ''])).map((b) => b.type)).toEqual(['paragraph']);
  });

  it('reads a count alone over the words it qualifies (2023 chapter, lines 102-104)', () => {
    const blocks = toBlocks(lines(['', '連續5年', '', '獲得中央定點幫扶工作成績考核「好」的評價', '', '選派幫扶幹部', '', '1,635名']));
    expect(blocks.map((b) => (b.type === 'figure' ? [figureLabel(b), b.value, b.unit] : b.type))).toEqual([
      ['連續獲得中央定點幫扶工作成績考核「好」的評價', '5', '年'],
      ['選派幫扶幹部', '1,635', '名'],
    ]);
    // Over a sentence, or with text right under it, it is no callout.
    expect(toBlocks(lines(['', '連續5年', '', '公司獲得考核「好」的評價。', ''])).map((b) => b.type)).not.toContain('figure');
  });

  it('reads a callout whose label the PDF wrapped onto a second line (2020 report, lines 2653-2656)', () => {
    const blocks = toBlocks(lines(['2020年《中國大數據', '企業排行榜》電信行業第', '', '1名']));
    expect(blocks).toEqual([{ type: 'figure', label: '2020年《中國大數據企業排行榜》電信行業第', value: '1', unit: '名', line: 1 }]);
  });

  it('reads no callout in two short lines: a notes label over its first note opens it (text/notes.ts)', () => {
    const blocks = toBlocks(lines(['註：', '1. 中國聯合網絡通信股份有限公司混合所有制改革引入的戰略投資者。']));
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['註：1. 中國聯合網絡通信股份有限公司混合所有制改革引入的戰略投資者。']);
  });
});

describe('toBlocks: a caption between two pictures', () => {
  const caption = '中国联通在新加坡全新推出 CUniq SG 移动业务，为客户提供“多、快、好、省、广”的优质产品和贴心服务';
  const shown = (texts: string[]) => toBlocks(lines(texts)).map((b) => (b.type === 'paragraph' ? [b.text, b.caption ?? false] : [b.type]));

  it('reads a line of two lines\' worth that ends no sentence, between two pictures\' gaps, as a caption (2024 report line 1944)', () => {
    expect(shown(['政企市场，国际快线产品实现国内31个省到“一带一路”地区12个城市的直连。', '', '', '', caption, '', '', '', '巴黎奥运会期间，推出欧洲十国漫游包。'])).toEqual([
      ['政企市场，国际快线产品实现国内31个省到“一带一路”地区12个城市的直连。', false],
      [caption, true],
      ['巴黎奥运会期间，推出欧洲十国漫游包。', false],
    ]);
  });

  it('leaves the same line text between single blank lines', () => {
    expect(shown(['政企市场，国际快线产品实现直连。', '', caption, '', '巴黎奥运会期间，推出欧洲十国漫游包。'])[1]).toEqual([caption, false]);
  });
});

describe('toBlocks: headings and the first lines of boxed paragraphs', () => {
  it('keeps a box’s wrapped first line in its paragraph (2020 report, lines 1626–1629 and 2722–2724)', () => {
    const box = toBlocks(lines(['服務全國累計受理量近1000萬筆。', ' 江蘇聯通用「專業、活力、認真、貼心」詮釋', '智慧服務，實現省內全量工單統一運營，全面實現熱線滿意度和投訴滿意度雙提升。']));
    expect(box.filter((b) => b.type === 'heading')).toEqual([]);
    const narrow = toBlocks(lines(['', ' 圍繞智慧城市、工業互聯', '網、5G行業終端、智慧能源等領域發佈20餘款物聯網標準化模組，推動物聯網產業發展。']));
    expect(narrow.filter((b) => b.type === 'heading')).toEqual([]);
  });
  it('still reads a heading over its text (2020 report, lines 3291–3293)', () => {
    const blocks = toBlocks(lines(['', ' 保障安全生產', '公司高度重視安全生產，認真貫徹落實《中華人民共和國安全生產法》，建立安全生產長效機制，並強化落實各級分子公司安全生產主體責任。']));
    expect(blocks.find((b) => b.type === 'heading')).toMatchObject({ text: '保障安全生產' });
  });
});

describe('toBlocks: callouts whose figure counts words, and rows of figures under one label', () => {
  const figures = (texts: string[]) => toBlocks(lines(texts)).flatMap((b) => (b.type === 'figure' ? [[b.label, b.value, b.unit]] : []));

  it('reads the words a figure counts as its unit (2023 chapter lines 65–71, 2024 report lines 1445, 2442, 2814)', () => {
    expect(figures(['「聯通數村」平台覆蓋', '', '25.5萬村', '', '服務', '', '2,639.4萬村戶'])).toEqual([
      ['「聯通數村」平台覆蓋', '25.5', '萬村'],
      ['服務', '2,639.4', '萬村戶'],
    ]);
    expect(figures(['联通数村平台覆盖', '', '26 万个行政村'])).toEqual([['联通数村平台覆盖', '26', '万个行政村']]);
    expect(figures(['全年开展总经理在线活动', '', '480 余场次'])).toEqual([['全年开展总经理在线活动', '480 余', '场次']]);
    expect(figures(['出动应急通信车', '', '8.7 万辆次'])).toEqual([['出动应急通信车', '8.7', '万辆次']]);
    // A percentage with `以上` (over) after it: the qualifier stays with the unit as printed (callouts.ts reads it).
    expect(figures(['现场问题解决率达到', '', '95% 以上'])).toEqual([['现场问题解决率达到', '95', '% 以上']]);
  });

  it('never reads a place on a map as a unit (2020 report, lines 1027–1028)', () => {
    expect(figures(['東南亞', '5800非洲', '', '2500'])).toEqual([]);
  });

  it('joins a label the PDF wrapped over three lines (2023 chapter, lines 711–715)', () => {
    expect(figures(['集團工會及時處理', '妥善解決各類信訪、', '輿情事項', '', '10起'])).toEqual([['集團工會及時處理妥善解決各類信訪、輿情事項', '10', '起']]);
  });

  it('reads a row of figures under one label, one figure each (2023 chapter line 111, 2024 report line 1381)', () => {
    expect(figures(['定點幫扶與對口支援', '', '5個縣、47個鄉鎮、1,152個村'])).toEqual([
      ['定點幫扶與對口支援', '5', '個縣'],
      ['定點幫扶與對口支援', '47', '個鄉鎮'],
      ['定點幫扶與對口支援', '1,152', '個村'],
    ]);
    expect(figures(['定点扶贫：', '', '5 个县 52 个乡镇 1140 个村'])).toEqual([
      ['定点扶贫：', '5', '个县'],
      ['定点扶贫：', '52', '个乡镇'],
      ['定点扶贫：', '1140', '个村'],
    ]);
    // The label is printed once: the figures after the first share it, the separators printed between them are counted.
    const row = toBlocks(lines(['定點幫扶與對口支援', '', '5個縣、47個鄉鎮、1,152個村'])).map((b) => (b.type === 'figure' ? [b.sharesLabel ?? false, b.separator ?? ''] : []));
    expect(row).toEqual([[false, ''], [true, '、'], [true, '、']]);
    // A row with other words in it is a sentence, not figures.
    expect(figures(['定点扶贫：', '', '帮扶5个县和52个乡镇'])).toEqual([]);
  });
});

describe('toBlocks: a heading printed with a bullet', () => {
  it('is a short title alone over its paragraph, and ends the list before it (2024 report, lines 2998–3008)', () => {
    const blocks = toBlocks(lines(['● 内控工作机制有序运营', '', '坚持围绕“强内控、防风险、促合规”目标，持续完善内控体系建设。', '', '- 持续强化审计项目统筹。', '', '● 内控监督评价逐渐强化', '', '聚焦关键业务和重点环节的内部控制，持续开展监督评价工作。']));
    expect(blocks.map((b) => [b.type, b.type === 'heading' ? `${b.text}|${b.marker}` : ''])).toEqual([
      ['heading', '内控工作机制有序运营|●'],
      ['paragraph', ''],
      ['list', ''],
      ['heading', '内控监督评价逐渐强化|●'],
      ['paragraph', ''],
    ]);
  });

  it('leaves a list of short items a list (2020 report, lines 3857–3861)', () => {
    const blocks = toBlocks(lines(['●  抗擊疫情', '', '●  縮小數字鴻溝', '', '●  客戶權益保障']));
    expect(blocks.map((b) => b.type)).toEqual(['list']);
  });
});

describe('cellListItems', () => {
  it('reads the items of a list a cell prints as raw HTML, marked with ☆ or • (2024 report lines 3183, 2920)', async () => {
    const { cellListItems } = await import('../../../scripts/ingest/text/blocks.ts');
    expect(cellListItems('<ul style="list-style-type: none"> • 营业厅沟通 • 服务热线 • 微博微信与 APP ')).toEqual(['营业厅沟通', '服务热线', '微博微信与 APP']);
    expect(cellListItems('<ul style="list-style-type: none"> ☆ 审议和监督环境管理相关长期发展战略。 ☆ 决策经营计划。')).toEqual(['审议和监督环境管理相关长期发展战略。', '决策经营计划。']);
    expect(cellListItems('营业厅沟通')).toBeNull();
  });
});

describe('a table that goes on after a page break', () => {
  it('leaves out its header row printed again, and keeps it once (2024 report, 利益相关方沟通)', () => {
    const lines = ['利益相关方\t沟通方式\t对联通的期望', '客户\t营业厅沟通\t网络品质', '利益相关方\t沟通方式\t对联通的期望', '政府\t会议\t信息基础设施建设'].map((text, k) => ({ n: k + 1, text }));
    const [table] = toBlocks(lines);
    expect(table).toMatchObject({ type: 'table', rows: [['利益相关方', '沟通方式', '对联通的期望'], ['客户', '营业厅沟通', '网络品质'], ['政府', '会议', '信息基础设施建设']], rowLines: [1, 2, 4], repeatedHeaders: ['利益相关方\t沟通方式\t对联通的期望'] });
  });
  it('leaves out its header printed again without the spaces (2024 report, 关键绩效 lines 3230, 3267)', () => {
    const lines = ['类别\t指标\t单位\t2022 年\t2023 年\t2024 年', '\t授权专利数\t项\t1666\t2287\t1436', '类别\t指标\t单位\t2022年\t2023年\t2024年', '客户服务\t综合满意度\t分\t81.97\t81.78\t达标'].map((text, k) => ({ n: k + 1, text }));
    const [table] = toBlocks(lines);
    expect(table).toMatchObject({ type: 'table', rowLines: [1, 2, 4], repeatedHeaders: ['类别\t指标\t单位\t2022年\t2023年\t2024年'] });
  });
});

describe('cards of people, a name over its titles', () => {
  const lines = (texts: string[]) => texts.map((text, k) => ({ n: k + 1, text }));
  const paragraphs = (texts: string[]) => toBlocks(lines(texts)).map((b) => (b.type === 'paragraph' ? b.text : `${b.type}`));
  it('are one paragraph each (2020 report lines 237-269, two cards without a blank between; 2024 report lines 103-125)', () => {
    expect(paragraphs(['王曉初', '董事長兼首席執行官', '', '李福申', '執行董事', '', '買彥州', '高級副總裁', '', '張永霖', '獨立非執行董事', ' 黃偉明', '獨立非執行董事'])).toEqual([
      '王曉初 董事長兼首席執行官', '李福申 執行董事', '買彥州 高級副總裁', '張永霖 獨立非執行董事', '黃偉明 獨立非執行董事',
    ]);
    expect(paragraphs(['陈忠岳', '董事长', '党组书记', '', '', '', '简勤', '董事、总经理、', '党组副书记', '', '', '', '董群', '纪检监察组组长', '党组成员'])).toEqual([
      '陈忠岳 董事长 党组书记', '简勤 董事、总经理、党组副书记', '董群 纪检监察组组长 党组成员',
    ]);
  });
  it('need three in a row, and a name of two to four characters', () => {
    expect(paragraphs(['王曉初', '董事長兼首席執行官', '', '李福申', '執行董事'])).not.toContain('王曉初 董事長兼首席執行官');
    expect(paragraphs(['中國聯通股權結構', '董事長', '', '李福申', '執行董事', '', '買彥州', '高級副總裁'])).not.toContain('中國聯通股權結構 董事長');
  });
});

describe('a photo’s caption printed at the end of a paragraph’s last line, after its full stop and a space', () => {
  const blocks = (texts: string[]) => toBlocks(texts.map((text, k) => ({ n: k + 1, text }))).map((b) => [b.type, 'text' in b ? b.text : b.type === 'list' ? b.items : '']);
  it('is a paragraph of its own after the paragraph or list item it ends, never a heading (2020 report lines 449-451, 1897)', () => {
    expect(blocks(['• 通過「社區風險預測」等產品服務，避免恐慌情緒。 中國聯通大數據「健康U碼」', '', '中國聯通以大數據助力疫情防控，累計提供數據服務超過一萬次，覆蓋全國各地。'])).toEqual([
      ['list', ['通過「社區風險預測」等產品服務，避免恐慌情緒。']],
      ['paragraph', '中國聯通大數據「健康U碼」'],
      ['paragraph', '中國聯通以大數據助力疫情防控，累計提供數據服務超過一萬次，覆蓋全國各地。'],
    ]);
    expect(blocks(['• 為全國數字經濟發展賦能。 聯通5G賦能智慧冬奧', ' • 推出智慧IP「小夢」，標誌着中國聯通「智慧冬奧」戰略'])).toEqual([
      ['list', ['為全國數字經濟發展賦能。']],
      ['paragraph', '聯通5G賦能智慧冬奧'],
      ['list', ['推出智慧IP「小夢」，標誌着中國聯通「智慧冬奧」戰略']],
    ]);
  });

  it('may hold the space set between a word and a number (2023 chapter line 410), not one between words', () => {
    expect(blocks(['● 持續不斷地提升品牌及業務的口碑及影響。 中國聯通亮相 2023年中國品牌日活動', '', '中國聯通品牌獲得中央企業品牌建設能力對標排名第四。'])).toEqual([
      ['list', ['持續不斷地提升品牌及業務的口碑及影響。']],
      ['paragraph', '中國聯通亮相 2023年中國品牌日活動'],
      ['paragraph', '中國聯通品牌獲得中央企業品牌建設能力對標排名第四。'],
    ]);
    expect(blocks(['● 持續不斷地提升品牌及業務的口碑及影響。 中國聯通亮相 中國品牌日活動', '', '中國聯通品牌獲得中央企業品牌建設能力對標排名第四。'])[0]).toEqual(['list', ['持續不斷地提升品牌及業務的口碑及影響。 中國聯通亮相 中國品牌日活動']]);
  });
  it('may hold a dash set apart by spaces, and the next paragraph after a blank line stays apart (2020 report lines 2824-2837)', () => {
    const printed = ['福建聯通自主研發「矛盾糾紛多元化解平台 — 慧', '合解」，合理配置社會各類解紛資源，以「互聯網+多', '元化治理」的新模式，有效提升基層的社會治理體系', '與治理能力現代化水平。2020年，矛盾糾紛多元化解', '平台相繼在長樂區政法委、東街口派出所、莆田市', '司法局等地投入使用，使用人數超過10000人，累計', '化解矛盾糾紛1000餘起，有力地維護了社會和諧穩', '定。 福建省內首個「矛盾糾紛多元化解平台 — 慧合解」正式發佈', '', '池州聯通全面踐行「擁抱政府」戰略，與所有縣', '區政府簽訂戰略合作協議，想政府所想，做政府所', '需，聚焦「平台+應用+運營」項目，通過信息化手段', '解決政府痛點，助力推進各級政府治理能力現代化，', '成為池州數字政府建設的排頭兵。'];
    const joined = joinWrappedLines(printed.map((text, k) => ({ n: 2824 + k, text })));
    expect(toBlocks(joined).map((b) => [b.type, 'text' in b ? b.text : ''])).toEqual([
      ['paragraph', '福建聯通自主研發「矛盾糾紛多元化解平台 — 慧合解」，合理配置社會各類解紛資源，以「互聯網+多元化治理」的新模式，有效提升基層的社會治理體系與治理能力現代化水平。2020年，矛盾糾紛多元化解平台相繼在長樂區政法委、東街口派出所、莆田市司法局等地投入使用，使用人數超過10000人，累計化解矛盾糾紛1000餘起，有力地維護了社會和諧穩定。'],
      ['paragraph', '福建省內首個「矛盾糾紛多元化解平台 — 慧合解」正式發佈'],
      ['paragraph', '池州聯通全面踐行「擁抱政府」戰略，與所有縣區政府簽訂戰略合作協議，想政府所想，做政府所需，聚焦「平台+應用+運營」項目，通過信息化手段解決政府痛點，助力推進各級政府治理能力現代化，成為池州數字政府建設的排頭兵。'],
    ]);
  });
  it('stays in its line where the paragraph goes on', () => {
    expect(blocks(['全年並未發生安全事故。 安全生產培訓', '繼續推進。'])).toHaveLength(2);
  });
});

describe('toBlocks: a caption standing alone', () => {
  it('sets a short line between blank lines that ends no sentence in a caption’s type (2024 report, lines 528-533)', () => {
    const blocks = toBlocks(
      lines(['中国联通持续推进超广覆盖、超大带宽、超低时延、超高可靠的智能体验政企精品网络建设，服务千行百业数字化转型。', '', '2024 年宽带用户卓越体验奖', '', '全面提升网络服务质量，持续优化用户感知。']),
    );
    expect(blocks.map((b) => (b.type === 'paragraph' ? [b.text, !!b.caption] : [b.type]))).toEqual([
      ['中国联通持续推进超广覆盖、超大带宽、超低时延、超高可靠的智能体验政企精品网络建设，服务千行百业数字化转型。', false],
      ['2024 年宽带用户卓越体验奖', true],
      ['全面提升网络服务质量，持续优化用户感知。', false],
    ]);
  });

  it('leaves a short sentence, a line leading on, and a line with text right above it as text', () => {
    const blocks = toBlocks(lines(['', '网络质量持续提升。', '', '主要举措如下：', '', '第一段文字没有句号', '紧接着的一行']));
    expect(blocks.filter((b) => b.type === 'paragraph' && b.caption)).toEqual([]);
  });
});
