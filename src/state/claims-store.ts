// The app's claims store: saved in IndexedDB beside the documents, kept in step across tabs, and
// re-anchored whenever a document's text is replaced.
import { del, get, set } from 'idb-keyval';
import type { StateStorage } from 'zustand/middleware';
import { syncAcrossTabs } from './cross-tab-sync';
import { useDocumentsStore } from './documents-store';
import { useStorageHealth } from './storage-health';
import { createClaimsStore } from './claims-store-factory';
import { keepClaimsAnchored } from './claims-reanchor';

export type { NewEvidence } from './claims-edits';
export { EvidenceError } from './claims-edits';
export type { ClaimsState, NewClaim, ClaimPatch } from './claims-store-factory';

export const CLAIMS_STORE_NAME = 'crosscheck-claims';

/** Plain IndexedDB access whose writes reject on failure, so the store can retry them. */
const idbStorage: StateStorage<Promise<void>> = {
  getItem: async (name) => (await get<string>(name)) ?? null,
  setItem: (name, value) => set(name, value),
  removeItem: (name) => del(name),
};

function activeDocumentText(docId: string): string | undefined {
  const doc = useDocumentsStore.getState().documents[docId];
  return doc && doc.removedAt === null ? doc.text : undefined;
}

export const useClaimsStore = createClaimsStore({
  name: CLAIMS_STORE_NAME,
  storage: idbStorage,
  documentText: activeDocumentText,
  newId: () => crypto.randomUUID(),
  onSaveProblem: (reason) => {
    const health = useStorageHealth.getState();
    if (reason === null) health.clearProblem(CLAIMS_STORE_NAME);
    else health.reportProblem({ storeName: CLAIMS_STORE_NAME, operation: 'write', message: `Could not save claims: ${reason}.` });
  },
});

syncAcrossTabs(useClaimsStore, CLAIMS_STORE_NAME);
keepClaimsAnchored(useDocumentsStore, useClaimsStore);
