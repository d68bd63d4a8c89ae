import { describe, expect, it } from 'vitest';
import { printedHeading, withCaseHeadings } from '../../../scripts/ingest/collection/documents.ts';
import { splitAtSentences } from '../../../scripts/ingest/collection/segment.ts';

describe('withCaseHeadings', () => {
  it('heads a white paper’s case study where its source’s footnote number ends the title (电信业发展白皮书, offsets 565800, 577413)', () => {
    const text = '网络运营效率持续提升。案例：电信运营企业建设自智网络30中国移动从智能运维入手。前文。案例：中国联通支撑西藏自治区大数据中心建设数据中台，助力客户提升客户数据治理能力472022年联通数科公司支撑。';
    const blocks = withCaseHeadings(text, new Set());
    expect(blocks.map((b) => (b.type === 'heading' ? `# ${b.text} (${b.depth})` : b.type === 'paragraph' ? b.text : b.type))).toEqual([
      '网络运营效率持续提升。',
      '# 案例：电信运营企业建设自智网络 (3)',
      '30中国移动从智能运维入手。前文。',
      '# 案例：中国联通支撑西藏自治区大数据中心建设数据中台，助力客户提升客户数据治理能力 (3)',
      '472022年联通数科公司支撑。',
    ]);
  });
  it('heads a numbered case study where its first numbered point ends the title (互联网行业可持续信息披露发展报告, offsets 674245, 683845)', () => {
    const text = '企业所制定并发布的相关战略、规划、方针、愿景、使命、理念等。案例1：组织治理-使命理念1.认可重要作用：保护用户数据隐私是首要前提。案例1：规则透明度--解读方式1.一图读懂：2.说明案例：';
    const headings = withCaseHeadings(text, new Set()).filter((b) => b.type === 'heading');
    expect(headings.map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(['案例1：组织治理-使命理念', '案例1：规则透明度--解读方式']);
  });
  it('heads a case whose footnote number runs into a capitalised word (电信业发展白皮书, offset 561020), never cutting a title at a figure’s letters', () => {
    const text = '全方位的服务。案例：中国移动基于OneCtiy平台提供灵活智慧城市交付模式21OneCity是中国移动面向各级政府提供的平台。前文。案例：中国联通5GRedCap商用模组55中国联通完成测试。';
    const headings = withCaseHeadings(text, new Set()).filter((b) => b.type === 'heading');
    expect(headings.map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(['案例：中国移动基于OneCtiy平台提供灵活智慧城市交付模式', '案例：中国联通5GRedCap商用模组']);
  });
  it('heads a case printed right after the note under the case before, which ends in no full stop (电信业发展白皮书, offsets 577040, 580641)', () => {
    const text = '前文。资料来源：中国联通，公开新闻信息案例：中国联通5GRedCap商用模组55中国联通完成测试。备注：IntegratedOperationsPlatform，中国移动集中运营平台案例：中国移动打造“大数据+”产品体系，赋能千行百业46中国移动尝试构建产品体系。';
    const headings = withCaseHeadings(text, new Set()).filter((b) => b.type === 'heading');
    expect(headings.map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(['案例：中国联通5GRedCap商用模组', '案例：中国移动打造“大数据+”产品体系，赋能千行百业']);
  });
  it('heads a case without a footnote number where its text opens with an operator, its subject (电信业发展白皮书, offset 558630, abridged)', () => {
    const text = '耦合的合作关系。案例：电信运营企业依托多样化合作模式强化生态合作中国电信与央国企联合打造行业云。';
    const headings = withCaseHeadings(text, new Set()).filter((b) => b.type === 'heading');
    expect(headings.map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(['案例：电信运营企业依托多样化合作模式强化生态合作']);
  });
  it('ends no title at an operator its title names after a joining word, nor before a footnote number that follows (made up, after offset 572673)', () => {
    const text =
      '调度平台。案例：中国电信和中国联通共建共享5G网络38中国电信和中国联通完成部署。' +
      '前文。案例：浙江移动携手中国电信打造算力网络40浙江移动建成节点。' +
      '前文。案例：中国电信和中国联通共建共享网络中国电信与中国联通统一部署。';
    const headings = withCaseHeadings(text, new Set()).filter((b) => b.type === 'heading');
    expect(headings.map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(['案例：中国电信和中国联通共建共享5G网络', '案例：浙江移动携手中国电信打造算力网络', '案例：中国电信和中国联通共建共享网络']);
  });
  it('cuts no title at a figure before its unit, nor at an operator a verb makes its object (made up)', () => {
    const text = '前文。案例：某企业助力10万家中小企业上云15中国联通提供云服务。前文。案例：某汽车企业依托中国联通打造智慧工厂中国联通为其部署专网。';
    const headings = withCaseHeadings(text, new Set()).filter((b) => b.type === 'heading');
    expect(headings.map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(['案例：某企业助力10万家中小企业上云', '案例：某汽车企业依托中国联通打造智慧工厂']);
  });
  it('leaves a case without a footnote number or an operator opening its text, or a label inside a sentence, in the text (made up)', () => {
    const text = '耦合的合作关系。案例：电信运营企业依托多样化合作模式强化生态合作运营企业与央国企联合打造行业云。以下是典型案例：一是开放平台2家企业。';
    expect(withCaseHeadings(text, new Set()).filter((b) => b.type === 'heading')).toEqual([]);
  });
});

describe('printedHeading', () => {
  it('finds a listed section the body words differently by its numeral and opening words (电信业发展白皮书, offset 553567)', () => {
    const body = '也被赋予了新时代下的新内涵。（一）全力支撑释放数字发展红利当前，数字化已经成为个人改善生活方式的重要途径。';
    expect(printedHeading(body, '（一）全力支撑数字红利广泛渗透', 0)).toEqual({ at: 14, heading: '（一）全力支撑释放数字发展红利' });
    expect(printedHeading(body, '（二）重点突破数实融合难点问题', 0).at).toBe(-1);
  });
});

describe('splitAtSentences', () => {
  it('does not end a sentence at a question mark inside a quoted title the sentence goes on after (电信业发展白皮书, offset ~556700)', () => {
    const text = `${'甲'.repeat(10)}参考资料：《“军团”模式能否打开5G行业市场的新天地？》；《通信产业报》，《运营商“军团”：如何打？怎么赢？》。乙。`;
    const parts = splitAtSentences(text, 12);
    expect(parts.join('')).toBe(text);
    expect(parts.filter((p) => /^[；，、：。！？》]/u.test(p))).toEqual([]);
  });

  it('keeps a quotation with the short sentence naming its speaker (offset ~85528, ~734)', () => {
    const text = `${'甲'.repeat(10)}“加快推进实施。”杜永红说。下一段的句子。`;
    expect(splitAtSentences(text, 12)).toEqual([`${'甲'.repeat(10)}“加快推进实施。”杜永红说。`, '下一段的句子。']);
    // Without the speaker's sentence, the paragraph ends at the quotation.
    expect(splitAtSentences(`${'甲'.repeat(10)}“加快推进实施。”下一段的句子很长很长很长很长很长很长。`, 12)[0]).toBe(`${'甲'.repeat(10)}“加快推进实施。”`);
  });

  it('does not cut inside a quotation of several sentences where a sentence ends after it (互联网法律白皮书, 四、互联网立法展望)', () => {
    const text = `${'甲'.repeat(10)}要“以良法促进发展、保障善治。推进科学立法、民主立法。”下一段的句子。`;
    expect(splitAtSentences(text, 20)).toEqual([`${'甲'.repeat(10)}要“以良法促进发展、保障善治。推进科学立法、民主立法。”`, '下一段的句子。']);
    // A quotation with no sentence's end after it in reach is cut inside, at a sentence's end, as before.
    const long = `${'甲'.repeat(10)}“第一句。第二句很长很长很长很长很长很长很长很长很长很长`;
    expect(splitAtSentences(long, 12)[0]).toBe(`${'甲'.repeat(10)}“第一句。`);
  });

  it('does not open a paragraph with a sentence that leans on the one before where another stop is near (collection.yml leansBack)', () => {
    const text = `${'甲'.repeat(12)}网络提升。但有不足。乙方推进。`;
    expect(splitAtSentences(text, 12)).toEqual([`${'甲'.repeat(12)}网络提升。但有不足。`, '乙方推进。']);
    // With no other stop in reach, the cut stays before it.
    expect(splitAtSentences(`${'甲'.repeat(12)}网络覆盖持续提升。但部分地区仍有不足`, 12)).toEqual([`${'甲'.repeat(12)}网络覆盖持续提升。`, '但部分地区仍有不足']);
  });

  it('cuts a flattened table between a cell’s words and the figure after them, not inside a word (2022 third-quarter report, offset ~318102)', () => {
    const text = `${'甲'.repeat(12)}中国联合网络通信集团有限公司人民币普通股11,399,724,220香港中央结算有限公司人民币普通股`;
    const parts = splitAtSentences(text, 12);
    expect(parts.join('')).toBe(text);
    expect(parts[0]!.endsWith('人民币普通股')).toBe(true);
    expect(parts[1]!.startsWith('11,399,724,220')).toBe(true);
  });
});

describe('withClosingMarksBefore', () => {
  it('gives the marks that close a sentence or a quotation back to the block before, so no paragraph opens with them', async () => {
    const { withClosingMarksBefore } = await import('../../../scripts/ingest/collection/documents.ts');
    const section = {
      slug: 'quan-wen',
      title: 't',
      printed: '',
      kind: 'section' as const,
      chapter: null,
      lines: [1, 1] as [number, number],
      blocks: [
        { type: 'heading' as const, text: '画好“同心圆', line: 1, id: 'hua-hao-tong-xin-yuan' },
        { type: 'paragraph' as const, text: '”党建引领。', line: 1 },
        { type: 'paragraph' as const, text: '他说：“放心。', line: 1 },
        { type: 'paragraph' as const, text: '”', line: 1 },
      ],
    };
    expect(withClosingMarksBefore([section])[0]!.blocks).toEqual([
      { type: 'heading', text: '画好“同心圆”', line: 1, id: 'hua-hao-tong-xin-yuan' },
      { type: 'paragraph', text: '党建引领。', line: 1 },
      { type: 'paragraph', text: '他说：“放心。”', line: 1 },
    ]);
  });

  it('gives them to the section before where they open a section', async () => {
    const { withClosingMarksBefore } = await import('../../../scripts/ingest/collection/documents.ts');
    const section = (slug: string, blocks: { type: 'paragraph'; text: string; line: number }[]) => ({ slug, title: slug, printed: slug, kind: 'section' as const, chapter: null, lines: [1, 1] as [number, number], blocks });
    const cut = withClosingMarksBefore([
      section('yi', [{ type: 'paragraph', text: '他说：“放心。', line: 1 }]),
      section('er', [{ type: 'paragraph', text: '”数字中国。', line: 1 }]),
      section('san', [{ type: 'paragraph', text: '”', line: 1 }]),
    ]);
    expect(cut.map((s) => s.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')))).toEqual([['他说：“放心。”'], ['数字中国。”'], []]);
  });
});
