import { describe, expect, it } from 'vitest';
import { englishWordCosts, spaceLatinRuns, withLatinSpaced } from '../../../scripts/ingest/collection/latin-words.ts';
import type { Doc } from '../../../scripts/ingest/types.ts';

// A small dictionary of meanings stands for CC-CEDICT's; the strings are the collection's own.
const words = englishWordCosts([
  'international; federation; robotics; global; reporting; initiative; business; support; system; operation; management',
  'ministry; science; platform; service; access; over; converged; ethernet; launch; new; calls; proposals; deliver; digital',
  'point; operations; second; remote; direct; memory; inter; connect; lead; less; chip; carrier; hyper; ledger; fabric; council; european; union',
]);

describe('runs of Latin letters the collection printed without spaces', () => {
  it('are set apart where a capitalised word opens, and where a function word follows one (互联网行业可持续信息披露发展报告, 数字经济白皮书)', () => {
    expect(spaceLatinRuns('全球报告倡议组织（GlobalReportingInitiative）', words)).toBe('全球报告倡议组织（Global Reporting Initiative）');
    expect(spaceLatinRuns('数据来源：InternationalFederationofRobotics图10', words)).toBe('数据来源：International Federation of Robotics图10');
    expect(spaceLatinRuns('（KoreaMinistryofScienceandICT）', words)).toBe('（Korea Ministry of Science and ICT）');
    expect(spaceLatinRuns('PaaS（PlatformasaService）', words)).toBe('PaaS（Platform as a Service）');
    expect(spaceLatinRuns('RoCE（RemoteDirectMemoryAccessoverConvergedEthernet）', words)).toBe('RoCE（Remote Direct Memory Access over Converged Ethernet）');
    expect(spaceLatinRuns('AIGC（AIGeneratedContent）', words)).toBe('AIGC（AI Generated Content）');
  });

  it('divide a run in small letters into the dictionary’s words, inflected forms too (电信业发展白皮书, 云计算白皮书)', () => {
    expect(spaceLatinRuns('BSS（businesssupportsystem）', words)).toBe('BSS（business support system）');
    expect(spaceLatinRuns('FLOPS（pointoperationspersecond）', words)).toBe('FLOPS（point operations per second）');
    expect(spaceLatinRuns('DeliveringaDigitalEurope', words)).toBe('Delivering a Digital Europe');
    expect(spaceLatinRuns('ofthe CounciloftheEuropeanUnion', words)).toBe('ofthe Council of the European Union');
  });

  it('leave a word whose parts are words but no function word follows its first (Interconnect, Leadless, Hyperledger), short runs, names and addresses', () => {
    for (const printed of ['DataCenterInterconnect', 'LeadlessChipCarrier', 'HyperledgerFabric']) expect(spaceLatinRuns(printed, words)).toBe(printed.replace(/(?<=[a-z])(?=[A-Z])/gu, ' '));
    for (const printed of ['OpenGateway', '5G', 'IPv6', 'https://www.chinaunicomglobalservice.com/InternationalFederation', 'dongmi@chinaunicomglobalservice.cn', 'Telecommunications']) expect(spaceLatinRuns(printed, words), printed).toBe(printed);
    // A part no division covers whole is kept as printed.
    expect(spaceLatinRuns('millionavailableforco', words)).toBe('millionavailableforco');
  });

  it('keep names printed in mixed case whole: a lone capital with its part, the vocabulary’s names (review of session 18)', () => {
    expect(spaceLatinRuns('IoTConnectionManagement', words)).toBe('IoT Connection Management');
    expect(spaceLatinRuns('SaaSPlatformServices', words)).toBe('SaaS Platform Services');
    expect(spaceLatinRuns('eSIMServicePlatform', words)).toBe('eSIM Service Platform');
    expect(spaceLatinRuns('WeChatMiniProgramPlatform', words)).toBe('WeChat Mini Program Platform');
    expect(spaceLatinRuns('McKinseyGlobalInstitute', words)).toBe('McKinsey Global Institute');
  });

  it('leave an address or a file’s name as printed, whatever its domain (review of session 18)', () => {
    for (const printed of ['ir.chinaunicom.hk/InvestorRelationsCenter', 'https://x.org/wiki/Robot_(InternationalFederation)', 'Report2023InternationalFederation.xlsx']) expect(spaceLatinRuns(`见${printed}。`, words), printed).toBe(`见${printed}。`);
  });

  it('divide a capitalised part only after a first word of four letters, and join a prefix to its word', () => {
    expect(spaceLatinRuns('TelecommunicationsEspana', englishWordCosts(['esp; an; telecommunications']))).toBe('Telecommunications Espana');
    expect(spaceLatinRuns('datacenterinterconnect', englishWordCosts(['data; center; inter; connect']))).toBe('data center interconnect');
  });

  it('set apart a collected document’s text, keeping its paragraphs’ ids and its headings’ slugs', () => {
    const doc = {
      id: 'x', source: 'news-and-white-papers.txt', title: 'GRI', year: 2023, kind: 'white-paper', script: 'hans', publisher: 'p', date: null, collection: 'news-and-white-papers',
      sections: [{ slug: 's', title: '附件', printed: '附件', kind: 'section', chapter: null, lines: [1, 1], blocks: [
        { type: 'heading', text: 'GlobalReportingInitiative', line: 1, id: 'globalreportinginitiative' },
        { type: 'paragraph', text: '（GlobalReportingInitiative）', line: 1, id: 'p-1234567' },
        { type: 'table', rows: [['GRI', 'GlobalReportingInitiative']], line: 1, rowLines: [1] },
      ] }],
    } as unknown as Doc;
    const blocks = withLatinSpaced(doc, words).sections[0]!.blocks;
    expect(blocks[0]).toMatchObject({ text: 'Global Reporting Initiative', id: 'globalreportinginitiative' });
    expect(blocks[1]).toMatchObject({ text: '（Global Reporting Initiative）', id: 'p-1234567' });
    expect(blocks[2]).toMatchObject({ rows: [['GRI', 'Global Reporting Initiative']] });
  });
});
