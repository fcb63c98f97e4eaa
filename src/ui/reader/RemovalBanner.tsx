import { useCallback, useEffect, useRef } from 'react';
import { useDocumentsStore } from '../../state/documents-store';
import { useUiStore } from '../../state/ui-store';
import { useRoute } from '../app/use-route';
import { focusWhenShown } from '../app/focus-when-shown';
import { UNDO_WINDOW_MS, useRecentRemoval } from './recent-removal';

/** "“Title” was removed. Undo" for ten seconds after a removal; Undo restores it exactly. */
export function RemovalBanner() {
  const removed = useRecentRemoval((state) => state.removed);
  const dismiss = useRecentRemoval((state) => state.dismiss);
  const undoRemove = useDocumentsStore((state) => state.undoRemove);
  const announce = useUiStore((state) => state.announce);
  const [, navigate] = useRoute();
  const undoButton = useRef<HTMLButtonElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  /** The banner goes with its buttons: the focus it held moves to the main view, not to <body>. */
  const dismissKeepingFocus = useCallback(() => {
    const held = banner.current?.contains(document.activeElement) === true;
    dismiss();
    if (held) document.getElementById('main')?.focus();
  }, [dismiss]);

  useEffect(() => {
    if (!removed) return;
    // The Remove button is gone with the document; keyboard focus goes to the way back.
    undoButton.current?.focus();
    const timer = window.setTimeout(dismissKeepingFocus, UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [removed, dismissKeepingFocus]);

  if (!removed) return null;
  const undo = () => {
    undoRemove(removed.id);
    dismiss();
    announce(`Restored “${removed.title}”.`);
    navigate({ view: 'read', docId: removed.id });
    // The restored document's heading takes the focus as the reader shows it.
    focusWhenShown(
      () => document.querySelector<HTMLElement>(`[data-reader-doc="${CSS.escape(removed.id)}"] h1`),
      () => document.getElementById('main'),
    );
  };
  return (
    <div ref={banner} className="removal-banner" role="status">
      <span>
        Removed “<strong>{removed.title}</strong>”.
      </span>
      <button ref={undoButton} type="button" className="button small" onClick={undo}>
        Undo
      </button>
      <button type="button" className="button small" onClick={dismissKeepingFocus} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
