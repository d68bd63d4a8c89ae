// The pure parts of browser search: the search plan, result targets, highlight terms, query conversion
// and the corpus phrase dictionary.
import { describe, expect, it } from 'vitest';
import STPhrases from 'opencc-js/dict/STPhrases';
import { bestTarget, fuse, inSettledOrder, searchPlan, targetUrl, type PagefindResult } from '../../src/lib/search-client.ts';
import { highlightTerms, occurrences } from '../../src/lib/highlight.ts';
import { queryForms, queryInScript } from '../../src/lib/query-script.ts';
import { phrasesIn } from '../../scripts/search-dict.ts';

describe('searchPlan', () => {
  it('searches a Chinese term as a phrase first, then split', () => {
    expect(searchPlan('中频基站')).toEqual(['"中频基站"', '中频基站']);
  });
  it('adds each term as its own phrase for a two-word query', () => {
    expect(searchPlan('碳达峰 碳中和')).toEqual(['"碳达峰 碳中和"', '"碳达峰" "碳中和"', '碳达峰 碳中和']);
  });
  it('leaves Latin queries and queries the reader quoted alone', () => {
    expect(searchPlan('green development')).toEqual(['green development']);
    expect(searchPlan('"联通云"')).toEqual(['"联通云"']);
  });
});

describe('fuse', () => {
  const list = (...ids: string[]) => ids.map((id) => ({ id }) as PagefindResult);
  it('puts a page both lists find first, then by rank', () => {
    expect(fuse(list('a', 'b', 'c'), list('c', 'd')).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('lets the second list count more when it is weighted (an English query read as one Chinese term)', () => {
    // English summaries rank b first and a third; the Chinese text ranks a first and b second.
    expect(fuse(list('b', 'x', 'a'), list('a', 'b')).map((r) => r.id)[0]).toBe('b');
    expect(fuse(list('b', 'x', 'a'), list('a', 'b'), 2).map((r) => r.id)[0]).toBe('a');
  });
});

describe('result targets', () => {
  const data = {
    url: '/zh-hans/reports/r/s/',
    excerpt: '',
    meta: { title: 'S' },
    sub_results: [
      { title: 'S', url: '/zh-hans/reports/r/s/', excerpt: 'a', locations: [3] },
      { title: 'H', url: '/zh-hans/reports/r/s/#h', excerpt: 'b', locations: [10, 20] },
    ],
  };
  it('opens the heading with the most hits', () => {
    expect(bestTarget(data)?.url).toBe('/zh-hans/reports/r/s/#h');
  });
  it('puts the terms in ?hl= before the fragment', () => {
    expect(targetUrl('/zh-hans/reports/r/s/#h', '"中频 基站"')).toBe('/zh-hans/reports/r/s/?hl=%E4%B8%AD%E9%A2%91%20%E5%9F%BA%E7%AB%99#h');
    expect(targetUrl('/en/kpis/x/', 'PUE')).toBe('/en/kpis/x/?hl=PUE');
  });
});

describe('highlight', () => {
  it('reads the terms from ?hl=', () => {
    expect(highlightTerms('?hl=%E4%B8%AD%E9%A2%91%20%E5%9F%BA%E7%AB%99')).toEqual(['中频', '基站']);
    expect(highlightTerms('?q=x')).toEqual([]);
  });
  it('finds every occurrence, ignoring case', () => {
    expect(occurrences('PUE 值与 pue 目标', 'Pue')).toEqual([0, 7]);
    expect(occurrences('基站基站', '基站')).toEqual([0, 2]);
  });
});

describe('queryForms', () => {
  it('tries a Simplified query in the Hong Kong variants of converted pages and the standard forms the Traditional sources print', async () => {
    // The 2020 report prints 人體測溫 and the 2023 chapter 環衛工人 (standard forms); pages converted by OpenCC hk print 温 and 衞.
    expect(await queryForms('人体测温', 'hant')).toEqual(['人體測温', '人體測溫']);
    expect(await queryForms('环卫工人', 'hant')).toEqual(['環衞工人', '環衛工人']);
    expect(await queryForms('中频基站', 'hant')).toEqual(['中頻基站']);
    expect(await queryForms('人體測溫', 'hans')).toEqual(['人体测温']);
    expect(await queryForms('PUE', 'hant')).toEqual(['PUE']);
  });
});

describe('queryInScript', () => {
  it('turns a Simplified query into the Hong Kong forms of the 繁體 pages', async () => {
    expect(await queryInScript('中频基站', 'hant')).toBe('中頻基站');
    expect(await queryInScript('装维服务预约率', 'hant')).toBe('裝維服務預約率');
  });
  it('turns a Traditional query into Simplified', async () => {
    expect(await queryInScript('投資者關係部門', 'hans')).toBe('投资者关系部门');
    expect(await queryInScript('機動局黨委', 'hans')).toBe('机动局党委');
  });
  it('leaves a query without Han characters as typed', async () => {
    expect(await queryInScript('SOC2.0', 'hant')).toBe('SOC2.0');
  });
});

describe('phrasesIn', () => {
  it('keeps the dictionary phrases that occur in the text, longest match at each position', () => {
    const pairs = phrasesIn('头发一伙人', [STPhrases]);
    expect(pairs).toContainEqual(['头发', '頭髮']);
    expect(pairs).toContainEqual(['一伙人', '一夥人']);
    expect(pairs.map(([from]) => from)).not.toContain('一伙');
  });
});

describe('inSettledOrder', () => {
  const result = (id: string, score: number) => ({ id, score, data: async () => ({ url: `/${id}/`, meta: {}, excerpt: '' }) });
  it('orders results by score to six significant digits, then by id, whatever order Pagefind gave', async () => {
    // Scores that differ only in their last bits (the order Pagefind added word scores in) are equal.
    const runs = [
      [result('b', 12.345678901), result('a', 12.345678902), result('c', 20)],
      [result('a', 12.345678902), result('c', 20), result('b', 12.3456789)],
    ];
    for (const results of runs) {
      const index = inSettledOrder({ search: async () => ({ results }), filters: async () => ({}) });
      expect((await index.search('q')).results.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    }
  });
});

