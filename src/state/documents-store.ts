// The current story's documents, projected from its Y.Doc (story-layout.ts): the app reads this
// store as before, and every action is a transaction on the doc (saved per field, relayed to other
// tabs). Removal is a tombstone so that it can be undone.
import { refuseIfReadOnly } from './story-sharing';
import { create } from 'zustand';
import type { DocumentMeta, SourceDocument } from '../core/model/document';
import { currentStoryDoc } from './current-story';
import { labelled, undoManagerFor } from './claims-undo';
import { LOCAL_ORIGIN, SEED_ORIGIN, UNDO_EXEMPT_ORIGIN } from './story-docs';
import { documentsTouchedBy, readDocuments, readRecovery, rereadDocuments, storyMaps, type DamagedRecord, type DocumentsReading, type StoryMaps } from './story-layout';
import { documentEdits } from './story-edits';
import { projectCurrentStory } from './story-projection';
import type { StoredDocument } from './documents-persistence';
import { emptyRecord, ownValue } from '../core/util/id-record';

export type { StoredDocument } from './documents-persistence';

export interface DocumentsState {
  /** The story these documents belong to (null before the list of stories is read). */
  storyId: string | null;
  documents: Record<string, StoredDocument>;
  /** Set once the seeds were put in the story, so that removed seeds stay removed on reload. */
  seedsInstalled: boolean;
  /** False until the story's saved copy was read; seeding waits for it so it never writes over it. */
  hydrated: boolean;
  /** Documents of this story that do not validate: kept in storage, listed for export or discard. */
  damaged: DamagedRecord[];
  addDocuments: (docs: SourceDocument[]) => void;
  updateMeta: (id: string, patch: Partial<Omit<DocumentMeta, 'id'>>) => void;
  replaceText: (id: string, text: string, contentHash: string) => void;
  removeDocument: (id: string) => void;
  /** Removes several documents as one step (one undo brings them all back). */
  removeDocuments: (ids: readonly string[]) => void;
  undoRemove: (id: string | readonly string[]) => void;
  /** Brings removed seeds back; seeds missing altogether are fetched again by the seed loader. */
  restoreSeeds: () => void;
  /** Puts the seeds in once: existing records, removed ones included, are left alone. */
  installSeeds: (docs: SourceDocument[]) => void;
}

function withStory(edit: (maps: StoryMaps) => void): void {
  const doc = currentStoryDoc();
  if (!doc || refuseIfReadOnly()) return;
  // Removals are undo steps: the tab's undo manager must exist before the edit to record it.
  undoManagerFor(doc);
  edit(storyMaps(doc));
}

/** "remove 5 sources", "move 1 source to …": the name of an undo step over `count` sources. */
export function sourcesLabel(verb: string, count: number): string {
  return `${verb} ${count} ${count === 1 ? 'source' : 'sources'}`;
}

function seedsInstalled(maps: StoryMaps): boolean {
  return maps.meta.get('seedsInstalled') === true || maps.meta.get('kind') !== 'sample';
}

export const useDocumentsStore = create<DocumentsState>()(() => ({
  storyId: null,
  documents: emptyRecord(),
  seedsInstalled: false,
  hydrated: false,
  damaged: [],
  addDocuments: (docs) => withStory((maps) => documentEdits.addDocuments(maps, UNDO_EXEMPT_ORIGIN, docs)),
  updateMeta: (id, patch) => withStory((maps) => documentEdits.updateMeta(maps, UNDO_EXEMPT_ORIGIN, id, patch)),
  replaceText: (id, text, contentHash) => withStory((maps) => documentEdits.replaceText(maps, UNDO_EXEMPT_ORIGIN, id, text, contentHash)),
  removeDocument: (id) => withStory((maps) => labelled('remove source', () => documentEdits.removeDocuments(maps, LOCAL_ORIGIN, [id]))),
  removeDocuments: (ids) => withStory((maps) => labelled(sourcesLabel('remove', ids.length), () => documentEdits.removeDocuments(maps, LOCAL_ORIGIN, ids))),
  undoRemove: (id) => withStory((maps) => labelled('restore sources', () => documentEdits.undoRemove(maps, LOCAL_ORIGIN, typeof id === 'string' ? [id] : id))),
  restoreSeeds: () => withStory((maps) => documentEdits.restoreSeeds(maps, UNDO_EXEMPT_ORIGIN)),
  installSeeds: (docs) => withStory((maps) => documentEdits.installSeeds(maps, SEED_ORIGIN, docs)),
}));

let projectedStory: string | null = null;
let projection: DocumentsReading | null = null;

// A transaction re-reads only the documents it touched (rereadDocuments); a story switch or a
// storage status change reads them all.
projectCurrentStory(['documents', 'texts', 'meta', 'recovery'], ({ storyId, maps, hydrated, transaction }) => {
  const previous = projectedStory === storyId ? projection : null;
  const reading = previous && transaction ? rereadDocuments(maps, previous, documentsTouchedBy(maps, transaction, previous)) : readDocuments(maps, previous?.documents ?? emptyRecord<StoredDocument>());
  projectedStory = storyId;
  projection = reading;
  useDocumentsStore.setState({ storyId, documents: reading.documents, damaged: [...reading.damaged, ...readRecovery(maps)], hydrated, seedsInstalled: seedsInstalled(maps) });
});

const SEED_FIRST = 0;
const ADDED_AFTER = 1;

function compareForLibrary(a: StoredDocument, b: StoredDocument): number {
  const rankA = a.origin.kind === 'seed' ? SEED_FIRST : ADDED_AFTER;
  const rankB = b.origin.kind === 'seed' ? SEED_FIRST : ADDED_AFTER;
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === ADDED_AFTER && a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

let lastRecord: Record<string, StoredDocument> | null = null;
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
    const doc = id ? ownValue(state.documents, id) : undefined;
    return doc && doc.removedAt === null ? doc : undefined;
  });
}
