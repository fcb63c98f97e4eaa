import { useDeferredValue, useMemo, useState } from 'react';
import type { Highlight } from '../text/text-spans';
import type { SearchMatch } from './compare-search';

export interface CompareSearch {
  query: string;
  setQuery(query: string): void;
  matches: readonly SearchMatch[];
  /** Index of the current match in `matches`, or -1 before the first step. */
  current: number;
  /** True while the matches shown are still the previous query's (the search runs deferred while the analyst types). */
  stale: boolean;
  /** Next (1) or previous (-1) match: from the current one, or from `fromRow` before the first step. */
  step(direction: 1 | -1, fromRow: number): SearchMatch | null;
  /** Search matches as highlights per document, the current one distinct. */
  highlights: ReadonlyMap<string, readonly Highlight[]>;
}

/**
 * A search over `items` (the compare rows, the variants' entries) with `find`, a module-level
 * function: each match's `row` is the index of the item it is in.
 */
export function useCompareSearch<T>(items: T, find: (items: T, query: string) => SearchMatch[]): CompareSearch {
  const [query, setQueryState] = useState('');
  const [current, setCurrent] = useState(-1);
  // The search runs on a deferred copy of the query, so typing stays quick in a long comparison;
  // a step taken before it catches up (Enter right after typing) searches the query at once, and
  // its matches hold until the query changes (setQuery drops them) or the items do.
  const [stepped, setStepped] = useState<{ items: T; matches: readonly SearchMatch[] } | null>(null);
  const deferred = useDeferredValue(query);
  const deferredMatches = useMemo(() => find(items, deferred), [find, items, deferred]);
  const fresh = deferred === query ? deferredMatches : stepped?.items === items ? stepped.matches : null;
  const matches = fresh ?? deferredMatches;
  const setQuery = (next: string) => {
    setQueryState(next);
    setCurrent(-1);
    setStepped(null);
  };
  const step = (direction: 1 | -1, fromRow: number): SearchMatch | null => {
    let found = fresh;
    if (found === null) {
      found = find(items, query);
      setStepped({ items, matches: found });
    }
    if (found.length === 0) return null;
    let index: number;
    if (current >= 0 && current < found.length) index = (current + direction + found.length) % found.length;
    else if (direction === 1) index = Math.max(0, found.findIndex((m) => m.row >= fromRow));
    else index = found.findLastIndex((m) => m.row <= fromRow);
    if (index < 0) index = found.length - 1;
    setCurrent(index);
    return found[index]!;
  };
  const highlights = useMemo(() => {
    const byDoc = new Map<string, Highlight[]>();
    matches.forEach((match, index) => {
      const list = byDoc.get(match.docId) ?? [];
      const isCurrent = index === current;
      list.push({ key: `search:${index}`, start: match.start, end: match.end, className: isCurrent ? 'hl-search hl-search-current' : 'hl-search', label: isCurrent ? 'Current search match' : 'Search match' });
      byDoc.set(match.docId, list);
    });
    return byDoc;
  }, [matches, current]);
  return { query, setQuery, matches, current, stale: fresh === null, step, highlights };
}
