// The app's names for its sources, made once per library state with the core label function, so
// a source reads the same in the compare header, the claims, the suggestions and the timeline.
// Removed sources keep a name, so orphaned evidence still says where it came from.
import { labelSources } from '../core/model/source-label';
import type { StoredDocument } from './documents-persistence';
import { useDocumentsStore } from './documents-store';

let lastRecord: Record<string, StoredDocument> | null = null;
let lastLabels: ReadonlyMap<string, string> = new Map();

/** Active sources first (in the order they were added), so a "(2)" goes to the later or removed one. */
function byPresence(a: StoredDocument, b: StoredDocument): number {
  const removed = Number(a.removedAt !== null) - Number(b.removedAt !== null);
  if (removed !== 0) return removed;
  if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function selectSourceLabels(state: { documents: Record<string, StoredDocument> }): ReadonlyMap<string, string> {
  if (state.documents === lastRecord) return lastLabels;
  lastRecord = state.documents;
  const next = labelSources(Object.values(state.documents).sort(byPresence));
  // Most changes to the library (a note, a date, a text) name no source differently.
  const same = next.size === lastLabels.size && [...next].every(([id, label]) => lastLabels.get(id) === label);
  if (!same) lastLabels = next;
  return lastLabels;
}

export function useSourceLabels(): ReadonlyMap<string, string> {
  return useDocumentsStore(selectSourceLabels);
}

export function getSourceLabels(): ReadonlyMap<string, string> {
  return selectSourceLabels(useDocumentsStore.getState());
}
