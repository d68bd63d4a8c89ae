// Chinese numerals as headings and contents entries print them (`三`, `十二`, `二十`): their value,
// so that one heading printed two ways (`专题一` in the contents, `专题 1` on its page) is one.
import { vocabulary } from '../vocabulary.ts';

const NUMERALS = vocabulary.grammar.numerals;

/** The value of a numeral of one or two characters (1–99), or null when `text` is not one. */
export function numeralValue(text: string): number | null {
  const n = [...text].map((c) => NUMERALS.indexOf(c) + 1);
  if (n.length === 0 || n.length > 2 || n.some((d) => d === 0)) return null;
  if (n.length === 1) return n[0]!;
  // 十二 = 12, 二十 = 20; two digits without 十 (二三) are no numeral.
  if (n[0] === 10) return n[1] === 10 ? null : 10 + n[1]!;
  return n[1] === 10 ? n[0]! * 10 : null;
}

/** `text` with every numeral of one or two characters written in digits (`专题一` → `专题1`). */
export function withDigits(text: string): string {
  const numeral = `[${NUMERALS.join('')}]{1,2}`;
  return text.replace(new RegExp(numeral, 'gu'), (m) => String(numeralValue(m) ?? m));
}
