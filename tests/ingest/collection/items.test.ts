import { describe, expect, it } from 'vitest';
import { numberedItems, runParents } from '../../../scripts/ingest/collection/items.ts';

/** The headings of a text's numbered items, in order (null: an item whose heading's end does not show). */
const headingsOf = (text: string) => numberedItems(text).map((h) => h.heading);

// Texts as the collection prints them (one line), shortened between items.
describe('numberedItems', () => {
  it('ends an item’s heading where its text opens an enumeration (`一是`)', () => {
    const text =
      '强化重点行业领域网络设施保护。1.持续完善重点网络安全制度要求一是细化商用密码安全管理规则。4月27日，国务院发布条例。' +
      '2.重点行业出台网络安全实施细则一是明确运营者的法律责任。';
    expect(numberedItems(text)).toEqual([
      { at: 15, heading: '1.持续完善重点网络安全制度要求', run: 1, numbering: 2, numberLength: 2 },
      { at: 60, heading: '2.重点行业出台网络安全实施细则', run: 1, numbering: 2, numberLength: 2 },
    ]);
  });

  it('ends a title of two phrases before a year its text opens with, comma or none; a title of one phrase only before a dated clause (电信业发展白皮书, offsets 567290, 572368)', () => {
    const text =
      '带动算网生态的繁荣发展。1.算力规模快速提升，供给结构持续优化2022年国家正式启动“东数西算”工程。' +
      '2.打造区块链赋能平台，促进区块链应用推广2018年国内三大电信运营企业联合牵头成立可信区块链电信应用组。' +
      // Made up: one phrase, then a year that may still be its own (`迈向2030年`).
      '3.持续推进算力网络建设2030年前建成全国一体化算力网。';
    expect(headingsOf(text)).toEqual(['1.算力规模快速提升，供给结构持续优化', '2.打造区块链赋能平台，促进区块链应用推广', null]);
    // Made up: a first phrase longer than a title's is a sentence's clause.
    expect(headingsOf('指标如下。1.评测场景结合国内移动用户的使用习惯，本次评测指标较2019年进一步丰富。2.评测指标本次评测选择话音业务。')).toEqual([null, null]);
  });

  it('ends it before a comparison that frames its text (电信业发展白皮书, offsets 560621, 568036; item 1 made up, the second renumbered)', () => {
    const text =
      '实现技术、产品和交付能力的整合、贯通。1.调整组织架构各企业设立政企事业部，整合产品能力。' +
      '2.转变业务模式与消费互联网业务规模化经营方式不同，产业数字化业务的个性化属性强。' +
      '3.深化云平台自研，提供高质量算力服务与国际电信运营企业普遍放弃自研云平台不同，我国电信运营企业坚持自研投入。';
    expect(headingsOf(text)).toEqual([null, '2.转变业务模式', '3.深化云平台自研，提供高质量算力服务']);
    // Made up: a comparison's opening word inside a word (协同) opens none; the comparison after it does.
    expect(headingsOf('贯通。1.加快推进协同发展与以往不同，运营企业更重视协同。2.转变业务模式与消费互联网不同，产业数字化业务个性化。')).toEqual(['1.加快推进协同发展', '2.转变业务模式']);
  });

  it('ends it before a dated sentence, or before the company or a branch opening the text; an item whose end does not show opens a paragraph', () => {
    const text =
      '焕发着勃勃生机。一、精准施策，为智能制造贡献联通经验2022年12月15日下午，巨石埃及公司生产线点火成功。' +
      // Item 二 made up from the source's (offset 184921) without its framing clause `位于…，`, so that its end does not show.
      '二、创新科技，为车联网项目打造行业标杆几内亚是世界上自然资源最为丰富的国家之一。' +
      '三、打造“一带一路”信息高速公路中国联通在全球拥有丰富的国际海陆缆通道。';
    expect(headingsOf(text)).toEqual(['一、精准施策，为智能制造贡献联通经验', null, '三、打造“一带一路”信息高速公路']);
  });

  it('ends a heading that names its topic first where its text names it again (offsets 13398, 249664)', () => {
    const text =
      '频频登上热搜榜。第一章：义乌——全球小商品市场的璀璨明珠义乌，这座位于中国浙江省的小城市享誉全球。' +
      '第二章：联通云——助力义乌数智转型的引擎如今，联通云持续发力。' +
      '第三章：老带新——全面赋能，共筑未来在老带新的具体实践中，分公司注重业务。';
    // The second names its topic again after a comma (no heading's end); the third again after `在`, where a
    // clause goes on: its heading ends where that framing clause opens.
    expect(headingsOf(text)).toEqual(['第一章：义乌——全球小商品市场的璀璨明珠', null, '第三章：老带新——全面赋能，共筑未来']);
  });

  it('ends a title printed with a colon after it at the colon, not a topic named first (offsets 112008, 69277)', () => {
    const text =
      '老年友好型服务环境。一、厅内设施“适老化”改造的细致入微：一踏入营业厅，首先映入眼帘的是便民服务设施。' +
      '二、业务流程的简化与上门服务的推广：为了进一步减轻老年客户的负担，公司简化了办理流程。' +
      // A topic before its colon (9 characters) goes on after it: no end shows.
      '三、历史背景与社会需求：通信滞后与改革呼唤时间回溯到20世纪90年代初，通信业发展严重滞后。';
    expect(headingsOf(text)).toEqual(['一、厅内设施“适老化”改造的细致入微：', '二、业务流程的简化与上门服务的推广：', null]);
    // A colon that introduces a list ends no title (made up).
    expect(headingsOf('甲。一、举办网络安全知识竞赛本次竞赛共设置三个环节：初赛、复赛和决赛。二、开展网络安全宣传周活动本次活动主要从三个方面发力：一是进社区。')).toEqual([null, null]);
  });

  it('ends a short heading before a framing clause or a usual opening phrase of its text (offsets 115755, 250003, 103321)', () => {
    const text =
      '弘扬红色文化。一、红色文化：根植信仰，代代相传在北区分公司，红色文化不仅仅是历史的回响。' +
      '二、联通云：数字中国的算力引擎作为服务数字中国云计算的国家队，联通云展现了实力。' +
      '三、以数实新融合深化网络强国实践当前，数字经济已成为重组要素资源的关键力量。' +
      // A clause inside the item's first sentence, past a heading's length, is no end (`正在…，`, as at offset
      // 562022, whose heading the term `5G` named again ends).
      '四、固网基本完成有效覆盖，继续向全光网络持续演进光纤技术正在加速融入经济社会各领域各环节，成为引擎。';
    expect(headingsOf(text)).toEqual(['一、红色文化：根植信仰，代代相传', '二、联通云：数字中国的算力引擎', '三、以数实新融合深化网络强国实践', null]);
  });

  it('ends a heading before a quotation its text opens with a framing clause (offsets 54508, 55108, abridged); a quoted term or slogan in a title is none', () => {
    const text =
      '数据基础设施。亮点一：中国联通十年磨一剑，联合院士团队打造“联数网”和“可信数据资源空间”数据基础设施中国联通在大数据领域的探索和实践已长达十年。' +
      '亮点二：数智链创新引领，数商积极构筑数据要素融通新业态，为数字中国添砖加瓦"在中国联通生态合作伙伴大会上，“数据智能创新研究中心”的成立是里程碑。';
    expect(headingsOf(text)).toEqual([
      '亮点一：中国联通十年磨一剑，联合院士团队打造“联数网”和“可信数据资源空间”数据基础设施',
      '亮点二：数智链创新引领，数商积极构筑数据要素融通新业态，为数字中国添砖加瓦',
    ]);
    // Quoted terms, no clause inside them (offset 27930, made into a run): no end shows.
    expect(headingsOf('重保楷模。一、以“时时放心不下”的责任感，实现“万无一失”的诺言他说。二、以“独一无二”的技术名片，打造团队他说。')).toEqual([null, null]);
    // A slogan with a comma inside (offset 81879's `“匠心网络，贴心服务”`) and terms in ASCII quotes stay in their titles (made up).
    expect(headingsOf('服务。一、全面践行“匠心网络，贴心服务”理念中国联通推出举措。二、打造"数字中国"新引擎，赋能千行百业中国联通发布成果。')).toEqual([
      '一、全面践行“匠心网络，贴心服务”理念',
      '二、打造"数字中国"新引擎，赋能千行百业',
    ]);
  });

  it('ends a heading before the country a paper names as its sentence’s subject, not at its term named again after it (白皮书, offset 446612; item 2 made up)', () => {
    const text = '特色平台。1.5G个人应用市场平稳向好我国5G用户渗透率超四成，夯实个人应用市场底座。2.5G融合应用走深向实我国5G行业应用已覆盖国民经济大类。';
    expect(headingsOf(text)).toEqual(['1.5G个人应用市场平稳向好', '2.5G融合应用走深向实']);
  });

  it('ends a heading before the telecom operators, a telecom paper’s subject (电信业发展白皮书, offset 575535, abridged; item 2 made up)', () => {
    const text = '常态化更新。1.完善数据资源目录体系电信运营企业建立企业级数据资源目录。2.打造数据资源汇聚、拉通平台电信运营企业打造数据中台，推进全域数据上云入湖。';
    expect(headingsOf(text)).toEqual(['1.完善数据资源目录体系', '2.打造数据资源汇聚、拉通平台']);
  });

  it('takes items in runs numbered in order, of two or more, each after a sentence’s end', () => {
    // One item alone is no run; `二、` inside a sentence is a list's, not an item's.
    expect(numberedItems('前言。一、精准施策2022年12月15日，项目点火。')).toEqual([]);
    expect(numberedItems('前言。一、精准施策2022年12月15日，项目点火，二、创新科技2023年1月5日，车联网上线。')).toEqual([]);
    // A run restarts at 1, and a numeral out of order is skipped.
    const text = '甲。1.网络建设2023年，建成基站。2.算力建设2023年，建成节点。乙。1.数据治理2024年，制度落地。3.安全防护2024年，能力提升。';
    expect(headingsOf(text)).toEqual(['1.网络建设', '2.算力建设']);
  });

  it('takes the company or a branch after a verb for an object, not the subject opening the text (made up)', () => {
    const text = '甲。一、携手华为打造中国联通首个5G-A示范区2024年6月，示范区建成。二、党建引领河南联通高质量发展2024年，党建工作深入推进。';
    expect(headingsOf(text)).toEqual(['一、携手华为打造中国联通首个5G-A示范区', '二、党建引领河南联通高质量发展']);
    // Where the title's end does not show otherwise, the item has no heading rather than one cut at a verb.
    expect(headingsOf('乙。一、服务暖人心家住郑州的张阿姨来到河南联通营业厅办理业务。二、技术强支撑装维能手张建国是河南联通的技术骨干。')).toEqual([null, null]);
  });

  it('takes no figure opening a sentence for an item’s number; a generation’s name may follow one (made up)', () => {
    const text = '推进举措。1.开展防诈宣传2024年3月，各地开展宣传。1.5万名志愿者参与其中。2.上线预警系统2024年5月，系统上线。';
    expect(headingsOf(text)).toEqual(['1.开展防诈宣传', '2.上线预警系统']);
    expect(headingsOf('成效。1.5G网络覆盖持续深化2024年，基站数增长。2.千兆光网加速发展2024年，用户数增长。')).toEqual(['1.5G网络覆盖持续深化', '2.千兆光网加速发展']);
  });

  it('takes items numbered `1、` or `（1）` as other sites print them, not a list of figures inside a sentence (made up)', () => {
    expect(headingsOf('推进举措。1、开展防诈宣传2024年3月，各地开展宣传。2、上线预警系统2024年5月，系统上线。')).toEqual(['1、开展防诈宣传', '2、上线预警系统']);
    expect(headingsOf('主要做法。（1）夯实网络底座中国联通持续扩大5G覆盖。（2）深化数智应用中国联通推出多款产品。')).toEqual(['（1）夯实网络底座', '（2）深化数智应用']);
    expect(headingsOf('全年新增基站1、2、3期共计5万个，其中（1）期为2万个。')).toEqual([]);
  });

  it('never ends a heading inside a dated clause, an open clause or an open quotation', () => {
    // A date a sentence runs to (`到2024年6月，`, `截止2024年6月，`) opens no text (made up).
    expect(headingsOf('甲。一、夯实算力底座全省数据中心规模持续扩大，到2024年6月，机架数翻番。二、强化网络支撑全省5G网络覆盖持续扩大截止2024年6月，基站超10万。')).toEqual([null, null]);
    // `截至2020年底` dates the sentence, and `12月31日` follows a year: neither opens the text.
    expect(headingsOf('其他。1.资产负债情况截至2020年12月31日，资产总额增加。2.现金流情况截至2020年12月31日，现金增加。')).toEqual([null, null]);
    // The text opens mid-clause after a comma, or inside a quotation the heading would open.
    expect(headingsOf('甲。亮点一：数智链创新引领，2024年，数商积极构筑。亮点二：添砖加瓦"在中国联通生态合作伙伴大会上"。')).toEqual([null, null]);
  });

  it('ends a heading where its text opens rather than at a framing word inside the heading (made up)', () => {
    const text = '成效显著。一、坚持以客户为中心，全面提升服务品质2024年5月，河南联通启动服务提升行动。二、坚持以创新为驱动，加快数字化转型中国联通发布多项成果。';
    expect(headingsOf(text)).toEqual(['一、坚持以客户为中心，全面提升服务品质', '二、坚持以创新为驱动，加快数字化转型']);
    // Where the text's opening does not show, a framing clause still ends the heading (offset 115755's shape).
    expect(headingsOf('甲。一、强化党建引领在北区党建工作的深入实践中，党员带头。二、强化队伍建设在基层一线的服务实践中，骨干带头。')).toEqual(['一、强化党建引领', '二、强化队伍建设']);
  });
});

