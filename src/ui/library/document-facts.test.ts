import { describe, expect, it } from 'vitest';
import { testDocument } from '../../core/model/test-records';
import { rememberWordCounts, wordCountOf } from './document-facts';

describe('word counts', () => {
  it('are known by content hash: a document projected afresh after an add takes the count its draft’s worker made', () => {
    const added = testDocument('vote', { text: 'The council approved the budget.', contentHash: 'hash-vote' });
    // A count no counting here would give, to tell the two apart.
    rememberWordCounts([added], [42]);
    const projected: typeof added = { ...added, title: 'Council vote' };
    expect(wordCountOf(projected)).toBe(42);
  });

  it('counts a text not seen before', () => {
    expect(wordCountOf(testDocument('levy', { text: 'Water levy rises by two per cent.', contentHash: 'hash-levy' }))).toBe(7);
  });
});
