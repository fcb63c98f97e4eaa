// The analyst's library: every document with its text and metadata, persisted in IndexedDB and
// kept in agreement across tabs. Removal is a tombstone so that it can be undone and merged.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { DocumentMeta, SourceDocument } from '../core/model/document';
import { createIdbStorage } from './idb-storage';
import { syncAcrossTabs } from './cross-tab-sync';
import {
  DOCUMENTS_STORE_VERSION,
  mergeDocumentRecords,
  migrateDocuments,
  restorePersistedDocuments,
  timestampAfter,
  type PersistedDocuments,
  type StoredDocument,
} from './documents-persistence';

export type { StoredDocument } from './documents-persistence';

export const DOCUMENTS_STORE_NAME = 'crosscheck-documents';

export interface DocumentsState extends PersistedDocuments {
  /** False until the saved library was read; seeding waits for it so it never duplicates. */
  hydrated: boolean;
  addDocuments: (docs: SourceDocument[]) => void;
  updateMeta: (id: string, patch: Partial<Omit<DocumentMeta, 'id'>>) => void;
  replaceText: (id: string, text: string, contentHash: string) => void;
  removeDocument: (id: string) => void;
  undoRemove: (id: string) => void;
  /** Brings removed seeds back; seeds missing altogether are fetched again by the seed loader. */
  restoreSeeds: () => void;
  upsertDocuments: (docs: SourceDocument[]) => void;
  /** Puts the seeds in once: existing records, removed ones included, are left alone. */
  installSeeds: (docs: SourceDocument[]) => void;
}

type Documents = Record<string, StoredDocument>;

function stored(document: SourceDocument, addedAt: string): StoredDocument {
  return { ...document, removedAt: null, addedAt };
}

function patchDocument(documents: Documents, id: string, change: (doc: StoredDocument) => Partial<StoredDocument>): Documents {
  const current = documents[id];
  if (!current) return documents;
  return { ...documents, [id]: { ...current, ...change(current), updatedAt: timestampAfter(current.updatedAt) } };
}

/** A documents store persisted under `name`; the app has one, tests make one per simulated tab. */
export function createDocumentsStore(name: string = DOCUMENTS_STORE_NAME) {
  const store = create<DocumentsState>()(
    persist(
      (set) => ({
        documents: {},
        seedsInstalled: false,
        hydrated: false,
        addDocuments: (docs) =>
          set((state) => {
            const now = new Date().toISOString();
            const documents = { ...state.documents };
            for (const doc of docs) {
              const existing = documents[doc.id];
              if (existing && existing.removedAt === null) continue;
              const updatedAt = existing ? timestampAfter(existing.updatedAt) : doc.updatedAt;
              documents[doc.id] = stored({ ...doc, updatedAt }, now);
            }
            return { documents };
          }),
        updateMeta: (id, patch) => set((state) => ({ documents: patchDocument(state.documents, id, () => patch) })),
        replaceText: (id, text, contentHash) =>
          set((state) => ({ documents: patchDocument(state.documents, id, () => ({ text, contentHash })) })),
        removeDocument: (id) =>
          set((state) => ({
            documents: patchDocument(state.documents, id, (doc) => ({ removedAt: timestampAfter(doc.updatedAt) })),
          })),
        undoRemove: (id) => set((state) => ({ documents: patchDocument(state.documents, id, () => ({ removedAt: null })) })),
        restoreSeeds: () =>
          set((state) => {
            let documents = state.documents;
            for (const doc of Object.values(state.documents)) {
              if (doc.origin.kind === 'seed' && doc.removedAt !== null) {
                documents = patchDocument(documents, doc.id, () => ({ removedAt: null }));
              }
            }
            return { documents, seedsInstalled: false };
          }),
        upsertDocuments: (docs) =>
          set((state) => {
            const now = new Date().toISOString();
            const documents = { ...state.documents };
            for (const doc of docs) {
              const existing = documents[doc.id];
              const updatedAt = timestampAfter(existing?.updatedAt ?? null);
              documents[doc.id] = stored({ ...doc, updatedAt }, existing?.addedAt ?? now);
            }
            return { documents };
          }),
        installSeeds: (docs) =>
          set((state) => {
            const now = new Date().toISOString();
            const documents = { ...state.documents };
            for (const doc of docs) {
              if (!documents[doc.id]) documents[doc.id] = stored(doc, now);
            }
            return { documents, seedsInstalled: true };
          }),
      }),
      {
        name,
        version: DOCUMENTS_STORE_VERSION,
        storage: createJSONStorage(() => createIdbStorage()),
        partialize: (state): PersistedDocuments => ({ documents: state.documents, seedsInstalled: state.seedsInstalled }),
        migrate: (persisted, version) => migrateDocuments(persisted, version),
        merge: (persisted, current) => {
          const incoming = restorePersistedDocuments(persisted);
          const documents = mergeDocumentRecords(current.documents, incoming.documents);
          const seedsInstalled = current.seedsInstalled || incoming.seedsInstalled;
          if (documents === current.documents && seedsInstalled === current.seedsInstalled) return current;
          return { ...current, documents, seedsInstalled };
        },
        // A failed read still ends hydration: the app works in memory and shows the storage warning.
        onRehydrateStorage: () => () => store.setState({ hydrated: true }),
      },
    ),
  );
  syncAcrossTabs(store, name);
  return store;
}

export const useDocumentsStore = createDocumentsStore();

const SEED_FIRST = 0;
const ADDED_AFTER = 1;

function compareForLibrary(a: StoredDocument, b: StoredDocument): number {
  const rankA = a.origin.kind === 'seed' ? SEED_FIRST : ADDED_AFTER;
  const rankB = b.origin.kind === 'seed' ? SEED_FIRST : ADDED_AFTER;
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === ADDED_AFTER && a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

let lastRecord: Documents | null = null;
let lastActive: SourceDocument[] = [];

/** Active documents in library order; the same array while the active set is unchanged. */
function selectActiveDocuments(state: Pick<DocumentsState, 'documents'>): SourceDocument[] {
  if (state.documents === lastRecord) return lastActive;
  lastRecord = state.documents;
  const next = Object.values(state.documents)
    .filter((doc) => doc.removedAt === null)
    .sort(compareForLibrary);
  const unchanged = next.length === lastActive.length && next.every((doc, index) => doc === lastActive[index]);
  if (!unchanged) lastActive = next;
  return lastActive;
}

export function useActiveDocuments(): SourceDocument[] {
  return useDocumentsStore(selectActiveDocuments);
}

export function getActiveDocuments(): SourceDocument[] {
  return selectActiveDocuments(useDocumentsStore.getState());
}

/** An active document by id; removed documents read as undefined. */
export function useDocument(id: string | null): SourceDocument | undefined {
  return useDocumentsStore((state) => {
    const doc = id ? state.documents[id] : undefined;
    return doc && doc.removedAt === null ? doc : undefined;
  });
}
