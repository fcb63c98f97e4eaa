import { useEffect } from 'react';
import type { ClaimStatus } from '../../core/model/claims';
import { addSelectionToClaim, createClaimFromSelection, focusActiveClaim, redoClaimEdit, setActiveClaimStatus, undoClaimEdit } from './claim-actions';
import { isTyping } from '../app/is-typing';

const STATUS_KEYS: Record<string, ClaimStatus> = { '1': 'unverified', '2': 'consistent', '3': 'discrepant' };

/**
 * c new claim, a add to the active claim, 1/2/3 its status, g go to it, Ctrl+Z undo, Ctrl+Shift+Z or
 * Ctrl+Y redo: wherever the focus is, except in a field. Listed for the `?` overlay in app/keymap.ts.
 */
export function useClaimShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey) {
        if (key === 'z' && !event.shiftKey) undoClaimEdit();
        else if ((key === 'z' && event.shiftKey) || key === 'y') redoClaimEdit();
        else return;
        event.preventDefault();
        return;
      }
      if (event.altKey || event.shiftKey) return;
      if (key === 'c') createClaimFromSelection();
      else if (key === 'a') addSelectionToClaim();
      else if (key === 'g') focusActiveClaim();
      else if (STATUS_KEYS[key]) setActiveClaimStatus(STATUS_KEYS[key]);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
