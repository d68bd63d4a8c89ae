import { describe, expect, it } from 'vitest';
import { pageNotes, withNotesApart } from '../../../scripts/ingest/collection/page-notes.ts';
import type { Block } from '../../../scripts/ingest/types.ts';

// 电信业发展白皮书——新时代高质量发展探索（2023年）, copied from the collection's source: the notes at a
// page's foot run on from the page's last words up to the next page's running header.
const HEADER = /(电信业发展白皮书——新时代高质量发展探索（2023年）)(\d{1,6})/gu;
const PAGE_1 = '是实现自身转型升级与对外数智赋能协同共进的发展。1备注：本白皮书中的电信业是指基础电信企业群体，电信业范畴不在本白皮书研讨范围内。电信业发展白皮书——新时代高质量发展探索（2023年）2';
const PAGE_11 = '累计落地标杆项目超300个，打造多个行业领15资料来源：中国移动，中国移动2022年度业绩推介材料，公开新闻信息16备注：ToV指ToVehicle-to-Everything，面向车联网市场电信业发展白皮书——新时代高质量发展探索（2023年）12先示范项目。';
const PAGE_13 = '投资规模超过230017资料来源：公开新闻信息电信业发展白皮书——新时代高质量发展探索（2023年）14亿，推进产业链深度融合。';

const paragraph = (text: string): Block => ({ type: 'paragraph', text, line: 1 });
const shown = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? `${b.captionLabel ? `[${b.captionLabel}]` : ''}${b.text}` : b.type));

describe('pageNotes', () => {
  it('reads the notes before each header, numbered through the document, a number glued to a figure read as the next note', () => {
    const found = pageNotes(`${PAGE_1}中间的页面。${PAGE_11.replace('15资料', '2资料').replace('16备注', '3备注')}${PAGE_13.replace('17资料', '4资料')}`, HEADER);
    expect(found.map((p) => p.notes.map((n) => `${n.n}${n.text}`))).toEqual([
      ['1备注：本白皮书中的电信业是指基础电信企业群体，电信业范畴不在本白皮书研讨范围内。'],
      ['2资料来源：中国移动，中国移动2022年度业绩推介材料，公开新闻信息', '3备注：ToV指ToVehicle-to-Everything，面向车联网市场'],
      ['4资料来源：公开新闻信息'],
    ]);
    expect(found[1]!.printed).toBe('2资料来源：中国移动，中国移动2022年度业绩推介材料，公开新闻信息3备注：ToV指ToVehicle-to-Everything，面向车联网市场');
  });

  it('reads a note labelled 参考来源 as the other labels (note 41 of the white paper, offset 575716)', () => {
    const page = '实现数据100%上云入湖。2参考来源：TigerGraph，冯韩斌，联通数科，《基于图的数据治理，加速企业数字化转型》电信业发展白皮书——新时代高质量发展探索（2023年）31';
    expect(pageNotes(`${PAGE_1}${page}`, HEADER)[1]!.notes.map((n) => `${n.n}${n.text}`)).toEqual(['2参考来源：TigerGraph，冯韩斌，联通数科，《基于图的数据治理，加速企业数字化转型》']);
  });

  it('finds none where the document numbers no notes from 1, and takes no page text after a full stop as a note', () => {
    expect(pageNotes(PAGE_11, HEADER)).toEqual([]);
    const runOn = `${PAGE_1}56资料来源：中国电信，公开新闻信息轻量化5G模组的需求。NX307模组集成了平台。电信业发展白皮书——新时代高质量发展探索（2023年）3`;
    expect(pageNotes(runOn, HEADER).map((p) => p.notes.map((n) => n.n))).toEqual([[1]]);
  });
});

