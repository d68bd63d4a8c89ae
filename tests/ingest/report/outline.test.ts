import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextNonBlank } from '../../../scripts/ingest/lines.ts';
import type { Line } from '../../../scripts/ingest/types.ts';
import { parseToc, findOutline, titleLines, labelsOfOneLength, captionsSideBySide, looksLikeHeading as takesTitle } from '../../../scripts/ingest/report/outline.ts';
import { cleanLines, toLines } from '../../../scripts/ingest/text/clean.ts';
import { joinWrappedLines } from '../../../scripts/ingest/text/join-wrapped-lines.ts';

const report2024 = readFileSync('content/sources/2024-sustainability-report.txt', 'utf8');
const lines = joinWrappedLines(cleanLines(toLines(report2024)).lines);

describe('the 2024 report outline', () => {
  it('reads all 41 entries (17 in the left column, 24 in the right) of its 目录', () => {
    const toc = parseToc(lines)!;
    expect(toc.entries).toHaveLength(41);
    expect(toc.entries.slice(0, 3).map((e) => [e.page, e.title])).toEqual([
      [4, '董事长致辞'],
      [9, '专题一：以高质量党建引领保障高质量发展'],
      [6, '走进中国联通'],
    ]);
  });

  it('confirms every entry in the body, in page order, with the chapters the contents show', () => {
    const outline = findOutline(lines);
    expect(outline.unconfirmed).toEqual([]);
    expect(outline.entries).toHaveLength(41);
    const chapters = outline.entries.filter((e) => e.kind === 'chapter').map((e) => e.title);
    expect(chapters).toEqual([
      '走进中国联通',
      '专题一：以高质量党建引领保障高质量发展',
      '专题二：百年传承 三十向新',
      '推进网络向新，加强新型基础设施建设',
      '推进技术向新，加快数字技术融合创新',
      '推进服务向新，加大数实融合发展步伐',
      '坚持绿色协调，共创共享融合创新成果',
      '强化安全支撑，夯实高质量发展的根基',
      '可持续发展治理',
      '附录',
    ]);
    const titles = outline.entries.map((e) => e.title);
    expect(titles.indexOf('公司简介')).toBe(titles.indexOf('走进中国联通') + 1);
    expect(titles.at(-1)).toBe('意见反馈');
    // Headings stand in the body in reading order.
    const indexes = outline.entries.map((e) => e.index);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
  });

  it('publishes a chapter title printed twice once, and finds a title printed exactly before one nearly so', () => {
    const outline = findOutline(lines);
    const repeated = outline.dropped.filter((d) => d.reason === 'repeated-title').map((d) => lines[d.index]!.n);
    // `推进网络向新 加强新型基础设施建设` (line 446) over `推进网络向新，加强新型基础设施建设` (line 450), and the four
    // other chapters (the third's title printed bold over lines 818–819, then again at 823).
    expect(repeated).toEqual([450, 659, 823, 1321, 2722]);
    // `可持续发展监督` (line 3108) differs from the entry `可持续发展策略` by two characters; the body prints the entry at line 3112.
    expect(lines[outline.entries.find((e) => e.title === '可持续发展策略')!.index]!.n).toBe(3112);
  });

  it('reads a feature’s label printed on its own line above its title as part of its heading', () => {
    // The body prints `专题 1` (source line 179), then `以高质量党建 引领保障高质量发展` (line 181).
    const outline = findOutline(lines);
    const feature = outline.entries.find((e) => e.title === '专题一：以高质量党建引领保障高质量发展')!;
    expect(feature.printed).toBe('专题 1 以高质量党建 引领保障高质量发展');
    expect(lines[feature.index]!.n).toBe(181);
    const label = outline.dropped.filter((d) => d.reason === 'title-line').map((d) => lines[d.index]!.text.trim());
    expect(label).toEqual(['专题 1', '专题 2']);
  });
});