describe('numberedItems: items printed in parallel', () => {
  const text =
    '作出新贡献。一、以数字新基建筑牢网络强国基石中国式现代化需要构建现代化基础设施。' +
    '二、以数字新科技增强网络强国动能数字技术是加快发展新质生产力的关键变量。' +
    '三、以数实新融合深化网络强国实践当前，数字经济已成为重组要素资源的关键力量。';

  it('ends an item whose end does not show at the length of a sibling printed alike (offsets 100684, 101853, 103321)', () => {
    expect(headingsOf(text)).toEqual(['一、以数字新基建筑牢网络强国基石', '二、以数字新科技增强网络强国动能', '三、以数实新融合深化网络强国实践']);
  });
  it('ends no item at a sibling’s length where its title goes on past a joining word (made up)', () => {
    const alike = '作出新贡献。一、以数字新基建筑牢网络强国基石中国式现代化需要构建现代化基础设施。二、以数字新科技增强网络强国动能和发展活力数字技术是关键变量。三、以数实新融合深化网络强国实践当前，数字经济已成为关键力量。';
    expect(headingsOf(alike)).toEqual(['一、以数字新基建筑牢网络强国基石', null, '三、以数实新融合深化网络强国实践']);
  });
  it('leaves it without a heading where no sibling is printed alike at its length', () => {
    const unlike = text.replace('二、以数字新科技增强网络强国动能数字技术是加快发展新质生产力的关键变量', '二、便利客户出行大幅降低漫游资费资费结构更简单，客户出行更便利');
    expect(headingsOf(unlike)).toEqual(['一、以数字新基建筑牢网络强国基石', null, '三、以数实新融合深化网络强国实践']);
  });
  const four = text + '四、以安全新防线构建网络强国屏障没有网络安全就没有国家安全。';
  it('ends an item at the length its found siblings share places in, though it shares under half with each (offset 104543)', () => {
    expect(headingsOf(four)).toEqual(['一、以数字新基建筑牢网络强国基石', '二、以数字新科技增强网络强国动能', '三、以数实新融合深化网络强国实践', '四、以安全新防线构建网络强国屏障']);
  });
  it('leaves it without a heading where it misses two of the places its siblings share', () => {
    const missing = four.replace('以安全新防线构建网络强国屏障没有', '以安全新防线构建网上强国屏障没有');
    expect(headingsOf(missing).at(-1)).toBeNull();
  });
  it('leaves items without a heading where the found siblings of their length share no places they print', () => {
    const one = four.replace('二、以数字新科技增强网络强国动能数字技术', '二、便利客户出行大幅降低漫游资费资费结构').replace('一、以数字新基建筑牢网络强国基石中国式', '一、推动云网融合持续升级网络质量中国式');
    expect(headingsOf(one)).toEqual([null, null, '三、以数实新融合深化网络强国实践', null]);
  });
});

