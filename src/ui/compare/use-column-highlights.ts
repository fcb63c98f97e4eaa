import { useMemo } from 'react';
import { useEvidenceHighlights } from '../claims/use-evidence-highlights';
import type { Highlight } from '../text/text-spans';
import { MAX_COLUMNS } from './compare-settings';

/** Evidence highlights per document shown in the compare view (at most MAX_COLUMNS). */
export function useColumnHighlights(columns: readonly string[]): ReadonlyMap<string, readonly Highlight[]> {
  // One hook call per column slot: hooks must be called the same number of times every render.
  const first = useEvidenceHighlights(columns[0] ?? '');
  const second = useEvidenceHighlights(columns[1] ?? '');
  const third = useEvidenceHighlights(columns[2] ?? '');
  const fourth = useEvidenceHighlights(columns[3] ?? '');
  return useMemo(() => {
    const slots = [first, second, third, fourth].slice(0, MAX_COLUMNS);
    return new Map(columns.map((doc, i) => [doc, slots[i] ?? []]));
  }, [columns, first, second, third, fourth]);
}