describe('the outline by indentation (the 2020 report)', () => {
  const source = readFileSync('content/sources/2020-social-responsibility-report.txt', 'utf8');
  const outline = findOutline(joinWrappedLines(cleanLines(toLines(source)).lines));
  const titles = outline.entries.map((e) => e.title);

  it('takes the indented headings, chapters included', () => {
    expect(titles).toContain('提升物聯網價值');
    expect(titles).toContain('創新區塊鏈應用');
  });

  it('finds the chapters from their dividers, with their whole titles (no contents list is printed)', () => {
    // The chapters a reader finds in the body (tests/gold/2020-social-responsibility-report.yml).
    expect(outline.entries.filter((e) => e.kind === 'chapter').map((e) => e.title)).toEqual([
      '走進中國聯通',
      '抗疫篇 堅守使命全力戰大疫 充分發揮頂樑柱作用',
      '扶貧篇 打贏精準脫貧攻堅戰 推動邁向高品質生活',
      '海外篇 開創國際互聯新格局 服務國內國際雙循環',
      '提價值，數字強健網絡強國根基',
      '謀發展，數字改善人民生活品質',
      '重基礎，數字助力治理效能提升',
      '強動力，數字點燃科技創新引擎',
      '有激情，數字牽引人才轉型成長',
      '拓合作，數字構築互利共贏生態',
      '責任管理',
      '附錄',
    ]);
  });

  it('puts the sections a divider lists under its chapter, other headings inside them', () => {
    const at = (title: string) => outline.entries.find((e) => e.title === title);
    expect(at('夯實數字經濟基礎')?.level).toBe(2);
    expect(at('推動雲網一體')?.level).toBe(3);
    expect(at('責任戰略')?.level).toBe(2);
    // The divider's list of sections and the chapter title printed again are taken out (and counted).
    expect(outline.dropped.filter((d) => d.reason === 'chapter-contents')).toHaveLength(24);
  });

  it('does not take a key figure’s label over its figure (line 3008 四級人才梯隊 over 1.8萬人), and keeps the heading over a paragraph with figures (2996)', () => {
    expect(titles).not.toContain('四級人才梯隊');
    expect(titles).toContain('優化人才隊伍');
  });

  it('takes a heading that opens with a generation’s name (` 5G賦能智慧冬奧`, line 1881) at the level of the sections around it', () => {
    expect(outline.entries.find((e) => e.title === '5G賦能智慧冬奧')?.level).toBe(3);
    // A figure or a reference still is no title.
    expect(titles.filter((t) => /^\d/u.test(t) && !/^\d[A-Z]/u.test(t))).toEqual([]);
  });

  it('does not take a title that runs into a diagram’s labels (lines 179 ` 中國聯通始終堅持`, 3791 ` 董事會`, 2337 ` 做強中後台做活前台` over a blank line)', () => {
    expect(titles).not.toContain('中國聯通始終堅持');
    expect(titles).not.toContain('董事會');
    expect(titles).not.toContain('做強中後台做活前台');
    // A title running into its sub-heading and then its text stays (line 1934 ` 全力做好防汛救災` + `建立健全防汛保障體系`).
    expect(titles).toContain('全力做好防汛救災');
  });

  it('does not take an entry of a list of names over the same words (line 263 ` 黃偉明` over 獨立非執行董事, printed four times)', () => {
    expect(titles).not.toContain('黃偉明');
    expect(titles).toContain('董事會及管理層');
  });

  it('does not take the indented first line of a wrapped paragraph (lines 1567, 2736)', () => {
    expect(titles).not.toContain('為給客戶打造一個全場景立體化高速率的上網');
    expect(titles).not.toContain('廣州聯通聯合廣州市司法局等打造區塊鏈司法');
  });
});