describe('numberedItems: a framing clause opening inside another', () => {
  // Copied from the collection's source (offset 184921): `为` opens a clause that runs on to the comma after `位于…`.
  const text =
    '资源。一、精准施策，为智能制造贡献联通经验2022年12月15日下午，几内亚总统出席了仪式。' +
    '二、创新科技，为车联网项目打造行业标杆位于西非西岸的几内亚，是世界上自然资源最为丰富的国家之一。';
  it('ends a heading where a later framing clause opens (位于…，), the earlier one leaving it open (`…，`)', () => {
    expect(headingsOf(text)).toEqual(['一、精准施策，为智能制造贡献联通经验', '二、创新科技，为车联网项目打造行业标杆']);
  });
  it('keeps no end past the clause heading length', () => {
    const long = text.replace('二、创新科技，为车联网项目打造行业标杆位于', '二、创新科技，为车联网项目打造行业标杆和示范工程样板位于');
    expect(headingsOf(long)[1]).toBeNull();
  });
});

describe('runParents', () => {
  // 上海联通北区 (collection offsets 114520–115800), shortened inside paragraphs.
  const text =
    '更为公司的高质量发展注入了强劲的红色动能。找准“结合点”，以项目为抓手，强化示范引领在北区党建工作的深入实践中，共产党员工程成为了重要引擎。面对2021年发展不均衡的挑战，党支部积极响应。' +
    '一、创新驱动，数字化转型专班引领新风尚为破解创新业务难题，党支部成立了“数字化转型专班”。二、融合发展，共产党员工程激发新活力在推动创新业务的同时，党支部还注重融合发展，设立了“共产党员工程”。';

  it('finds the three-part heading over a run of numbered items, ended by a framing clause, and sets the run’s items below it', () => {
    const out = runParents(text, numberedItems(text));
    expect(out.map((i) => [i.heading, i.below ?? false])).toEqual([
      ['找准“结合点”，以项目为抓手，强化示范引领', false],
      ['一、创新驱动，数字化转型专班引领新风尚', true],
      ['二、融合发展，共产党员工程激发新活力', true],
    ]);
  });

  it('takes no sentence of two parts, nor a phrase ended by a short clause (`为抓手，`), for one', () => {
    const two = text.replace('找准“结合点”，以项目为抓手，强化示范引领', '找准“结合点”，强化示范引领');
    expect(runParents(two, numberedItems(two)).filter((i) => i.run === undefined)).toEqual([]);
    const short = text.replace('在北区党建工作的深入实践中，', '');
    expect(runParents(short, numberedItems(short)).filter((i) => i.run === undefined)).toEqual([]);
  });

  it('takes no sentence naming its subject, nor one ended where 在 places an action, for one (made up)', () => {
    const items = '一、创新驱动，数字化转型专班引领新风尚为破解创新业务难题，党支部成立了专班。二、融合发展，共产党员工程激发新活力在推动创新业务的同时，党支部设立了工程。';
    for (const sentence of ['公司聚焦客户需求，优化服务流程，推动举措在基层落地见效，群众满意度持续提升。', '聚焦客户需求，优化服务流程，推动举措在基层落地见效，群众满意度持续提升。']) {
      const prose = `取得积极成效。${sentence}${items}`;
      expect(runParents(prose, numberedItems(prose)).filter((i) => i.run === undefined)).toEqual([]);
    }
    // A frame that closes inside a place (`…天地里，`) ends the heading (offset 116779's shape).
    const framed = `取得积极成效。激活“动力源”，落地三大文化，强化思想铸魂在通信行业这片广阔天地里，老带新的传统代代相传。${items}`;
    expect(runParents(framed, numberedItems(framed)).filter((i) => i.run === undefined).map((i) => i.heading)).toEqual(['激活“动力源”，落地三大文化，强化思想铸魂']);
  });

  it('reads a heading of three parts its run’s first item follows without a sentence’s end (made up)', () => {
    const glued =
      '这是对未来的美好期许。凝聚“向心力”，以文化为纽带，强化团队建设一、筑牢“传帮带”培养输送机制：做法与成效近年来，班组坚持以老带新，新员工很快上手。' +
      '二、班组长率先示范班组长以身作则，带头攻坚克难。';
    expect(runParents(glued, numberedItems(glued)).map((i) => [i.heading, i.below ?? false])).toEqual([
      ['凝聚“向心力”，以文化为纽带，强化团队建设', false],
      ['一、筑牢“传帮带”培养输送机制：做法与成效', true],
      [null, true],
    ]);
    // A review's made-up cases: `第一、` glued inside the first item's text while the run waits for its
    // second, and `统一、` in a list (its heading does not show): no item, and the real run keeps both.
    const filler = '各单位扎实推进各项工作，持续提升服务质量和运营效率，取得了积极成效。'.repeat(3);
    const ordinal = `工作成效明显。一、加快算力基础设施建设中国联通启动多个项目。${filler}公司积极组织申报，多个项目脱颖而出，先后入选工信部第一、第二批示范中心。${filler}二、推进数据要素市场化配置中国联通牵头成立联盟。`;
    expect(numberedItems(ordinal).map((i) => i.heading)).toEqual(['一、加快算力基础设施建设', '二、推进数据要素市场化配置']);
    const list = `工作成效明显。${filler}推进建设，完善机制，构建全国统一、开放、有序的算力市场。${filler}`;
    expect(numberedItems(list)).toEqual([]);
    // Only a first item: a later number glued to a word is no item (`统一、` in a list, then `二、` glued).
    const later = '工作成效明显。一、统一规划建设近年来，公司稳步推进。加强统筹，统一标准，提升质量二、完善机制运行公司持续改进。';
    expect(numberedItems(later).map((i) => i.at)).toEqual([]);
  });
});


