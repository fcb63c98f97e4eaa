import { useEffect, useRef } from 'react';

export interface CompareKeyActions {
  next(): void;
  previous(): void;
  /** n: the next difference, or the next search match while a search is active. */
  nextDifference(): void;
  /** N (Shift+n): the previous one. */
  previousDifference(): void;
  /** /: the search in the comparison. */
  openSearch(): void;
  focusColumn(column: number): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, dialog, [role="dialog"], [role="menu"]') !== null;
}

/** Keys pressed in the claims/suggestions aside are its own: the rows do not move under it. */
function isInSidePanel(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.app-side') !== null;
}

/** Alt+1 … Alt+4 as the key's place on the keyboard: on a Mac, Option+digit types a symbol. */
function columnOfKey(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return event.altKey && match ? Number(match[1]) : null;
}

/**
 * j/k next/previous row, n/N next/previous difference (or search match), / search, Alt+1–4 focus a column (plain digits set the active
 * claim's status, app-wide); ignored while the analyst types or works in the side panel. The keys
 * are listed for the `?` overlay in app/keymap.ts.
 */
export function useCompareKeys(actions: CompareKeyActions, columnCount: number): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || isTyping(event.target) || isInSidePanel(event.target)) return;
      const column = columnOfKey(event);
      if (column !== null) {
        if (column > columnCount) return;
        latest.current.focusColumn(column - 1);
      } else if (event.altKey) return;
      else if (event.key === 'j') latest.current.next();
      else if (event.key === 'k') latest.current.previous();
      else if (event.key === 'n') latest.current.nextDifference();
      else if (event.key === 'N') latest.current.previousDifference();
      else if (event.key === '/') latest.current.openSearch();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [columnCount]);
}
