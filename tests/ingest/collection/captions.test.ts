import { describe, expect, it } from 'vitest';
import { captionsApart, listedCaptions, withCaptionsApart, withPhotoCaptionsApart } from '../../../scripts/ingest/collection/captions.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

// Copied from the collection's source: 中国算力发展指数白皮书（2023年）'s lists (offset 698474), and
// 数字乡村发展实践白皮书's (offset 494551), whose list of tables follows its list of figures.
const COMPUTING = '图目录图1算力发展研究体系.............................................................................................2图2全球算力规模及增速.........................................................................................3图12016-2022年全球和我国算力规模与GDP、数字经济规模关系...............26';
const POWER = '图目录图1算力发展研究体系......2图2全球算力规模及增速......3图3先进计算进入智能计算时代......8图42022年全球算力规模与GDP关系......12图5…';
const RURAL = '图目录图1数字乡村建设总体框架.....................................................................................4图2省级层面数字乡村相关政策文件数量（个）...............................................10图3农村地区互联网普及率...................................................................................19表目录表1数字乡村相关国家政策.....................................................................................7表2数字乡村重点领域相关国家支持政策.............9';
const INDEX = '图12中国算力发展指数2.0...................................................................................28';

const paragraph = (text: string): Extract<Block, { type: 'paragraph' }> => ({ type: 'paragraph', text, line: 1 });
const shown = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? `${b.caption ? (b.captionLabel ? `[${b.captionLabel}]` : '[credit]') : ''}${b.text}` : b.type));

describe('listedCaptions', () => {
  it('reads the lists of figures and tables in order, a caption opening with digits after its number', () => {
    expect(listedCaptions(POWER)).toEqual([
      { label: '图1', words: '算力发展研究体系' },
      { label: '图2', words: '全球算力规模及增速' },
      { label: '图3', words: '先进计算进入智能计算时代' },
      { label: '图4', words: '2022年全球算力规模与GDP关系' },
    ]);
    expect(listedCaptions(RURAL).map((c) => c.label + c.words)).toEqual(['图1数字乡村建设总体框架', '图2省级层面数字乡村相关政策文件数量（个）', '图3农村地区互联网普及率', '表1数字乡村相关国家政策', '表2数字乡村重点领域相关国家支持政策']);
  });

  it('stops where the numbers stop following one another, and keeps a dot between digits', () => {
    // 图12 after 图2: the list goes on with 图3, so the entry is not read.
    expect(listedCaptions(COMPUTING).map((c) => c.label)).toEqual(['图1', '图2']);
    expect(listedCaptions(`图目录图1甲乙丙丁......1图2乙丙......2${INDEX.replace('图12', '图3')}`).at(-1)).toEqual({ label: '图3', words: '中国算力发展指数2.0' });
    expect(listedCaptions('目录一、总体情况......1')).toEqual([]);
  });
});

