import { useState } from 'react';
import { flushSync } from 'react-dom';
import { lineKeyAction } from './line-keys';
import { readLineSelection, selectInLine } from './line-selection';

/**
 * Keyboard selection in the reader without the browser's caret browsing: the lines are one tab
 * stop (roving tabindex); ↑/↓ move between lines, Enter/Space select the line, Home/End and ←/→
 * place a caret, Shift+←/→ (or Ctrl+Shift+←/→) extend or shrink the selection by a word and Shift+Home/End stretch it
 * to the line's edge. The selection is the page's own, so the claim keys (c, a) read it like a
 * mouse selection.
 *
 * The reader is virtual: `pinned` are the lines it must render wherever the page is scrolled (the
 * tab stop, and the far end of a selection made by Find), and moving to a line renders it first.
 */
export function useLineKeys(container: React.RefObject<HTMLElement | null>, lineCount: number, locale: string) {
  const [active, setActive] = useState(0);
  const [extent, setExtent] = useState<number | null>(null);
  const clamp = (index: number) => Math.min(index, Math.max(0, lineCount - 1));
  const activeLine = clamp(active);
  const pinned = extent === null ? [activeLine] : [activeLine, clamp(extent)];

  const lineElement = (index: number) => container.current?.querySelector<HTMLElement>(`[data-line-index="${index}"]`) ?? null;

  /** Makes `first` the tab stop and keeps `last` rendered too; returns both elements once in the page. */
  const revealLines = (first: number, last: number = first): { first: HTMLElement | null; last: HTMLElement | null } => {
    flushSync(() => {
      setActive(first);
      setExtent(last === first ? null : last);
    });
    return { first: lineElement(first), last: lineElement(last) };
  };

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
      if (index < 0 || index >= lineCount) return;
      revealLines(index).first?.focus();
      return;
    }
    selectInLine(line, action.change(line.textContent ?? '', readLineSelection(line), locale));
  };

  const onFocus = (event: React.FocusEvent<HTMLElement>) => setActive(Number(event.currentTarget.dataset.lineIndex));

  return { activeLine, pinned, onKeyDown, onFocus, revealLines };
}
