import { describe, expect, it } from 'vitest';
import { parallelSubheadings } from '../../../scripts/ingest/collection/parallel-subheadings.ts';

// 广东联通：雷锋精神永传承志愿服务暖人心 (collection offsets 4928–7700), each paragraph shortened; the
// padding stands for the rest of a paragraph (the titles of a set stand paragraphs apart).
const rest = '志愿者们走进社区开展服务活动，服务群众数以千计，活动受到社区居民和社会各界的广泛好评和积极响应。'.repeat(3);
const paragraphs = [
  '在文明实践中淬炼初心本色，将雷锋精神的种子播撒在每一个角落。',
  `科技春风温暖银发岁月“阿叔，手机打车的步骤我给您画下来，您要还不明白，随时微信上联系我”。${rest}`,
  `筑牢防线守护财产安全为打击治理电信网络诈骗，切实提高民众自我防范意识，广东联通积极承担社会责任。${rest}`,
  `播撒希望共绘田园新篇广东联通志愿服务队积极响应“三乡行动”号召，助力省委“百千万工程”。${rest}`,
  '绿色行动保卫美好家园“青年是可持续发展的中坚力量，也是绿色发展的最大受益者。”早在2023年初，共青团广东省委发出倡议。',
];

describe('parallelSubheadings', () => {
  it('takes titles of one length, each after a sentence’s end and before a paragraph’s usual opening, spread through the article', () => {
    const text = paragraphs.join('');
    expect(parallelSubheadings(text).map((h) => h.heading)).toEqual(['科技春风温暖银发岁月', '筑牢防线守护财产安全', '播撒希望共绘田园新篇', '绿色行动保卫美好家园']);
  });

  it('takes no set of two, no titles crowded together, and no title holding a function word of prose', () => {
    expect(parallelSubheadings(paragraphs.slice(0, 3).join(''))).toEqual([]);
    const crowded = paragraphs.map((p) => p.replace(rest, '')).join('');
    expect(parallelSubheadings(crowded)).toEqual([]);
    // A `的` in each: running prose, however parallel (the same lengths, the same openings after them).
    const titles: Record<string, string> = { 科技春风温暖银发岁月: '科技的春风暖银发岁月', 筑牢防线守护财产安全: '筑牢的防线守护财产安', 播撒希望共绘田园新篇: '播撒的希望共绘田园新', 绿色行动保卫美好家园: '绿色的行动保卫美好家' };
    const prose = Object.entries(titles).reduce((t, [title, withParticle]) => t.replace(title, withParticle), paragraphs.join(''));
    expect(parallelSubheadings(prose)).toEqual([]);
  });

  it('takes no set whose titles repeat one text: prose restating its subject (made up)', () => {
    const said = ['强调', '指出', '要求'].map((verb) => `河南联通党委书记张三在会上${verb}，要以高质量党建引领高质量发展。${rest}`);
    expect(parallelSubheadings(`前言。${said.join('')}`)).toEqual([]);
  });

  it('reads a motto of two parallel phrases as a paragraph’s opening', () => {
    // 2024中国联通合作伙伴大会专场发布会 (collection offsets 18408–20590), paragraphs shortened: three titles of
    // 13 characters, over a motto, the company's name and a usual phrase.
    const launches = [
      '重磅发布在联网通信、算网数智多领域的前沿创新成果，充分展现了中国联通创新的品牌形象。',
      `聚焦时空AI发布时空大模型时空大模型，智联新世界。中国联通智能城市研究院依托自研的璇玑时空基座。${rest}`,
      `打造汽车行业C2M解决方案中国联通研究院与汽车军团重大科技成果发布暨生态伙伴大会上举行首发仪式。${rest}`,
      `宽带核心网引领宽带网络发展随着新一轮科技革命和产业革命不断深入，宽带网络业务需求多变。${rest}`,
    ].join('');
    expect(parallelSubheadings(launches).map((h) => h.heading)).toEqual(['聚焦时空AI发布时空大模型', '打造汽车行业C2M解决方案', '宽带核心网引领宽带网络发展']);
    // Without the motto two titles are left, too few for a set.
    expect(parallelSubheadings(launches.replace('时空大模型，智联新世界。', '中讯院'))).toEqual([]);
  });

  it('completes two titles of one shape with a comma by the titles of that shape at other sentences’ starts (made up)', () => {
    const shaped = [
      '平台用户规模持续增长，服务质量稳步提升。',
      `夯实网络基础，提升服务质量近年来，公司加快网络建设，覆盖持续扩大。${rest}`,
      `深化产品创新，丰富应用场景多款新产品陆续上线，上线即受欢迎。${rest}`,
      `强化生态合作，拓展发展空间中国联通携手合作伙伴共建生态，成果丰硕。${rest}`,
    ].join('');
    // The first and last stand before a usual opening (近年来, the company); the second's shape joins them.
    expect(parallelSubheadings(shaped).map((h) => h.heading)).toEqual(['夯实网络基础，提升服务质量', '深化产品创新，丰富应用场景', '强化生态合作，拓展发展空间']);
    // One anchored title is no set; nor is a shape without a comma (`夯实网络基础提升服务质量`).
    expect(parallelSubheadings(shaped.replace('近年来，公司', '公司'))).toEqual([]);
    const bare = shaped.replace(/，(?=提升服务|丰富应用|拓展发展)/gu, '');
    expect(parallelSubheadings(bare)).toEqual([]);
  });

  it('takes two titles of two phrases opening alike, each before a usual opening, whatever their lengths (made up)', () => {
    const alike = [
      '国有企业责任重大。',
      `更好发挥创新引领作用，加快实现高水平科技自立自强当前，新一轮科技革命深入发展。${rest}`,
      `更好发挥安全支撑作用，保障国家安全当前，外部环境复杂多变。${rest}`,
    ].join('');
    expect(parallelSubheadings(alike).map((h) => h.heading)).toEqual(['更好发挥创新引领作用，加快实现高水平科技自立自强', '更好发挥安全支撑作用，保障国家安全']);
    // Not where the first phrases differ in length, nor where one phrase repeats (`会议强调，…`).
    expect(parallelSubheadings(alike.replace('更好发挥安全支撑作用', '更好发挥支撑作用'))).toEqual([]);
    const said = alike.replace('更好发挥创新引领作用，', '更好发挥引领支撑作用，').replace('更好发挥安全支撑作用，', '更好发挥引领支撑作用，');
    expect(parallelSubheadings(said)).toEqual([]);
  });

  it('takes no pair before an opening that speech runs on into (a review’s made-up cases)', () => {
    const pair = (a: string, b: string) => `会议传达了精神。${a}${rest}${b}${rest}`;
    for (const [a, b] of [
      ['张三同志强调，要充分认识当前发展形势的复杂性和严峻性，切实增强忧患意识。', '张三同志指出，要清醒看到当前行业竞争的新变化新特点，主动谋划应对之策。'],
      ['要坚持以人民为中心，持续推动中国联通服务品质全面提升。', '要坚持以改革为动力，加快推动中国联通治理能力现代化。'],
      ['持续深化改革，推动管理从粗放向精细转变，企业治理效能显著提升。', '持续深化协同，推动业务从单点向融合跨越，综合竞争实力不断增强。'],
      ['持续深化改革，各项工作有序推进，成效初显。', '持续深化协同，重点项目加快落地，亮点纷呈。'],
    ]) expect(parallelSubheadings(pair(a!, b!))).toEqual([]);
  });

  it('completes no set by a sentence that opens as a body does (a review’s made-up case)', () => {
    const timed = [
      '全省通信能力持续提升。',
      `聚焦主业，筑牢网络底座近年来，公司加快网络建设，覆盖持续扩大。${rest}`,
      `今年以来，全省新增千兆用户超过百万户，增速位居前列。${rest}`,
      `创新驱动，激活发展动能中国联通携手合作伙伴共建生态，成果丰硕。${rest}`,
      `截至目前，全省累计开通千兆宽带用户超过五百万户。${rest}`,
    ].join('');
    expect(parallelSubheadings(timed)).toEqual([]);
  });

  it('completes one anchored title by those of its shape that open with its words, each phrase varied (made up)', () => {
    const led = [
      '大会发布了多项成果。',
      `携手推进网络升级，夯实数字底座根基网络是数字经济的底座，建设持续加快。${rest}`,
      `携手推进技术突破，加快核心能力攻关技术是发展的引擎，创新成果不断涌现。${rest}`,
      `携手推进服务提质，拓展数实融合空间面向千家万户的信息消费，公司持续创新。${rest}`,
    ].join('');
    // Only the last stands before a usual opening (面向…，); the others open with its words, 携手推进.
    expect(parallelSubheadings(led).map((h) => h.heading)).toEqual(['携手推进网络升级，夯实数字底座根基', '携手推进技术突破，加快核心能力攻关', '携手推进服务提质，拓展数实融合空间']);
    // Titles opening otherwise do not join one anchored title.
    expect(parallelSubheadings(led.replace('携手推进网络升级', '全力推动网络升级').replace('携手推进技术突破', '全面加强技术突破'))).toEqual([]);
    // Prose repeating a phrase (`会议强调`) is no set, however alike its sentences open.
    const said = [
      '会议传达了精神。',
      `会议强调，要深化学习领悟面向新征程，各单位要抓好落实。${rest}`,
      `会议强调，要切实强化担当各单位要主动作为，确保见到实效。${rest}`,
      `会议强调，要积极推动改革各单位要勇于创新，取得更大成效。${rest}`,
    ].join('');
    expect(parallelSubheadings(said)).toEqual([]);
  });

  it('takes a title holding 向 inside a content word (靶向, targeted)', () => {
    // 中国联通：坚持问题导向推动调研成果转化为高质量发展动力 (collection offsets 174248–177820), shortened.
    const answers = [
      '将调研成果更好转化为破解难题、推动发展、惠民利民的实际成效。',
      `破解难题靶向发力出硬招中国联通各级党组织紧盯工作重点难点，敢于动真碰硬。${rest}`,
      `推动发展锚定目标出实招中国联通各级党组织自觉用新思想武装头脑。${rest}`,
      `惠民利民解忧暖心出真招中国联通各级党组织坚持人民至上、践行为民宗旨。${rest}`,
    ].join('');
    expect(parallelSubheadings(answers).map((h) => h.heading)).toEqual(['破解难题靶向发力出硬招', '推动发展锚定目标出实招', '惠民利民解忧暖心出真招']);
  });
});
