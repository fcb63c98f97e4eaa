// Undo/redo for claim edits as whole snapshots of the claim collection. Snapshots share every
// unchanged claim object with their neighbours, so a long history costs little memory.
import type { Claim } from '../core/model/claims';

/** The part of the claims state that an edit changes and undo restores. */
export interface ClaimsSnapshot {
  claims: Record<string, Claim>;
  order: string[];
}

export interface HistoryEntry {
  /** What the edit did, in words for "Undo <label>" ("add evidence", "set status"…). */
  label: string;
  snapshot: ClaimsSnapshot;
}

export interface ClaimsHistory {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** Enough to undo a working session; older steps fall off so memory stays bounded. */
export const HISTORY_LIMIT = 200;

export const EMPTY_HISTORY: ClaimsHistory = { past: [], future: [] };

/** Records `before` as the state an edit with this label can return to; clears redo. */
export function recordEdit(history: ClaimsHistory, label: string, before: ClaimsSnapshot): ClaimsHistory {
  const past = [...history.past, { label, snapshot: before }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export interface HistoryStep {
  history: ClaimsHistory;
  /** The snapshot to show now. */
  snapshot: ClaimsSnapshot;
  label: string;
}

/** Steps back one edit from `current`, or null when there is nothing to undo. */
export function undoStep(history: ClaimsHistory, current: ClaimsSnapshot): HistoryStep | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, { label: entry.label, snapshot: current }] },
    snapshot: entry.snapshot,
    label: entry.label,
  };
}

/** Re-applies the last undone edit, or null when there is nothing to redo. */
export function redoStep(history: ClaimsHistory, current: ClaimsSnapshot): HistoryStep | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return {
    history: { past: [...history.past, { label: entry.label, snapshot: current }], future: history.future.slice(0, -1) },
    snapshot: entry.snapshot,
    label: entry.label,
  };
}
