import { describe, expect, it } from 'vitest';
import type { Claim, Evidence } from '../model/claims';
import { testClaim } from '../model/test-records';
import { describeSelection } from './describe-selection';
import { describePlacement, describeSpanCounts, placedSpans } from './placement-report';
import { reanchorClaims } from './reanchor-claims';

const T = '2026-11-30T09:00:00.000Z';
// Written for this test: the same words in the narration and, further down, in a quote.
const original = 'Beijing will deepen strategic communication and coordination with Moscow, the agency wrote. Later the minister said: "we will deepen strategic communication and coordination". Markets were calm.';
const WORDS = 'strategic communication and coordination';

function evidence(id: string, start: number, end: number, text = original): Evidence {
  return { id, docId: 'doc-a', stance: 'supports', ...describeSelection(text, start, end), createdAt: T };
}

function claim(items: Evidence[]): Claim {
  return testClaim('c1', { statement: 'Ties deepen', evidence: items, createdAt: T, updatedAt: T });
}

const lede = original.indexOf(WORDS);
const calm = original.indexOf('Markets were calm');

describe('placedSpans', () => {
  it('tells an approximate placement from one in place', () => {
    const claims = [claim([evidence('e1', lede, lede + WORDS.length), evidence('e2', calm, calm + 17)])];
    const edited = `Note. ${original.replace('communication and coordination with', 'communication and close coordination with')}`;
    const spans = placedSpans(reanchorClaims(claims, 'doc-a', edited));
    expect(spans.map(({ evidenceId, fate }) => [evidenceId, fate])).toEqual([
      ['e1', 'approximate'],
      ['e2', 'in-place'],
    ]);
    expect(spans[0]?.score).toBeGreaterThan(0.5);
    expect(spans[0]?.score).toBeLessThan(1);
    expect(describeSpanCounts(spans)).toBe('1 placed approximately — review; 1 stayed in place');
  });

  it('reports a span whose passage is gone as moved, never as in place, when the words remain elsewhere', () => {
    const claims = [claim([evidence('e1', lede, lede + WORDS.length)])];
    const edited = original.slice(original.indexOf('Later'));
    const spans = placedSpans(reanchorClaims(claims, 'doc-a', edited));
    expect(spans).toEqual([{ claimId: 'c1', evidenceId: 'e1', docId: 'doc-a', fate: 'moved', score: expect.any(Number) as number }]);
    expect(describeSpanCounts(spans)).toBe('1 moved to another passage — review');
  });

  it('reports orphans', () => {
    const claims = [claim([evidence('e1', calm, calm + 17)])];
    const spans = placedSpans(reanchorClaims(claims, 'doc-a', original.replace('Markets were calm.', '')));
    expect(describeSpanCounts(spans)).toBe('1 orphaned (kept, with its quote)');
  });

  it('still reports an unconfirmed move that a later replacement left alone', () => {
    const moved = reanchorClaims([claim([evidence('e1', lede, lede + WORDS.length)])], 'doc-a', original.slice(original.indexOf('Later'))).claims;
    const later = `${original.slice(original.indexOf('Later'))} Trading resumed.`;
    expect(placedSpans(reanchorClaims(moved, 'doc-a', later)).map((span) => span.fate)).toEqual(['moved']);
  });

  it('counts a confirmed span as in place', () => {
    const confirmed = { ...evidence('e1', lede, lede + WORDS.length), placement: { method: 'exact-elsewhere', score: 0.6, confirmedAt: T } as const };
    expect(placedSpans(reanchorClaims([claim([confirmed])], 'doc-a', original)).map((span) => span.fate)).toEqual(['in-place']);
  });
});

describe('describePlacement', () => {
  it('names what the analyst should review, with the score of an approximate placement', () => {
    expect(describePlacement({ method: 'exact-elsewhere', score: 0.61 })).toBe('Moved to another passage — review');
    expect(describePlacement({ method: 'fuzzy', score: 0.834, errors: 6 })).toBe('Placed approximately (score 0.83)');
  });

  it('says nothing for spans in place, never re-anchored, or confirmed', () => {
    expect(describePlacement(undefined)).toBeNull();
    expect(describePlacement({ method: 'position', score: 1 })).toBeNull();
    expect(describePlacement({ method: 'exact-in-place', score: 0.97 })).toBeNull();
    expect(describePlacement({ method: 'fuzzy', score: 0.83, errors: 6, confirmedAt: T })).toBeNull();
  });
});

describe('describeSpanCounts', () => {
  it('is empty when the document has no evidence', () => {
    expect(describeSpanCounts([])).toBe('');
  });
});
