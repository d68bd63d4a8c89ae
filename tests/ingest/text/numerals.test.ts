import { describe, expect, it } from 'vitest';
import { numeralValue, withDigits } from '../../../scripts/ingest/text/numerals.ts';

describe('numeralValue', () => {
  it('reads one- and two-character numerals', () => {
    expect(numeralValue('一')).toBe(1);
    expect(numeralValue('十')).toBe(10);
    expect(numeralValue('十二')).toBe(12);
    expect(numeralValue('二十')).toBe(20);
  });
  it('refuses what is no numeral', () => {
    expect(numeralValue('二三')).toBeNull();
    expect(numeralValue('十十')).toBeNull();
    expect(numeralValue('专')).toBeNull();
    expect(numeralValue('')).toBeNull();
  });
});

describe('withDigits', () => {
  it('writes a label’s numeral in digits', () => {
    expect(withDigits('专题一')).toBe('专题1');
    expect(withDigits('第十二章')).toBe('第12章');
  });
});
