// Runs a projection of the current story: whenever the current story changes, or a transaction
// touches one of the given top-level types of its doc, `project` is called again.
import * as Y from 'yjs';
import { useStories } from './current-story';
import { getStoryDoc, getStoryPersistence } from './story-docs';
import { storyMaps, type StoryMaps } from './story-layout';

export interface ProjectionContext {
  storyId: string;
  doc: Y.Doc;
  maps: StoryMaps;
  /** The stored copy was read (or storage is unavailable and the story lives in memory). */
  hydrated: boolean;
  /** The stored copy is being read, a slice per transaction: the doc holds part of it. */
  reading: boolean;
  /** The transaction that called for this projection; absent on a story switch or a storage status change (read everything). */
  transaction?: Y.Transaction;
  /**
   * Only the story's storage status changed: every transaction since the last projection was
   * projected, so the doc reads as it did (a projection may keep its reading).
   */
  statusOnly?: true;
}

function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  let top: Y.AbstractType<unknown> = type;
  while (top._item?.parent) top = top._item.parent as Y.AbstractType<unknown>;
  for (const [name, shared] of doc.share) if (shared === top) return name;
  return null;
}

/**
 * Calls `project` for the current story now and after every change that touches `watched`
 * (top-level names in the story's doc) or its storage status. `onSwitch` runs when another
 * story becomes current, before its first projection.
 */
export function projectCurrentStory(watched: readonly string[], project: (context: ProjectionContext) => void, onSwitch?: (context: ProjectionContext) => void): void {
  let stop: (() => void) | null = null;
  const bind = (storyId: string | null) => {
    stop?.();
    stop = null;
    if (storyId === null) return;
    const doc = getStoryDoc(storyId);
    const persistence = getStoryPersistence(storyId);
    const context = (transaction?: Y.Transaction): ProjectionContext => ({
      storyId,
      doc,
      maps: storyMaps(doc),
      hydrated: persistence.status === 'loaded' || persistence.status === 'unavailable',
      reading: persistence.status === 'loading',
      ...(transaction ? { transaction } : {}),
    });
    const onTransaction = (transaction: Y.Transaction) => {
      for (const type of transaction.changedParentTypes.keys()) {
        const name = rootName(doc, type as Y.AbstractType<unknown>);
        if (name !== null && watched.includes(name)) {
          project(context(transaction));
          return;
        }
      }
    };
    let lastStatus = persistence.status;
    const unsubscribe = persistence.subscribe(() => {
      if (persistence.status === lastStatus) return;
      lastStatus = persistence.status;
      project({ ...context(), statusOnly: true });
    });
    doc.on('afterTransaction', onTransaction);
    stop = () => {
      doc.off('afterTransaction', onTransaction);
      unsubscribe();
    };
    onSwitch?.(context());
    project(context());
  };
  let current = useStories.getState().currentId;
  bind(current);
  useStories.subscribe((state) => {
    if (state.currentId === current) return;
    current = state.currentId;
    bind(current);
  });
}
