// Search in a comparison: every row's text, not only the rows the virtualised list has rendered.
import type { CompareRow } from './compare-rows';

export interface SearchMatch {
  row: number;
  docId: string;
  /** Document offsets, end exclusive. */
  start: number;
  end: number;
}

/** Beyond this many matches the search stops and says so: the list is for jumping, not counting. */
export const MAX_SEARCH_MATCHES = 5000;

/**
 * Case-insensitive matches of `query` in the passages of every row, in row order (within a row,
 * column by column). Folded page furniture is not searched; unfolded, it is.
 */
export function findInRows(rows: readonly CompareRow[], query: string): SearchMatch[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [];
  const matches: SearchMatch[] = [];
  rows.forEach((row, index) => {
    const passages = row.kind === 'aligned' ? row.cells : row.kind === 'single' ? row.passages : [];
    for (const passage of passages) {
      if (!passage) continue;
      const haystack = passage.text.toLocaleLowerCase();
      // toLocaleLowerCase keeps the length for the scripts news is written in; a match that would
      // not map back onto the text is skipped rather than shown at the wrong place.
      if (haystack.length !== passage.text.length) continue;
      for (let at = haystack.indexOf(needle); at >= 0 && matches.length < MAX_SEARCH_MATCHES; at = haystack.indexOf(needle, at + needle.length)) {
        matches.push({ row: index, docId: passage.doc, start: passage.start + at, end: passage.start + at + needle.length });
      }
    }
  });
  return matches;
}
