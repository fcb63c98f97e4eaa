import { useMemo } from 'react';
import { addLowerCaseWords } from '../../core/findings';
import type { LowerCaseWords } from './row-diff';

/** Per compared source, the words it writes in lower case; read once per source text. */
export function useLowerCaseWords(columns: readonly string[], texts: ReadonlyMap<string, string>): LowerCaseWords {
  const key = columns.map((id) => `${id}:${texts.get(id)?.length ?? 0}`).join(',');
  return useMemo(() => {
    const words = new Map<string, Set<string>>();
    for (const id of columns) {
      const set = new Set<string>();
      addLowerCaseWords(texts.get(id) ?? '', set);
      words.set(id, set);
    }
    return words;
    // The key names the columns and their texts' lengths; texts is rebuilt with every library change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
