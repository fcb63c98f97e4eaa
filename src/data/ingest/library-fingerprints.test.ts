import { describe, expect, it } from 'vitest';
import { textFingerprint } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { knownFingerprints, rememberFingerprints, withoutFingerprint } from './library-fingerprints';

function document(id: string, text: string, contentHash: string): SourceDocument {
  return { id, title: id, outlet: '', published: null, publishedBasis: null, language: 'en', note: '', url: null, authors: [], proposedFrom: {}, text, contentHash, origin: { kind: 'pasted' }, updatedAt: '2024-01-01T00:00:00.000Z' };
}

describe('the library’s fingerprints', () => {
  it('are known by content hash: a document projected afresh after an add is not fingerprinted again', () => {
    const added = document('vote', 'The council approved the budget.', 'hash-vote');
    // What the draft's worker computed; a value no normalisation here would give, to tell them apart.
    rememberFingerprints([added], ['from-the-draft']);
    const projected = { ...added, title: 'Council vote' };
    expect(withoutFingerprint([projected])).toEqual([]);
    expect(knownFingerprints([projected])).toEqual([{ title: 'Council vote', fingerprint: 'from-the-draft' }]);
  });

  it('fingerprints a text not seen before, once', () => {
    const unseen = document('levy', 'Water levy rises by two percent.', 'hash-levy');
    expect(withoutFingerprint([unseen])).toEqual([unseen]);
    expect(knownFingerprints([unseen])).toEqual([{ title: 'levy', fingerprint: textFingerprint(unseen.text) }]);
    expect(withoutFingerprint([unseen])).toEqual([]);
  });
});
