import { describe, expect, it } from 'vitest';
import { nestRunInHeadings, nestUnderParallelHeadings } from '../../../scripts/ingest/report/parallel-headings.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

const heading = (text: string): Block => ({ type: 'heading', text, line: 1, id: text, depth: 2 });
const paragraph = (text: string): Block => ({ type: 'paragraph', text, line: 1 });
const depths = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'heading' ? [[b.text, b.depth]] : []));

describe('nestUnderParallelHeadings', () => {
  it('nests the headings between parallel two-part topics below them (2024 report, 专题 1)', () => {
    const blocks = [
      heading('抓要事，提高政治引领力'), paragraph('…'), heading('学习贯彻全会精神'), heading('发挥党建引领作用'),
      heading('夯基础，提高组织推动力'), heading('集中推进“一条主线”'),
      heading('强宣传，提高思想感召力'), heading('把稳理论武装“思想舵”'),
    ];
    expect(depths(nestUnderParallelHeadings(blocks, 2))).toEqual([
      ['抓要事，提高政治引领力', 2], ['学习贯彻全会精神', 3], ['发挥党建引领作用', 3],
      ['夯基础，提高组织推动力', 2], ['集中推进“一条主线”', 3],
      ['强宣传，提高思想感召力', 2], ['把稳理论武装“思想舵”', 3],
    ]);
  });

  it('leaves parallel titles of one part beside the headings around them, each over its text', () => {
    // 2024 report, lines 478–569 (the outline has three levels, so the gold keeps them one level).
    const blocks = [
      heading('建强联网通信基础设施'), paragraph('…'), heading('加强移动网络覆盖'), paragraph('…'),
      heading('建强算网数智基础设施'), paragraph('…'), heading('强化智算中心建设'), paragraph('…'),
      heading('建强全球网络基础设施'), paragraph('…'),
    ];
    expect(nestUnderParallelHeadings(blocks, 2)).toEqual(blocks);
  });

  it('nests below titles of one length where the first stands right over a heading of another length (2024 report, 专题 2)', () => {
    const blocks = [
      heading('百年红色铸底蕴'), heading('做革命的“鲁班石”'), paragraph('…'), heading('艰苦创业树丰碑'), paragraph('…'),
      heading('联通成立开新局'), paragraph('…'), heading('改革创新向未来'), heading('联通混改引入发展新动能'), paragraph('…'),
      heading('共建共享推动网络广互联'), paragraph('…'),
    ];
    expect(depths(nestUnderParallelHeadings(blocks, 2))).toEqual([
      ['百年红色铸底蕴', 2], ['做革命的“鲁班石”', 3], ['艰苦创业树丰碑', 2], ['联通成立开新局', 2],
      ['改革创新向未来', 2], ['联通混改引入发展新动能', 3], ['共建共享推动网络广互联', 3],
    ]);
    // A heading of the first's length right under it, or one already a level below, is no such cue
    // (2020 report: 發展通信新技術 over 推動5G技術創新, found one level below).
    const same = [heading('发展通信新技术'), heading('推动通信新技术'), paragraph('…'), heading('打造云业务引领'), heading('强化大数据能力'), heading('加速AI创新赋能')];
    expect(nestUnderParallelHeadings(same, 2)).toEqual(same);
    const below = [heading('发展通信新技术'), { ...heading('推动5G技术创新'), depth: 3 }, paragraph('…'), heading('打造云业务引领'), heading('强化大数据能力'), heading('加速AI创新赋能')];
    expect(nestUnderParallelHeadings(below, 2)).toEqual(below);
  });

  it('needs three topics of one shape, the first heading among them', () => {
    const two = [heading('抓要事，提高政治引领力'), heading('学习贯彻全会精神'), heading('夯基础，提高组织推动力')];
    expect(nestUnderParallelHeadings(two, 2)).toEqual(two);
    const notFirst = [heading('学习贯彻全会精神'), heading('抓要事，提高政治引领力'), heading('夯基础，提高组织推动力'), heading('强宣传，提高思想感召力')];
    expect(nestUnderParallelHeadings(notFirst, 2)).toEqual(notFirst);
  });
});

