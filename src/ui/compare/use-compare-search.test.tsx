// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { SearchMatch } from './compare-search';
import { useCompareSearch, type CompareSearch } from './use-compare-search';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ROWS = ['Wagner mercenary group', 'Sergey Lavrov said', 'Lavrov met Wang Yi', 'Sergei Lavrov added'];

/** Each row holding the query, as the compare rows' search finds words (case aside). */
function findInRows(rows: readonly string[], query: string): SearchMatch[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  return rows.flatMap((text, row) => {
    const start = text.toLowerCase().indexOf(wanted);
    return start < 0 ? [] : [{ row, docId: 'a', start, end: start + wanted.length }];
  });
}

/** Renders the hook, recording what each render returned. */
function renderSearch(): { renders: CompareSearch[]; unmount: () => void } {
  const renders: CompareSearch[] = [];
  function Probe() {
    renders.push(useCompareSearch(ROWS, findInRows));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
  return { renders, unmount: () => act(() => root.unmount()) };
}

describe('useCompareSearch', () => {
  it('steps through the query as typed, even when Enter comes before the deferred search has caught up', () => {
    const { renders, unmount } = renderSearch();
    act(() => renders.at(-1)!.setQuery('wagner'));
    act(() => renders.at(-1)!.setQuery('lavrov'));
    // The render right after typing still shows the previous query's matches, and says so.
    const typed = renders.find((render) => render.query === 'lavrov' && render.stale);
    expect(typed).toBeDefined();
    let stepped: SearchMatch | null = null;
    act(() => {
      stepped = typed!.step(1, 0);
    });
    expect(stepped).toMatchObject({ row: 1 });
    const last = renders.at(-1)!;
    expect(last.stale).toBe(false);
    expect(last.matches.map((match) => match.row)).toEqual([1, 2, 3]);
    expect(last.current).toBe(0);
    unmount();
  });

  it('is not stale once the search has caught up with the query', () => {
    const { renders, unmount } = renderSearch();
    act(() => renders.at(-1)!.setQuery('Lavrov'));
    expect(renders.at(-1)!.stale).toBe(false);
    expect(renders.at(-1)!.matches).toHaveLength(3);
    unmount();
  });
});
