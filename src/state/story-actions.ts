// What the analyst does with whole stories: new, rename, duplicate, delete (undoable).
import * as Y from 'yjs';
import { liveStories } from './current-story';
import { getStoryDoc, newStoryId, readStories, registerStory, SEED_ORIGIN, updateStory } from './story-docs';
import { storyMaps } from './story-layout';

/** A name not yet used by a live story ("Untitled story", "Untitled story 2", …). */
export function freeName(base: string): string {
  const taken = new Set(liveStories(readStories()).map((story) => story.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
}

export function createStory(name: string): string {
  return registerStory({ id: newStoryId(), name: freeName(name.trim() || 'Untitled story'), kind: 'story' }).id;
}

export function renameStory(id: string, name: string): void {
  const trimmed = name.trim();
  if (trimmed !== '') updateStory(id, { name: trimmed });
}

/** A new story holding everything the original holds now; returns its id. */
export function duplicateStory(id: string): string {
  const original = readStories().find((story) => story.id === id);
  const copy = registerStory({ id: newStoryId(), name: freeName(`${original?.name ?? 'Story'} (copy)`), kind: 'story' });
  const doc = getStoryDoc(copy.id);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(getStoryDoc(id)), SEED_ORIGIN);
  doc.transact(() => {
    storyMaps(doc).meta.set('name', copy.name);
    storyMaps(doc).meta.set('kind', 'story');
  }, SEED_ORIGIN);
  return copy.id;
}

/** Marks the story deleted (restoreStory brings it back); its data stays until then. */
export function deleteStory(id: string): void {
  updateStory(id, { deletedAt: new Date().toISOString() });
}

export function restoreStory(id: string): void {
  updateStory(id, { deletedAt: null });
}
