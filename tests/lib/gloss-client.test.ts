import { describe, expect, it } from 'vitest';
import { wordAt } from '../../src/lib/gloss-client.ts';

describe('wordAt', () => {
  const known = (w: string) => ['台风', '过后', '乡村振兴', '乡村'].includes(w);
  it('finds the word covering an offset by longest match from the start of its run', () => {
    expect(wordAt('台风过后，乡村振兴', 1, known)).toEqual({ start: 0, end: 2 });
    expect(wordAt('台风过后，乡村振兴', 3, known)).toEqual({ start: 2, end: 4 });
    expect(wordAt('台风过后，乡村振兴', 7, known)).toEqual({ start: 5, end: 9 });
  });
  it('gives a lone character where no word starts, and nothing outside Han text', () => {
    expect(wordAt('风台风', 0, known)).toEqual({ start: 0, end: 1 });
    expect(wordAt('风台风', 2, known)).toEqual({ start: 1, end: 3 });
    expect(wordAt('5G，台风', 0, known)).toBeNull();
    expect(wordAt('5G，台风', 2, known)).toBeNull();
  });
});
