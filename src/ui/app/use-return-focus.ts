import { useEffect, useRef, type RefObject } from 'react';

/**
 * Gives the focus back to `target` (the control that opened a dialog or form) once `open` turns
 * false. A dialog that unmounts on its own buttons never runs the browser's focus return, and
 * while a modal dialog is open the page around it is inert, so the focus can only move after the
 * commit that removed the dialog; without this it falls to <body>.
 */
export function useReturnFocus(open: boolean, target: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) target.current?.focus();
    wasOpen.current = open;
  }, [open, target]);
}
