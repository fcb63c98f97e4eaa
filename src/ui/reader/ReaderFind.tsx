import { useEffect, useRef, useState } from 'react';
import { findInText } from './find-text';
import { pointAt } from './line-selection';
import { lineIndexAt, type TextLine } from './text-lines';
import { isTyping } from '../app/is-typing';

interface Props {
  text: string;
  lines: readonly TextLine[];
  /** False while the end of a long text is still being split into lines. */
  linesComplete: boolean;
  /** Renders lines first to last and scrolls to them, makes the first the tab stop, returns both elements. */
  revealLines: (first: number, last: number) => { first: HTMLElement | null; last: HTMLElement | null };
}

/**
 * Search-to-select: `/` opens a find field over the text; Enter selects the next match as the page's
 * selection (so c and a take it) and gives the focus back to the text; Esc closes without moving.
 */
export function ReaderFind({ text, lines, linesComplete, revealLines }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const after = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
      window.requestAnimationFrame(() => input.current?.select());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const selectNext = () => {
    const match = findInText(text, query, after.current);
    if (!match || lines.length === 0) {
      setMessage(query.trim() ? `“${query.trim()}” is not in this document.` : 'Type the words to find.');
      return;
    }
    if (!linesComplete && match.end > (lines.at(-1)?.end ?? 0)) {
      setMessage('Still laying out the end of this document; press Enter again in a moment.');
      return;
    }
    const first = lineIndexAt(lines, match.start);
    const last = lineIndexAt(lines, Math.max(match.start, match.end - 1));
    const { first: firstElement, last: lastElement } = revealLines(first, last);
    if (!firstElement || !lastElement) return;
    firstElement.focus({ preventScroll: true });
    const from = pointAt(firstElement, match.start - lines[first]!.start);
    const to = pointAt(lastElement, Math.min(match.end, lines[last]!.end) - lines[last]!.start);
    window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    after.current = match.end;
    setMessage('');
    setOpen(false);
  };

  if (!open) return null;
  return (
    <div className="reader-find" role="search" aria-label="Find in document">
      <label htmlFor="reader-find-input">Find and select</label>
      <input
        ref={input}
        id="reader-find-input"
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby="reader-find-message"
        onChange={(event) => {
          setQuery(event.target.value);
          after.current = 0;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            selectNext();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setOpen(false);
          }
        }}
      />
      <span id="reader-find-message" className="reader-find-message" role="status">
        {message || 'Enter selects the next match; Esc closes.'}
      </span>
    </div>
  );
}