describe('nestRunInHeadings', () => {
  // The 2023 chapter, 關愛員工身心健康 (lines 722–775): sub-sections over a blank line, run-in sub-heads under them.
  const blocks = [heading('守護員工健康'), paragraph('…'), heading('關注心理健康'), heading('關愛女性群體'), heading('增進員工關懷'), heading('改善工作環境')];
  const lineOf = new Map(blocks.map((b, k) => [b, k + 1]));
  const numbered = blocks.map((b) => ({ ...b, line: lineOf.get(b)! }));
  const running = new Set([3, 4, 6]);

  it('nests the headings that run into their text below the heading before them', () => {
    expect(depths(nestRunInHeadings(numbered, 2, (n) => running.has(n)))).toEqual([
      ['守護員工健康', 2], ['關注心理健康', 3], ['關愛女性群體', 3], ['增進員工關懷', 2], ['改善工作環境', 3],
    ]);
  });

  it('leaves a page whose headings are printed one way, or whose first runs in, as it is; outline headings never count', () => {
    expect(nestRunInHeadings(numbered, 2, () => true)).toEqual(numbered);
    expect(nestRunInHeadings(numbered, 2, () => false)).toEqual(numbered);
    expect(nestRunInHeadings(numbered, 2, (n) => n !== 3)).toEqual(numbered);
    expect(nestRunInHeadings(numbered, 2, (n) => running.has(n), () => false)).toEqual(numbered);
  });
});

describe('alignParallelSiblings', () => {
  it('makes a heading printed in parallel with two sub-headings before it their sibling (2020 report, 持續提升客戶口碑)', async () => {
    const { alignParallelSiblings } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const sub = (text: string) => ({ ...heading(text), depth: 3 });
    const blocks = [heading('持續提升客戶口碑'), sub('客戶體驗更貼心'), paragraph('…'), sub('客戶服務更便捷'), sub('攜號轉網更惠民'), heading('客戶口碑更可靠'), sub('服務質量更良好'), heading('線上線下渠道融合')];
    expect(depths(alignParallelSiblings(blocks, 2))).toEqual([
      ['持續提升客戶口碑', 2], ['客戶體驗更貼心', 3], ['客戶服務更便捷', 3], ['攜號轉網更惠民', 3],
      ['客戶口碑更可靠', 3], ['服務質量更良好', 3], ['線上線下渠道融合', 2],
    ]);
    // One parallel sub-heading is not enough, and a heading at the depth between ends the look back.
    const one = [heading('持續提升客戶口碑'), sub('客戶體驗更貼心'), sub('攜號轉網更惠民'), heading('客戶口碑更可靠')];
    expect(alignParallelSiblings(one, 2)).toEqual(one);
    const cut = [heading('持續提升客戶口碑'), sub('客戶體驗更貼心'), sub('客戶服務更便捷'), heading('線上線下渠道融合'), heading('客戶口碑更可靠')];
    expect(alignParallelSiblings(cut, 2)).toEqual(cut);
  });
});

describe('alignWithSubHeadings', () => {
  it('sets an outline heading over a blank line, after the layout’s sub-headings of the heading before it, beside them (2020 report, 全力做好防汛救災)', async () => {
    const { alignWithSubHeadings } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    // Source lines: 1 outline heading running into its text, 2 a layout sub-heading over a blank line,
    // 3 an outline heading over a blank line with no sub-heading of its own, 4 the next outline heading.
    const at = (text: string, line: number, depth: number): Block => ({ type: 'heading', text, line, id: text, depth });
    const blocks = [at('全力做好防汛救災', 1, 3), at('建立健全防汛保障體系', 2, 4), paragraph('…'), at('抗凝凍保暢通', 3, 3), paragraph('…'), at('做好重大活動保障', 4, 3)];
    const outlined = new Set([1, 3, 4]);
    const runsIn = (n: number) => n === 1 || n === 4;
    expect(depths(alignWithSubHeadings(blocks, outlined, runsIn))).toEqual([
      ['全力做好防汛救災', 3], ['建立健全防汛保障體系', 4], ['抗凝凍保暢通', 4], ['做好重大活動保障', 3],
    ]);
    // Not where it runs into its text, nor where it has a sub-heading of its own, nor where the heading before has none.
    expect(alignWithSubHeadings(blocks, outlined, () => true)).toEqual(blocks);
    const own = [...blocks.slice(0, 4), at('加強規範性管理', 5, 4), ...blocks.slice(4)];
    expect(depths(alignWithSubHeadings(own, outlined, runsIn))[2]).toEqual(['抗凝凍保暢通', 3]);
    const bare = [blocks[0]!, blocks[2]!, ...blocks.slice(3)];
    expect(alignWithSubHeadings(bare, outlined, runsIn)).toEqual(bare);
  });
});