describe('topics over sections in a chapter without a list of them (the 2020 report)', () => {
  const source = readFileSync('content/sources/2020-social-responsibility-report.txt', 'utf8');
  const entries = findOutline(joinWrappedLines(cleanLines(toLines(source)).lines)).entries;
  const level = (title: string) => entries.find((e) => e.title === title)?.level;

  it('makes a heading whose one-paragraph introduction runs straight into the next heading a topic, the headings after it its sub-sections', () => {
    // 抗疫篇 (lines 331–535): two topics, each with its introduction of two lines, then their sections.
    expect(['全力以赴抗擊疫情', '快速建立防控體系', '保障通信服務暢通', '科技賦能復工復產', '數智助力精準防疫', '科技保障復工復產'].map(level)).toEqual([2, 3, 3, 2, 3, 3]);
    // 海外篇: 做好全球企業公民 over 開展合規誠信經營, 履行海外公益責任, 實施本地責任經營; the sections before it stay sections.
    expect(['提高跨境服務品質', '服務「一帶一路」倡議', '做好全球企業公民', '開展合規誠信經營', '履行海外公益責任', '實施本地責任經營'].map(level)).toEqual([2, 2, 2, 3, 3, 3]);
    // 走進中國聯通: 公司治理 over 資本市場責任, 投資者責任.
    expect(['公司簡介', '企業戰略', '公司治理', '資本市場責任', '投資者責任'].map(level)).toEqual([2, 2, 2, 3, 3]);
  });

  it('leaves chapters that list their sections as their list says', () => {
    expect([level('夯實數字經濟基礎'), level('推動雲網一體')]).toEqual([2, 3]);
  });

  it('does not take a short section of two paragraphs, or one with a caption, for a topic', async () => {
    const { topicsOverSections } = await import('../../../scripts/ingest/report/outline.ts');
    const text = [' 篇名', '', ' 甲標題', '第一段的第一行，', '第一段結束。', '第二段結束了。', ' 乙標題', '正文，正文。', '一張圖片的說明', ' 丙標題', '引言的一行，', '引言結束。', ' 丁標題', '正文。'];
    const lines = text.map((t, k) => ({ n: k + 1, text: t }));
    const entries = [0, 2, 6, 9, 12].map((index, k) => ({ title: text[index]!.trim(), kind: k === 0 ? ('chapter' as const) : ('section' as const), level: k === 0 ? 1 : 2, index }));
    // 甲 (two paragraphs) and 乙 (a caption after its sentence) are sections; 丙 runs into 丁 in one paragraph: a topic over it.
    expect(topicsOverSections(entries, lines).map((e) => e.level)).toEqual([1, 2, 2, 2, 3]);
  });
});

describe('the outline by indentation where a few headings run straight into their text (the 2023 chapter)', () => {
  it('makes those few the chapters and the headings over a blank line their sections', () => {
    const source = readFileSync('content/sources/2023-esg-social-inclusion.txt', 'utf8');
    const lines = joinWrappedLines(cleanLines(toLines(source)).lines);
    // As the ingest does, the cover's lines that print the chapter's own title are its title, not a heading.
    for (const i of titleLines(lines, '促進社會共融 服務民生事業')) lines[i] = { n: lines[i]!.n, text: '' };
    const outline = findOutline(lines);
    expect(outline.entries.filter((e) => e.kind === 'chapter').map((e) => e.title)).toEqual(['紮實推進共享發展', '提供貼心優質服務', '構建和諧勞動關係']);
    const at = (title: string) => outline.entries.find((e) => e.title === title);
    expect([at('實施鄉村振興戰略')?.level, at('推動服務品質提升')?.level, at('厚植人才成長沃土')?.level]).toEqual([2, 2, 2]);
    // Two photos' captions side by side on one indented line (line 478) are no section.
    expect(at('營業廳愛心驛站 助老體驗中心登上央視新聞')).toBeUndefined();
  });

  it('leaves a report whose indented headings mostly run into their text as it was (the 2020 report keeps its dividers’ chapters)', () => {
    const source = readFileSync('content/sources/2020-social-responsibility-report.txt', 'utf8');
    const titles = findOutline(joinWrappedLines(cleanLines(toLines(source)).lines)).entries.filter((e) => e.kind === 'chapter').map((e) => e.title);
    expect(titles).toContain('走進中國聯通');
    expect(titles).not.toContain('公司簡介');
  });
});

describe('a title of two phrases over a list', () => {
  it('is a heading though longer than most and holding a number (2023 chapter lines 331 and 375)', () => {
    const source = readFileSync('content/sources/2023-esg-social-inclusion.txt', 'utf8');
    const chapter = joinWrappedLines(cleanLines(toLines(source)).lines);
    const at = (text: string) => chapter.findIndex((l) => l.text.trim() === text);
    expect(takesTitle(chapter, at('充分發揮10010熱線集約運營優勢，縱深推進熱線一體化運營'))).toBe(true);
    expect(takesTitle(chapter, at('建立智能服務運營體系，提升問題解決能力'))).toBe(true);
  });

  it('is no heading over a paragraph, nor where it runs past 32 characters, a phrase is short or another mark stands inside', () => {
    const block = (title: string, next: string) => ['上文。', '', title, '', next, '● 第二项。'].map((text, i) => ({ n: i + 1, text }));
    const title = '充分發揮10010熱線集約運營優勢，縱深推進熱線一體化運營';
    expect(takesTitle(block(title, '● 持續迭代形成適合一體化運營的基礎管理制度。'), 2)).toBe(true);
    expect(takesTitle(block(title, '持續迭代形成適合一體化運營的基礎管理、現場運營、數智化服務等制度、流程、規則，全面提升。'), 2)).toBe(false);
    expect(takesTitle(block('發揮10010熱線優勢，縱深推進熱線一體化運營和服務質量的全面提升', '● 持續迭代。'), 2)).toBe(false);
    expect(takesTitle(block('發揮熱線，縱深推進10010熱線一體化運營和服務質量的提升', '● 持續迭代。'), 2)).toBe(false);
    expect(takesTitle(block('充分發揮10010熱線集約運營優勢、縱深推進熱線一體化運營', '● 持續迭代。'), 2)).toBe(false);
  });
});

