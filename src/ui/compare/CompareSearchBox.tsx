import type { RefObject } from 'react';
import { MAX_SEARCH_MATCHES } from './compare-search';
import type { CompareSearch } from './use-compare-search';

interface Props {
  search: CompareSearch;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Moves to the next (1) or previous (-1) match. */
  onStep(direction: 1 | -1): void;
  /** Esc: the search is cleared and the rows take the focus back. */
  onLeave(): void;
  /** What is searched, as the empty box says it. */
  placeholder?: string;
}

/** Search in every row of the comparison; Enter / Shift+Enter step through the matches. */
export function CompareSearchBox({ search, inputRef, onStep, onLeave, placeholder = 'Search all rows ( / )' }: Props) {
  const { query, matches, current } = search;
  const count = matches.length >= MAX_SEARCH_MATCHES ? `${MAX_SEARCH_MATCHES}+` : String(matches.length);
  return (
    <div className="compare-search" role="search">
      <input
        ref={inputRef}
        type="search"
        aria-label="Search in the comparison"
        placeholder={placeholder}
        value={query}
        onChange={(e) => search.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            search.setQuery('');
            onLeave();
          }
        }}
      />
      {query.trim() !== '' && (
        <output className="compare-search-count" aria-live="polite">
          {search.stale ? 'searching…' : matches.length === 0 ? 'no match' : current >= 0 ? `${current + 1} of ${count}` : `${count} ${matches.length === 1 ? 'match' : 'matches'}`}
        </output>
      )}
      <button type="button" disabled={matches.length === 0} onClick={() => onStep(-1)} aria-label="Previous match">
        ↑
      </button>
      <button type="button" disabled={matches.length === 0} onClick={() => onStep(1)} aria-label="Next match">
        ↓
      </button>
    </div>
  );
}
