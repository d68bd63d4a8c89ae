// Site documents cut out of a collection (collectionDocs): the year each states, never the collection's.
import { describe, expect, it } from 'vitest';
import { segmentCollection } from '../../../scripts/ingest/collection/segment.ts';
import { collectionDocs, atDashItems, atSeriesItems } from '../../../scripts/ingest/collection/documents.ts';
import { parseSourceMeta } from '../../../scripts/ingest/metadata.ts';
import type { Source } from '../../../scripts/ingest/types.ts';

const filler = (n: number) => '中国联通持续推进网络建设。'.repeat(n);

describe('collectionDocs', () => {
  it('gives a document the year of its date or its title, and none where it prints neither (offsets 77495, 30409)', () => {
    const dated = '南方暴雨来袭中国联通全力保障通信网络畅通文章来源：中国联合网络通信集团有限公司发布时间：2024-06-19近期，我国南方大部降雨不断。';
    const titled = '中国联合网络通信股份有限公司董事会审计委员会2019年度履职报告一、审计委员会基本情况公司董事会审计委员会由三名董事组成。';
    const undated = '“游新疆”V2.0上线中国联通助力新疆数字文旅开启新篇章“去爱、去生活、去受伤”“风是透明的河流，雨是冰凉的流星”“哪怕再颠簸，日子也要闪亮的过”......这些出自迷你剧集《我的阿勒泰》中的“金句”。';
    const text = `${filler(30)}${dated}${filler(30)}1${titled}${filler(30)}${undated}${filler(30)}`;
    const meta = parseSourceMeta('collection.yml', 'title: 合集\nyear: 2024\nscript: hans\nkind: collection\npublisher: 中国联合网络通信集团有限公司\n');
    const source: Source = { id: 'collection', file: 'content/sources/collection.txt', meta, text };
    const docs = collectionDocs(source, segmentCollection(text, {}).docs);
    expect(docs.map((d) => [d.title, d.date, d.year])).toEqual([
      [expect.any(String), null, null],
      ['南方暴雨来袭中国联通全力保障通信网络畅通', '2024-06-19', 2024],
      ['中国联合网络通信股份有限公司董事会审计委员会2019年度履职报告', null, 2019],
      ['“游新疆”V2.0上线中国联通助力新疆数字文旅开启新篇章', null, null],
    ]);
  });
});

describe('a headline whose end does not show', () => {
  it('keeps the body’s first sentence whole where the title read runs on into it: no paragraph opens with `，`', async () => {
    const { titleOf } = await import('../../../scripts/ingest/collection/segment.ts');
    // Made up: a headline glued to a body that opens with no usual phrase, so the title read runs to the first comma.
    const text = '秋收时节话丰收沿着蜿蜒的山路走进村子，金黄的稻田一眼望不到边。村民们说，今年的收成比往年更好。';
    const title = titleOf('news', text);
    expect(title).toBe('秋收时节话丰收沿着蜿蜒的山路走进村子');
    const meta = parseSourceMeta('collection.yml', 'title: 合集\nyear: 2024\nscript: hans\nkind: collection\npublisher: 中国联合网络通信集团有限公司\n');
    const source: Source = { id: 'collection', file: 'content/sources/collection.txt', meta, text };
    const [doc] = collectionDocs(source, [{ title, kind: 'news', date: null, text, start: 0 }]);
    const paragraphs = doc!.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
    expect(paragraphs.join('')).toBe(text);
    expect(paragraphs.filter((p) => /^[，。、；：]/u.test(p))).toEqual([]);
  });
});

describe('atDashItems', () => {
  it('opens a paragraph at each point a dash opens after a sentence, where the text holds two or more (奋楫数字航道, offset 101071)', () => {
    const text = '坚决当好数字基座建设的大国“顶梁柱”。——铺就网络高速路，打通信息“大动脉”。深化共建共享。——布局算力新供给，推动数智“大爆发”。无论视频直播的高清实时。';
    expect(atDashItems(text)).toEqual(['坚决当好数字基座建设的大国“顶梁柱”。', '——铺就网络高速路，打通信息“大动脉”。深化共建共享。', '——布局算力新供给，推动数智“大爆发”。无论视频直播的高清实时。']);
    // One dash after a sentence is an aside, not a run of points; a dash inside a sentence is the sentence's.
    for (const same of ['取得三个明显成效。——中国特色现代企业制度更加成熟。', '会议强调——要深化改革。——要加强党建。']) expect(atDashItems(same), same).toEqual([same]);
  });
});

describe('atSeriesItems', () => {
  it('opens a paragraph at each item of an enumeration that opens sentences, from 一是 on (电信业发展白皮书, offset 551567)', () => {
    const text = '电信业需探索转型升级。一是全力赋能数字化发展，实现电信业价值提升。二是构建新型数字基础设施，支撑电信业转型。三是深挖数据要素价值，助力激发数据要素活力。电信运营企业在日常经营中积累了海量的数据资源。';
    expect(atSeriesItems(text)).toEqual([
      '电信业需探索转型升级。',
      '一是全力赋能数字化发展，实现电信业价值提升。',
      '二是构建新型数字基础设施，支撑电信业转型。',
      '三是深挖数据要素价值，助力激发数据要素活力。电信运营企业在日常经营中积累了海量的数据资源。',
    ]);
    // A series a colon introduces, its items sentences (经济社会智能孪生系统, offset 52091).
    expect(atSeriesItems('系统建设三大核心特色：一是服务经济治理效能提升，连接民生愿景与幸福实景。二是聚力攻坚大模型，不断提升经济预测能力。')).toEqual([
      '系统建设三大核心特色：',
      '一是服务经济治理效能提升，连接民生愿景与幸福实景。',
      '二是聚力攻坚大模型，不断提升经济预测能力。',
    ]);
    // Items inside one sentence (after a semicolon), or a series not printed from its first, stay as printed.
    for (const same of ['要做到：一是加强领导；二是完善机制。', '三是深挖数据要素价值。四是强化安全。']) expect(atSeriesItems(same), same).toEqual([same]);
  });
});