describe('a heading over a short lead sentence', () => {
  it('is a heading where the sentence opens its list (2024 report lines 2387–2391, 804–808)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const at = (text: string) => lines.findIndex((l) => l.text.trim() === text);
    for (const heading of ['完善薪酬管理', '深化数据治理和流程治理', '改善工作环境', '打造绿色数据中心']) expect(looksLikeHeading(lines, at(heading)), heading).toBe(true);
  });

  it('is a heading at a page\'s top over a sub-heading, whatever blank lines end the page before (2024 report lines 1705–1729)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const block = ['- 完善节能减排统计监测与报告制度，各单位建立健全能耗统计监测体系。', '', '', '', '持续深化共建共享', '', '深化联通电信共建共享', '', '中国联通携手中国电信深入推进 5G、4G、基础网络资源共建共享，持续推动共建共享走深走实，不断提升资源利用效率。'];
    const top = block.map((text, i) => ({ n: i + 1, text, ...(i === 4 ? { pageTop: { blanks: 1 } } : {}) }));
    expect(looksLikeHeading(top, 4)).toBe(true);
    // The same title after three blank lines inside a page reads as a caption.
    const inside = block.map((text, i) => ({ n: i + 1, text }));
    expect(looksLikeHeading(inside, 4)).toBe(false);
  });

  it('is no heading at a page\'s top where the page prints three blank lines under its navigation: a picture\'s caption (2024 report lines 1878–1882)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const block = ['中国联通加快碳管理运营体系建设', '', '赋能低碳生活', '', '中国联通依托支付公司账户能力，率先推出“联通碳生活”碳普惠应用，碳减排量计算模型率先通过国家级权威机构认证。'];
    const at = (blanks: number) => block.map((text, i) => ({ n: i + 1, text, ...(i === 0 ? { pageTop: { blanks } } : {}) }));
    expect(looksLikeHeading(at(3), 0)).toBe(false);
    expect(looksLikeHeading(at(1), 0)).toBe(true);
    // The heading under it stays one.
    expect(looksLikeHeading(at(3), 2)).toBe(true);
  });

  it('is no heading as a short line right under a table\'s last row, over a title: the table\'s caption (2024 report lines 2079–2087)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const block = ['权益合作\t智慧家庭\t数字乡村\t支付金融', '依托联通网络资源和用户基础，携手合作伙伴', '查看详情\t查看详情\t查看详情\t查看详情', '', '联通合作伙伴门户', '', '全面深化科技合作', '', '中国联通聚焦算力互联网、大数据、人工智能等领域，深化与高校、科研院所和产业链企业的合作，推动科技成果转化。'];
    const lines = block.map((text, i) => ({ n: i + 1, text }));
    expect(looksLikeHeading(lines, 4)).toBe(false);
    // Under a table, a title over a lead sentence (`深化数据治理和流程治理` / `中国联通坚持强化数据供给赋能，完善流程治理。`) is one.
    const lead = ['客户服务实现 敏捷化\t建成客户服务大模型', '', '深化数据治理和流程治理', '', '中国联通坚持强化数据供给赋能，完善流程治理。', '', '- **强化数据供给和赋能。**推动企业数据内部共享，支撑各类业务场景的数据使用需求。'].map((text, i) => ({ n: i + 1, text }));
    expect(looksLikeHeading(lead, 2)).toBe(true);
  });

  it('is not the wrapped start of a sentence whose few last words end the next line (2020 report line 623)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const block = ['貧平台上線運營。', '', '中國聯通扶貧宣傳網', '頁正式上線。', '', '印發《中國聯通2018年度省級分公司扶貧工作考核方案》，首次將扶貧工作納入考核管理。'];
    const wrapped = block.map((text, i) => ({ n: i + 1, text }));
    expect(looksLikeHeading(wrapped, 2)).toBe(false);
    // The same line over a whole lead sentence is a heading.
    wrapped[3] = { n: 4, text: '中國聯通扶貧宣傳網頁於2020年正式上線。' };
    expect(looksLikeHeading(wrapped, 2)).toBe(true);
  });
});