describe('numberedItems: a heading that opens with a term in Latin letters', () => {
  it('ends where its text names the term again as a whole word (白皮书: `5G提升…` + `5G助力…`; `5G-A` is another word)', () => {
    const text =
      '为经济社会发展注入新动能。1.5G提升社会治安治理效能5G助力打造广覆盖、全时域、快速响应的社会治安防控体系。' +
      '2.5G加强自然灾害应急能力现代化水平5G助力构建完备的自然灾害应急管理体系。' +
      '网络设施实现了空前延伸。1.5G基本完成有效覆盖，继续向5G-A持续演进5G技术正在加速融入经济社会各领域。2.固网进入F5G成长期光纤网络是信息大动脉。';
    expect(headingsOf(text)).toEqual(['1.5G提升社会治安治理效能', '2.5G加强自然灾害应急能力现代化水平', '1.5G基本完成有效覆盖，继续向5G-A持续演进', null]);
  });
});

describe('a run under its own heading on a news page', () => {
  it('prints the run’s items one element level below that heading (h2 over h3)', async () => {
    const { newsBlocks } = await import('../../../scripts/ingest/collection/documents.ts');
    const { headingLevels } = await import('../../../scripts/ingest/output/emit-mdx.ts');
    const text =
      '更为公司的高质量发展注入了强劲的红色动能。找准“结合点”，以项目为抓手，强化示范引领在北区党建工作的深入实践中，共产党员工程成为了重要引擎。' +
      '一、创新驱动，数字化转型专班引领新风尚为破解创新业务难题，党支部成立了“数字化转型专班”。二、融合发展，共产党员工程激发新活力在推动创新业务的同时，党支部还注重融合发展，设立了“共产党员工程”。';
    const blocks = newsBlocks(text);
    expect(blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []))).toEqual(['找准“结合点”，以项目为抓手，强化示范引领', '一、创新驱动，数字化转型专班引领新风尚', '二、融合发展，共产党员工程激发新活力']);
    expect(headingLevels(blocks)).toEqual([2, 3, 3]);
  });
});

