import { useEffect, useState } from 'react';
import type { CompareRow } from './compare-rows';
import { changesOfRow, type ChangeContext, type ChangeEntry } from './change-list';
import { appendAll } from '../../core/util/arrays';

/** Work per slice, between frames: short enough that typing and scrolling stay smooth meanwhile. */
const SLICE_MS = 6;
/**
 * The list on screen is brought up to date at most this often while rows are listed: each update
 * re-renders the comparison (markers, list), which costs a scrolling reader more than the listing.
 */
const PUBLISH_EVERY_MS = 300;
const EMPTY: ChangeListState = { entries: [], done: 0 };

export interface ChangeListState {
  entries: ChangeEntry[];
  /** Rows looked at so far, of rows.length. */
  done: number;
}

/**
 * The change list of the rows, built a slice at a time between frames: two 2 MB documents have
 * thousands of rows, and the view must answer while their differences are listed.
 */
export function useChangeList(rows: readonly CompareRow[], context: ChangeContext): ChangeListState {
  const [state, setState] = useState<ChangeListState & { of: readonly CompareRow[] | null; context: ChangeContext | null }>({ entries: [], done: 0, of: null, context: null });
  useEffect(() => {
    let cancelled = false;
    let done = 0;
    let published = -Infinity;
    const entries: ChangeEntry[] = [];
    const step = () => {
      if (cancelled) return;
      const started = performance.now();
      while (done < rows.length) {
        appendAll(entries, changesOfRow(rows[done]!, done, context));
        done += 1;
        if (performance.now() - started >= SLICE_MS) break;
      }
      const now = performance.now();
      if (done === rows.length || now - published >= PUBLISH_EVERY_MS) {
        published = now;
        setState({ entries: [...entries], done, of: rows, context });
      }
      if (done < rows.length) timer = window.setTimeout(step, 0);
    };
    let timer = window.setTimeout(step, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [rows, context]);
  // Until the first slice of these rows is listed, the list of the rows before is stale.
  return state.of === rows && state.context === context ? state : EMPTY;
}