describe('the label of a row in a two-column table printed as text', () => {
  it('is not a heading (2020 report: 報告組織範圍 among 報告時間範圍 … rows, 管理人員 below 全集團幹部員工 …)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const source = joinWrappedLines(cleanLines(toLines(readFileSync('content/sources/2020-social-responsibility-report.txt', 'utf8'))).lines);
    for (const n of [4354, 4358, 3059, 3067]) expect(looksLikeHeading(source, source.findIndex((l) => l.n === n)), `line ${n}`).toBe(false);
  });

  it('leaves a heading below sentences that open alike (2024 report: 中国联通荣获 2024 年 … twice, then 暖心提供…)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const at = lines.findIndex((l) => l.text.trim() === '广开文化交流之门');
    expect(looksLikeHeading(lines, at)).toBe(true);
  });
});

describe('a title the layout marks with an icon', () => {
  it('is a heading whatever follows it, and never joins the caption above it (2024 report lines 99, 1976, 3366)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    for (const title of ['公司管理层', '暖心提供细致入微的海外民生服务', '上海证券交易所《上海证券交易所上市公司自律监管指引第 14 号——可持续发展报告（试行）》']) {
      const at = lines.findIndex((l) => l.text.trim() === title);
      expect(at, title).toBeGreaterThan(0);
      expect(lines[at]!.icon, title).toBe(true);
      expect(looksLikeHeading(lines, at), title).toBe(true);
    }
  });

  it('has no parent in the short line above it (2024 report line 193, a key figure’s statement over `📖 学习贯彻全会精神`)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const at = lines.findIndex((l) => l.text.trim() === '连续五年获得“A”级');
    expect(lines[nextNonBlank(lines, at)]!.icon).toBe(true);
    expect(looksLikeHeading(lines, at)).toBe(false);
  });
});

describe('statements printed one under another, each opening with the same word (2020 report lines 2246–2250)', () => {
  it('are no headings, where none ends a sentence', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const boxes = ['以劃小改革再出發為抓手，將市場化要素配置模式穿透至末梢', '', '以人為核心的勞動力要素投入配置效率的最大化', '', '以基於運營組織體系調整的流程重構與優化，做實數字化高效運營找準問題 明確定位'].map((text, k) => ({ n: k + 1, text }));
    expect(looksLikeHeading(boxes, 2)).toBe(false);
    // Between paragraphs that end their sentences, a title of a heading's length heads the text after it
    // (one of 19+ characters in one piece tells an event: a caption).
    boxes[0] = { n: 1, text: '以劃小改革再出發為抓手，將市場化要素配置模式穿透至末梢。' };
    boxes[2] = { n: 3, text: '以人為核心配置勞動力要素' };
    boxes[4] = { n: 5, text: '以基於運營組織體系調整的流程重構與優化，做實數字化高效運營，全面提升效率。' };
    expect(looksLikeHeading(boxes, 2)).toBe(true);
  });
});

describe('a diagram’s steps set apart by spaces (2020 report lines 3755–3761)', () => {
  it('are no heading, and make the line over them the diagram’s title, not a heading', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const diagram = ['中國聯通社會責任議題選擇程序', '', '識別議題來源 形成議題池 劃分優先等級 審核確定', '', '公司社會責任議題兼顧國際標準、國家政策要求，以社會輿論關注點、國內外通信企業和相關企業議題趨勢等為出發點。'].map((text, k) => ({ n: k + 1, text }));
    expect(looksLikeHeading(diagram, 0)).toBe(false);
    expect(looksLikeHeading(diagram, 2)).toBe(false);
    // Over a sub-heading that opens text, the same line is a heading.
    diagram[2] = { n: 3, text: '形成議題池' };
    expect(looksLikeHeading(diagram, 0)).toBe(true);
  });
});

