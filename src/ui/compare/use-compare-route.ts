import { useMemo } from 'react';
import { useAnalysis } from '../../data/use-analysis';
import { useActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { useRoute } from '../app/use-route';
import { chosenSources, parseCompareSettings, type CompareLayout } from './compare-settings';

/**
 * What both compare screens read from a #/compare route: the settings in its parameters, the
 * analysis those settings ask for, and the chosen sources still in the library.
 */
export function useCompareRoute(docs: string[], params: Record<string, string>, layout: CompareLayout) {
  const [, navigate] = useRoute();
  const library = useActiveDocuments();
  const hydrated = useDocumentsStore((state) => state.hydrated);
  const paramsKey = JSON.stringify(params);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the route re-creates params on every render; its content is the key
  const settings = useMemo(() => parseCompareSettings(params), [paramsKey]);
  const analysis = useAnalysis({ includeBoilerplate: settings.alignFurniture });
  const docsKey = docs.join(',');
  const sources = useMemo(() => chosenSources(docsKey.split(','), (id) => library.some((d) => d.id === id), layout), [docsKey, library, layout]);
  return { navigate, library, hydrated, settings, analysis, sources };
}
