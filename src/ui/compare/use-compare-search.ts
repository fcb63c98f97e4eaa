import { useDeferredValue, useMemo, useState } from 'react';
import type { Highlight } from '../text/text-spans';
import type { SearchMatch } from './compare-search';

export interface CompareSearch {
  query: string;
  setQuery(query: string): void;
  matches: readonly SearchMatch[];
  /** Index of the current match in `matches`, or -1 before the first step. */
  current: number;
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
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => find(items, deferred), [find, items, deferred]);
  const setQuery = (next: string) => {
    setQueryState(next);
    setCurrent(-1);
  };
  const step = (direction: 1 | -1, fromRow: number): SearchMatch | null => {
    if (matches.length === 0) return null;
    let index: number;
    if (current >= 0 && current < matches.length) index = (current + direction + matches.length) % matches.length;
    else if (direction === 1) index = Math.max(0, matches.findIndex((m) => m.row >= fromRow));
    else index = matches.findLastIndex((m) => m.row <= fromRow);
    if (index < 0) index = matches.length - 1;
    setCurrent(index);
    return matches[index]!;
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
  return { query, setQuery, matches, current, step, highlights };
}