describe('nestTitlesOverLists', () => {
  it('sets a two-phrase title right over a list below the heading before it (2023 chapter, 提升服務質量 › 建立智能服務運營體系，提升問題解決能力)', async () => {
    const { nestTitlesOverLists } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const list: Block = { type: 'list', items: ['全面保障轉人工順暢。'], line: 1, marker: '●' };
    const blocks = [heading('提升服務質量'), paragraph('…'), heading('建立智能服務運營體系，提升問題解決能力'), list, heading('精心培育一流品牌')];
    expect(depths(nestTitlesOverLists(blocks, 2))).toEqual([['提升服務質量', 2], ['建立智能服務運營體系，提升問題解決能力', 3], ['精心培育一流品牌', 2]]);
    // Over text, a two-phrase title is no sub-heading (the 2024 report's topics); nor is the first heading of a page.
    const overText = [heading('提升服務質量'), paragraph('…'), heading('抓要事，提高政治引领力'), paragraph('…')];
    expect(nestTitlesOverLists(overText, 2)).toEqual(overText);
    const first = [heading('建立智能服務運營體系，提升問題解決能力'), list];
    expect(nestTitlesOverLists(first, 2)).toEqual(first);
  });
});

describe('nestUnderTopics', () => {
  let n = 0;
  const h = (text: string): Block => ({ type: 'heading', text, line: ++n, id: text, depth: 3 });
  const p = (): Block => ({ type: 'paragraph', text: '中国联通…', line: ++n });
  const load = async () => (await import('../../../scripts/ingest/report/parallel-headings.ts')).nestUnderTopics;

  it('nests the headings after parallel topics, each introduced by one paragraph (2024 report, 全面加强新型基础设施建设)', async () => {
    const nestUnderTopics = await load();
    const blocks = [
      h('建强联网通信基础设施'), p(), h('加强移动网络覆盖'), p(), p(), h('升级宽带网络能力'), p(),
      h('建强算网数智基础设施'), p(), h('强化智算中心建设'), p(), p(),
      h('建强全球网络基础设施'), p(), h('做广国际基础设施联接'), p(), p(),
    ];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([
      ['建强联网通信基础设施', 3], ['加强移动网络覆盖', 4], ['升级宽带网络能力', 4],
      ['建强算网数智基础设施', 3], ['强化智算中心建设', 4],
      ['建强全球网络基础设施', 3], ['做广国际基础设施联接', 4],
    ]);
  });

  it('takes an introduction of two paragraphs, a tagline after it (2024 report, 联网通信服务向新)', async () => {
    const nestUnderTopics = await load();
    const blocks = [h('点亮智能幸福生活'), p(), p(), h('全屋光宽带'), p(), h('联通看家'), p(), p(), p(), h('丰富融合产品供给'), p(), h('联通卫星'), p()];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([['点亮智能幸福生活', 3], ['全屋光宽带', 4], ['联通看家', 4], ['丰富融合产品供给', 3], ['联通卫星', 4]]);
  });

  it('makes a heading right over another a topic where no parallel topics are printed (2024 report, 建设高效能科技创新体制)', async () => {
    const nestUnderTopics = await load();
    const blocks = [h('推进高水平科技自立自强'), p(), p(), h('建设高效能科技创新体制'), h('完善创新组织布局'), p(), h('健全科技创新机制'), p()];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([['推进高水平科技自立自强', 3], ['建设高效能科技创新体制', 3], ['完善创新组织布局', 4], ['健全科技创新机制', 4]]);
  });

  it('ends a topic at a heading of the topics\' length printed unlike its first sub-heading (2024 report, 百倍用心服务客户)', async () => {
    const nestUnderTopics = await load();
    const l = (): Block => ({ type: 'list', items: ['…'], line: ++n, marker: '-' });
    const blocks = [
      h('构建便捷高效服务体系'), p(), h('优化服务运营机制'), p(), l(), h('健全监督预警机制'), l(),
      h('提供暖心满意服务体验'), p(), h('丰富多样的服务类型'), p(), l(), h('高效迅速的问题解决'), p(), l(),
      h('树立公平守法企业形象'), p(), l(), h('完善质量管理体系'), p(), l(),
    ];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([
      ['构建便捷高效服务体系', 3], ['优化服务运营机制', 4], ['健全监督预警机制', 4],
      ['提供暖心满意服务体验', 3], ['丰富多样的服务类型', 4], ['高效迅速的问题解决', 4],
      ['树立公平守法企业形象', 3], ['完善质量管理体系', 3],
    ]);
    // A sub-heading of the topics' length printed like the topic's first one stays below it (建强全球网络基础设施).
    const alike = [h('建强算网数智基础设施'), p(), h('强化智算中心建设'), p(), h('建强全球网络基础设施'), p(), h('做广国际基础设施联接'), p(), l(), h('做强国际智算能力布局'), p(), l()];
    expect(depths(nestUnderTopics(alike, 3))).toEqual([['建强算网数智基础设施', 3], ['强化智算中心建设', 4], ['建强全球网络基础设施', 3], ['做广国际基础设施联接', 4], ['做强国际智算能力布局', 4]]);
  });

  it('makes a heading right over another a topic beside parallel topics (2024 report, 携手共筑合作生态)', async () => {
    const nestUnderTopics = await load();
    const l = (): Block => ({ type: 'list', items: ['…'], line: ++n, marker: '-' });
    const blocks = [
      h('加强战略合作管理'), p(), h('健全战略合作管理体系'), l(), h('广泛拓展产业合作'), p(), h('打造生态联盟'), l(), h('深化共链行动'), l(), p(),
      h('促进供应链可持续发展'), h('提升供应链管理水平'), l(), h('建设绿色供应链'), l(), h('加速发展产融合作'), p(), l(),
    ];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([
      ['加强战略合作管理', 3], ['健全战略合作管理体系', 4], ['广泛拓展产业合作', 3], ['打造生态联盟', 4], ['深化共链行动', 4],
      ['促进供应链可持续发展', 3], ['提升供应链管理水平', 4], ['建设绿色供应链', 4], ['加速发展产融合作', 3],
    ]);
  });

  it('takes key figures inside an introduction, and keeps a topic printed like the sub-heading before it below (2024 report, 加快推进绿色发展)', async () => {
    const nestUnderTopics = await load();
    const l = (): Block => ({ type: 'list', items: ['…'], line: ++n, marker: '-' });
    const f = (): Block => ({ type: 'figure', label: '节能减排专项投资', value: '4.1', unit: '亿元', line: ++n });
    const blocks = [
      h('应对全球气候变化'), p(), h('完善绿色发展治理体系'), p(), p(),
      h('持续深化共建共享'), h('深化联通电信共建共享'), p(), l(),
      h('提升网络设施能效'), p(), f(), h('打造绿色移动网络'), p(), l(), h('打造绿色数据中心'), p(), p(), h('打造绿色极简网络'), p(), p(), h('加快节能技术创新'), p(), p(), p(),
      h('提升资源利用效率'), p(), h('探索新型能源及碳交易机制'), p(), l(),
    ];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([
      ['应对全球气候变化', 3], ['完善绿色发展治理体系', 4], ['持续深化共建共享', 3], ['深化联通电信共建共享', 4],
      ['提升网络设施能效', 3], ['打造绿色移动网络', 4], ['打造绿色数据中心', 4], ['打造绿色极简网络', 4], ['加快节能技术创新', 4],
      ['提升资源利用效率', 3], ['探索新型能源及碳交易机制', 4],
    ]);
  });

  it('takes a heading of the length of topics right over their sub-headings as one more topic (2024 report, 算网数智服务向新)', async () => {
    const nestUnderTopics = await load();
    const blocks = [
      h('推动数字政务智能化提升'), h('数字政府'), p(), h('智慧城市'), p(),
      h('展现数字社会便捷性优势'), h('智慧医疗'), p(), h('应急管理'), p(),
      h('实现数字生态一体化感知'), h('生态环保'), p(), p(),
      h('推动数智平台持续性开放'), p(), h('联通云'), p(), h('中国联通格物平台'), p(),
    ];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([
      ['推动数字政务智能化提升', 3], ['数字政府', 4], ['智慧城市', 4],
      ['展现数字社会便捷性优势', 3], ['智慧医疗', 4], ['应急管理', 4],
      ['实现数字生态一体化感知', 3], ['生态环保', 4],
      ['推动数智平台持续性开放', 3], ['联通云', 4], ['中国联通格物平台', 4],
    ]);
  });

  it('leaves two box titles side by side on one line, one topic alone and headings the layout did not find as they are', async () => {
    const nestUnderTopics = await load();
    const line = ++n;
    const boxes: Block[] = [{ type: 'heading', text: '2020年採取的措施', line, id: 'a', depth: 3 }, { type: 'heading', text: '2021年將採取的行動', line, id: 'b', depth: 3 }, p()];
    expect(nestUnderTopics(boxes, 3)).toEqual(boxes);
    // 2020 report 賦能產業數字轉型: 佈局智慧城市 over five paragraphs, 發展數字政府 over one.
    const alone = [h('佈局智慧城市'), p(), p(), p(), p(), p(), h('發展數字政府'), p(), h('發力智慧生態'), p()];
    expect(nestUnderTopics(alone, 3)).toEqual(alone);
    // A topic's sub-headings end at a heading of the contents list.
    const outlined = h('開展數字運營');
    const mixed = [h('夯實數字經濟基礎'), h('推動雲網一體'), p(), outlined, p(), h('構建統一數字底座'), p()];
    expect(depths(nestUnderTopics(mixed, 3, (l) => l !== outlined.line))).toEqual([['夯實數字經濟基礎', 3], ['推動雲網一體', 4], ['開展數字運營', 3], ['構建統一數字底座', 3]]);
  });
});

