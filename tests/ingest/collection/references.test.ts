import { describe, expect, it } from 'vitest';
import { referenceItems } from '../../../scripts/ingest/collection/references.ts';

// 全球数字经济白皮书（2023年）'s `附件一：参考文献`, its first entries and its last as the collection prints them.
describe('referenceItems', () => {
  it('reads entries numbered [1], [2]… from the start as items, each keeping its number', () => {
    const text = '[1]U.S.DepartmentOfTheTreasury.OneYearIn.(2023-06-07).[2]Nikkei.Japan’sRikenplansquantumlinktosupercomputerFugaku.(2023-01-03).[3]中国信息通信研究院.中国数字经济发展报告（2023年）.(2023-04-27).';
    expect(referenceItems(text)).toEqual([
      '[1]U.S.DepartmentOfTheTreasury.OneYearIn.(2023-06-07).',
      '[2]Nikkei.Japan’sRikenplansquantumlinktosupercomputerFugaku.(2023-01-03).',
      '[3]中国信息通信研究院.中国数字经济发展报告（2023年）.(2023-04-27).',
    ]);
  });

  it('keeps a bracketed figure out of order inside its entry, and reads no list where the text does not open with [1]', () => {
    expect(referenceItems('[1]A.见[3].(2023).[2]B.(2022).')).toEqual(['[1]A.见[3].(2023).', '[2]B.(2022).']);
    expect(referenceItems('本报告参考了以下文献：[1]A.(2023).[2]B.(2022).')).toBeNull();
    expect(referenceItems('[1]A.(2023).')).toBeNull();
  });
});
