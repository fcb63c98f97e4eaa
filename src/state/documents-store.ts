// The current story's documents, projected from its Y.Doc (story-layout.ts): the app reads this
// store as before, and every action is a transaction on the doc (saved per field, relayed to other
// tabs). Removal is a tombstone so that it can be undone.
import { refuseIfReadOnly } from './story-sharing';
import { create } from 'zustand';
import type { DocumentMeta, SourceDocument } from '../core/model/document';
import { currentStoryDoc, useStories } from './current-story';
import { nextTask } from './next-task';
import { labelled, undoManagerFor } from './claims-undo';
import { LOCAL_ORIGIN, SEED_ORIGIN, UNDO_EXEMPT_ORIGIN } from './story-docs';
import {
  documentsTouchedBy,
  readDocuments,
  readRecovery,
  rereadDocuments,
  storyMaps,
  textEntries,
  TEXT_PART_CHARS,
  type DamagedRecord,
  type DocumentsReading,
  type StoredText,
  type StoryMaps,
} from './story-layout';
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
  /**
   * Adds documents in slices, each its own transaction, with the tab free between them; the first
   * slice is written at once (a paste or a few files in one go). All go to the story current when
   * it was called. `onProgress` hears how many are written so far.
   */
  addDocuments: (docs: readonly SourceDocument[], onProgress?: (written: number) => void) => Promise<void>;
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
  /**
   * Stores the texts of documents about to come in, a slice per transaction with the tab free
   * between them (storeTextsInSlices), before one transaction writes their records (an import
   * lands whole). Texts are content-addressed and written once.
   */
  storeTextsAhead: (docs: readonly SourceDocument[]) => Promise<void>;
}

/** Characters of text per transaction when texts are stored ahead (about 30 ms to encode). */
const TEXT_SLICE_CHARS = TEXT_PART_CHARS;

/** The entries of the texts of `docs` not stored yet, grouped into transactions of at most `chars` characters each (or one longer text). */
function textSlices(maps: StoryMaps, docs: readonly Pick<SourceDocument, 'text' | 'contentHash'>[], chars: number): Array<Array<[string, StoredText]>> {
  const slices: Array<Array<[string, StoredText]>> = [];
  let slice: Array<[string, StoredText]> = [];
  let size = 0;
  for (const doc of docs) {
    if (maps.texts.has(doc.contentHash)) continue;
    for (const entry of textEntries(doc.contentHash, doc.text)) {
      const length = typeof entry[1] === 'string' ? entry[1].length : 0;
      if (slice.length > 0 && size + length > chars) {
        slices.push(slice);
        slice = [];
        size = 0;
      }
      slice.push(entry);
      size += length;
    }
  }
  if (slice.length > 0) slices.push(slice);
  return slices;
}

/**
 * Stores the texts of `docs` a slice per transaction with the tab free between them: Yjs encodes
 * every transaction's update on the main thread (5,000 documents' 25 MB in one froze the tab for
 * 0.7 s, one 10 MB text 180–240 ms). A text no record names is never shown.
 */
async function storeTextsInSlices(maps: StoryMaps, docs: readonly Pick<SourceDocument, 'text' | 'contentHash'>[]): Promise<void> {
  for (const slice of textSlices(maps, docs, TEXT_SLICE_CHARS)) {
    documentEdits.writeTextEntries(maps, UNDO_EXEMPT_ORIGIN, slice);
    await nextTask();
  }
}

/** A slice's aim: long enough to spread each transaction's fixed costs (saving it, posting it to other tabs), short enough that the tab answers between slices. */
const SLICE_MS = 50;
/** Documents in the first slice. Later slices grow or shrink toward SLICE_MS, at most doubling. */
const FIRST_SLICE = 50;

/**
 * Thousands of documents in one transaction froze the tab for seconds (5.4 s for 5,000): writing
 * the records, encoding the update for storage and other tabs, projecting and re-rendering. In
 * slices, the store is brought up to date once, after the last (holdProjection).
 */
