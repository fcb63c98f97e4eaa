import { create } from 'zustand';

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
  reportProblem: (problem: StorageProblem) => void;
  clearProblem: (storeName: string) => void;
}

/**
 * Storage failures (quota, private browsing, a blocked database) must be visible: the analyst
 * would otherwise lose work on reload without warning. Persisted stores report here; the UI shows it.
 */
export const useStorageHealth = create<StorageHealthState>()((set) => ({
  problems: {},
  reportProblem: (problem) => set((state) => ({ problems: { ...state.problems, [problem.storeName]: problem } })),
  clearProblem: (storeName) =>
    set((state) => {
      if (!(storeName in state.problems)) return state;
      const { [storeName]: _cleared, ...rest } = state.problems;
      return { problems: rest };
    }),
}));

export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'the browser storage is full; free space or export your project';
  }
  if (error instanceof Error && error.message) return error.message.replace(/\.+$/, '');
  return 'the browser refused access to its storage (private browsing or blocked site data?)';
}
