// Whole stories read out of (and written into) their docs, for exporting every story at once and
// importing a project file's stories as new stories: no store projection is involved, so a story
// need not be the current one.
import type { ProjectStory } from '../core/formats';
import { applyImport, planImport, type IncomingItems, type LocalState } from '../core/import-plan';
import type { Claim } from '../core/model/claims';
import type { SourceDocument } from '../core/model/document';
import { ownValue } from '../core/util/id-record';
import { liveStories } from './current-story';
import { freeName } from './story-actions';
import { getStoryDoc, getStoryPersistence, newStoryId, readStories, registerStory, UNDO_EXEMPT_ORIGIN } from './story-docs';
import { claimEdits } from './story-edits';
import { readClaims, readDocuments, storyMaps } from './story-layout';

export interface StoryContent {
  story: ProjectStory;
  documents: SourceDocument[];
  claims: Claim[];
  dismissedFindings: string[];
}

/** Every live story, each read after its stored copy (in picker order). */
export async function readAllStories(): Promise<StoryContent[]> {
  const stories = liveStories(readStories());
  return Promise.all(
    stories.map(async ({ id, name }) => {
      await getStoryPersistence(id).whenReady;
      const maps = storyMaps(getStoryDoc(id));
      const documents = Object.values(readDocuments(maps).documents).filter((doc) => doc.removedAt === null);
      const { claims, order } = readClaims(maps);
      return { story: { id, name }, documents, claims: order.map((claimId) => ownValue(claims, claimId)!), dismissedFindings: [...maps.dismissed.keys()] };
    }),
  );
}

export interface NewStoryImport {
  /** The id in the file: kept unless a story here already has it, so links to the story still work. */
  id?: string;
  name: string;
  incoming: IncomingItems;
}

const EMPTY: LocalState = { documents: [], claims: [], dismissedFindings: [] };

/** Makes one new story per imported story and fills it; returns the new stories' ids. */
export async function importAsNewStories(imports: readonly NewStoryImport[]): Promise<string[]> {
  const ids: string[] = [];
  for (const item of imports) {
    const taken = new Set(readStories().map((story) => story.id));
    const id = item.id !== undefined && !taken.has(item.id) ? item.id : newStoryId();
    registerStory({ id, name: freeName(item.name), kind: 'story' });
    await getStoryPersistence(id).whenReady;
    const changes = applyImport(planImport(EMPTY, item.incoming), EMPTY, {}, { now: new Date().toISOString(), newClaimId: () => crypto.randomUUID() });
    const maps = storyMaps(getStoryDoc(id));
    await claimEdits.importChanges(maps, UNDO_EXEMPT_ORIGIN, changes);
    ids.push(id);
  }
  return ids;
}
