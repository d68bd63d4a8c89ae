// A results report's management discussion: its numbered parts and their run-in heads as headings.
import { describe, expect, it } from 'vitest';
import { narrativeBlocks } from '../../../scripts/ingest/collection/documents.ts';
import { runInHeadEnd } from '../../../scripts/ingest/collection/items.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

const headings = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'heading' ? [[b.depth, b.text]] : []));
const text = (blocks: Block[]) => blocks.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : '')).join('');

// Shortened from the 2020 annual report summary's 第一部分 and 第三部分 (offsets 356962, 364954, 366740), running headers cut.
const DISCUSSION =
  '1.整体业绩2020年，公司实现主营业务收入人民币2,758亿元。' +
  '2.业务发展年内，疫情反复为公司经营带来挑战。坚持价值经营不放松，移动业务发展质量再提升公司积极推动行业生态建设。' +
  '抢抓发展窗口机遇，5G业务实现规模突破2020年，公司5G套餐用户达到7,083万户。' +
  '3.成本费用2020年公司成本费用合计为人民币2,839.5亿元。1）网间结算成本2020年公司网间结算成本发生人民币105.7亿元。' +
  '2）折旧及摊销2020年公司资产折旧及摊销发生人民币830.3亿元。4.盈利水平1）税前利润2020年公司税前利润达到人民币160.0亿元。2）所得税2020年公司的所得税为人民币34.3亿元。';

describe('narrativeBlocks', () => {
  it('makes the numbered parts headings, each way of numbering a level below the one used before it, and the run-in heads one below their part', () => {
    const blocks = narrativeBlocks(DISCUSSION, new Set(), 4);
    expect(headings(blocks)).toEqual([
      [4, '1.整体业绩'],
      [4, '2.业务发展'],
      [5, '坚持价值经营不放松，移动业务发展质量再提升'],
      [5, '抢抓发展窗口机遇，5G业务实现规模突破'],
      [4, '3.成本费用'],
      [5, '1）网间结算成本'],
      [5, '2）折旧及摊销'],
      [4, '4.盈利水平'],
      [5, '1）税前利润'],
      [5, '2）所得税'],
    ]);
    expect(text(blocks)).toBe(DISCUSSION);
  });

  it('leaves a run-in head alone under its part, or one naming a figure or the company, in its paragraph', () => {
    const alone = '1.整体业绩2020年，公司业绩良好。坚持价值经营不放松，移动业务发展质量再提升公司积极推动行业生态建设。2.未来展望如今，信息技术飞快发展。';
    expect(headings(narrativeBlocks(alone, new Set(), 4))).toEqual([
      [4, '1.整体业绩'],
      [4, '2.未来展望'],
    ]);
  });
});