describe('nestParallelRuns', () => {
  let n = 0;
  const h = (text: string): Block => ({ type: 'heading', text, line: ++n, id: text, depth: 3 });
  const p = (): Block => ({ type: 'paragraph', text: '中国联通…', line: ++n });
  const l = (): Block => ({ type: 'list', items: ['…'], line: ++n, marker: '-' });
  const load = async () => (await import('../../../scripts/ingest/report/parallel-headings.ts')).nestParallelRuns;

  it('nests a run of headings of one length under the heading that introduces them (2024 report, 防范化解重大风险)', async () => {
    const nestParallelRuns = await load();
    const blocks = [
      p(), h('坚决打赢反腐败斗争'), p(), h('反腐败制度体系持续完善'), p(), l(), h('防腐预腐机制完整性提升'), p(), l(),
      h('持续增强内部控制'), p(), h('内控工作机制有序运营'), p(), l(), h('内控监督评价逐渐强化'), p(), l(), h('审计监督体系持续完善'), p(), l(),
      h('严格做好风险管理'), p(),
    ];
    expect(depths(nestParallelRuns(blocks, 3))).toEqual([
      ['坚决打赢反腐败斗争', 3], ['反腐败制度体系持续完善', 4], ['防腐预腐机制完整性提升', 4],
      ['持续增强内部控制', 3], ['内控工作机制有序运营', 4], ['内控监督评价逐渐强化', 4], ['审计监督体系持续完善', 4],
      ['严格做好风险管理', 3],
    ]);
  });

  it('nests a run of headings printed with one bullet, whatever their length (2024 report, 持续增强内部控制)', async () => {
    const nestParallelRuns = await load();
    const m = (text: string): Block => ({ ...h(text), marker: '●' }) as Block;
    const blocks = [h('持续增强内部控制'), p(), m('内控工作机制有序运营'), p(), l(), m('审计监督体系持续完善'), p(), l(), m('严格做好风险管理'), p(), h('强化风险识别预警'), p(), l()];
    expect(depths(nestParallelRuns(blocks, 3))).toEqual([['持续增强内部控制', 3], ['内控工作机制有序运营', 4], ['审计监督体系持续完善', 4], ['严格做好风险管理', 4], ['强化风险识别预警', 3]]);
  });

  it('nests a run of headings each right over a list, whatever their length (2024 report, 共建安全产业生态)', async () => {
    const nestParallelRuns = await load();
    const blocks = [h('构建安全能力平台'), p(), l(), p(), h('共建安全产业生态'), p(), h('繁荣安全产业生态'), l(), p(), h('推动产业价值跃升'), l(), p()];
    expect(depths(nestParallelRuns(blocks, 3))).toEqual([['构建安全能力平台', 3], ['共建安全产业生态', 3], ['繁荣安全产业生态', 4], ['推动产业价值跃升', 4]]);
  });

  it('leaves siblings of one length, each introduced alike, and a single heading after an introduction as they are', async () => {
    const nestParallelRuns = await load();
    // 2024 report 可持续发展体系: 可持续发展治理 and 可持续发展监督, one paragraph each.
    const siblings = [h('可持续发展治理'), p(), h('可持续发展监督'), p(), h('可持续发展管理'), p()];
    expect(nestParallelRuns(siblings, 3)).toEqual(siblings);
    const single = [h('开展扶老助残行动'), p(), h('开启关怀模式'), p(), l(), h('服务社区数字生活'), p(), p(), p()];
    expect(nestParallelRuns(single, 3)).toEqual(single);
  });

  it('nests a run over lists a level further down, under a heading the layout found only, and within its parent (2024 report, 暖心提供细致入微的海外民生服务)', async () => {
    const nestParallelRuns = await load();
    const at = (depth: number) => (b: Block): Block => (b.type === 'heading' ? { ...b, depth } : b);
    const topic = at(3)(h('暖心提供细致入微的海外民生服务'));
    const blocks = [topic, p(), ...[h('广开文化交流之门'), p(), h('在英国'), l(), p(), h('在新加坡'), l(), p(), h('在柬埔寨'), l(), p()].map(at(4)), at(3)(h('暖心参与海外公益')), ...[h('志愿服务'), l()].map(at(4))];
    expect(depths(nestParallelRuns(blocks, 4, () => true, true))).toEqual([
      ['暖心提供细致入微的海外民生服务', 3], ['广开文化交流之门', 4], ['在英国', 5], ['在新加坡', 5], ['在柬埔寨', 5], ['暖心参与海外公益', 3], ['志愿服务', 4],
    ]);
    // Under a heading of the contents list, as printed.
    expect(nestParallelRuns(blocks, 4, (line) => line !== topic.line, true)).toEqual(blocks);
  });
});

