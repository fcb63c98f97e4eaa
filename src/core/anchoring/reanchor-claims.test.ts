import { describe, expect, it } from 'vitest';
import type { Claim, Evidence } from '../model/claims';
import { testClaim } from '../model/test-records';
import { describeSelection } from './describe-selection';
import { reanchorClaims } from './reanchor-claims';

const original = 'Russia invaded Ukraine in February 2022. China did not condemn the invasion.';

function evidenceFor(id: string, docId: string, text: string, quote: string): Evidence {
  const start = text.indexOf(quote);
  return { id, docId, stance: 'supports', ...describeSelection(text, start, start + quote.length), createdAt: '2026-11-23T10:00:00.000Z' };
}

function claimWith(evidence: Evidence[]): Claim {
  return testClaim('c1', { statement: 'The invasion began in February 2022', status: 'consistent', evidence });
}

describe('reanchorClaims', () => {
  it('moves evidence in the changed document and leaves other documents alone', () => {
    const inDoc = evidenceFor('e1', 'doc-a', original, 'in February 2022');
    const elsewhere = evidenceFor('e2', 'doc-b', original, 'did not condemn');
    const claims = [claimWith([inDoc, elsewhere])];
    const newText = `Updated. ${original}`;
    const [claim] = reanchorClaims(claims, 'doc-a', newText).claims;
    const [moved, untouched] = claim?.evidence ?? [];
    expect(moved?.position).toEqual({ type: 'TextPositionSelector', start: inDoc.position.start + 9, end: inDoc.position.end + 9 });
    expect(moved?.quote.prefix).toBe(newText.slice(Math.max(0, (moved?.position.start ?? 0) - 32), moved?.position.start));
    expect(untouched).toBe(elsewhere);
  });

  it('returns the same claim objects when nothing moved', () => {
    const claims = [claimWith([evidenceFor('e1', 'doc-a', original, 'in February 2022')])];
    expect(reanchorClaims(claims, 'doc-a', original).claims[0]).toBe(claims[0]);
  });

  it('adopts the edited wording when the quote re-anchors fuzzily', () => {
    const claims = [claimWith([evidenceFor('e1', 'doc-a', original, 'Russia invaded Ukraine in February 2022')])];
    const newText = original.replace('February 2022', 'Feb. 2022');
    expect(reanchorClaims(claims, 'doc-a', newText).claims[0]?.evidence[0]?.quote.exact).toBe('Russia invaded Ukraine in Feb. 2022');
  });

  it('keeps the stored selectors of evidence that is orphaned', () => {
    const evidence = evidenceFor('e1', 'doc-a', original, 'did not condemn the invasion');
    const [claim] = reanchorClaims([claimWith([evidence])], 'doc-a', 'An unrelated text about the weather.').claims;
    expect(claim?.evidence[0]).toBe(evidence);
  });

  it('records how each span was placed, and reports every span of the document', () => {
    const claims = [claimWith([evidenceFor('e1', 'doc-a', original, 'Russia invaded Ukraine in February 2022'), evidenceFor('e2', 'doc-a', original, 'did not condemn')])];
    const newText = `Updated. ${original.replace('February 2022', 'Feb. 2022')}`;
    const { claims: moved, outcomes } = reanchorClaims(claims, 'doc-a', newText);
    expect(moved[0]?.evidence.map((item) => item.placement?.method)).toEqual(['fuzzy', 'exact-in-place']);
    expect(outcomes.map((outcome) => [outcome.evidenceId, outcome.result.state === 'anchored' && outcome.result.method])).toEqual([
      ['e1', 'fuzzy'],
      ['e2', 'exact-in-place'],
    ]);
  });

  it('keeps an unconfirmed doubtful placement when a later replacement leaves the span alone', () => {
    const fuzzy = reanchorClaims([claimWith([evidenceFor('e1', 'doc-a', original, 'Russia invaded Ukraine in February 2022')])], 'doc-a', original.replace('February 2022', 'Feb. 2022')).claims;
    const later = original.replace('February 2022', 'Feb. 2022').replace('China did not', 'Beijing did not');
    const evidence = reanchorClaims(fuzzy, 'doc-a', later).claims[0]?.evidence[0];
    expect(evidence?.quote.suffix).toMatch(/^\. Beijing did not/);
    expect(evidence?.position.start).toBe(0);
    expect(evidence?.placement).toMatchObject({ method: 'fuzzy' });
  });

  it('replaces a confirmed placement when the span has to be placed again', () => {
    const confirmed: Evidence = { ...evidenceFor('e1', 'doc-a', original, 'in February 2022'), placement: { method: 'fuzzy', score: 0.9, errors: 2, confirmedAt: '2026-11-24T10:00:00.000Z' } };
    const [claim] = reanchorClaims([claimWith([confirmed])], 'doc-a', `Updated. ${original}`).claims;
    expect(claim?.evidence[0]?.placement).toEqual({ method: 'exact-in-place', score: expect.any(Number) as number });
  });
});
