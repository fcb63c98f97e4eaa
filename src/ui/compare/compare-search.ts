// Search in a comparison: every row's text (or every entry of the variants view), not only what the
// virtualised list has rendered.
import type { ApparatusEntry } from '../../core/apparatus';
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
    for (const passage of passages) if (passage) addMatchesIn(passage, needle, index, matches);
  });
  return matches;
}

/** Appends the matches of a lower-cased `needle` in one stretch of a document's text, until MAX_SEARCH_MATCHES. */
export function addMatchesIn(span: { doc: string; start: number; text: string }, needle: string, row: number, matches: SearchMatch[]): void {
  const haystack = span.text.toLocaleLowerCase();
  // toLocaleLowerCase keeps the length for the scripts news is written in; a match that would
  // not map back onto the text is skipped rather than shown at the wrong place.
  if (haystack.length !== span.text.length) return;
  for (let at = haystack.indexOf(needle); at >= 0 && matches.length < MAX_SEARCH_MATCHES; at = haystack.indexOf(needle, at + needle.length)) {
    matches.push({ row, docId: span.doc, start: span.start + at, end: span.start + at + needle.length });
  }
}

/**
 * Matches in the variants view: each entry's base passage, then the readings shown in their own
 * words (a reading "as the base" shows none); `row` is the entry's index.
 */
export function findInApparatus(entries: readonly ApparatusEntry[], query: string): SearchMatch[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [];
  const matches: SearchMatch[] = [];
  entries.forEach((entry, index) => {
    addMatchesIn(entry.base, needle, index, matches);
    for (const reading of entry.readings) if (!reading.agreesWithBase) addMatchesIn(reading.spans[0]!, needle, index, matches);
  });
  return matches;
}