describe('captionsApart', () => {
  const captions = [...listedCaptions(POWER), ...listedCaptions(RURAL)];

  it('finds a caption the body words otherwise at its start by its label and the list entry’s last words (区块链白皮书, 图4, offset 642160)', () => {
    const listed = listedCaptions('图目录图1区块链产业规模...........3图2各批次备案区块链企业数量.........5图32023年我国区块链企业省份分布............6图42020-2023年国内典型区块链产品CTPS性能平均值..............7');
    const text = '同技术提升区块链性能，保障业务安全。来源：中国信息通信研究院图42020年至2023年国内典型区块链产品CTPS性能平均值国产区块链产品占据主流市场。';
    expect(shown(captionsApart(paragraph(text), listed))).toEqual([
      '同技术提升区块链性能，保障业务安全。',
      '[credit]来源：中国信息通信研究院',
      '[图4]图42020年至2023年国内典型区块链产品CTPS性能平均值',
      '国产区块链产品占据主流市场。',
    ]);
    // Its last words printed far from its label, or past a sentence's end, are no caption (a mention of the figure).
    const far = '如图4所示，近年来各类产品在多个方面持续改进，其中国内典型区块链产品CTPS性能平均值逐年提高。';
    const after = '详见图4。国内典型区块链产品CTPS性能平均值逐年提高。';
    expect(shown(captionsApart(paragraph(far), listed))).toEqual([far]);
    expect(shown(captionsApart(paragraph(after), listed))).toEqual([after]);
  });

  it('sets a caption and the credit printed before it apart from the sentences around them (白皮书, 图3)', () => {
    const text = '2035年后先进计算将逐步开启非经典计算规模化落地应用的发展阶段。来源：中国信息通信研究院图3先进计算进入智能计算时代性能和2.5倍的推理性能，将成为全新主力产品。';
    expect(shown(captionsApart(paragraph(text), captions))).toEqual([
      '2035年后先进计算将逐步开启非经典计算规模化落地应用的发展阶段。',
      '[credit]来源：中国信息通信研究院',
      '[图3]图3先进计算进入智能计算时代',
      '性能和2.5倍的推理性能，将成为全新主力产品。',
    ]);
  });

  it('takes two credits printed together before a caption, and one printed after it that ends the text', () => {
    const before = '综合得分4.24来源：中国信息通信研究院来源：中国信息通信研究院图2全球算力规模及增速算力多元化发展持续推进。';
    expect(shown(captionsApart(paragraph(before), captions))).toEqual(['综合得分4.24', '[credit]来源：中国信息通信研究院', '[credit]来源：中国信息通信研究院', '[图2]图2全球算力规模及增速', '算力多元化发展持续推进。']);
    const after = '形成了较为完善的工作机制和政策体系。图2省级层面数字乡村相关政策文件数量（个）来源：中国信息通信研究院整理';
    expect(shown(captionsApart(paragraph(after), captions))).toEqual(['形成了较为完善的工作机制和政策体系。', '[图2]图2省级层面数字乡村相关政策文件数量（个）', '[credit]来源：中国信息通信研究院整理']);
  });

  it('leaves a credit that runs on into a sentence, the lists themselves and a paragraph without captions as they are', () => {
    const runOn = '图3农村地区互联网普及率来源：中国信息通信研究院整理数字技术应用不断成熟，';
    expect(shown(captionsApart(paragraph(runOn), captions))).toEqual(['[图3]图3农村地区互联网普及率', '来源：中国信息通信研究院整理数字技术应用不断成熟，']);
    const list = paragraph(POWER);
    expect(captionsApart(list, captions)).toEqual([list]);
    const plain = { ...paragraph('近年来，我国算力规模快速增长。'), lead: '近年来' };
    expect(withCaptionsApart([plain], captions)).toEqual([plain]);
    expect(withCaptionsApart([plain], [])).toEqual([plain]);
  });

  it('sets a credit alone right after a table as a caption, not any one after a paragraph (区块链白皮书, 表4)', () => {
    const table = { type: 'table' as const, rows: [['省份', '发布时间'], ['重庆', '2022年1月']], line: 1, rowLines: [1, 1] };
    const credit = paragraph('来源：中国信息通信研究院');
    expect(shown(withCaptionsApart([table, credit], []).slice(1))).toEqual(['[credit]来源：中国信息通信研究院']);
    // After a paragraph, a credit alone is a caption only where it names the papers' publisher (below).
    const other = paragraph('来源：海南省人民政府');
    expect(withCaptionsApart([paragraph('海南的政策要点如下。'), other], [])).toEqual([paragraph('海南的政策要点如下。'), other]);
    // A credit before a listed caption after a table is the caption's, the caption set apart as everywhere.
    const figures = listedCaptions('图目录图1全球数字经济规模......3');
    expect(shown(withCaptionsApart([table, paragraph('来源：中国信息通信研究院图1全球数字经济规模')], figures).slice(1))).toEqual(['[credit]来源：中国信息通信研究院', '[图1]图1全球数字经济规模']);
    // A credit that runs on into a sentence after a table stays text (no publisher the papers are credited to ends it).
    const runOn = paragraph('来源：IDC数据显示，全球区块链支出持续增长。');
    expect(withCaptionsApart([table, runOn], [])).toEqual([table, runOn]);
  });

  it('sets apart a credit naming the papers\' publisher wherever it is glued into the text, not in a quotation or before another name (移动网络质量白皮书, 数字乡村白皮书)', () => {
    const glued = paragraph('10南京江苏7西安陕西14武汉湖北来源：中国信息通信研究院本轮评测以4G网络为主，5G网络为辅。');
    expect(shown(withCaptionsApart([glued], []))).toEqual(['10南京江苏7西安陕西14武汉湖北', '[credit]来源：中国信息通信研究院', '本轮评测以4G网络为主，5G网络为辅。']);
    const compiled = paragraph('提升乡村数字治理水平。来源：中国信息通信研究院整理地方政府积极落实国家工作部署。');
    expect(shown(withCaptionsApart([compiled], []))).toEqual(['提升乡村数字治理水平。', '[credit]来源：中国信息通信研究院整理', '地方政府积极落实国家工作部署。']);
    for (const text of ['转载的，应注明“来源：中国信息通信研究院”。违反上述声明者，本院将追究其相关法律责任。', '模型产业化。来源：中国信息通信研究院、IDC图10我国人工智能市场规模', '3资料来源：中国信息通信研究院，《电信业数字化转型发展白皮书》'])
      expect(withCaptionsApart([paragraph(text)], [])).toEqual([paragraph(text)]);
    // Made up: the end word before a comma, a longer label's credit in brackets, a page's note after its number stay text.
    for (const text of ['规模持续增长。来源：中国信息通信研究院整理，2024年5月', '规模持续增长（数据来源：中国信息通信研究院整理）。', '相关企业持续增长。3资料来源：中国信息通信研究院相关企业数量稳步提升。'])
      expect(withCaptionsApart([paragraph(text)], [])).toEqual([paragraph(text)]);
    // After a table's last figure (移动网络质量白皮书, 表10, offset 743222), and the source's run-on credit after a table (数字乡村, offset 502710).
    expect(shown(withCaptionsApart([paragraph('西安环城西路99.3489.38来源：中国信息通信研究院5G网络覆盖性能主要展示两项关键指标。')], []))).toEqual(['西安环城西路99.3489.38', '[credit]来源：中国信息通信研究院', '5G网络覆盖性能主要展示两项关键指标。']);
    const table = { type: 'table' as const, rows: [['省份', '发布时间'], ['重庆', '2022年1月']], line: 1, rowLines: [1, 1] };
    expect(shown(withCaptionsApart([table, paragraph('来源：中国信息通信研究院整理数字技术应用不断成熟，')], []).slice(1))).toEqual(['[credit]来源：中国信息通信研究院整理', '数字技术应用不断成熟，']);
  });

  it('takes a credit between two captions as the second one\'s, and joins a paragraph cut inside a caption (云计算白皮书, 图15 and 图16)', () => {
    // The paper's figures 15 and 16, numbered here as a list's first two.
    const cloud = listedCaptions('图目录图1数据服务云化部署比例......34图2智能计算服务云化部署比例......34');
    const text = '数据来源：中国信通院，2024年5月图1数据服务云化部署比例数据来源：中国信通院，2024年5月图2智能计算服务云化部署比例';
    expect(shown(captionsApart(paragraph(text), cloud))).toEqual(['[credit]数据来源：中国信通院，2024年5月', '[图1]图1数据服务云化部署比例', '[credit]数据来源：中国信通院，2024年5月', '[图2]图2智能计算服务云化部署比例']);
    const cut = [paragraph('HPCTOP100图1数据服务云化部署'), paragraph('比例当前，全球人工智能加速发展。')];
    expect(shown(withCaptionsApart(cut, cloud))).toEqual(['HPCTOP100', '[图1]图1数据服务云化部署比例', '当前，全球人工智能加速发展。']);
    // Two paragraphs no caption runs across stay two.
    const apart = [paragraph('数据服务云化部署比例'), paragraph('当前，全球人工智能加速发展。')];
    expect(withCaptionsApart(apart, cloud)).toEqual(apart);
  });
});