describe('a title below a picture', () => {
  const at = (text: string) => lines.findIndex((l) => l.text.trim() === text);

  it('is a heading where a heading near it is printed in parallel with it (2024 report lines 1841, 3108)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    for (const heading of ['推行绿色办公', '可持续发展监督']) expect(looksLikeHeading(lines, at(heading)), heading).toBe(true);
    // Its parallel neighbours are headings by their own layout (lines 1833, 3102).
    for (const n of [1833, 3102]) expect(looksLikeHeading(lines, lines.findIndex((l) => l.n === n), false), `line ${n}`).toBe(true);
  });

  it('is a caption where nothing near it is printed in parallel, or an event or a branch’s story follows', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    // 2024 report: a photo's caption (line 418), an event (line 2077).
    for (const caption of ['中国联通获得 5G 商用牌照', '中国联通合作伙伴大会']) expect(looksLikeHeading(lines, at(caption)), caption).toBe(false);
    // A picture's story names a branch first, although its caption parallels the headings near it.
    const block = ['深耕社區公益事業', '', '中國聯通是社會主義核心價值觀的忠實踐行者，積極參與社區建設，開展形式多樣的公益活動。', '', '開展對外公益捐贈', '', '中國聯通積極開展對外捐贈，助力抗擊疫情、脫貧攻堅和教育事業發展，累計捐贈資金數千萬元。', '', '', '', '圖書捐贈公益活動', '', '廣東惠州聯通聯手慈航公益，累計參加各類公益活動，捐贈圖書數千冊，惠及山區學校的孩子們。'];
    const story = block.map((text, i) => ({ n: i + 1, text }));
    expect(looksLikeHeading(story, 10)).toBe(false);
    story[12] = { n: 13, text: '中國聯通聯手慈航公益，累計參加各類公益活動，捐贈圖書數千冊，惠及山區學校的孩子們。' };
    expect(looksLikeHeading(story, 10)).toBe(true);
  });

  it('is a caption, anywhere, over text that names a branch first (2020 report lines 920, 2053)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    const source = joinWrappedLines(cleanLines(toLines(readFileSync('content/sources/2020-social-responsibility-report.txt', 'utf8'))).lines);
    for (const n of [920, 2053]) expect(looksLikeHeading(source, source.findIndex((l) => l.n === n)), `line ${n}`).toBe(false);
  });
});

describe('a figure’s words are not headings', () => {
  const block = (texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));

  it('a title over a line of a figure that ends no sentence and is followed by a label (2020 report lines 188, 283)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    // A diagram's note, then the figure's title.
    const note = block(['', '全面數字化轉型', '', '「五新」聯通、全面數字化轉型都是圍繞落實「聚焦」戰略一體貫通、一脈相承', '', '中國聯通戰略框架']);
    expect(looksLikeHeading(note, 1)).toBe(false);
    // A chart's boxes.
    const chart = block(['中國聯通股權結構圖', '', '中國聯合網絡通信集團有限公司', '', '中國聯合網絡通信（香港）股份有限公司（已發行股份：約306億股）', '', '中國聯合網絡通信有限公司']);
    expect(looksLikeHeading(chart, 2)).toBe(false);
    // The same title over a paragraph that ends its sentence, or goes on after a blank line, is a heading.
    expect(looksLikeHeading(block(['', '全面數字化轉型', '', '中國聯通加快推進全面數字化轉型，以數字化網絡化智能化助力實體經濟發展。', '', '中國聯通戰略框架']), 1)).toBe(true);
    expect(looksLikeHeading(block(['', '全面數字化轉型', '', '中國聯通加快推進全面數字化轉型，以數字化網絡化智能化助力實體經濟', '', '發展，服務千行百業。']), 1)).toBe(true);
  });

  // Words set apart by spaces on a title's line, and what each rule leaves a title: [rule, taken, left, a title over text it takes].
  const apart: [string, (text: string) => boolean, string[], string[], [string, string]][] = [
    // Words of one length: a diagram's labels or a table's column names (2020 report lines 186, 3055); a
    // title wrapped where it was printed, year boxes side by side have parts of different lengths.
    ['labelsOfOneLength', labelsOfOneLength, ['新動態 新生態', '培訓對象 培訓內容'], ['关键信息 基础设施保护', '提升网络安全 综合防御水平', '2020年採取的措施 2021年將採取的行動', '企業戰略'], ['培訓對象 培訓內容', '全集團幹部員工 面向全集團幹部員工共組織11000多期，125萬餘人次相關教育培訓。']],
    // Two captions of one subject side by side, two parts that print two characters of one in the other
    // (2020 report lines 925, 1528); wrapped titles do not repeat themselves (2024 report lines 2754, 2758, 942).
    ['captionsSideBySide', captionsSideBySide, ['智慧茶園綜合管理平台 智慧茶園', '中國聯通品牌標語 5Gn品牌'], ['关键信息 基础设施保护', '提升网络安全 综合防御水平', '联通云手机 / 云电脑', '智慧茶園綜合管理平台'], ['智慧茶園綜合管理平台 智慧茶園', '• 打造數字鄉村平台，服務全國200個鄉鎮，上千個村莊，建設甘肅嘉峪關市文殊鎮等標桿項目。']],
  ];
  for (const [name, rule, taken, left, [title, text]] of apart) {
    it(`${name}: words set apart that are no title (${taken.join('; ')})`, () => {
      for (const t of taken) expect(rule(t), t).toBe(true);
      for (const t of left) expect(rule(t), t).toBe(false);
      expect(takesTitle(block(['', title, '', text]), 1)).toBe(false);
    });
  }

  it('a title right over a table is its caption (2024 report line 1650); a word printed one character a line is a diagram’s label', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    expect(looksLikeHeading(block(['', '气候变化风险与应对措施', '', '风险类别\t子类别\t风险描述\t风险影响\t应对措施\t时间范围\t财务影响程度']), 1)).toBe(false);
    const over = block(['', '统筹协同体系', '', '围绕大市场、网络线、科技创新三个方面，统筹推进研发资源配置，提升协同效率。']);
    expect(looksLikeHeading(over, 1)).toBe(true);
    over[1] = { ...over[1]!, vertical: true };
    expect(looksLikeHeading(over, 1)).toBe(false);
  });
});