describe('nestNamedInIntroduction', () => {
  const h = (text: string, depth = 3): Block => ({ type: 'heading', text, line: 1, id: text, depth });
  const p = (text = '…'): Block => ({ type: 'paragraph', text, line: 1 });

  it('nests the headings an introduction enumerates, with the headings under them, two levels deep (2024 report, 促进区域协调发展)', async () => {
    const { nestNamedInIntroduction } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const blocks = [
      h('推动乡村全面振兴'), p('中国联通深入推进国家乡村振兴战略，制定乡村振兴实施方案，推进数字乡村建设，开展消费帮扶。'), h('实施乡村振兴战略', 4), p(),
      h('促进区域协调发展'), p('中国联通深入贯彻落实国家区域重大战略、区域协调发展战略，践行央企使命，以实际行动助力区域高质量发展。'),
      h('服务区域重大战略'), p('中国联通积极落实国家区域重大战略，围绕“东数西算”八大算力枢纽，助力京津冀、长三角、粤港澳大湾区等更好发挥高质量发展动力源作用。'),
      h('京津冀协同发展', 4), p(), h('长三角一体化发展'), p(),
      h('服务区域协调发展战略'), p('中国联通积极落实国家区域协调发展战略，构建具有鲜明特色的区域服务体系。'), h('中部地区崛起', 4), p(), h('东北全面振兴', 4), p(),
      h('加快推进绿色发展', 2),
    ];
    const once = nestNamedInIntroduction(blocks, 3, () => true, ['中国联通']);
    expect(depths(nestNamedInIntroduction(once, 4, () => true, ['中国联通']))).toEqual([
      ['推动乡村全面振兴', 3], ['实施乡村振兴战略', 4],
      ['促进区域协调发展', 3], ['服务区域重大战略', 4], ['京津冀协同发展', 5], ['长三角一体化发展', 5],
      ['服务区域协调发展战略', 4], ['中部地区崛起', 5], ['东北全面振兴', 5], ['加快推进绿色发展', 2],
    ]);
  });

  it('brings a heading it names back beside the others where a topic had taken it for a sub-heading', async () => {
    const { nestNamedInIntroduction } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const blocks = [
      h('促进区域协调发展'), p('中国联通深入贯彻落实国家区域重大战略、区域协调发展战略，践行央企使命。'),
      h('服务区域重大战略'), p(), h('京津冀协同发展', 4), p(), h('服务区域协调发展战略', 4), p(), h('中部地区崛起', 5), p(),
    ];
    expect(depths(nestNamedInIntroduction(blocks, 3))).toEqual([
      ['促进区域协调发展', 3], ['服务区域重大战略', 4], ['京津冀协同发展', 5], ['服务区域协调发展战略', 4], ['中部地区崛起', 5],
    ]);
  });

  it('leaves headings whose words the introduction holds only in a clause, or only in the parent’s own title, beside it', async () => {
    const { nestNamedInIntroduction } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    // 2020 report 升級智慧家庭互聯網產品: `智能、溫暖的家庭生活服務` enumerates 智能 and 溫暖, not 生活服務.
    const products = [
      h('升級智慧家庭互聯網產品'), p('推進「沃家電視、沃家組網、沃家固話、沃家神眼」等核心業務規模化發展，為用戶提供更加智能、溫暖的家庭生活服務。'),
      h('打造大流量APP豐富生活服務'), p(), h('沃家神眼'), p(),
    ];
    expect(nestNamedInIntroduction(products, 3)).toEqual(products);
    // 2024 report 广泛拓展产业合作: the heading right after the introduction is not named, so 促进供应链可持续发展 stays.
    const partners = [h('广泛拓展产业合作'), p('深化产业链、供应链、价值链合作，实现资源优势互补。'), h('打造生态联盟', 4), p(), h('促进供应链可持续发展'), p()];
    expect(nestNamedInIntroduction(partners, 3)).toEqual(partners);
  });
});

