import { useEffect, useRef } from 'react';

export interface CompareKeyActions {
  next(): void;
  previous(): void;
  nextDifference(): void;
  focusColumn(column: number): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, dialog, [role="dialog"], [role="menu"]') !== null;
}

/** Keys pressed in the claims/suggestions aside are its own (1–3 set a claim's status there). */
function isInSidePanel(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.app-side') !== null;
}

/** j/k next/previous row, n next difference, 1–4 focus a column; ignored while the analyst types or works in the side panel. */
export function useCompareKeys(actions: CompareKeyActions, columnCount: number): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || isInSidePanel(event.target)) return;
      const column = Number(event.key);
      if (event.key === 'j') latest.current.next();
      else if (event.key === 'k') latest.current.previous();
      else if (event.key === 'n') latest.current.nextDifference();
      else if (Number.isInteger(column) && column >= 1 && column <= columnCount) latest.current.focusColumn(column - 1);
      else return;
      event.preventDefault();
    };
    // Capture phase: in this view 1–4 choose a column, so the claim shortcuts (1–3 set a status,
    // listening in the bubble phase and honouring defaultPrevented) must not act on them too,
    // except in the side panel, where the claims own those keys.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [columnCount]);
}
