import { useEffect, useRef } from 'react';
import { useDocumentsStore } from '../../state/documents-store';
import { useUiStore } from '../../state/ui-store';
import { useRoute } from '../app/use-route';
import { UNDO_WINDOW_MS, useRecentRemoval } from './recent-removal';

/** "“Title” was removed. Undo" for ten seconds after a removal; Undo restores it exactly. */
export function RemovalBanner() {
  const removed = useRecentRemoval((state) => state.removed);
  const dismiss = useRecentRemoval((state) => state.dismiss);
  const undoRemove = useDocumentsStore((state) => state.undoRemove);
  const announce = useUiStore((state) => state.announce);
  const [, navigate] = useRoute();
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!removed) return;
    // The Remove button is gone with the document; keyboard focus goes to the way back.
    undoButton.current?.focus();
    const timer = window.setTimeout(dismiss, UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [removed, dismiss]);

  if (!removed) return null;
  const undo = () => {
    undoRemove(removed.id);
    dismiss();
    announce(`Restored “${removed.title}”.`);
    navigate({ view: 'read', docId: removed.id });
  };
  return (
    <div className="removal-banner" role="status">
      <span>
        Removed “<strong>{removed.title}</strong>”.
      </span>
      <button ref={undoButton} type="button" className="button small" onClick={undo}>
        Undo
      </button>
      <button type="button" className="button small" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
