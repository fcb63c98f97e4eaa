// The engine: one Yjs document per story, and a small workspace document listing the stories.
//
//   getStoryDoc(id)       the story's Y.Doc (created on first use), persisted in IndexedDB
//                         database "crosscheck-story-<id>" and relayed to this browser's other tabs
//   getStoryPersistence   its storage state (loading / loaded / read-failed / unavailable)
//   storyRegistry         the workspace: stories with name, order, kind and deletedAt
//
// The registry is a Y.Doc too (database "crosscheck-workspace"), not an idb-keyval record: it then
// shares the stories' guarantees for free (held writes, retried saves, per-field merge across tabs:
// a rename in one tab and a delete in another both hold) and a relay can sync it like a story.
//
// Another provider (e.g. a HocuspocusProvider for shared stories) can attach to getStoryDoc(id)
// as it is: local edits carry LOCAL_ORIGIN, SEED_ORIGIN or UNDO_EXEMPT_ORIGIN, other tabs' edits
// REMOTE_ORIGIN.
import * as Y from 'yjs';
import { persistDoc, type PersistedDoc, type PersistenceProblem } from './persisted-doc';
import { describeStorageError, useStorageHealth } from './storage-health';
import { relayAcrossTabs } from './tab-relay';
import { storageUnloadBackup } from './unload-backup';
import { indexedDbUpdateStore, type UpdateStore } from './update-stores';

export { REMOTE_ORIGIN } from './tab-relay';

/** The origin of this tab's own undoable edits. */
export const LOCAL_ORIGIN = Symbol('this tab');
/** This tab's edits that are not steps of the analyst (seeding, re-anchoring, migration). */
export const SEED_ORIGIN = Symbol('this tab, bookkeeping');
/**
 * This tab's own steps that Ctrl+Z does not step back: adding a document, editing its details,
 * replacing its text (the re-anchoring that follows is not undoable, so neither is the text),
 * and documents written into another story by a copy or a move.
 */
export const UNDO_EXEMPT_ORIGIN = Symbol('this tab, not undoable');

export const WORKSPACE_DB = 'crosscheck-workspace';
export const storyDbName = (id: string) => `crosscheck-story-${id}`;

export interface OpenDoc {
  doc: Y.Doc;
  persistence: PersistedDoc;
  close: () => void;
}

export type StoreFactory = (name: string, doc: Y.Doc) => UpdateStore;

let storeFactory: StoreFactory = indexedDbUpdateStore;

/** Tests give the engine their own storage. */
export function useUpdateStores(factory: StoreFactory): void {
  storeFactory = factory;
}

function reportProblem(name: string, label: () => string, persistence: () => PersistedDoc) {
  return (problem: PersistenceProblem | null) => {
    const health = useStorageHealth.getState();
    if (problem === null) {
      health.clearProblem(name);
      return;
    }
    health.reportProblem({
      storeName: name,
      operation: problem.operation,
      message: describeProblem(label(), problem),
      retry: problem.operation === 'open' ? undefined : () => persistence().retryNow(),
    });
  };
}

function describeProblem(label: string, { operation, reason }: PersistenceProblem): string {
  const why = describeStorageError(reason);
  switch (operation) {
    case 'open':
      return `Browser storage is not available for ${label}: ${why}. Your changes are kept in this tab only.`;
    case 'read':
      return `Could not read ${label} from browser storage: ${why}. Nothing is saved over it until it can be read; retrying.`;
    case 'write':
      return `Changes to ${label} are kept in this tab but could not be saved: ${why}. Retrying…`;
  }
}

/** The page this runs in (none in unit tests under Node: no unload, nothing to back up). */
const page = typeof window === 'undefined' ? null : window;

/** Opens a persisted, tab-relayed Y.Doc under an IndexedDB database name. */
export function openPersistedDoc(name: string, label: () => string): OpenDoc {
  const doc = new Y.Doc();
  const persistence: PersistedDoc = persistDoc(doc, storeFactory(name, doc), {
    onProblem: reportProblem(name, label, () => persistence),
    backup: page ? storageUnloadBackup(name) : undefined,
  });
  const relay = relayAcrossTabs(doc, name);
  // The stored copy's updates are applied without being posted (applyStoredUpdates): once read,
  // the other tabs are greeted, and each side sends what the other lacks.
  void persistence.whenReady.then((status) => status === 'loaded' && relay.greet());
  // pagehide, not beforeunload: it comes on every way a page goes, after the Leave-site prompt.
  const keepUnsaved = () => persistence.keepUnsaved();
  page?.addEventListener('pagehide', keepUnsaved);
  const health = useStorageHealth.getState();
  const stopReporting = persistence.subscribe(() => health.reportSaveState(name, persistence.saveState));
  return {
    doc,
    persistence,
    close: () => {
      page?.removeEventListener('pagehide', keepUnsaved);
      relay.stop();
      stopReporting();
      persistence.destroy();
      health.clearProblem(name);
      health.reportSaveState(name, null);
      doc.destroy();
    },
  };
}

