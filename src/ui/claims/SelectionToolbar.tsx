import { useEffect, useState } from 'react';
import { selectionToSpan } from '../text/selection-span';
import { addSelectionToClaim, createClaimFromSelection } from './claim-actions';
import { shorten } from './claim-labels';
import { useActiveClaim } from './use-active-claim';

interface Placement {
  top: number;
  left: number;
}

/** Enough of the statement to recognise the claim the selection goes to. */
const ADD_TO_LABEL_CHARS = 32;

/** Room above the selection for the toolbar, so it never covers the selected words. */
const TOOLBAR_OFFSET_PX = 40;
/** The widest the toolbar gets (its Add-to label is cut to fit). */
const TOOLBAR_WIDTH_PX = 420;

function placementForSelection(): Placement | null {
  const selection = window.getSelection();
  if (selectionToSpan(selection).kind !== 'span' || !selection) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  const top = rect.top >= TOOLBAR_OFFSET_PX ? rect.top - TOOLBAR_OFFSET_PX : rect.bottom + 8;
  return { top, left: Math.max(8, Math.min(rect.left, window.innerWidth - TOOLBAR_WIDTH_PX)) };
}

/** A small "New claim / Add to claim" bar floating by a selection in document text. */
export function SelectionToolbar() {
  const [placement, setPlacement] = useState<Placement | null>(null);
  const target = useActiveClaim();

  useEffect(() => {
    const update = () => setPlacement(placementForSelection());
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, []);

  if (!placement) return null;
  // Pressing a button must not move focus or the selection would collapse before the click.
  const keepSelection = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Selected text" style={{ top: placement.top, left: placement.left }}>
      <button type="button" className="button small primary" onMouseDown={keepSelection} onClick={() => createClaimFromSelection()}>
        New claim <kbd>c</kbd>
      </button>
      {target ? (
        <button
          type="button"
          className="button small add-to-claim"
          title={`Add to claim: ${target.statement}`}
          onMouseDown={keepSelection}
          onClick={() => addSelectionToClaim()}
        >
          Add to: {shorten(target.statement || 'Untitled claim', ADD_TO_LABEL_CHARS)} <kbd>a</kbd>
        </button>
      ) : null}
    </div>
  );
}