describe('a title over the figure it names', () => {
  const block = (texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));

  it('is a heading where the figure’s title below names it again (2024 report lines 160-171, 173-177)', () => {
    const chart = block(['', '股权结构', '', '', '', '注：', '', '1. 数据截至 2024 年 12 月底。', '2. 公司混合所有制改革引入的战略投资者 2017 年通过非公开发行及老股转让取得股份。', '', '中国联通股权结构图']);
    expect(takesTitle(chart, 1)).toBe(true);
    expect(takesTitle(block(['', '组织机构', '', '', '', '中国联通组织机构图']), 1)).toBe(true);
    // Without the figure's title naming it, the same short line over notes is no heading.
    expect(takesTitle(block(['', '股权结构', '', '', '', '注：', '', '1. 数据截至 2024 年 12 月底。', '', '中国联通战略框架']), 1)).toBe(false);
  });
});

describe('a title below a picture in parallel with its page’s title', () => {
  const block = (texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));

  it('is a heading of the page (2024 report line 3120: `可持续发展管理` on the page `可持续发展策略`)', () => {
    const page = block(['可持续发展愿景与策略', '', '中国联通将自身发展与更广泛的可持续发展相结合，推动经济、社会和环境协调发展。', '', '', '', '可持续发展管理', '', '中国联通以有效的组织、制度、流程和方法为保障，持续完善可持续发展管理体系。']);
    // Three blank lines before it mark a picture's caption, unless a heading near it is printed in parallel.
    expect(takesTitle(page, 6)).toBe(false);
    expect(takesTitle(page, 6, true, ['可持续发展策略'])).toBe(true);
    expect(takesTitle(page, 6, true, ['绿色发展'])).toBe(false);
  });
});

describe('lines that stand alone and are no headings', () => {
  const block = (first: string) =>
    ['', first, '', '深化企务公开民主制度建设，引导企务公开向基层责任单元延伸，深化职工代表大会制度建设，提升企务公开质量。', ''].map((text, i) => ({ n: i + 1, text }));
  it('a photo’s caption telling an event in one piece of 19+ characters (2020 report lines 398, 3275)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    expect(looksLikeHeading(block('株洲聯通在炎炎夏日為一線員工開展吃西瓜比賽'), 1)).toBe(false);
    expect(looksLikeHeading(block('北京清華長庚醫院連線雷神山醫院進行5G會診'), 1)).toBe(false);
    // A heading of the same layout, shorter (2024 report line 1750).
    expect(looksLikeHeading(block('提升网络设施能效'), 1)).toBe(true);
  });
  it('a form’s question over its lettered answers (2024 report line 3593)', async () => {
    const { looksLikeHeading } = await import('../../../scripts/ingest/report/outline.ts');
    expect(looksLikeHeading(block('版式设计 A. 方便 B. 一般 C. 不方便'), 1)).toBe(false);
  });
});
