import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/model/analysis';
import { groupMentionsByValue, sourcesPhrase } from './mention-summary';

const mention = (doc: string, text: string, value: string): Mention => ({
  doc, start: 0, end: text.length, text, value, fact: { kind: 'name', name: text, person: value }, stance: 'mentions',
});

describe('mention summary', () => {
  it('groups mentions by value, each source once, wordings and sources in order of first appearance', () => {
    const groups = groupMentionsByValue([
      mention('a', 'last year', '2022'),
      mention('b', 'February 2021', '2021-02'),
      mention('c', 'a year ago', '2022'),
      mention('a', 'last year', '2022'),
    ]);
    expect(groups).toEqual([
      { value: '2022', texts: ['last year', 'a year ago'], docs: ['a', 'c'] },
      { value: '2021-02', texts: ['February 2021'], docs: ['b'] },
    ]);
  });

  it('names the first three sources and counts the rest', () => {
    expect(sourcesPhrase(['002'])).toBe('1 source: 002');
    expect(sourcesPhrase(['001', '004', '005'])).toBe('3 sources: 001, 004, 005');
    expect(sourcesPhrase(Array.from({ length: 1200 }, (_, i) => `S${i}`))).toBe('1,200 sources: S0, S1, S2 and 1,197 more');
  });
});