const stories = new Map<string, OpenDoc>();

/** The story's Y.Doc, opened (read from storage, relayed to other tabs) on first use. */
export function getStoryDoc(id: string): Y.Doc {
  return openStory(id).doc;
}

export function getStoryPersistence(id: string): PersistedDoc {
  return openStory(id).persistence;
}

function openStory(id: string): OpenDoc {
  let open = stories.get(id);
  if (!open) {
    open = openPersistedDoc(storyDbName(id), () => `the story "${storyName(id)}"`);
    stories.set(id, open);
  }
  return open;
}

/** Closes every open doc (tests, and a story deleted for good). */
export function closeStory(id: string): void {
  stories.get(id)?.close();
  stories.delete(id);
}

// ---------------------------------------------------------------- the workspace (story registry)

export interface StoryEntry {
  id: string;
  name: string;
  createdAt: string;
  /** Position in the story picker. */
  order: number;
  /** 'sample' stories get the seed documents. */
  kind: 'sample' | 'story';
  /** Set while a deleted story can still be brought back. */
  deletedAt: string | null;
}

let workspace: OpenDoc | null = null;

export function getWorkspace(): OpenDoc {
  workspace ??= openPersistedDoc(WORKSPACE_DB, () => 'the list of stories');
  return workspace;
}

export function storiesMap(): Y.Map<Y.Map<unknown>> {
  return getWorkspace().doc.getMap('stories');
}

export function workspaceSettings(): Y.Map<unknown> {
  return getWorkspace().doc.getMap('settings');
}

export function readStories(): StoryEntry[] {
  const list: StoryEntry[] = [];
  storiesMap().forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    const name = record.get('name');
    list.push({
      id,
      name: typeof name === 'string' && name.trim() !== '' ? name : 'Untitled story',
      createdAt: String(record.get('createdAt') ?? ''),
      order: typeof record.get('order') === 'number' ? (record.get('order') as number) : 0,
      kind: record.get('kind') === 'sample' ? 'sample' : 'story',
      deletedAt: typeof record.get('deletedAt') === 'string' ? (record.get('deletedAt') as string) : null,
    });
  });
  return list.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
}

function storyName(id: string): string {
  return readStories().find((story) => story.id === id)?.name ?? id;
}

/** Adds a story to the registry; fixed ids let two tabs starting at once create the same one. */
export function registerStory(entry: Omit<StoryEntry, 'order' | 'deletedAt' | 'createdAt'> & { order?: number }): StoryEntry {
  const existing = readStories();
  const story: StoryEntry = {
    ...entry,
    createdAt: new Date().toISOString(),
    order: entry.order ?? existing.reduce((max, item) => Math.max(max, item.order), -1) + 1,
    deletedAt: null,
  };
  getWorkspace().doc.transact(() => {
    const record = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(story)) if (key !== 'id') record.set(key, value);
    storiesMap().set(story.id, record);
  }, LOCAL_ORIGIN);
  const meta = getStoryDoc(story.id).getMap('meta');
  getStoryDoc(story.id).transact(() => {
    if (!meta.has('name')) meta.set('name', story.name);
    if (!meta.has('createdAt')) meta.set('createdAt', story.createdAt);
    if (!meta.has('kind')) meta.set('kind', story.kind);
  }, SEED_ORIGIN);
  return story;
}

export function updateStory(id: string, fields: Partial<Pick<StoryEntry, 'name' | 'order' | 'deletedAt'>>): void {
  const record = storiesMap().get(id);
  if (!(record instanceof Y.Map)) return;
  getWorkspace().doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) record.set(key, value);
  }, LOCAL_ORIGIN);
  if (fields.name !== undefined) getStoryDoc(id).getMap('meta').set('name', fields.name);
}

export function newStoryId(): string {
  return crypto.randomUUID().slice(0, 8);
}
