import { describe, expect, it } from 'vitest';
import { glossDictionary, pageGloss, segment, toneMarks } from '../../scripts/gloss.ts';

describe('toneMarks', () => {
  it('puts the mark on a or e, on the o of ou, else on the last vowel', () => {
    expect(toneMarks('tai2 feng1')).toBe('tái fēng');
    expect(toneMarks('zhi4 yuan4 zhe3')).toBe('zhì yuàn zhě');
    expect(toneMarks('shou3 dou1')).toBe('shǒu dōu');
    expect(toneMarks('lu:4 se4')).toBe('lǜ sè');
    expect(toneMarks('gui4 zhou1')).toBe('guì zhōu');
    expect(toneMarks('Zhong1 guo2')).toBe('Zhōng guó');
    expect(toneMarks('de5')).toBe('de');
    expect(toneMarks('5G ji1 zhan4')).toBe('5G jī zhàn');
  });
});

describe('segment', () => {
  it('takes the longest word at each place, a lone character where no word starts', () => {
    const words = new Set(['台风', '台', '风', '过后', '乡村振兴', '乡村', '振兴']);
    expect(segment('台风过后，乡村振兴。5G', words)).toEqual(['台风', '过后', '乡村振兴']);
    expect(segment('风台', words)).toEqual(['风', '台']);
  });
});

describe('glossDictionary and pageGloss', () => {
  const cedict = [
    { simplified: '万', traditional: '萬', pinyin: 'Wan4', meanings: ['surname Wan'] },
    { simplified: '万', traditional: '萬', pinyin: 'wan4', meanings: ['ten thousand', 'a great number'] },
    { simplified: '台风', traditional: '颱風', pinyin: 'tai2 feng1', meanings: ['typhoon'] },
    { simplified: '回收', traditional: '回收', pinyin: 'hui2 shou1', meanings: ['to recycle', 'to reclaim', 'to retrieve', 'to recall'] },
  ];
  it('lists a common reading before a name, drops surnames and keeps two meanings', () => {
    const dict = glossDictionary(cedict, 'hans', new Map());
    expect(dict.get('万')).toEqual([{ p: 'wàn', m: ['ten thousand', 'a great number'] }]);
    expect(dict.get('回收')).toEqual([{ p: 'huí shōu', m: ['to recycle', 'to reclaim'] }]);
  });
  it('looks up Traditional headwords for Traditional pages, and adds our own English', () => {
    const dict = glossDictionary(cedict, 'hant', new Map([['颱風', 'Typhoon']]));
    expect(dict.get('颱風')).toEqual([{ p: 'tái fēng', m: ['typhoon'], g: 'Typhoon' }]);
    expect(dict.has('台风')).toBe(false);
  });
  it('adds our domain terms the dictionary lacks as words with their reading, in each script', () => {
    const dict = glossDictionary(cedict, 'hant', new Map([['攜號轉網', 'number portability'], ['颱風', 'typhoon season']]), new Set(['攜號轉網']), () => 'xié hào zhuǎn wǎng');
    expect(dict.get('攜號轉網')).toEqual([{ p: 'xié hào zhuǎn wǎng', m: [], g: 'number portability' }]);
    // A dictionary word keeps its readings and takes our English on the first.
    expect(dict.get('颱風')).toEqual([{ p: 'tái fēng', m: ['typhoon'], g: 'typhoon season' }]);
    // Our titles' English marks dictionary words only: a title is not a word of its own.
    expect(glossDictionary(cedict, 'hans', new Map([['公司简介', 'Company profile']])).has('公司简介')).toBe(false);
  });
  it('gives a page the entries of its own words only', () => {
    const dict = glossDictionary(cedict, 'hans', new Map());
    expect(Object.keys(pageGloss('台风过后，回收旧手机。', dict, new Set(dict.keys())))).toEqual(['台风', '回收']);
  });
});
