import { useState } from 'react';
import { lineKeyAction } from './line-keys';
import { readLineSelection, selectInLine } from './line-selection';

/**
 * Keyboard selection in the reader without the browser's caret browsing: the lines are one tab
 * stop (roving tabindex); ↑/↓ move between lines, Enter/Space select the line, Home/End and ←/→
 * place a caret, Shift+←/→ (or Ctrl+Shift+←/→) extend or shrink the selection by a word and Shift+Home/End stretch it
 * to the line's edge. The selection is the page's own, so the claim keys (c, a) read it like a
 * mouse selection.
 */
export function useLineKeys(container: React.RefObject<HTMLElement | null>, lineCount: number, locale: string) {
  const [active, setActive] = useState(0);
  const activeLine = Math.min(active, Math.max(0, lineCount - 1));

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    // Ctrl (Option on a Mac) with an arrow is the platform's word step: here every arrow step is a word.
    const wordChord = (event.ctrlKey || event.altKey) && (event.key === 'ArrowRight' || event.key === 'ArrowLeft');
    if (event.metaKey || ((event.altKey || event.ctrlKey) && !wordChord)) return;
    const action = lineKeyAction(event.key, event);
    if (!action) return;
    event.preventDefault();
    const line = event.currentTarget;
    if (action.kind === 'go-to-line') {
      const index = Number(line.dataset.lineIndex) + action.delta;
      const next = container.current?.querySelector<HTMLElement>(`[data-line-index="${index}"]`);
      if (!next) return;
      setActive(index);
      next.focus();
      return;
    }
    selectInLine(line, action.change(line.textContent ?? '', readLineSelection(line), locale));
  };

  const onFocus = (event: React.FocusEvent<HTMLElement>) => setActive(Number(event.currentTarget.dataset.lineIndex));

  /** Makes `index` the tab stop and focuses it, once rendered; returns its element. */
  const focusLine = (index: number): HTMLElement | null => {
    setActive(index);
    const line = container.current?.querySelector<HTMLElement>(`[data-line-index="${index}"]`) ?? null;
    line?.focus({ preventScroll: true });
    return line;
  };

  return { activeLine, onKeyDown, onFocus, focusLine };
}