describe('withNotesApart', () => {
  const notes = pageNotes(`${PAGE_1}${PAGE_11.replace('15资料', '2资料').replace('16备注', '3备注')}`, HEADER);

  it('makes a sentence the notes cut whole again, the notes after it, each a paragraph opening with its number', () => {
    const text = '累计落地标杆项目超300个，打造多个行业领2资料来源：中国移动，中国移动2022年度业绩推介材料，公开新闻信息3备注：ToV指ToVehicle-to-Everything，面向车联网市场先示范项目。中国移动与合作伙伴共同打造项目。';
    expect(shown(withNotesApart([paragraph(text)], notes))).toEqual([
      '累计落地标杆项目超300个，打造多个行业领先示范项目。中国移动与合作伙伴共同打造项目。',
      '[2]2资料来源：中国移动，中国移动2022年度业绩推介材料，公开新闻信息',
      '[3]3备注：ToV指ToVehicle-to-Everything，面向车联网市场',
    ]);
  });

  it('leaves notes after a sentence’s end between the paragraphs, and joins a paragraph cut inside the notes', () => {
    const cut = [paragraph('是实现自身转型升级与对外数智赋能协同共进的发展。1备注：本白皮书中的电信业是指基础电信企业群体，'), paragraph('电信业范畴不在本白皮书研讨范围内。2022年，电信业收入稳步增长。')];
    expect(shown(withNotesApart(cut, notes))).toEqual(['是实现自身转型升级与对外数智赋能协同共进的发展。', '[1]1备注：本白皮书中的电信业是指基础电信企业群体，电信业范畴不在本白皮书研讨范围内。', '2022年，电信业收入稳步增长。']);
    const plain = [paragraph('2022年，电信业收入稳步增长。')];
    expect(withNotesApart(plain, notes)).toEqual(plain);
  });
});

// 中国5G发展和经济社会影响白皮书（2023年）, copied from the collection's source (offset ~443000): its notes carry no label.
const HEADER_5G = /(中国5G发展和经济社会影响白皮书（2023年）)(\d{1,6})/gu;
const PAGE_5G =
  '中国5G发展和经济社会影响白皮书（2023年）3达90.3万个，每万人基站数达22.8个1，已达到目标的87.7%。我国5G共建共享基站超150万个2，推动构建低碳通信网络。' +
  '已完成17万3900MHz5G基站。积极开展约25万个800MHz5G基站集采工作4。截至1人口数按141175万计算2https://news.youth.cn/gn/202304/t20230428_14488190.htm，工信部：5G网络已覆盖全国所有地级市、县城城区' +
  '3https://www.sohu.com/a/606250739_128075，中国联通：本年度部署17万个900M低频基站4https://www.c114.com.cn/news/117/a1244028.html，中国电信启动800M5G基站集采：预估25万站' +
  '中国5G发展和经济社会影响白皮书（2023年）42023年6月，中国移动和中国广电共完成57.8万700MHz5G基站建设。';

describe('pageNotes without labels', () => {
  it('reads a white paper’s unlabelled notes (an address or words after the number) where the page prints their markers', () => {
    const found = pageNotes(PAGE_5G, HEADER_5G, true);
    expect(found.map((p) => p.notes.map((n) => n.n))).toEqual([[1, 2, 3, 4]]);
    expect(found[0]!.notes[0]!.text).toBe('人口数按141175万计算');
    // Only a white paper's notes are read so, and only where it labels none.
    expect(pageNotes(PAGE_5G, HEADER_5G)).toEqual([]);
  });

  it('reads no table’s numbered rows as notes: the page prints no markers for them', () => {
    // The page prints counts before units (`运营商1家`, `超2亿`), which are no markers.
    const table = '中国5G发展和经济社会影响白皮书（2023年）3评测覆盖运营商1家，用户超2亿。具体评测指标如下。编号业务类别评测指标1话音业务通话接通率2通话掉话率3呼叫建立时长中国5G发展和经济社会影响白皮书（2023年）4来源：中国信息通信研究院';
    expect(pageNotes(table, HEADER_5G, true)).toEqual([]);
  });
});
