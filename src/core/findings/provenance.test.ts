import { describe, expect, it } from 'vitest';
import type { AlignmentGroup } from '../model/analysis';
import { groupProvenance } from './provenance';

function group(...passages: Array<[doc: string, text: string]>): AlignmentGroup {
  return copies('near-duplicate', ...passages);
}

function copies(kind: AlignmentGroup['kind'], ...passages: Array<[doc: string, text: string]>): AlignmentGroup {
  return { id: 'g', kind, score: 0.8, passages: passages.map(([doc, text]) => ({ doc, start: 0, end: text.length, text })) };
}

describe('groupProvenance', () => {
  const published = new Map<string, string | null>([['early', '2023-02-21'], ['late', '2023-09-18'], ['same', '2023-02-21'], ['undated', null]]);

  it('credits the earliest publication', () => {
    expect(groupProvenance(group(['late', 'a much longer passage of text'], ['early', 'short']), published)).toEqual({
      doc: 'early',
      reason: 'published first (2023-02-21; next 2023-09-18)',
    });
  });

  it('breaks a same-day tie by the most complete passage', () => {
    expect(groupProvenance(group(['early', 'short'], ['same', 'the longer one']), published)?.doc).toBe('same');
  });

  it('puts undated sources after dated ones', () => {
    expect(groupProvenance(group(['undated', 'the longest passage of them all'], ['late', 'short']), published)?.doc).toBe('late');
  });

  it('names no source for reworded passages that no publication date orders', () => {
    expect(groupProvenance(copies('paraphrase', ['early', 'short'], ['same', 'the longer one']), published)).toBeNull();
    expect(groupProvenance(copies('paraphrase', ['undated', 'the longest passage of them all'], ['undated-too', 'short']), published)).toBeNull();
    expect(groupProvenance(copies('paraphrase', ['late', 'a much longer passage of text'], ['early', 'short']), published)?.doc).toBe('early');
    expect(groupProvenance(copies('identical', ['undated', 'the same words'], ['undated-too', 'the same']), published)?.doc).toBe('undated');
  });
});
