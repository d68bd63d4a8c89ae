import { describe, expect, it } from 'vitest';
import { convertDoc, convertText, simplifiedPassages } from '../../scripts/ingest/convert-script.ts';
import type { Doc } from '../../scripts/ingest/types.ts';

describe('a Simplified text in its own script', () => {
  it('writes the passages the seed printed in Traditional in Simplified (collection, 品牌日 and 综采 articles)', () => {
    expect(simplifiedPassages('中國聯通，作為数字化转型的领军者，携其旗下云计算品牌亮相。联通云服务千行百业。')).toBe('中国联通，作为数字化转型的领军者，携其旗下云计算品牌亮相。联通云服务千行百业。');
    expect(convertText('綜采工作面是現代化煤礦生產的主要環節。', 'hans', 'hans')).toBe('综采工作面是现代化煤矿生产的主要环节。');
  });

  it('keeps a lone character a Simplified text may print (`昇腾`, a brand), and a Traditional text as printed', () => {
    expect(simplifiedPassages('利用自有昇腾智算能力，加快建设。')).toBe('利用自有昇腾智算能力，加快建设。');
    expect(convertText('中國聯通服務的用戶總數達4.4億。', 'hant', 'hant')).toBe('中國聯通服務的用戶總數達4.4億。');
  });
});

describe('convertDoc', () => {
  it('converts a key figure’s value with its label and unit (`480 余` is `480 餘` in Traditional)', () => {
    const doc = {
      id: 'd', source: 's.txt', title: '关心关爱', year: 2024, kind: 'report', script: 'hans', publisher: '中国联通', date: null, collection: null,
      sections: [{ slug: 'a', title: '关心关爱', printed: '', kind: 'section', chapter: null, lines: [1, 1], blocks: [{ type: 'figure', label: '全年开展总经理在线活动', value: '480 余', unit: '场次', line: 1 }] }],
    } as unknown as Doc;
    expect(convertDoc(doc, 'hant').sections[0]!.blocks[0]).toMatchObject({ label: '全年開展總經理在線活動', value: '480 餘', unit: '場次' });
  });
});
