// What is a figure's digits, never a note's marker: one definition for the stages that find markers.
import { describe, expect, it } from 'vitest';
import { figureDigits } from '../../scripts/ingest/note-markers.ts';

describe('figureDigits', () => {
  it('names the words a figure follows and the units it precedes, in the source\'s script or in either', () => {
    const plain = figureDigits();
    const marker = new RegExp(`(?<=\\p{Script=Han})(?<![${plain.notAfter}])\\d(?![${plain.notBefore}])`, 'gu');
    expect('排名第1，增长3个百分点，位居前5，收入增长明显2，'.match(marker)).toEqual(['2']);
    const either = figureDigits(true);
    expect(new RegExp(`\\d(?![${either.notBefore}])`, 'u').test('增長3個百分點')).toBe(false);
    expect(new RegExp(`\\d(?![${plain.notBefore}])`, 'u').test('增長3個百分點')).toBe(true);
  });
});
