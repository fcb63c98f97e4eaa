import { create } from 'zustand';
import type { SaveState } from './persisted-doc';

/** One persisted store that could not read or write its saved copy. */
export interface StorageProblem {
  storeName: string;
  operation: 'open' | 'read' | 'write';
  message: string;
  /** Tries again at once (a read or write that is being retried with backoff). */
  retry?: () => void;
}

interface StorageHealthState {
  problems: Record<string, StorageProblem>;
  /** Each open persisted store's save state (see PersistedDoc.saveState). */
  saveStates: Record<string, SaveState>;
  reportProblem: (problem: StorageProblem) => void;
  clearProblem: (storeName: string) => void;
  reportSaveState: (storeName: string, state: SaveState | null) => void;
}

/**
 * Storage failures (quota, private browsing, a blocked database) must be visible: the analyst
 * would otherwise lose work on reload without warning. Persisted stores report here; the UI shows it.
 */
export const useStorageHealth = create<StorageHealthState>()((set) => ({
  problems: {},
  saveStates: {},
  reportProblem: (problem) => set((state) => ({ problems: { ...state.problems, [problem.storeName]: problem } })),
  clearProblem: (storeName) =>
    set((state) => {
      if (!(storeName in state.problems)) return state;
      const { [storeName]: _cleared, ...rest } = state.problems;
      return { problems: rest };
    }),
  reportSaveState: (storeName, next) =>
    set((state) => {
      if ((state.saveStates[storeName] ?? null) === next) return state;
      const { [storeName]: _previous, ...rest } = state.saveStates;
      return { saveStates: next === null ? rest : { ...rest, [storeName]: next } };
    }),
}));

/** This tab's save state over every open store: failed before saving before saved. */
export function overallSaveState(saveStates: Readonly<Record<string, SaveState>>): SaveState {
  const states = Object.values(saveStates);
  if (states.includes('failed')) return 'failed';
  return states.includes('saving') ? 'saving' : 'saved';
}

export const selectSaveState = (state: Pick<StorageHealthState, 'saveStates'>): SaveState => overallSaveState(state.saveStates);

export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'the browser storage is full; free space or export your project';
  }
  if (error instanceof Error && error.message) return error.message.replace(/\.+$/, '');
  return 'the browser refused access to its storage (private browsing or blocked site data?)';
}