describe('narrativeBlocks: a part by its usual name', () => {
  it('ends a part named as parts usually are where its name ends, before its text or its first run-in head (offsets 372578, 373107, 373726)', () => {
    const parts =
      '（一）整体业绩2020年上半年，公司业绩良好。（二）业务发展上半年，公司持续推进改革。' +
      '（三）网络建设5G网络共建共享顺利推进，高效提升竞争力和价值2020年上半年，公司坚持聚焦。扎实打造匠心网络，网络质量持续提升上半年，公司积极提升网络质量。' +
      '（四）混合所有制改革强强联合，战略合作持续深化上半年，公司聚合战投伙伴优势力量。开启混改“深潜”，机制体制变革激发内生动力公司围绕全面数字化转型。' +
      '（五）社会责任和公司治理公司致力于将自身发展与更广泛的社会责任相结合。';
    const blocks = narrativeBlocks(parts, new Set(), 4);
    expect(headings(blocks)).toEqual([
      [4, '（一）整体业绩'],
      [4, '（二）业务发展'],
      [4, '（三）网络建设'],
      [5, '5G网络共建共享顺利推进，高效提升竞争力和价值'],
      [5, '扎实打造匠心网络，网络质量持续提升'],
      [4, '（四）混合所有制改革'],
      [5, '强强联合，战略合作持续深化'],
      [5, '开启混改“深潜”，机制体制变革激发内生动力'],
      [4, '（五）社会责任和公司治理'],
    ]);
    expect(text(blocks)).toBe(parts);
  });

  it('ends a name in Latin letters before its note\'s marker and the year its text opens with (offset 376552)', () => {
    const marked = '4.盈利水平2020年上半年，公司盈利良好。5.EBITDA12020年上半年，公司EBITDA为人民币493.5亿元。6.资本开支及现金流2020年上半年，公司资本开支合计人民币257.7亿元。';
    expect(headings(narrativeBlocks('1.整体业绩2020年上半年，公司业绩良好。2.业务发展上半年，公司持续推进改革。3.成本费用2020年上半年，公司成本合计。' + marked, new Set(), 4)).slice(3)).toEqual([
      [4, '4.盈利水平'],
      [4, '5.EBITDA'],
      [4, '6.资本开支及现金流'],
    ]);
  });

  it('ends a title of two phrases before a framing clause; a name run into a run-in head opens a paragraph (2022 annual summary, offset 301670; made up)', () => {
    const titled = '（一）整体业绩2022年，公司业绩良好。（二）业务发展年内，公司持续推进改革。（三）拥抱创新，释放全新增长空间在确保稳定发展的基础之上，我们持续推进创新转型。（四）未来展望如今，信息技术飞快发展。';
    expect(headings(narrativeBlocks(titled, new Set(), 3))).toEqual([
      [3, '（一）整体业绩'],
      [3, '（二）业务发展'],
      [3, '（三）拥抱创新，释放全新增长空间'],
      [3, '（四）未来展望'],
    ]);
    const runOn = '（一）整体业绩2022年，公司业绩良好。（二）业务发展年内，公司持续推进改革。（三）网络规划全面推进5G网络共建共享，资源效能持续提升2020年，公司践行新发展理念。（四）未来展望如今，信息技术飞快发展。';
    expect(headings(narrativeBlocks(runOn, new Set(), 3))).toEqual([
      [3, '（一）整体业绩'],
      [3, '（二）业务发展'],
      [3, '（四）未来展望'],
    ]);
  });

  it('ends a business review\'s part named as such parts usually are before a topic its text opens with (2020 annual summary, offset 362646)', () => {
    const review = '1移动业务2020年，公司深化聚焦战略。2固网宽带2020年，公司坚持网业协同。3产业互联网云计算方面，聚焦云引领，打造新沃云新基座。4网络能力2020年，公司深化实施聚焦创新合作战略。';
    expect(headings(narrativeBlocks(review, new Set(), 4))).toEqual([
      [4, '1移动业务'],
      [4, '2固网宽带'],
      [4, '3产业互联网'],
      [4, '4网络能力'],
    ]);
  });

  it('ends a titled part as its found sibling of two phrases does, where its first phrase is as long (2022 annual summary, offsets 300629, 303270)', () => {
    const letter =
      '（一）整体业绩2022年，公司业绩良好。（二）着眼未来，潜心耕耘基础能力网络是发展之基础，服务是行业之根本。' +
      '（三）拥抱创新，释放全新增长空间在确保稳定发展的基础之上，我们持续推进创新转型。' +
      '（四）开放合作，共享时代发展红利数字时代，跨界合作遍地开花。（五）未来展望信息是人类文明进化的重要载体。';
    expect(headings(narrativeBlocks(letter, new Set(), 3))).toEqual([
      [3, '（一）整体业绩'],
      [3, '（二）着眼未来，潜心耕耘基础能力'],
      [3, '（三）拥抱创新，释放全新增长空间'],
      [3, '（四）开放合作，共享时代发展红利'],
      [3, '（五）未来展望'],
    ]);
  });

  it('keeps a title whose first phrase is a usual name, and a name that goes on with a joining word (made up)', () => {
    const titled = '（一）整体业绩2022年，公司业绩良好。（二）业务发展年内，公司持续推进改革。（三）混合所有制改革，机制体制变革激发内生动力2022年，公司深化改革。（四）网络建设与运营能力持续提升。公司网络质量领先。（五）未来展望如今，信息技术飞快发展。';
    expect(headings(narrativeBlocks(titled, new Set(), 3))).toEqual([
      [3, '（一）整体业绩'],
      [3, '（二）业务发展'],
      [3, '（三）混合所有制改革，机制体制变革激发内生动力'],
      [3, '（五）未来展望'],
    ]);
    // A framing clause ends a title of two phrases only after a second phrase of four characters or more.
    const short = '（一）整体业绩2022年，公司业绩良好。（二）深化改革，持续为客户创造价值2022年，公司持续推进改革。（三）未来展望如今，信息技术飞快发展。';
    expect(headings(narrativeBlocks(short, new Set(), 3))).toContainEqual([3, '（二）深化改革，持续为客户创造价值']);
  });

  it('keeps a name that goes on past a usual one, its end shown by its text (made up)', () => {
    const longer = '（一）整体业绩回顾2020年，公司业绩良好。（二）业务发展年内，公司持续推进改革。';
    expect(headings(narrativeBlocks(longer, new Set(), 4))).toEqual([
      [4, '（一）整体业绩回顾'],
      [4, '（二）业务发展'],
    ]);
  });
});

