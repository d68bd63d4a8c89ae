import { describe, expect, it } from 'vitest';
import { withoutSeedNoise } from '../../../scripts/ingest/text/seed-noise.ts';
import type { RemovalLog } from '../../../scripts/ingest/types.ts';

// Runs as the collection prints them (offsets 36304, 201274, 203805, 66187).
describe('withoutSeedNoise', () => {
  it('takes out symbols of the keyboard run together inside a sentence, and ### standing for a word, counting them', () => {
    const removed: RemovalLog = {};
    expect(withoutSeedNoise('也是！@#￥%……&*中国联通在文化领域的一次重要创新。', removed)).toBe('也是中国联通在文化领域的一次重要创新。');
    expect(withoutSeedNoise('《关于完善中*（&%F！%……国特色现代企业制度的意见》', removed)).toBe('《关于完善中国特色现代企业制度的意见》');
    expect(withoutSeedNoise('带动社会资本超#%$^&*(千亿元', removed)).toBe('带动社会资本超千亿元');
    expect(withoutSeedNoise('在广州，###联通广州分公司积极响应号召。', removed)).toBe('在广州，联通广州分公司积极响应号召。');
    expect(removed['seed-noise']).toMatchObject({ count: 4, chars: 9 + 9 + 7 + 3 });
  });

  it('takes out ### right after a closing bracket, which joins it to the run, and keeps the bracket (offset 69143)', () => {
    const removed: RemovalLog = {};
    expect(withoutSeedNoise('参与并见证中国联通的创立（一）###联通的创立与发展', removed)).toBe('参与并见证中国联通的创立（一）联通的创立与发展');
    expect(removed['seed-noise']).toMatchObject({ count: 1, chars: 3 });
  });

  it('takes out two different symbols typed inside a word (offset 202760)', () => {
    const removed: RemovalLog = {};
    expect(withoutSeedNoise('同时公司还积极参￥%与社会公益事业和扶贫帮困工作', removed)).toBe('同时公司还积极参与社会公益事业和扶贫帮困工作');
    expect(removed['seed-noise']).toMatchObject({ count: 1, chars: 2 });
  });

  it('takes out one symbol in brackets that is no unit, typed inside a word (offset 205800)', () => {
    const removed: RemovalLog = {};
    expect(withoutSeedNoise('在未（*）来的日子里，我们有理由相信', removed)).toBe('在未来的日子里，我们有理由相信');
    expect(removed['seed-noise']).toMatchObject({ count: 1, chars: 3 });
  });

  it('takes out a caret, a dollar sign or an asterisk alone inside a word, never a formula\'s `*` or a tag\'s `#` (offsets 234952, 250966)', () => {
    const removed: RemovalLog = {};
    expect(withoutSeedNoise('谱写新篇章，迎^接更加繁荣的未来；调度平台还$具备多样性', removed)).toBe('谱写新篇章，迎接更加繁荣的未来；调度平台还具备多样性');
    expect(removed['seed-noise']).toMatchObject({ count: 2, chars: 2 });
    for (const text of ['算力=处理器芯片数*每时钟周期执行单元数', '我国基础算力=∑近六年（年服务器出货规模*当年服务器平均算力）。', '以联通5G邀请#每个三亿分之一#']) expect(withoutSeedNoise(text, removed)).toBe(text);
    // An asterisk in a sentence that is no formula is the seed's (offsets 236709, 250619).
    expect(withoutSeedNoise('离退休干部局党组织建*强抓实。他们深入探索云对算力赋予的新价值，结*合自身实践。服务器算力=芯片数*主频。', removed)).toBe('离退休干部局党组织建强抓实。他们深入探索云对算力赋予的新价值，结合自身实践。服务器算力=芯片数*主频。');
    // So is one at a clause's start (offset 202929), unless the sentence is a formula.
    expect(withoutSeedNoise('推动公司改革发展，*不断取得新的更大成就。', removed)).toBe('推动公司改革发展，不断取得新的更大成就。');
    expect(withoutSeedNoise('算力=芯片数，*主频', removed)).toBe('算力=芯片数，*主频');
  });

  it('takes out a chat tool’s name standing between two sentences, never a product name, a figure or a sentence’s first word (offset 36176; review examples)', () => {
    const removed: RemovalLog = {};
    expect(withoutSeedNoise('成为重要载体。4o三苏文化大数据库的创新意义', removed)).toBe('成为重要载体。三苏文化大数据库的创新意义');
    expect(removed['seed-noise']).toMatchObject({ count: 1, chars: 2 });
    for (const text of ['像GPT-4o一样丝滑的体验', '提供7x24小时的服务。', '全网覆盖。5G网络持续领先', '全面升级。4k超高清直播让观众身临其境。', '网络覆盖全面提升。5g用户突破3亿户。', '活动现场。3d打印技术吸引众多观众。'])
      expect(withoutSeedNoise(text, removed)).toBe(text);
    expect(removed['seed-noise']).toMatchObject({ count: 1, chars: 2 });
  });

  it('leaves units in brackets, ellipses, a single symbol and bold markers alone', () => {
    const removed: RemovalLog = {};
    for (const text of ['员工流失率（%）', '占比(%)', '中医移动乡村巡诊……随着', '7*24小时', '联网**（']) expect(withoutSeedNoise(text, removed)).toBe(text);
    expect(removed).toEqual({});
  });
});
