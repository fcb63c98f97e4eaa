import { useEffect, useId } from 'react';
import { create } from 'zustand';
import { SelectionToolbar } from './SelectionToolbar';
import { useClaimShortcuts } from './use-claim-shortcuts';
import { useSelectionTracker } from './use-selection-tracker';

/** Mounted instances in mount order: only the first listens, so mounting twice never doubles a keypress. */
const useMountedTools = create<{ ids: string[] }>()(() => ({ ids: [] }));

/**
 * The app-wide part of claims: selection memory, keyboard shortcuts, the floating toolbar. The
 * claims panel mounts it; the app shell may mount it too so that it works with the panel closed.
 */
export function ClaimTools() {
  const id = useId();
  const active = useMountedTools((s) => s.ids[0] === id);
  useEffect(() => {
    useMountedTools.setState((s) => ({ ids: [...s.ids, id] }));
    return () => useMountedTools.setState((s) => ({ ids: s.ids.filter((other) => other !== id) }));
  }, [id]);
  useSelectionTracker(active);
  useClaimShortcuts(active);
  return active ? <SelectionToolbar /> : null;
}
