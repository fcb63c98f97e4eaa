// Which story this tab shows, the list of stories, and the start of the workspace: on first run
// the saved library of earlier versions is migrated into a story, or the sample story is made.
// The documents and claims stores project whichever story is current.
import * as Y from 'yjs';
import { create } from 'zustand';
import { rememberStoryShown } from './last-story';
import { migrateLegacyLibrary, readLegacyLibrary, type LegacyLibrary } from './legacy-migration';
import { retryDelay } from './persisted-doc';
import { describeStorageError, useStorageHealth } from './storage-health';
import { getStoryDoc, getStoryPersistence, getWorkspace, readStories, registerStory, storiesMap, workspaceSettings, type StoryEntry } from './story-docs';

export const SAMPLE_STORY_ID = 'sample';
export const SAMPLE_STORY_NAME = 'China–Russia (sample)';
export const MIGRATED_STORY_ID = 'library';
export const MIGRATED_STORY_NAME = 'My library';

interface StoriesState {
  /** False until the list of stories was read (or storage turned out to be unavailable). */
  ready: boolean;
  stories: StoryEntry[];
  currentId: string | null;
}

export const useStories = create<StoriesState>()(() => ({ ready: false, stories: [], currentId: null }));

useStories.subscribe((state, previous) => {
  const first = liveStories(state.stories)[0]?.id;
  if (state.currentId === null || (state.currentId === previous.currentId && first === liveStories(previous.stories)[0]?.id)) return;
  rememberStoryShown(state.currentId, state.currentId === first);
});

/** Stories not deleted, in picker order. */
export function liveStories(stories: StoryEntry[]): StoryEntry[] {
  return stories.filter((story) => story.deletedAt === null);
}

/** Shows `id` in this tab (unknown or deleted ids fall back to the first story). */
export function selectStory(id: string | null): void {
  const live = liveStories(useStories.getState().stories);
  const next = live.find((story) => story.id === id) ?? live[0] ?? null;
  if (next && next.id !== useStories.getState().currentId) {
    getStoryDoc(next.id);
    useStories.setState({ currentId: next.id });
  }
}

export function currentStoryId(): string | null {
  return useStories.getState().currentId;
}

let wanted: string | null = null;

/** The story the URL asks for; applied as soon as the list of stories is known. */
export function requestStory(id: string | null): void {
  wanted = id;
  if (useStories.getState().ready) selectStory(id);
}

function refreshStories(): void {
  const stories = readStories();
  useStories.setState({ stories });
  const current = useStories.getState().currentId;
  if (!liveStories(stories).some((story) => story.id === current)) selectStory(wanted);
}

const LEGACY_PROBLEM = 'crosscheck-legacy-library';

async function readLegacyUntilItWorks(attempt = 1): Promise<LegacyLibrary> {
  try {
    const legacy = await readLegacyLibrary();
    useStorageHealth.getState().clearProblem(LEGACY_PROBLEM);
    return legacy;
  } catch (error) {
    useStorageHealth.getState().reportProblem({
      storeName: LEGACY_PROBLEM,
      operation: 'read',
      message: `Could not read the library saved by an earlier version: ${describeStorageError(error)}. Nothing is created or saved over it until it can be read; retrying.`,
    });
    await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
    return readLegacyUntilItWorks(attempt + 1);
  }
}

/** The first story of a workspace: the earlier library migrated, or the sample to be seeded. */
async function createFirstStory(storageAvailable: boolean): Promise<void> {
  const legacy = storageAvailable ? await readLegacyUntilItWorks() : null;
  if (readStories().length > 0) return;
  if (!legacy || legacy.empty) {
    registerStory({ id: SAMPLE_STORY_ID, name: SAMPLE_STORY_NAME, kind: 'sample', order: 0 });
    return;
  }
  const id = legacy.seedsOnly ? SAMPLE_STORY_ID : MIGRATED_STORY_ID;
  registerStory({ id, name: legacy.seedsOnly ? SAMPLE_STORY_NAME : MIGRATED_STORY_NAME, kind: legacy.seedsOnly ? 'sample' : 'story', order: 0 });
  const status = await getStoryPersistence(id).whenReady;
  migrateLegacyLibrary(legacy, getStoryDoc(id));
  if (status === 'loaded') workspaceSettings().set('migratedAt', new Date().toISOString());
}

let started: Promise<void> | null = null;

/** Reads the list of stories and makes the first one if there is none. Idempotent. */
export function startWorkspace(): Promise<void> {
  started ??= (async () => {
    const workspace = getWorkspace();
    storiesMap().observeDeep(refreshStories);
    const status = await workspace.persistence.whenReady;
    if (readStories().length === 0 && !workspaceSettings().has('migratedAt')) await createFirstStory(status === 'loaded');
    useStories.setState({ ready: true });
    refreshStories();
    selectStory(wanted);
  })();
  return started;
}

/** The Y.Doc of the current story, or null before the workspace is read. */
export function currentStoryDoc(): Y.Doc | null {
  const id = currentStoryId();
  return id ? getStoryDoc(id) : null;
}

/** How a URL names story `id`: null for the first story (links to it need no story). */
export function storyParamOf(state: Pick<StoriesState, 'stories'>, id: string | null): string | null {
  const first = liveStories(state.stories)[0];
  return id === null || id === first?.id ? null : id;
}

/** The current story as the URL names it. */
export function useStoryParam(): string | null {
  return useStories((state) => storyParamOf(state, state.currentId));
}
