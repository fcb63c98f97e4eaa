// When a document's text is replaced, its evidence spans move with their quotes. Evidence of a
// removed document is left untouched: it shows as orphaned and re-attaches when restored.
import type { StoreApi } from 'zustand';
import type { ClaimsState } from './claims-store-factory';

interface DocumentTexts {
  documents: Record<string, { contentHash: string; text: string }>;
}

/** Watches document texts and re-anchors claims on every change. Returns a function that stops. */
export function keepClaimsAnchored(documents: StoreApi<DocumentTexts>, claims: Pick<StoreApi<ClaimsState>, 'getState'>): () => void {
  return documents.subscribe((next, previous) => {
    if (next.documents === previous.documents) return;
    for (const [id, doc] of Object.entries(next.documents)) {
      const before = previous.documents[id];
      if (before && before.contentHash !== doc.contentHash) claims.getState().reanchorDocument(id, doc.text);
    }
  });
}
