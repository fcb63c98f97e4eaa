import { useEffect, useMemo, useState } from 'react';
import { useUiStore, type FocusTarget } from '../../state/ui-store';
import type { Highlight } from '../text/text-spans';
import type { CompareRow } from './compare-rows';

/** How long a focused span stays outlined (as in the reader). */
const FOCUS_VISIBLE_MS = 2500;

/** The focus request (claims, suggestions, timeline) when it points into a compared source. */
export function useCompareFocusTarget(columns: readonly string[]): FocusTarget | null {
  const target = useUiStore((state) => state.focusTarget);
  const [expired, setExpired] = useState<number | null>(null);
  const active = target && columns.includes(target.docId) && target.end > target.start ? target : null;
  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => setExpired(active.nonce), FOCUS_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [active]);
  return active && expired !== active.nonce ? active : null;
}

/** Evidence highlights plus the focused span, per document. */
export function useHighlightsWithFocus(
  highlights: ReadonlyMap<string, readonly Highlight[]>,
  focus: FocusTarget | null,
): ReadonlyMap<string, readonly Highlight[]> {
  return useMemo(() => {
    if (!focus) return highlights;
    const withFocus = new Map(highlights);
    withFocus.set(focus.docId, [...(highlights.get(focus.docId) ?? []), { key: 'focus', start: focus.start, end: focus.end, className: 'hl-focus', label: 'The passage you asked to see' }]);
    return withFocus;
  }, [highlights, focus]);
}

/** Index of the row showing `offset` of the source in `column`, or -1. */
export function rowIndexOfOffset(rows: readonly CompareRow[], column: number, offset: number): number {
  const shows = (row: CompareRow): boolean => {
    if (row.kind === 'fold') return row.rows.some(shows);
    const passages = row.kind === 'aligned' ? [row.cells[column]] : row.column === column ? row.passages : [];
    return passages.some((p) => p && p.start <= offset && offset < p.end);
  };
  return rows.findIndex(shows);
}
