// The message after a step over several sources (removed, moved, copied): what happened, and the
// way back while that step is still the last one this tab can undo.
import { create } from 'zustand';
import { useClaimsStore } from '../../state/claims-store';

export interface SourcesNotice {
  text: string;
  /** Claims that lost evidence in this story, named so the analyst knows what the step cost. */
  detail: string | null;
  /** The undo depth right after the step: Undo is offered while the history still ends there. */
  undoDepth: number | null;
  /** A story to open (where the sources went). */
  openStory: { id: string; name: string } | null;
  nonce: number;
}

interface SourcesNoticeState {
  notice: SourcesNotice | null;
  show: (notice: Omit<SourcesNotice, 'nonce' | 'undoDepth'> & { undoable: boolean }) => void;
  dismiss: () => void;
}

let nonce = 0;

export const useSourcesNotice = create<SourcesNoticeState>()((set) => ({
  notice: null,
  show: ({ undoable, ...notice }) => set({ notice: { ...notice, undoDepth: undoable ? useClaimsStore.getState().history.past.length : null, nonce: ++nonce } }),
  dismiss: () => set({ notice: null }),
}));

/** Where the notice's step stands: the last one Ctrl+Z would undo, undone already, or neither. */
export function useNoticeStep(notice: SourcesNotice | null): 'undoable' | 'undone' | 'other' {
  const depth = useClaimsStore((state) => state.history.past.length);
  if (notice === null || notice.undoDepth === null) return 'other';
  if (depth < notice.undoDepth) return 'undone';
  return depth === notice.undoDepth ? 'undoable' : 'other';
}
