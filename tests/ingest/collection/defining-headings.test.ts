// Headings whose text opens by defining a term they name (defining-headings.ts), and numbered items ended so.
import { describe, expect, it } from 'vitest';
import { definingHeadings } from '../../../scripts/ingest/collection/defining-headings.ts';
import { numberedItems, SENTENCE_START } from '../../../scripts/ingest/collection/items.ts';

const starts = (text: string) => [...text.matchAll(SENTENCE_START)].map((m) => m.index);
const headings = (text: string) => definingHeadings(text, starts(text)).map((h) => h.heading);

describe('definingHeadings (made up)', () => {
  it('ends a heading where its text names a term of it again as the subject of 是 or 作为', () => {
    expect(headings('网络覆盖持续扩大。筑牢算力网络底座算力网络是数字经济的新型基础设施，建设不断提速。')).toEqual(['筑牢算力网络底座']);
    expect(headings('成果丰硕。拥抱开源生态开源生态作为创新的重要土壤，吸引了众多开发者。')).toEqual(['拥抱开源生态']);
    // Two phrases set apart by a comma.
    expect(headings('前景广阔。发挥数据价值，培育数据要素市场数据要素市场是…的关键。')).toEqual(['发挥数据价值，培育数据要素市场']);
  });

  it('takes no sentence going on: a term holding a function word, a clause mark, or no copula after the term', () => {
    // `了公司作为…`: the sentence goes on after `批准了公司的方案，明确`.
    expect(headings('筹备顺利。上级正式批准了公司的组建方案，明确了公司作为第二运营商的地位。')).toEqual([]);
    expect(headings('成果丰硕。拥抱开源生态、开源生态作为创新的土壤。')).toEqual([]);
    expect(headings('网络覆盖持续扩大。筑牢算力网络底座算力网络正在加快建设。')).toEqual([]);
  });

  it('takes no term repeated across a comma, nor 是否 (a review’s made-up cases)', () => {
    expect(headings('成果丰硕。发展数字经济离不开算力网络，算力网络是数字时代的关键底座。')).toEqual([]);
    expect(headings('成果丰硕。我们要加快建设5G网络，5G网络是新型基础设施。')).toEqual([]);
    expect(headings('成果丰硕。感谢中国联通，中国联通作为合作伙伴给予了支持。')).toEqual([]);
    expect(headings('成果丰硕。衡量数字化转型成效的关键在于数字化转型是否真正创造价值。')).toEqual([]);
    const items = '网络加快建设。1.加快发展算力网络，算力网络是数字底座。2.推动数据要素流通，数据要素是新型生产要素。';
    expect(numberedItems(items).map((i) => i.heading)).toEqual([null, null]);
  });

  it('ends a numbered item whose end shows no other way', () => {
    const text = '平台加速成熟。1.打造智能计算平台，促进产业生态繁荣智能计算平台是面向行业的能力平台。2.建设数据流通设施，推动数据高效流动在数据流通方面，各方加快探索。';
    expect(numberedItems(text).map((i) => i.heading)).toEqual(['1.打造智能计算平台，促进产业生态繁荣', '2.建设数据流通设施，推动数据高效流动']);
    // A term named past a second comma is the text's own sentence (`与…不同，我国企业作为…`): no end there; the
    // comparison that frames the text ends the heading.
    const prose = '强大的算力正在赋能。1.深化平台自研，提供优质服务与运营企业放弃自研不同，我国运营企业作为央企，坚持投入。2.推动开放合作，构建产业生态在合作方面，企业加快行动。';
    expect(numberedItems(prose).map((i) => i.heading)).toEqual(['1.深化平台自研，提供优质服务', '2.推动开放合作，构建产业生态']);
  });
});
