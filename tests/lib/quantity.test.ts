// English sentences read a count in 10,000s as one number: "1.375 million sites", not "137.5 10,000 sites".
import { describe, expect, it } from 'vitest';
import { quantity } from '../../src/lib/quantity.ts';

describe('quantity', () => {
  it('moves a unit’s leading magnitude into the number (2024 report: 5G 中频基站 137.5 万站)', () => {
    expect(quantity(137.5, '10,000 sites', 'en')).toEqual({ value: '1.375 million', unit: 'sites' });
    expect(quantity(286, '10,000 person-times', 'en')).toEqual({ value: '2.86 million', unit: 'person-times' });
    expect(quantity(3910.4, '100 million yuan', 'en')).toEqual({ value: '391.04 billion', unit: 'yuan' });
    expect(quantity(1.8, 'million litres', 'en')).toEqual({ value: '1.8 million', unit: 'litres' });
  });
  it('writes a quantity under a million in digits', () => {
    expect(quantity(25.5, '10,000 villages', 'en')).toEqual({ value: '255,000', unit: 'villages' });
    expect(quantity(0.3, '10,000 yuan', 'en')).toEqual({ value: '3,000', unit: 'yuan' });
  });
  it('reads a bare magnitude into the number (2020 report: 節省投資約 760 億)', () => {
    expect(quantity(760, '100 million', 'en')).toEqual({ value: '76 billion', unit: '' });
  });
  it('leaves units that do not open with a magnitude as they are', () => {
    expect(quantity(98.5, '%', 'en')).toEqual({ value: '98.5', unit: '%' });
    expect(quantity(0.0821, 'tonnes per 10,000 yuan', 'en')).toEqual({ value: '0.082', unit: 'tonnes per 10,000 yuan' });
    expect(quantity(1234.5, 'people', 'en')).toEqual({ value: '1,234.5', unit: 'people' });
  });
});