describe('numberedItems: a subtitle after a title’s colon (made up, a review’s cases)', () => {
  it('ends a title after its subtitle only before a usual opening phrase closed by its comma', () => {
    const after = (sub: string) => numberedItems(`工作扎实推进。一、厅内设施适老化改造的细致入微：${sub}。二、线上服务渠道的持续拓展优化：渠道日益丰富，服务更加便捷。`)[0]!.heading;
    expect(after('实践与成效近年来，营业厅持续改造')).toBe('一、厅内设施适老化改造的细致入微：实践与成效');
    expect(after('记者从中国联通获悉，营业厅持续改造')).toBe('一、厅内设施适老化改造的细致入微：');
    expect(after('数据显示我国适老化改造持续推进')).toBe('一、厅内设施适老化改造的细致入微：');
    expect(after('党委班子坚持在大战大考中锤炼作风，营业厅持续改造')).toBe('一、厅内设施适老化改造的细致入微：');
  });
});

describe('numberedItems: a prologue before a run (made up)', () => {
  it('heads a part labelled 开篇 before a run of `第一篇章：` items like the items', () => {
    const text =
      '论坛在京举行。开篇：新起点，新担当随着数字技术加速演进，产业迎来新机遇。第一篇章：融合创新，共建产业生态在论坛上，多方代表共话合作。' +
      '第二篇章：携手同行，赋能千行百业随着合作不断深化，成果持续涌现。';
    expect(numberedItems(text).map((i) => i.heading)).toEqual(['开篇：新起点，新担当', '第一篇章：融合创新，共建产业生态', '第二篇章：携手同行，赋能千行百业']);
    // A prologue only where nothing numbered stands between it and the run: `一、` first makes it that run's, not this.
    const between = text.replace('产业迎来新机遇。', '产业迎来新机遇。一、聚焦主业近年来，公司稳步发展。');
    expect(numberedItems(between).map((i) => i.heading)).not.toContain('开篇：新起点，新担当');
  });

  it('takes no prologue before a run numbered otherwise, nor one whose heading does not show (a review’s made-up cases)', () => {
    const filler = '各单位结合实际制定实施方案，细化任务清单，确保各项部署落到实处，以实际行动践行初心使命。'.repeat(2);
    const lecture = `张三作专题辅导。开篇：他首先回顾了近年来中国联通推进数字化转型的历程。${filler}一、坚持党建引领，筑牢发展根基2024年以来，公司稳步推进。${filler}二、坚持创新驱动，激发发展活力2024年以来，成果不断涌现。`;
    expect(numberedItems(lecture).map((i) => i.heading)).toEqual(['一、坚持党建引领，筑牢发展根基', '二、坚持创新驱动，激发发展活力']);
    const film = `该片共分三集。开篇：纪录片以中国联通建成首个基站的故事讲起。${filler}第一篇章：融合创新，共建产业生态在论坛上，多方代表共话合作。第二篇章：携手同行，赋能千行百业随着合作不断深化，成果持续涌现。`;
    expect(numberedItems(film).map((i) => i.heading)).toEqual(['第一篇章：融合创新，共建产业生态', '第二篇章：携手同行，赋能千行百业']);
  });
});