describe('narrativeBlocks: heads printed in parallel', () => {
  it('takes heads of one length before a part\'s usual opening or the company, one level below their part (2022 annual summary, offsets 300788–302940)', () => {
    // The source prints the first two heads under （二）, the third under （三）; here （二） is given a bare name.
    const heads =
      '（一）整体业绩2022年，公司实现了经营发展的“四个新高”。（二）网络建设一年来，公司持续夯实基础。网络根基再夯实一年来，公司持续加大在网络基础能力的投入。' +
      '5G精品网方面，新增31万5G中频基站和17万900M基站，行政村覆盖率达到96%，5G中频规模和覆盖水平与行业相当，移动用户达到历史新高；宽带精品网方面，北方保持领先优势，10GPON端口新增数量达到214万个，南方城市住宅覆盖率达到80%，为宽带用户近两年高速增长奠定基础。' +
      '服务水准再提升一直以来，我们秉承“人民邮电为人民”的初心使命，以客户为中心，坚持为客户创造价值，进一步发挥一体化集约化运营和数据整合优势，智慧客户问题解决率突破98%，智慧客服智能服务占比超过83%，客户感知显著改善，工信部有效申诉率再创历史新低，完善客户关怀，优化热线运营，健全服务体系，提高服务成效，客户问题解决满意率大幅提升。' +
      '（三）拥抱创新，释放全新增长空间在确保稳定发展的基础之上，我们持续推进创新转型。' +
      '基础业务再巩固2022年，公司克服疫情不利影响，引领大联接规模价值有了新的突破，移动出账用户超过3.2亿户，5G套餐用户渗透率持续提升，宽带用户规模再创新高。' +
      '（四）未来展望信息是人类文明进化的重要载体。';
    const blocks = narrativeBlocks(heads, new Set(), 3);
    expect(headings(blocks)).toEqual([
      [3, '（一）整体业绩'],
      [3, '（二）网络建设'],
      [4, '网络根基再夯实'],
      [4, '服务水准再提升'],
      [3, '（三）拥抱创新，释放全新增长空间'],
      [4, '基础业务再巩固'],
      [3, '（四）未来展望'],
    ]);
    expect(text(blocks)).toBe(heads);
  });

  it('takes no two of one length as a set (made up)', () => {
    const two = '（一）整体业绩2022年，公司业绩良好。网络根基再夯实一年来，公司持续投入网络建设，覆盖水平与行业相当，移动用户达到历史新高，宽带用户高速增长，政企精品网覆盖城市达到307个，算力网络布局持续优化。服务水准再提升一直以来，公司坚持为客户创造价值。（二）未来展望信息是人类文明进化的重要载体。';
    expect(headings(narrativeBlocks(two, new Set(), 3))).toEqual([
      [3, '（一）整体业绩'],
      [3, '（二）未来展望'],
    ]);
  });
});

