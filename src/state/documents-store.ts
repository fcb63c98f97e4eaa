// The current story's documents, projected from its Y.Doc (story-layout.ts): the app reads this
// store as before, and every action is a transaction on the doc (saved per field, relayed to other
// tabs). Removal is a tombstone so that it can be undone.
import { refuseIfReadOnly } from './story-sharing';
import { create } from 'zustand';
import type { DocumentMeta, SourceDocument } from '../core/model/document';
import { currentStoryDoc, useStories } from './current-story';
import { FIRST_RECORDS_SLICE, writeInSlices } from './write-in-slices';
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
   * between them (storeTextsInSlices), before the import writes their records (claimEdits.importChanges). Texts are content-addressed and written once.
   */
  storeTextsAhead: (docs: readonly SourceDocument[]) => Promise<void>;
}

/**
 * Stores the texts of `docs` not stored yet, a slice per transaction with the tab free between them
 * (writeInSlices; one 10 MB text in one froze the tab 180–240 ms). A text no record names is never
 * shown. A slice holds at most one text part's worth of characters, fewer when slices run long.
 */
async function storeTextsInSlices(maps: StoryMaps, docs: readonly Pick<SourceDocument, 'text' | 'contentHash'>[]): Promise<void> {
  const entries = docs.filter((doc) => !maps.texts.has(doc.contentHash)).flatMap((doc) => textEntries(doc.contentHash, doc.text));
  await writeInSlices(entries, (slice) => documentEdits.writeTextEntries(maps, UNDO_EXEMPT_ORIGIN, slice), { first: TEXT_PART_CHARS, most: TEXT_PART_CHARS, weight: ([, text]) => (typeof text === 'string' ? text.length : 1) });
}

/**
 * Thousands of documents in one transaction froze the tab for seconds (5.4 s for 5,000): writing
 * the records, encoding the update for storage and other tabs, projecting and re-rendering. In
 * slices, the store is brought up to date once, after the last (holdingProjection).
 */
function addInSlices(storyId: string, maps: StoryMaps, docs: readonly SourceDocument[], onProgress?: (written: number) => void): Promise<void> {
  if (docs.length <= FIRST_RECORDS_SLICE && docs.every((doc) => doc.text.length <= TEXT_PART_CHARS)) {
    // A paste or a few files: one transaction, listed at once.
    documentEdits.addDocuments(maps, UNDO_EXEMPT_ORIGIN, [...docs]);
    onProgress?.(docs.length);
    return Promise.resolve();
  }
  return holdingProjection(storyId, maps, async () => {
    // A text in parts goes ahead of its record; shorter ones keep the first slice written at once.
    const long = docs.filter((doc) => doc.text.length > TEXT_PART_CHARS);
    if (long.length > 0) await storeTextsInSlices(maps, long);
    await writeInSlices(docs, (slice) => documentEdits.addDocuments(maps, UNDO_EXEMPT_ORIGIN, slice), { first: FIRST_RECORDS_SLICE, ...(onProgress ? { onWritten: onProgress } : {}) });
  });
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

/** Runs `write` (transactions on the story `storyId`, over several tasks) with the store brought up to date once, when it is over. */
export async function holdingProjection<T>(storyId: string, maps: StoryMaps, write: () => Promise<T>): Promise<T> {
  const release = holdProjection(storyId, maps);
  try {
    return await write();
  } finally {
    release();
  }
}

function holdProjection(storyId: string, maps: StoryMaps): () => void {
  if (held?.storyId !== storyId) held = { storyId, holders: 0, unpublished: false };
  held.holders += 1;
  const mine = held;
  return () => {
    mine.holders -= 1;
    if (mine.holders > 0 || held !== mine) return;
    held = null;
    if (mine.unpublished && projectedStory === storyId && projection !== null && catchingUp?.storyId !== storyId) publish(storyId, maps, hydratedAsProjected, projection);
  };
}

/**
 * While the stored copy is read, a slice per transaction, the documents each slice touches are
 * noted, not read: reading (and validating) a thousand of them in a slice's task made it 0.2–0.5 s
 * at 5,000 documents. Once the read is over they are read CATCH_UP_SLICE per task, and the store is
 * brought up to date once, after the last: the analysis, the re-anchoring of replaced texts and the
 * views never see a library read in part.
 */
export const CATCH_UP_SLICE = 250;
let catchingUp: { storyId: string; ids: Set<string> } | null = null;

async function catchUp(run: { storyId: string; ids: Set<string> }, maps: StoryMaps, hydrated: boolean): Promise<void> {
  while (run.ids.size > 0) {
    const slice = new Set<string>();
    for (const id of run.ids) {
      if (slice.size === CATCH_UP_SLICE) break;
      slice.add(id);
      run.ids.delete(id);
    }
    if (projection !== null) projection = rereadDocuments(maps, projection, slice);
    await nextTask();
    if (catchingUp !== run) return;
  }
  catchingUp = null;
  if (projectedStory !== run.storyId || projection === null) return;
  // Documents being added meanwhile are listed with the last of them (holdingProjection).
  if (held?.storyId === run.storyId) held.unpublished = true;
  else publish(run.storyId, maps, hydrated, projection);
}

// A transaction re-reads only the documents it touched (rereadDocuments); a story switch reads them
// all. A storage status change reads none: every transaction was projected (on reload, the load's
// transaction read 5,000 documents; the status after it read them all again) or noted for catchUp.
projectCurrentStory(['documents', 'texts', 'meta', 'recovery'], ({ storyId, maps, hydrated, reading, transaction, statusOnly }) => {
  const previous = projectedStory === storyId ? projection : null;
  if (previous && transaction && (reading || catchingUp?.storyId === storyId)) {
    if (catchingUp?.storyId !== storyId) catchingUp = { storyId, ids: new Set() };
    for (const id of documentsTouchedBy(maps, transaction, previous)) catchingUp.ids.add(id);
    return;
  }
  if (previous && statusOnly && catchingUp?.storyId === storyId) {
    void catchUp(catchingUp, maps, hydrated);
    return;
  }
  if (previous && transaction && held?.storyId === storyId) {
    projection = rereadDocuments(maps, previous, documentsTouchedBy(maps, transaction, previous));
    held.unpublished = true;
    return;
  }
  // A story switch reads every document: whatever was noted for catching up is read with them.
  if (!transaction && !statusOnly) catchingUp = null;
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
