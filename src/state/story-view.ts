// The current story's view state, kept in its doc so it survives reloads and follows the story:
// the sources ticked in the Sources panel (the comparison's selection) and the last comparison.
import { create } from 'zustand';
import { currentStoryDoc } from './current-story';
import { LOCAL_ORIGIN } from './story-docs';
import { storyMaps } from './story-layout';
import { projectCurrentStory } from './story-projection';

export interface Comparison {
  docs: string[];
  params: Record<string, string>;
}

interface StoryViewState {
  selection: string[];
  lastComparison: Comparison | null;
}

export const useStoryView = create<StoryViewState>()(() => ({ selection: [], lastComparison: null }));

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function comparison(value: unknown): Comparison | null {
  if (typeof value !== 'object' || value === null) return null;
  const { docs, params } = value as { docs?: unknown; params?: unknown };
  const cleanParams = typeof params === 'object' && params !== null ? Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string')) : {};
  return { docs: stringList(docs), params: cleanParams as Record<string, string> };
}

projectCurrentStory(['view'], ({ maps }) => {
  useStoryView.setState({ selection: stringList(maps.view.get('selection')), lastComparison: comparison(maps.view.get('comparison')) });
});

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

export function setSelection(ids: readonly string[]): void {
  const doc = currentStoryDoc();
  if (!doc || sameList(ids, useStoryView.getState().selection)) return;
  doc.transact(() => storyMaps(doc).view.set('selection', [...ids]), LOCAL_ORIGIN);
}

/** Remembers the comparison on screen; its sources become the ticked selection. */
export function rememberComparison(next: Comparison): void {
  const doc = currentStoryDoc();
  if (!doc) return;
  const current = useStoryView.getState();
  const same = current.lastComparison && sameList(current.lastComparison.docs, next.docs) && JSON.stringify(current.lastComparison.params) === JSON.stringify(next.params);
  if (same && sameList(current.selection, next.docs)) return;
  doc.transact(() => {
    const view = storyMaps(doc).view;
    if (!same) view.set('comparison', { docs: [...next.docs], params: { ...next.params } });
    if (!sameList(current.selection, next.docs)) view.set('selection', [...next.docs]);
  }, LOCAL_ORIGIN);
}
