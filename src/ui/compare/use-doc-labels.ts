import { useMemo } from 'react';
import { useActiveDocuments } from '../../state/documents-store';
import { abbreviateIds } from './doc-labels';

/** Unique short labels for every document in the library, so a label means the same source in every view. */
export function useDocLabels(): ReadonlyMap<string, string> {
  const library = useActiveDocuments();
  return useMemo(() => abbreviateIds(library.map((doc) => doc.id)), [library]);
}
