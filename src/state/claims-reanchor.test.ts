import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { keepClaimsAnchored } from './claims-reanchor';
import { testStore, TEXTS } from './claims-test-support';

describe('keepClaimsAnchored', () => {
  it('moves evidence to the new place of its quote when a document text is replaced', async () => {
    const texts: Record<string, string | undefined> = { ...TEXTS };
    const claims = await testStore(undefined, texts);
    const start = TEXTS.a!.indexOf('February 2021');
    const id = claims.getState().createClaim({ statement: 's', evidence: [{ docId: 'a', start, end: start + 13, stance: 'supports' }] });
    const documents = createStore(() => ({ documents: { a: { contentHash: 'h1', text: TEXTS.a! } } }));
    const stop = keepClaimsAnchored(documents, claims);

    const edited = `Update: ${TEXTS.a!}`;
    documents.setState({ documents: { a: { contentHash: 'h2', text: edited } } });
    const position = claims.getState().claims[id]!.evidence[0]!.position;
    expect(edited.slice(position.start, position.end)).toBe('February 2021');

    documents.setState({ documents: { a: { contentHash: 'h3', text: 'Entirely different words now.' } } });
    expect(claims.getState().claims[id]!.evidence[0]!.quote.exact).toBe('February 2021');
    stop();
  });
});