describe('nestParallelUnderSubHeading', () => {
  const h = (text: string, depth = 3): Block => ({ type: 'heading', text, line: 1, id: text, depth });
  const p = (): Block => ({ type: 'paragraph', text: '…', line: 1 });
  const l = (): Block => ({ type: 'list', items: ['…'], line: 1, marker: '-' });

  it('nests a run printed in parallel, or of one length with a word in common, under the sub-heading over it (2024 report, 严格做好风险管理)', async () => {
    const { nestParallelUnderSubHeading } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const blocks = [
      h('持续增强内部控制'), p(), h('规章制度体系定期更新', 4), l(), h('严格做好风险管理', 4), p(),
      h('强化风险识别预警'), p(), l(), h('加大风险追踪防控'), l(), h('定期进行风险披露'), l(), h('全力保障安全生产'), l(),
    ];
    expect(depths(nestParallelUnderSubHeading(blocks, 3))).toEqual([
      ['持续增强内部控制', 3], ['规章制度体系定期更新', 4], ['严格做好风险管理', 4],
      ['强化风险识别预警', 5], ['加大风险追踪防控', 5], ['定期进行风险披露', 5], ['全力保障安全生产', 3],
    ]);
  });

  it('leaves a single heading, or headings printed otherwise, after a sub-heading as they are', async () => {
    const { nestParallelUnderSubHeading } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const one = [h('持续增强内部控制'), h('严格做好风险管理', 4), p(), h('强化风险识别预警'), p(), h('全力保障安全生产'), p()];
    expect(nestParallelUnderSubHeading(one, 3)).toEqual(one);
    // Text between that is no introduction (a list first) keeps them apart too.
    const listed = [h('严格做好风险管理', 4), l(), h('强化风险识别预警'), p(), h('加大风险追踪防控'), p()];
    expect(nestParallelUnderSubHeading(listed, 3)).toEqual(listed);
  });
});

