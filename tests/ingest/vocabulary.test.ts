import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alternation, classMembers, escapeRegExp, parseVocabularyFile, readVocabulary, vocabulary } from '../../scripts/ingest/vocabulary.ts';
import { sourceErrorOf } from './source-error.ts';

const kpiFile = readFileSync('content/ingest/kpi.yml', 'utf8');

/** The error `parseVocabularyFile` throws for `text`. */
const errorOf = (part: Parameters<typeof parseVocabularyFile>[0], text: string) => sourceErrorOf(() => parseVocabularyFile(part, `content/ingest/${part}.yml`, text));

describe('vocabulary files (content/ingest/)', () => {
  it('all pass the schema, and the ingest reads them once', () => {
    expect(readVocabulary('content/ingest')).toEqual(vocabulary);
    expect(vocabulary.grammar.numerals).toHaveLength(10);
    expect(vocabulary.names.provinces).toContain('广西');
  });

  it('report an empty word with its file, line and key', () => {
    const e = errorOf('kpi', kpiFile.replace('met: [达标, 達標]', "met: [达标, '']"));
    expect(e.file).toBe('content/ingest/kpi.yml');
    expect(e.line).toBe(kpiFile.split('\n').findIndex((l) => l.startsWith('met:')) + 1);
    expect(e.message).toContain('`met.1`');
  });

  it('name an unknown entry and say how to fix it', () => {
    const e = errorOf('kpi', `${kpiFile}\nunits: [万站]\n`);
    expect(e.message).toContain('fix: remove `units`');
  });

  it('point at the entry above a missing one', () => {
    const e = errorOf('kpi', kpiFile.replace(/^calloutCategory:.*$/mu, ''));
    expect(e.message).toContain('`calloutCategory`');
    expect(e.fix).toContain('add `calloutCategory`');
  });

  it('reject a word of two characters where a pattern needs one', () => {
    const text = readFileSync('content/ingest/collection.yml', 'utf8').replace(/^(\s*notAfter: \[)至, 于/mu, '$1至于');
    expect(text).toContain('notAfter: [至于');
    expect(errorOf('collection', text).message).toContain('must be one character');
  });

  it('report invalid YAML with its line', () => {
    expect(errorOf('kpi', 'met: [达标\nunitHeader: x').message).toContain('invalid YAML');
  });
});

describe('words in patterns', () => {
  it('are matched literally', () => {
    expect(escapeRegExp('No.(1)+')).toBe('No\\.\\(1\\)\\+');
    expect(new RegExp(`^(?:${alternation(['a.b', '超'])})$`, 'u').test('axb')).toBe(false);
    expect(new RegExp(`^[${classMembers(['-', ']', '在'])}]$`, 'u').test(']')).toBe(true);
  });
});