async function addInSlices(storyId: string, maps: StoryMaps, docs: readonly SourceDocument[], onProgress?: (written: number) => void): Promise<void> {
  const release = holdProjection(storyId, maps);
  try {
    // A text in parts goes ahead of its record; shorter ones keep the first slice written at once.
    const long = docs.filter((doc) => doc.text.length > TEXT_PART_CHARS);
    if (long.length > 0) await storeTextsInSlices(maps, long);
    let size = FIRST_SLICE;
    for (let written = 0; written < docs.length; ) {
      if (written > 0) await nextTask();
      const slice = docs.slice(written, written + size);
      const started = performance.now();
      documentEdits.addDocuments(maps, UNDO_EXEMPT_ORIGIN, slice);
      const took = performance.now() - started;
      written += slice.length;
      onProgress?.(written);
      size = Math.max(1, Math.min(size * 2, Math.round((size * SLICE_MS) / Math.max(took, 1))));
    }
  } finally {
    release();
  }
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
  addDocuments: (docs, onProgress) => {
    const storyId = useStories.getState().currentId;
    let adding = Promise.resolve();
    if (storyId !== null) withStory((maps) => (adding = addInSlices(storyId, maps, docs, onProgress)));
    return adding;
  },
  updateMeta: (id, patch) => withStory((maps) => documentEdits.updateMeta(maps, UNDO_EXEMPT_ORIGIN, id, patch)),
  replaceText: (id, text, contentHash) => withStory((maps) => documentEdits.replaceText(maps, UNDO_EXEMPT_ORIGIN, id, text, contentHash)),
  removeDocument: (id) => withStory((maps) => labelled('remove source', () => documentEdits.removeDocuments(maps, LOCAL_ORIGIN, [id]))),
  removeDocuments: (ids) => withStory((maps) => labelled(sourcesLabel('remove', ids.length), () => documentEdits.removeDocuments(maps, LOCAL_ORIGIN, ids))),
  undoRemove: (id) => withStory((maps) => labelled('restore sources', () => documentEdits.undoRemove(maps, LOCAL_ORIGIN, typeof id === 'string' ? [id] : id))),
  restoreSeeds: () => withStory((maps) => documentEdits.restoreSeeds(maps, UNDO_EXEMPT_ORIGIN)),
  installSeeds: (docs) => withStory((maps) => documentEdits.installSeeds(maps, SEED_ORIGIN, docs)),
  storeTextsAhead: async (docs) => {
    const doc = currentStoryDoc();
    if (!doc || refuseIfReadOnly()) return;
    // The story the import began in, even if another became current meanwhile.
    await storeTextsInSlices(storyMaps(doc), docs);
  },
}));

let projectedStory: string | null = null;
let projection: DocumentsReading | null = null;
let hydratedAsProjected = false;

function publish(storyId: string, maps: StoryMaps, hydrated: boolean, reading: DocumentsReading): void {
  projectedStory = storyId;
  projection = reading;
  hydratedAsProjected = hydrated;
  useDocumentsStore.setState({ storyId, documents: reading.documents, damaged: [...reading.damaged, ...readRecovery(maps)], hydrated, seedsInstalled: seedsInstalled(maps) });
}

/**
 * While documents are added in slices, each slice's transaction is read into the projection but
 * not published: every update of the store re-sorts and re-labels the whole library and re-renders
 * what shows it — 150 ms at 5,000 documents, more than a slice itself — so the store is brought up
 * to date once, on release.
 */
let held: { storyId: string; holders: number; unpublished: boolean } | null = null;

function holdProjection(storyId: string, maps: StoryMaps): () => void {
  if (held?.storyId !== storyId) held = { storyId, holders: 0, unpublished: false };
  held.holders += 1;
  const mine = held;
  return () => {
    mine.holders -= 1;
    if (mine.holders > 0 || held !== mine) return;
    held = null;
    if (mine.unpublished && projectedStory === storyId && projection !== null) publish(storyId, maps, hydratedAsProjected, projection);
  };
}

// A transaction re-reads only the documents it touched (rereadDocuments); a story switch reads them
// all. A storage status change reads none: every transaction was projected (on reload, the load's
// transaction read 5,000 documents; the status after it read them all again).
projectCurrentStory(['documents', 'texts', 'meta', 'recovery'], ({ storyId, maps, hydrated, transaction, statusOnly }) => {
  const previous = projectedStory === storyId ? projection : null;
  if (previous && transaction && held?.storyId === storyId) {
    projection = rereadDocuments(maps, previous, documentsTouchedBy(maps, transaction, previous));
    held.unpublished = true;
    return;
  }
  publish(storyId, maps, hydrated, previous && statusOnly ? previous : previous && transaction ? rereadDocuments(maps, previous, documentsTouchedBy(maps, transaction, previous)) : readDocuments(maps, previous?.documents ?? emptyRecord<StoredDocument>()));
  if (held?.storyId === storyId) held.unpublished = false;
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
