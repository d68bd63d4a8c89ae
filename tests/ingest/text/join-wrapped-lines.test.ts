import { describe, expect, it } from 'vitest';
import { joinPieces, joinWrappedLines } from '../../../scripts/ingest/text/join-wrapped-lines.ts';
import { toLines } from '../../../scripts/ingest/text/clean.ts';

/** The lines a text is joined into, blank lines left out. */
const joined = (text: string) => joinWrappedLines(toLines(text)).map((l) => l.text).filter(Boolean);

describe('joinWrappedLines', () => {
  it('joins the wrapped chairman letter of the 2020 report (lines 11–19) into one paragraph, inserting nothing', () => {
    const text = '2020年是極為不易、極不平凡的一年，面對錯綜複雜\n的內外部形勢，面對新冠肺炎疫情嚴重衝擊和艱巨繁重\n的改革發展任務，我們扛起責任。\n\n統籌改革轉型發展，推進高效能數字治理。';
    const out = joined(text);
    expect(out).toEqual(['2020年是極為不易、極不平凡的一年，面對錯綜複雜的內外部形勢，面對新冠肺炎疫情嚴重衝擊和艱巨繁重的改革發展任務，我們扛起責任。', '統籌改革轉型發展，推進高效能數字治理。']);
  });

  it('joins a sentence cut at a page\'s foot to its rest printed after a whole paragraph (2024 report, chairman\'s letter lines 59–67)', () => {
    const cut = '聚力技术向新，加快发展新质生产力。科技创新效能不断提升，荣获国家技术发明奖二等奖 2 项；与国家实验室、重点高校共建创新';
    const lead = '2024年是新中国成立75周年，也是中国联通百年传承、三十向新接续奋斗再出发的重要一年，我们贡献联通智慧和力量。';
    const rest = '平台，与国家自然科学基金委共设联合基金，畅通科技创新“最初一公里”，树立央企数字化转型标杆。';
    expect(joined(`${cut}\n\n\n\n${lead}\n\n\n\n${rest}`)).toEqual([`${cut}${rest}`, lead]);
    // The rest keeps the cut paragraph's line; the paragraph between keeps its own.
    expect(joinWrappedLines(toLines(`${cut}\n\n\n\n${lead}\n\n\n\n${rest}`)).filter((l) => l.text).map((l) => l.n)).toEqual([1, 5]);
  });

  it('keeps a photo\'s caption under a picture\'s gap apart from the story after one blank line (2024 report lines 1429–1435, 2226–2231; 2020 chapter 70–74)', () => {
    const before = '贵州联通助力贵州省黔东南州册亨县，开展布依族古村寨传统建筑修缮保护、村庄环境整治，带动就业1200余人。';
    const caption = '中国联通定点帮扶册亨县发展布依非遗文化，助推乡村振兴';
    const story = '陕西联通累计派出 271 名帮扶干部，在帮扶村中建设 28 个新时代文明实践中心等基地，凝聚农民群众精神力量。';
    expect(joined(`${before}\n\n\n\n${caption}\n\n${story}`)).toEqual([before, caption, story]);
    expect(joined(`${before}\n\n\n\n「千兆5G、千兆寬帶、千兆Wi-Fi」為5Gⁿ數字生活新生態增色添彩\n\n為在疫情期間推動乒乓球運動的普及和發展，舉辦「乒乓在沃」線上挑戰賽，累計參與人數6萬。`)).toHaveLength(3);
    // After one blank line only, the same line is a page's last line whose sentence goes on.
    expect(joined(`${before}\n\n${caption}\n\n${story}`)).toEqual([before, `${caption}${story}`]);
  });

  it('ends a list item whose sentence ended where the next line is set in by a space: a case box (2023 chapter lines 337–343)', () => {
    const item = '● 舉辦「2023年中國聯通熱線服務和客戶投訴處理技能競賽」，激發熱線服務團隊熱情，提升熱線服務人員專業素';
    const box = ' 2023年12月，甘肅發生6.2級地震。地震發生後，10010熱線第一時間啓動應急預案，開通「甘';
    expect(joined(`${item}\n\n養和服務技能，前台問題一次解決率與窗口服務達標率大幅提升。\n${box}\n肅地震專家席」，災區用戶10010熱線直通人工。`)).toEqual([
      `${item}養和服務技能，前台問題一次解決率與窗口服務達標率大幅提升。`,
      `${box}肅地震專家席」，災區用戶10010熱線直通人工。`,
    ]);
    // An item whose sentence goes on keeps its next line, set in or not.
    expect(joined(`${item}\n 養和服務技能，前台問題一次解決率與窗口服務達標率大幅提升。`)).toEqual([`${item}養和服務技能，前台問題一次解決率與窗口服務達標率大幅提升。`]);
  });

  it('joins a list item cut at a page\'s foot to its rest printed after the page\'s picture caption (2024 report lines 2850–2871)', () => {
    const item = '- AI赋能反诈工作。中国联通反诈中心自主研发AI外呼平台，通过AI语音交互对疑似接到诈骗电话的用户进行劝阻，辅助用户复通核验等';
    const rest = '工作。2024 年 9 月以来，累计外呼量 180 万，累计成功劝阻 3.5 万，预计挽回经济损失超过亿元。';
    const next = '- 做好全民反诈教育。推出类型丰富、节点全面的反诈宣传教育作品。';
    expect(joined(`${item}\n\n\n\n中国联通 AI 外呼运营大屏\n\n${rest}\n\n${next}`)).toEqual([`${item}${rest}`, '中国联通 AI 外呼运营大屏', next]);
    // A whole sentence after the caption is no rest: the item stays as printed.
    expect(joined(`${item}\n\n\n\n中国联通 AI 外呼运营大屏\n\n同时，公司累计外呼量 180 万，累计成功劝阻 3.5 万，预计挽回经济损失超过亿元。`)).toHaveLength(3);
  });

  it('leaves a paragraph that opens as the document\'s sentences do where a cut one stands two paragraphs up', () => {
    const cut = '聚力技术向新，加快发展新质生产力。科技创新效能不断提升，荣获国家技术发明奖二等奖 2 项；与国家实验室、重点高校共建创新';
    const lead = '2024年是新中国成立75周年，也是中国联通百年传承、三十向新接续奋斗再出发的重要一年，我们贡献联通智慧和力量。';
    const next = '同时，公司与国家自然科学基金委共设联合基金，畅通科技创新“最初一公里”，树立央企数字化转型标杆。';
    // A connective opens a sentence of its own (grammar.yml sentenceConnectives), in either script.
    expect(joined(`${cut}\n\n\n\n${lead}\n\n\n\n${next}`)).toEqual([cut, lead, next]);
    expect(joined(`${cut}\n\n\n\n${lead}\n\n\n\n此外，${next.slice(3)}`)).toHaveLength(3);
    // So does an opening another sentence of the document shares (`品牌，` twice).
    const shared = '品牌，与国家自然科学基金委共设联合基金，畅通科技创新“最初一公里”，树立央企数字化转型标杆。';
    const elsewhere = '公司持续推进品牌建设，打造一流品牌。品牌，是企业核心竞争力的重要组成部分，我们持续推进品牌焕新。';
    expect(joined(`${cut}\n\n\n\n${lead}\n\n\n\n${shared}\n\n${elsewhere}`)).toEqual([cut, lead, shared, elsewhere]);
    // A sentence with a photo's caption after its full stop is no cut sentence (2023 chapter, lines 461–463).
    const captioned = '話功能，為現場師生提供體驗服務，獲得省聾協及學校師生認可，進一步提升聽障群體的通信體驗。 關愛聽障群體';
    expect(joined(`${captioned}\n\n\n\n${lead}\n\n\n\n平台，${next.slice(3)}`)).toHaveLength(3);
    // A caption between them is no whole paragraph: what follows it is no rest put aside.
    expect(joined(`${cut}\n\n\n\n图为签约仪式现场\n\n\n\n平台，与国家自然科学基金委共设联合基金，畅通科技创新“最初一公里”，树立央企数字化转型标杆。`)).toHaveLength(3);
  });

  it('joins across a page break in the middle of a sentence (2020 report, cBSS100% / 遷轉)', () => {
    const text = '加強數據賦能，打造統一敏捷的數字化底座，做強做優做厚中台，在業內率先完成cBSS100%\n\n遷轉，實現各域數據的貫通共享和精準分析。';
    const out = joinWrappedLines(toLines(text));
    expect(out).toHaveLength(1);
    expect(out[0]).toEqual({ n: 1, text: '加強數據賦能，打造統一敏捷的數字化底座，做強做優做厚中台，在業內率先完成cBSS100%遷轉，實現各域數據的貫通共享和精準分析。' });
  });

  it('does not join a title over a list to the line before the break (2023 chapter, lines 372–377)', () => {
    const text = '開展「聯通好網絡·中國行」視頻 vlog打卡活動，廣泛收集客戶意見及建議\n\n建立智能服務運營體系，提升問題解決能力\n\n● 全面保障轉人工順暢，轉人工接通率體驗撥測行業領先。';
    expect(joined(text)).toEqual(['開展「聯通好網絡·中國行」視頻 vlog打卡活動，廣泛收集客戶意見及建議', '建立智能服務運營體系，提升問題解決能力', '● 全面保障轉人工順暢，轉人工接通率體驗撥測行業領先。']);
    // The same line with text, not a list, after it is the sentence's rest.
    const rest = text.replace('● 全面保障轉人工順暢，轉人工接通率體驗撥測行業領先。', '全面保障轉人工順暢，轉人工接通率體驗撥測行業領先。');
    expect(joined(rest)[0]).toContain('收集客戶意見及建議建立智能服務運營體系，提升問題解決能力');
  });

  it('joins a label’s last character the PDF wrapped onto a line of its own (2020 report, lines 2435-2436)', () => {
    const out = joined('基站節能技術覆蓋\n率\n\n59%');
    expect(out).toEqual(['基站節能技術覆蓋率', '59%']);
  });

  it('joins a sentence’s last characters and its full stop to the line they end, across a page break (2020 report, lines 3376-3378)', () => {
    const out = joined('維，累計開通5G共享基站38萬站，節省投資超過760\n\n億。\n\n甘肅聯通「星主播」選拔');
    expect(out).toEqual(['維，累計開通5G共享基站38萬站，節省投資超過760億。', '甘肅聯通「星主播」選拔']);
    // After a finished sentence, two characters and a stop stay where they are.
    expect(joined('這是一個完整的句子而且很長。\n\n好的。')).toEqual(['這是一個完整的句子而且很長。', '好的。']);
  });

  it('joins a sentence under way to the rest of its clause after a blank line (2020 report, lines 349–351, 1149–1151)', () => {
    for (const [a, b] of [['自疫情以來，公司召開防疫辦會議60', '餘次，發布防疫辦文件48件。'], ['在「一套制度，一個系統，一個體系」的原', '則下，以建設敏捷智慧供應鏈為目標。']] as const) {
      expect(joined(`${a}\n\n${b}`)).toEqual([a + b]);
    }
    // A caption (no clause inside it) before the rest of the page's last sentence stays apart (2024 report, 2854–2871).
    const caption = joined('中国联通 AI 外呼运营大屏\n\n工作。2024 年 9 月以来，累计外呼量 180 万。');
    expect(caption).toHaveLength(2);
  });

  it('does not join a row of figures to the row of labels after a page break (2020 report, lines 2988-2990)', () => {
    const out = joined('242121 241245 603 273\n\n吸納就業人數（人） 男女比例（男比女） 少數民族員工比例（%） 離職員工（人）');
    expect(out).toHaveLength(2);
  });

  it('keeps headings, list items and real paragraph ends apart', () => {
    const text = ' 董事長致辭 \n\n2020年是極為不易、極不平凡的一年。\n- 以更大力度推進數字鄉村建設\n- 持續深化特色助老服務';
    expect(joined(text)).toHaveLength(4);
  });

  it('joins a paragraph set in a narrow column: a timeline’s entries (2020 report, lines 578-587; 2024 report, lines 1361-1367)', () => {
    const text = '召開中國聯通2018\n年度脫貧攻堅工作會\n議，董事長王曉初發\n表重要講話。\n\n制定《關於進一步加\n強集團定點扶貧工作\n的意見》，明確定點\n扶貧縣所在省級分公\n司的扶貧主體責任。\n\n支持特色产业发\n展壮大，助力产\n业振兴。';
    expect(joined(text)).toEqual([
      '召開中國聯通2018年度脫貧攻堅工作會議，董事長王曉初發表重要講話。',
      '制定《關於進一步加強集團定點扶貧工作的意見》，明確定點扶貧縣所在省級分公司的扶貧主體責任。',
      '支持特色产业发展壮大，助力产业振兴。',
    ]);
  });

  it('keeps short lines apart that are no narrow paragraph: a title over its text, labels, a sentence ended inside (2023 chapter, line 726)', () => {
    // A title over a paragraph as wide as the page.
    expect(joined('關注心理健康\n採用多種方式提升員工心理健康意識和心理健康水平，多角度為員工提供心理健康服務。')).toHaveLength(2);
    // A diagram's labels end no sentence.
    expect(joined('識別議題來源\n形成議題池\n劃分優先等級')).toHaveLength(3);
    // Two short sentences, each ended.
    expect(joined('明確扶貧日常。\n工作組織機構。')).toHaveLength(2);
  });

  it('joins a line the PDF wrapped right after a quotation closed inside a sentence (2020 report, lines 2070-2071, 2126-2127)', () => {
    expect(joined('四川綿陽聯通攜手綿陽市聾人協會、四川善途微客科技有限公司共同舉辦「聯通&善途公益直播專場」\n活動，為殘疾人朋友提供就業機會。')).toEqual(['四川綿陽聯通攜手綿陽市聾人協會、四川善途微客科技有限公司共同舉辦「聯通&善途公益直播專場」活動，為殘疾人朋友提供就業機會。']);
    // A book's title closed mid-sentence the same (lines 680-682).
    expect(joined('以扶貧故事、扶貧經驗為內容的《扶貧路上 聯通你我》\n案例集印發。')).toEqual(['以扶貧故事、扶貧經驗為內容的《扶貧路上 聯通你我》案例集印發。']);
    // A quotation that ends its sentence, and a title ending in a quotation, stay apart from the next line.
    expect(joined('他說：「我們一定做到，請黨放心。」\n第二天，他們又出發了。')).toHaveLength(2);
    expect(joined('打造「一縣一品一產業」\n集團首次明確助力定點扶貧縣產業發展，打造幫扶目標。')).toHaveLength(2);
  });

  it('joins the rest of a paragraph’s last sentence printed after a break (2020 report, lines 2844-2846; 2023 chapter, lines 605-607)', () => {
    expect(joined('中國聯通利用5G、AI等新技術，打造數字政務平台，提升政府運轉效率和決策能力，提高市民、企業感知，助\n\n力數字政府建設。')).toEqual(['中國聯通利用5G、AI等新技術，打造數字政務平台，提升政府運轉效率和決策能力，提高市民、企業感知，助力數字政府建設。']);
    // A note whose text closed a sentence before the break (公司治理, lines 312-314).
    expect(joined('1. 中國聯合網絡通信股份有限公司混合所有制改革引入的戰略投資者2017年通過非公開發行及老股轉讓取得股份共約109億股。該股份已於2020年11月解\n\n除限售。')).toHaveLength(1);
    // A caption is no paragraph's text: the sentence after the break is its own.
    expect(joined('雲時代的全光底座白皮書發佈會\n\n海南聯通做大做強大數據平台。')).toHaveLength(2);
    // A piece that holds a sentence's end before its last is no sentence's rest.
    expect(joined('中國聯通利用5G、AI等新技術，打造數字政務平台，提升政府運轉效率和決策能力，提高市民、企業感知，助\n\n力數字政府建設。下一句。')).toHaveLength(2);
  });

  it('joins the indented first line of a wrapped paragraph to its paragraph (2020 report, lines 1567-1568, 1255-1256)', () => {
    // The joined line keeps the indent it opened with; the paragraph's text is trimmed later.
    expect(joined(' 為給客戶打造一個全場景立體化高速率的上網\n環境，中國聯通率先打出三千兆概念。').map((l) => l.trim())).toEqual(['為給客戶打造一個全場景立體化高速率的上網環境，中國聯通率先打出三千兆概念。']);
    expect(joined(' 5G建設過程中，湧現出一大批模範典型及\n業界標桿。在武漢，36小時開通火神山5G共享基站。').map((l) => l.trim())).toEqual(['5G建設過程中，湧現出一大批模範典型及業界標桿。在武漢，36小時開通火神山5G共享基站。']);
    // A first line that opens a quotation the next line closes (2023 chapter, lines 511-512).
    expect(joined(' 宿州聯通浍水路營業廳開展「公益傳遞\n愛心」活動，邀請環衛工人們進廳。').map((l) => l.trim())).toEqual(['宿州聯通浍水路營業廳開展「公益傳遞愛心」活動，邀請環衛工人們進廳。']);
    // An indented heading over text whose first clause runs long stays a line of its own.
    expect(joined(' 關愛員工持續成長\n中國聯通鼓勵員工發揚「主人翁」精神，為企業發展建言獻策。')).toHaveLength(2);
  });

  it('joins a line that opens with a decimal number: it is no numbered item (2023 chapter, lines 321-322)', () => {
    expect(joined('佈宣傳內容62.5萬篇，宣傳量達\n96.7億次，榮獲人民網2023年度')).toEqual(['佈宣傳內容62.5萬篇，宣傳量達96.7億次，榮獲人民網2023年度']);
    // A numbered item still starts a block of its own.
    expect(joined('佈宣傳內容62.5萬篇，宣傳量達\n2. 榮獲人民網2023年度匠心服務獎')).toHaveLength(2);
  });

  it('keeps a photo’s caption that names a branch apart from the story after it (2020 report, lines 2062-2064)', () => {
    expect(joined('湖南聯通「真情有沃，與愛同行」關愛留守兒童愛心公益活動\n\n廣東惠州聯通聯手慈航公益，累計參加各類公益活動1600多人次。')).toHaveLength(2);
    // A paragraph that names a branch first and is under way still joins its rest after a break.
    expect(joined('湖南聯通關注貧困兒童教育，為婁底、郴州、湘西等多個貧困村建立村小圖書室，改\n\n造學習環境，並連續多年向東就村捐贈圖書、學習用品。')).toHaveLength(1);
  });

  it('joins two characters that end a wrapped label or box line (2020 report, lines 1242-1243, 3820-3821)', () => {
    expect(joined('全網VoLTE覆蓋率\n達到\n\n三年保持行業領先')).toEqual(['全網VoLTE覆蓋率達到', '三年保持行業領先']);
    expect(joined('履行好資本市場責任\n做好與投資者的日常\n溝通\n')).toEqual(['履行好資本市場責任', '做好與投資者的日常溝通']);
    // Two characters with more of the box after them, or under a short word, stay apart.
    expect(joined('收集、整理和報送CSR\n信息\n參與集團公司CSR報告')).toHaveLength(3);
    expect(joined('聚焦\n創新\n')).toHaveLength(2);
  });

  it('joins across a break a quotation opened before it, and numerals listed with a comma (2020 report, lines 3661-3663, 2924-2925)', () => {
    expect(joined('• 與騰訊視頻等優質合作方，基於「內容+\n\n流量+權益」的合作產品用戶超2000萬。')).toEqual(['• 與騰訊視頻等優質合作方，基於「內容+流量+權益」的合作產品用戶超2000萬。']);
    expect(joined('• 搭建數字化轉型練兵平台，開展8項集團級\n一、二類勞動和技能競賽，23項集團級三類技能競賽。')).toHaveLength(1);
    // A numbered item still starts its own line.
    expect(joined('• 搭建數字化轉型練兵平台，開展8項集團級\n一、開展勞動和技能競賽。')).toHaveLength(2);
  });

  it('joins a narrow box’s line to the rest of its clause after a break (2023 chapter, lines 755-758)', () => {
    expect(joined('豐富文娛活動\n各級工會組織開展線上線下\n\n文娛活動，助力推動全民健身，\n豐富員工業餘文化生活。')).toEqual(['豐富文娛活動', '各級工會組織開展線上線下文娛活動，助力推動全民健身，豐富員工業餘文化生活。']);
    // An index's row over the next part's title stays apart (2020 report, lines 4783-4785).
    expect(joined('P4.5 P44–46\n\n二、責任管理（G系列）')).toHaveLength(2);
  });

  it('joins a narrow box’s first line, indented or not, to the line that closes its clause (2020 report, lines 2722-2723 and 3451-3452)', () => {
    expect(joined('完善產品體系\n\n圍繞智慧城市、工業互聯\n網、5G行業終端、智慧能源等\n領域發佈20餘款物聯網標準化')).toEqual(['完善產品體系', '圍繞智慧城市、工業互聯網、5G行業終端、智慧能源等領域發佈20餘款物聯網標準化']);
    expect(joined(' 山東青島聯通聚焦網絡維護優\n化痛點難點，與青島電信深度合\n作，創新提出青島跨海大橋4G設備')).toEqual([' 山東青島聯通聚焦網絡維護優化痛點難點，與青島電信深度合作，創新提出青島跨海大橋4G設備']);
    // A title over a full line of text, a diagram's box going on past its comma, and a line over a wider one stay apart.
    expect(joined('推進網絡共建共享工作\n今年，中國聯通與中國電信深化共建共享合作，5G共享基站規模達到38萬站')).toHaveLength(2);
    expect(joined('協調推進總部各部門、\n各省分公司、各子公司')).toHaveLength(2);
    expect(joined('推進網絡共建共享工作\n今年，加快共享')).toHaveLength(2);
  });

  it('keeps photos’ captions labelled by their place apart from each other and from the text (2020 report, lines 3460-3465)', () => {
    const text = '地服務了當地百姓民生。\n\n左圖：4月22日浙江寧波聯通與寧波電信5G共建共享開通突破1500基站\n右圖：上海聯通與上海電信舉行進口博覽會聯合通信保障演練\n\n河南聯通交出共建共享靚麗答卷江蘇聯通全方位推進共建共享';
    expect(joined(text)).toEqual(['地服務了當地百姓民生。', '左圖：4月22日浙江寧波聯通與寧波電信5G共建共享開通突破1500基站', '右圖：上海聯通與上海電信舉行進口博覽會聯合通信保障演練', '河南聯通交出共建共享靚麗答卷江蘇聯通全方位推進共建共享']);
  });

  it('joins a labelled caption wrapped onto the next line, and a label alone to the sentence it ends (made-up text after a review)', () => {
    expect(joined('左圖：甘肅聯通青年志願者走進敬老院開展\n「銀齡守護」助老服務活動')).toEqual(['左圖：甘肅聯通青年志願者走進敬老院開展「銀齡守護」助老服務活動']);
    // The text after a caption is not its rest: it ends a sentence.
    expect(joined('左圖：甘肅聯通青年志願者走進敬老院開展\n助老服務。')).toHaveLength(2);
    expect(joined('本次調研共回收有效問卷3,200份，調研流程及結果如\n下圖：')).toEqual(['本次調研共回收有效問卷3,200份，調研流程及結果如下圖：']);
  });

  it('keeps a narrow box’s title over a sentence that opens as usual, or one naming a branch without being indented (made-up text after a review)', () => {
    expect(joined(' 湖南聯通打造智慧農業平台\n近年來，湖南聯通積極探索數字')).toHaveLength(2);
    expect(joined('強化供應鏈可持續管理\n採購、物流、倉儲各環節全面')).toHaveLength(2);
    expect(joined(' 推進綠色低碳供應鏈管理\n化採購環節，與供應商深度合')).toHaveLength(2);
  });

  it('keeps a diagram’s steps, set apart by spaces, apart from the paragraph after the break (2020 report, lines 3759-3762)', () => {
    expect(joined('識別議題來源 形成議題池 劃分優先等級 審核確定\n\n公司社會責任議題兼顧國際標準、\n國家政策要求，以社會輿論關注')).toEqual(['識別議題來源 形成議題池 劃分優先等級 審核確定', '公司社會責任議題兼顧國際標準、國家政策要求，以社會輿論關注']);
    // A sentence under way (a clause closed inside it) goes on after the break (2020 report, lines 367-369).
    expect(joined('中國聯通作為通信企業的國家隊，充分發揮網絡優勢，堅持上下一盤棋，積極動員組織分子公司投入到當地\n\n疫情防控通信保障工作中，為戰大疫架起通信線。')).toHaveLength(1);
  });

  it('keeps a photo’s caption, a key figure’s label and a form’s row, which close no clause, apart from the text after a break', () => {
    // 2024 report, lines 2406-2408 and 781-798 (the side navigation between is taken out before); 2020 report, 3275-3277.
    expect(joined('中国联通第二届职工代表大会第十五次会议现场\n\n深化企务公开民主制度建设，引导企务公开向基层责任单元延伸，深')).toHaveLength(2);
    expect(joined('数字化转型成效在 IOMM 综合评价 连续三年位居首位\n\n中国联通坚持以智能化、敏捷化和高效化的智慧运营赋能一线生产，')).toHaveLength(2);
    expect(joined('株洲聯通在炎炎夏日為一線員工開展吃西瓜比賽\n\n總部直屬工會、上海、重慶分公司開展了豐富多彩的線下活動，通過')).toHaveLength(2);
    // 2024 report, lines 3571-3573: two rows of the feedback form.
    expect(joined('经济责任 A. 好 B. 较好 C. 一般 D. 较差 E. 差\n\n社会责任 A. 好 B. 较好 C. 一般 D. 较差 E. 差')).toHaveLength(2);
  });

  it('keeps two lines that open with the same word apart across a break, unless the first stops after a clause (2024 report, lines 280-282; 2020 report, 2246-2248 and 3710-3712)', () => {
    // A photo's caption and the story after it.
    expect(joined('中国联通举办庆祝新中国成立 75 周年系列活动\n\n中国联通不断加速党建宣传与互联网技术有机融合，全方位推动党建工作与时俱进。')).toHaveLength(2);
    // A diagram's boxes, each a statement.
    expect(joined('以劃小改革再出發為抓手，將市場化要素配置模式穿透至末梢\n\n以人為核心的勞動力要素投入配置效率的最大化')).toHaveLength(2);
    // A sentence broken after its clause goes on.
    expect(joined('實現公司利益與社會目標的和諧統一。2020年，\n\n中國聯通以創新、協調、綠色、開放、共享的新發展理念為引領，')).toHaveLength(1);
  });

  it('keeps the space between Latin words and adds one where the wrap ate it', () => {
    expect(joinPieces('共建5G ', 'XR終端生態聯盟')).toBe('共建5G XR終端生態聯盟');
    expect(joinPieces('Institutional', 'Investor')).toBe('Institutional Investor');
    expect(joinPieces('數字', '經濟')).toBe('數字經濟');
  });

  it('goes on with a list item past a line that ends a clause or a sentence (2020 report, lines 1091-1094, 1378-1379)', () => {
    expect(joined('• 政企中台：面向客戶完成政企在線門戶上線；面向一線優化創新頭條和政企助手，歸集商機數26.7萬條；\n面向市場，實現31省雙線業務BO貫通；面向生態構建合作夥伴一站式服務，匯聚合作夥伴1152家。')).toHaveLength(1);
    expect(joined('• 持續打造信息光通道，進一步拓展全球互聯能力，開通15條「一帶一路」快線，為「走出去」企業提供短時延\n的優質通信通道。在全球80多個國家與\n地區擁有超過130個境外PoP點；完成香港環球中心三層擴容1000櫃；\n各類國際互聯網外聯帶寬共計3.9T。')).toHaveLength(1);
    // An indented title or another item after it opens a block of its own (2020 report, lines 1081-1082).
    expect(joined('• 打造開放創新，追求卓越的國際形象。\n  服務「一帶一路」倡議')).toHaveLength(2);
    expect(joined('• 第一項。\n• 第二項。')).toHaveLength(2);
  });

  it('goes on after a page break with a word in Latin letters, a year or a quotation (2020 report, lines 2163-2165, 2628-2630)', () => {
    expect(joined('中國聯通鞏固發展反腐敗鬥爭壓倒性勝利，弘揚廉政文化，營造風清氣正的廉潔氛圍。全系統信訪舉報量在\n\n2018、2019年連續兩年同比下降的情況下，2020年同比繼續下降16.3%，')).toHaveLength(1);
    expect(joined('中國聯通加快數字化轉型，夯實業界領先的數據底座，顯著提升大數據能力，形成「準」、「快」、「全」、「統」、\n\n「通」的智能大數據體系，賦能業務高質量發展，爭當數字中國建設主力軍。')).toHaveLength(1);
  });

  it('keeps the bold lead-in of a line it joins the next to (2024 report line 268)', () => {
    const lines = [{ n: 268, text: '• 深化党的创新理论研究。用党的创新', lead: '深化党的创新理论研究。' }, { n: 269, text: '理论武装全党、教育人民、指导实践。' }];
    expect(joinWrappedLines(lines)).toEqual([{ n: 268, text: '• 深化党的创新理论研究。用党的创新理论武装全党、教育人民、指导实践。', lead: '深化党的创新理论研究。' }]);
  });

  it('ends a paragraph whose last line ends with a photo’s caption after its full stop and a space (2023 chapter, lines 461-463)', () => {
    expect(joined('話功能，為現場師生提供體驗服務，獲得省聾協及學校師生認可。 關愛聽障群體\n\n面向銀發群體的「孝心卡」產品。基於語音通話、基站定位等能力')).toHaveLength(2);
  });
});
