import { useEffect, useState } from 'react';
import type { SaveState } from '../../state/persisted-doc';
import { selectSaveState, useStorageHealth } from '../../state/storage-health';

/**
 * A save that ends this soon is not shown: "Saving…" flashing (and announced) on every keystroke
 * would be noise, and closing the tab meanwhile is guarded anyway.
 */
const SHOW_SAVING_AFTER_MS = 400;

const LABELS: Record<SaveState, string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  failed: 'Changes not saved',
};

/**
 * Whether this tab's edits are stored, in the header; the storage banner says why when they are
 * not. Leaving the page asks first while an edit is being saved or could not be saved.
 */
export function SaveStatus() {
  const state = useStorageHealth(selectSaveState);
  const [slowSave, setSlowSave] = useState(false);
  useEffect(() => {
    if (state !== 'saving') return;
    const timer = setTimeout(() => setSlowSave(true), SHOW_SAVING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlowSave(false);
    };
  }, [state]);
  useLeaveGuard();
  const shown = state === 'saving' && !slowSave ? 'saved' : state;
  return (
    <p className={`save-status is-${shown}`} role="status" aria-live="polite">
      {LABELS[shown]}
    </p>
  );
}

/** The browser's "Leave site?" prompt, only while an edit is not yet stored. */
function useLeaveGuard(): void {
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (selectSaveState(useStorageHealth.getState()) !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);
}
