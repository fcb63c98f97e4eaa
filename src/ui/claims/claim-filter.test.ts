import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus } from '../../core/model/claims';
import { TEST_TIME, testClaim } from '../../core/model/test-records';
import { filterClaims, isFiltering, NO_FILTER, tagsInUse } from './claim-filter';

function claim(id: string, status: ClaimStatus, docs: string[], tags: string[] = [], statement = id): Claim {
  return testClaim(id, {
    statement,
    status,
    tags,
    evidence: docs.map((docId, i) => ({
      id: `${id}-${i}`,
      docId,
      stance: 'supports',
      quote: { type: 'TextQuoteSelector', exact: `quote in ${docId}`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
      createdAt: TEST_TIME,
    })),
  });
}

const CLAIMS = [
  claim('c1', 'discrepant', ['002', '001'], ['dates'], 'Invasion in February 2021'),
  claim('c2', 'consistent', ['003'], ['people'], 'Lavrov met Wang Yi'),
  claim('c3', 'unverified', ['001'], [], 'Talks in Jakarta'),
];

describe('filterClaims', () => {
  it('keeps everything without a filter', () => {
    expect(filterClaims(CLAIMS, NO_FILTER)).toHaveLength(3);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by status, by source and by tag', () => {
    expect(filterClaims(CLAIMS, { ...NO_FILTER, status: 'discrepant' }).map((c) => c.id)).toEqual(['c1']);
    expect(filterClaims(CLAIMS, { ...NO_FILTER, source: '001' }).map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(filterClaims(CLAIMS, { ...NO_FILTER, tag: 'people' }).map((c) => c.id)).toEqual(['c2']);
  });

  it('finds every word of the search anywhere in the claim, ignoring case', () => {
    expect(filterClaims(CLAIMS, { ...NO_FILTER, query: 'february INVASION' }).map((c) => c.id)).toEqual(['c1']);
    expect(filterClaims(CLAIMS, { ...NO_FILTER, query: 'quote in 003' }).map((c) => c.id)).toEqual(['c2']);
    expect(filterClaims(CLAIMS, { ...NO_FILTER, query: 'february lavrov' })).toEqual([]);
  });

  it('lists tags in use once, sorted', () => {
    expect(tagsInUse([...CLAIMS, claim('c4', 'unverified', [], ['dates', 'Budget'])])).toEqual(['Budget', 'dates', 'people']);
  });
});
