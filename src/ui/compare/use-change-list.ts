import { useEffect, useState } from 'react';
import type { CompareRow } from './compare-rows';
import { changesOfRow, type ChangeContext, type ChangeEntry } from './change-list';
import { appendAll } from '../../core/util/arrays';

/** Rows diffed per slice of work: small enough that typing and scrolling stay smooth meanwhile. */
const ROWS_PER_SLICE = 40;
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
    const entries: ChangeEntry[] = [];
    const step = () => {
      if (cancelled) return;
      const end = Math.min(rows.length, done + ROWS_PER_SLICE);
      for (let index = done; index < end; index += 1) appendAll(entries, changesOfRow(rows[index]!, index, context));
      done = end;
      setState({ entries: [...entries], done, of: rows, context });
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