describe('nestUnderTopics and nestParallelRuns, further cases (2024 report)', () => {
  let n = 0;
  const h = (text: string, depth = 3): Block => ({ type: 'heading', text, line: ++n, id: text, depth });
  const p = (): Block => ({ type: 'paragraph', text: '…', line: ++n });
  const l = (): Block => ({ type: 'list', items: ['…'], line: ++n, marker: '-' });

  it('keeps a heading of the topics’ length over a list inside the topic before it (促进供应链可持续发展 › 平等对待中小企业)', async () => {
    const { nestUnderTopics } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const blocks = [
      p(), h('加强战略合作管理'), p(), h('健全战略合作管理体系'), p(), h('提升融合开放企业形象'), l(), p(),
      h('全面深化科技合作'), p(), l(), p(), h('广泛拓展产业合作'), p(), h('打造生态联盟'), l(), h('深化共链行动'), l(), p(),
      h('促进供应链可持续发展'), h('提升供应链管理水平'), l(), p(), h('建设绿色供应链'), l(), h('平等对待中小企业'), l(),
      h('加速发展产融合作'), p(), l(),
    ];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([
      ['加强战略合作管理', 3], ['健全战略合作管理体系', 4], ['提升融合开放企业形象', 4], ['全面深化科技合作', 3],
      ['广泛拓展产业合作', 3], ['打造生态联盟', 4], ['深化共链行动', 4],
      ['促进供应链可持续发展', 3], ['提升供应链管理水平', 4], ['建设绿色供应链', 4], ['平等对待中小企业', 4], ['加速发展产融合作', 3],
    ]);
  });

  it('takes no heading right over another opening with the same words for a topic (利益相关方沟通机制与管理程序, 利益相关方沟通方式与期望)', async () => {
    const { nestUnderTopics } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const t: Block = { type: 'table', rows: [['利益相关方', '沟通方式', '对联通的期望'], ['客户', '营业厅沟通', '网络品质']], line: ++n, rowLines: [n, n] };
    const blocks = [p(), h('利益相关方沟通机制与管理程序'), h('利益相关方沟通方式与期望'), t];
    expect(nestUnderTopics(blocks, 3)).toEqual(blocks);
    // Words that differ make a topic of it as before (建设高效能科技创新体制 over 完善创新组织布局).
    const topic = [p(), h('建设高效能科技创新体制'), h('完善创新组织布局'), p()];
    expect(depths(nestUnderTopics(topic, 3))).toEqual([['建设高效能科技创新体制', 3], ['完善创新组织布局', 4]]);
  });

  it('keeps a heading of the topics’ length inside a topic where its own sub-headings are over lists and the topic’s are not (加快推进绿色发展, source lines 1792–1841)', async () => {
    const { nestUnderTopics, nestParallelRuns } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const blocks = [
      h('提升网络设施能效'), p(), h('打造绿色移动网络'), p(), l(), h('加快节能技术创新'), p(), p(), p(),
      h('提升资源利用效率'), p(), h('探索新型能源及碳交易机制'), p(), l(), p(),
      h('推动物资循环利用'), p(), h('推动固定资产盘活利用'), l(), h('分类处理废弃物'), l(),
      h('提倡包装轻量化减量化'), p(), h('提倡绿色消费'), p(), p(), h('推行绿色办公'), p(), l(),
    ];
    const topics = nestUnderTopics(blocks, 3);
    expect(depths(topics)).toEqual([
      ['提升网络设施能效', 3], ['打造绿色移动网络', 4], ['加快节能技术创新', 4],
      ['提升资源利用效率', 3], ['探索新型能源及碳交易机制', 4], ['推动物资循环利用', 4], ['推动固定资产盘活利用', 4], ['分类处理废弃物', 4],
      ['提倡包装轻量化减量化', 4], ['提倡绿色消费', 4], ['推行绿色办公', 4],
    ]);
    // Its points then nest below it, and the topic's sub-headings after them are the topic's again.
    expect(depths(nestParallelRuns(topics, 4, () => true, true)).slice(5, 9)).toEqual([['推动物资循环利用', 4], ['推动固定资产盘活利用', 5], ['分类处理废弃物', 5], ['提倡包装轻量化减量化', 4]]);
  });

  it('ends a topic whose sub-headings are each over a list at a heading of the topics’ length opening with a paragraph (守护网络空间安全, source lines 2750–2798)', async () => {
    const { nestUnderTopics } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const blocks = [
      h('锻造核心网络安全能力'), p(), h('关键信息 基础设施保护'), p(), h('提升网络安全 综合防御水平'), l(),
      h('护航数据安全保护隐私'), p(), h('夯实数据安全基础管理'), l(), h('强化数据安全技术攻关'), l(), h('保护用户个人信息'), l(), p(),
      h('保障重大活动通信安全'), p(), l(), l(), p(),
      h('打造清朗安全网络空间'), p(), h('守护用户通信安全'), p(), l(),
    ];
    expect(depths(nestUnderTopics(blocks, 3))).toEqual([
      ['锻造核心网络安全能力', 3], ['关键信息 基础设施保护', 4], ['提升网络安全 综合防御水平', 4],
      ['护航数据安全保护隐私', 3], ['夯实数据安全基础管理', 4], ['强化数据安全技术攻关', 4], ['保护用户个人信息', 4],
      ['保障重大活动通信安全', 3], ['打造清朗安全网络空间', 3], ['守护用户通信安全', 4],
    ]);
  });

  it('nests a run a level further down when printed in parallel and closing its parent’s part (明确气候治理目标指标), not before another heading (全屋光宽带)', async () => {
    const { nestParallelRuns } = await import('../../../scripts/ingest/report/parallel-headings.ts');
    const closing = [h('应对全球气候变化', 3), p(), ...[h('情景模拟分析'), p(), h('明确气候治理目标指标'), p(), h('总体目标'), p(), l(), h('总体进展'), l()].map((b) => (b.type === 'heading' ? { ...b, depth: 4 } : b)), h('持续深化共建共享', 3), p()];
    expect(depths(nestParallelRuns(closing, 4, () => true, true))).toEqual([
      ['应对全球气候变化', 3], ['情景模拟分析', 4], ['明确气候治理目标指标', 4], ['总体目标', 5], ['总体进展', 5], ['持续深化共建共享', 3],
    ]);
    const products = [h('点亮智能幸福生活', 3), p(), ...[h('全屋光宽带'), p(), h('联通看家'), p(), l(), h('联通超清'), p(), h('全屋智能'), p()].map((b) => (b.type === 'heading' ? { ...b, depth: 4 } : b))];
    expect(nestParallelRuns(products, 4, () => true, true)).toEqual(products);
  });
});