describe('narrativeBlocks: what is no part', () => {
  it('reads no month sentences as bare-numbered parts, and takes a run-in head that opens the text (made up from the 2020 annual summary)', () => {
    const months = '1.业务发展年内，公司持续推进改革。1月，公司发布社会责任报告。2月，公司召开工作会议。3月，公司完成混改。2.未来展望如今，信息技术飞快发展。';
    expect(headings(narrativeBlocks(months, new Set(), 4))).toEqual([
      [4, '1.业务发展'],
      [4, '2.未来展望'],
    ]);
    const opening = '巩固混改成果，发展红利持续迸发公司不断探索完善公司混改新治理。运营改革提质扩面，全面数字化转型开启新篇章公司协同推进深化改革。';
    expect(headings(narrativeBlocks(opening, new Set(), 4))).toEqual([
      [4, '巩固混改成果，发展红利持续迸发'],
      [4, '运营改革提质扩面，全面数字化转型开启新篇章'],
    ]);
  });
});

describe('runInHeadEnd', () => {
  it('ends a head of two phrases where its text opens: the company, a year, a time word (offsets 359858, 372596)', () => {
    const company = '巩固混改成果，发展红利持续迸发公司不断探索完善公司混改新治理。';
    expect(runInHeadEnd(company, 0)).toBe('巩固混改成果，发展红利持续迸发'.length);
    const year = '5G网络共建共享顺利推进，高效提升竞争力和价值2020年上半年，公司坚持聚焦。';
    expect(runInHeadEnd(year, 0)).toBe('5G网络共建共享顺利推进，高效提升竞争力和价值'.length);
  });

  it('ends a head before a framing clause its text opens with where the company follows as its subject (2020 half-year summary, offset 370845, running header left out)', () => {
    const framed = '持续推动业务策略调整，移动业务价值经营初显成效面对行业发展的新挑战，公司自去年下半年起，以价值经营为导向。';
    expect(runInHeadEnd(framed, 0)).toBe('持续推动业务策略调整，移动业务价值经营初显成效'.length);
    // A framing clause whose subject is another (made up): no end shows.
    expect(runInHeadEnd('持续推动业务策略调整，移动业务价值经营初显成效面对行业发展的新挑战，行业自去年下半年起调整。', 0)).toBe(-1);
  });

  it('ends a head where its text opens with the regulator as its subject (2019 half-year summary, offset 415008, abridged; the ministry\'s full name made up)', () => {
    const regulator = '积极构建5G产业生态，5G部署赢得先机工信部已于2018年12月同意公司在全国使用3500-3600MHz频率开展5G试验。';
    expect(runInHeadEnd(regulator, 0)).toBe('积极构建5G产业生态，5G部署赢得先机'.length);
    const ministry = '深化行业协同合作，共建共享成效显著工业和信息化部指导公司与中国电信推进共建共享。';
    expect(runInHeadEnd(ministry, 0)).toBe('深化行业协同合作，共建共享成效显著'.length);
  });

  it('finds none in a sentence’s clauses: a figure, the company named inside, a short second phrase, a company\'s name before a possessive (offset 415566)', () => {
    // The regulator after a verb is its object (made up).
    expect(runInHeadEnd('携号转网平稳推进，严格按照相关要求配合工信部开展工作。', 0)).toBe(-1);
    for (const t of ['利润总额达到人民币160亿元，归属于母公司净利润实现增长。', '经充分考虑公司的良好经营发展，基于控股子公司的情况。', '坚持党建引领发展，持续完善公司治理，合规运营。', '触点领域，持续推进与互联网公司的线上触点及权益合作。', '触点领域，持续推进与互联网公司开展线上合作。', '深化改革试点，持续推进改革向纵深与各子公司协同。'])
      expect(runInHeadEnd(t, 0)).toBe(-1);
  });
});
