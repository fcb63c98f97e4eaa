import { describe, expect, it } from 'vitest';
import type { Claim, Evidence } from '../model/claims';
import { describeSelection } from './describe-selection';
import { reanchorClaims } from './reanchor-claims';

const original = 'Russia invaded Ukraine in February 2022. China did not condemn the invasion.';

function evidenceFor(id: string, docId: string, text: string, quote: string): Evidence {
  const start = text.indexOf(quote);
  return { id, docId, stance: 'supports', ...describeSelection(text, start, start + quote.length), createdAt: '2026-11-23T10:00:00.000Z' };
}

function claimWith(evidence: Evidence[]): Claim {
  return {
    id: 'c1',
    statement: 'The invasion began in February 2022',
    status: 'consistent',
    note: '',
    tags: [],
    evidence,
    origin: { kind: 'manual' },
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
  };
}

describe('reanchorClaims', () => {
  it('moves evidence in the changed document and leaves other documents alone', () => {
    const inDoc = evidenceFor('e1', 'doc-a', original, 'in February 2022');
    const elsewhere = evidenceFor('e2', 'doc-b', original, 'did not condemn');
    const claims = [claimWith([inDoc, elsewhere])];
    const newText = `Updated. ${original}`;
    const [claim] = reanchorClaims(claims, 'doc-a', newText);
    const [moved, untouched] = claim?.evidence ?? [];
    expect(moved?.position).toEqual({ type: 'TextPositionSelector', start: inDoc.position.start + 9, end: inDoc.position.end + 9 });
    expect(moved?.quote.prefix).toBe(newText.slice(Math.max(0, (moved?.position.start ?? 0) - 32), moved?.position.start));
    expect(untouched).toBe(elsewhere);
  });

  it('returns the same claim objects when nothing moved', () => {
    const claims = [claimWith([evidenceFor('e1', 'doc-a', original, 'in February 2022')])];
    expect(reanchorClaims(claims, 'doc-a', original)[0]).toBe(claims[0]);
  });

  it('adopts the edited wording when the quote re-anchors fuzzily', () => {
    const claims = [claimWith([evidenceFor('e1', 'doc-a', original, 'Russia invaded Ukraine in February 2022')])];
    const newText = original.replace('February 2022', 'Feb. 2022');
    expect(reanchorClaims(claims, 'doc-a', newText)[0]?.evidence[0]?.quote.exact).toBe('Russia invaded Ukraine in Feb. 2022');
  });

  it('keeps the stored selectors of evidence that is orphaned', () => {
    const evidence = evidenceFor('e1', 'doc-a', original, 'did not condemn the invasion');
    const [claim] = reanchorClaims([claimWith([evidence])], 'doc-a', 'An unrelated text about the weather.');
    expect(claim?.evidence[0]).toBe(evidence);
  });
});