describe('withPhotoCaptionsApart', () => {
  // Copied from the collection's source: the 《求是》 article's two photos (offsets 291484 and 293025).
  const PORT = '必须坚持有利于国有资产保值增值，这是做强做优做大国有资本和国有企业的重要要求。图为中远海运集团投资建设的希腊比雷埃夫斯港，投资后该港全球排名从第93位跃升至第25位，成为地中海第一大港。国务院国资委供图坚持加快建设世界一流企业。习近平总书记强调。';
  const FACTORY = '近来，一汽解放集团股份有限公司生产按下“加速键”。图为2022年6月15日，工人在位于吉林长春的一汽解放总装车间内装配车辆。新华社记者许畅/摄坚持加强国有企业党的建设。';

  it('sets a photo caption and its credit apart, between the sentences it is glued to', () => {
    expect(shown(withPhotoCaptionsApart([paragraph(PORT), paragraph(FACTORY)]))).toEqual([
      '必须坚持有利于国有资产保值增值，这是做强做优做大国有资本和国有企业的重要要求。',
      '[credit]图为中远海运集团投资建设的希腊比雷埃夫斯港，投资后该港全球排名从第93位跃升至第25位，成为地中海第一大港。国务院国资委供图',
      '坚持加快建设世界一流企业。习近平总书记强调。',
      '近来，一汽解放集团股份有限公司生产按下“加速键”。',
      '[credit]图为2022年6月15日，工人在位于吉林长春的一汽解放总装车间内装配车辆。新华社记者许畅/摄',
      '坚持加强国有企业党的建设。',
    ]);
  });

  it('sets apart a caption that opens or ends its paragraph, its lead-in kept with the text before', () => {
    const opening = paragraph('图为2022年6月15日，工人在车间内装配车辆。新华社记者许畅/摄坚持加强国有企业党的建设。');
    const closing = { ...paragraph('生产按下“加速键”。图为工人在车间内装配车辆。国务院国资委供图'), lead: '近来，' };
    expect(shown(withPhotoCaptionsApart([opening, closing]))).toEqual(['[credit]图为2022年6月15日，工人在车间内装配车辆。新华社记者许畅/摄', '坚持加强国有企业党的建设。', '生产按下“加速键”。', '[credit]图为工人在车间内装配车辆。国务院国资委供图']);
    const lead = withPhotoCaptionsApart([closing])[0] as Extract<Block, { type: 'paragraph' }>;
    expect(lead.lead).toBe('近来，');
  });

  it('leaves a credit longer than a name and its agency with the text (at most 20 characters before 供图 or /摄)', () => {
    const long = '重要要求。图为港口。这是一段远远超过二十个字符的说明文字并且一直没有结束的句子内容供图坚持。';
    expect(shown(withPhotoCaptionsApart([paragraph(long)]))).toEqual([long]);
  });

  it('leaves the text as it is without a credit, or where 图为 does not open a sentence', () => {
    const noCredit = '重要要求。图为中远海运集团投资建设的希腊比雷埃夫斯港。坚持加快建设世界一流企业。';
    const inside = '评测结果如下，上图为各城市部分主要路段5G网络下载/上传速率实测结果。新华社记者许畅/摄';
    expect(shown(withPhotoCaptionsApart([paragraph(noCredit), paragraph(inside)]))).toEqual([noCredit, inside]);
  });
});
