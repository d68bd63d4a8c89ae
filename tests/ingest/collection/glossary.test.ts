import { describe, expect, it } from 'vitest';
import { glossaryTable } from '../../../scripts/ingest/collection/glossary.ts';

// 电信业发展白皮书's `附录：缩略语` and 互联网行业可持续信息披露发展报告's `附件：缩略语`, parts as the collection prints them.
describe('glossaryTable', () => {
  it('reads entries run together (abbreviation, English name, meaning) into rows, the columns named first', () => {
    const table = glossaryTable('2D，2-Dimension，二维3D，3-Dimension，三维5GLAN，5GLocalAreaNetwork，基于5G无线技术构建的局域网5GRedCap，5GReducedCapability，5G降低功能版本');
    expect(table?.rows).toEqual([
      ['缩略语', '英文全称', '含义'],
      ['2D', '2-Dimension', '二维'],
      ['3D', '3-Dimension', '三维'],
      ['5GLAN', '5GLocalAreaNetwork', '基于5G无线技术构建的局域网'],
      ['5GRedCap', '5GReducedCapability', '5G降低功能版本'],
    ]);
    expect(table?.separators).toHaveLength(8);
  });

  it('ends a meaning that closes with letters where the next abbreviation’s capitals are its English name’s', () => {
    const rows = glossaryTable('5G-A，5G-Advanced，增强版5G5G-ATG，5GAirToGround，5G地空通信')?.rows;
    expect(rows?.slice(1)).toEqual([
      ['5G-A', '5G-Advanced', '增强版5G'],
      ['5G-ATG', '5GAirToGround', '5G地空通信'],
    ]);
  });

  it('reads the irregular entries as printed: no comma before the meaning, an ASCII comma, a comma inside the meaning', () => {
    const rows = glossaryTable('PLC，ProgrammableLogicController可编程逻辑控制器SRv6，SegmentRoutingIPv6,基于IPv6转发平面的段路由TB，Terabyte，太字节，计算机存储单位')?.rows;
    expect(rows?.slice(1)).toEqual([
      ['PLC', 'ProgrammableLogicController', '可编程逻辑控制器'],
      ['SRv6', 'SegmentRoutingIPv6', '基于IPv6转发平面的段路由'],
      ['TB', 'Terabyte', '太字节，计算机存储单位'],
    ]);
  });

  it('reads numbered entries (abbreviation, colon, name) into rows, their numbers left out as markers', () => {
    const table = glossaryTable('1.ESG：环境（Environmental）、社会（Social）、治理（Governance）2.UNGC：联合国全球契约组织（UnitedNationsGlobalCompact）13.APP：应用');
    expect(table?.rows).toEqual([
      ['缩略语', '含义'],
      ['ESG', '环境（Environmental）、社会（Social）、治理（Governance）'],
      ['UNGC', '联合国全球契约组织（UnitedNationsGlobalCompact）13.APP：应用'],
    ]);
    expect(table?.numbers).toEqual(['1.', '2.']);
  });

  it('reads a text that is not wholly entries as no glossary', () => {
    expect(glossaryTable('附录中列出了本报告使用的缩略语，按字母排序。')).toBeNull();
    expect(glossaryTable('前言：2D，2-Dimension，二维3D，3-Dimension，三维')).toBeNull();
    expect(glossaryTable('1.ESG：环境')).toBeNull();
  });
});
