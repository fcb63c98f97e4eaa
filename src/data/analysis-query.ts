import { queryOptions } from '@tanstack/react-query';
import type { AnalysisDocument, SourceDocument } from '../core/model/document';
import { startAnalysisRun } from './analysis-runner';
import { useAnalysisProgressStore } from './analysis-progress-store';

export interface AnalysisRequestOptions {
  includeBoilerplate: boolean;
}

/**
 * The cache key: what the result depends on. Titles and notes are left out on purpose, so editing
 * metadata does not re-run the engine; text (by hash) and the publication date are in.
 */
export function analysisFingerprint(documents: readonly SourceDocument[]): string[] {
  return documents.map((doc) => `${doc.id}|${doc.contentHash}|${doc.published ?? ''}`).sort();
}

export function analysisQueryKey(documents: readonly SourceDocument[], options: AnalysisRequestOptions) {
  return ['analysis', options.includeBoilerplate ? 'with-boilerplate' : 'content', ...analysisFingerprint(documents)] as const;
}

export function progressKey(queryKey: readonly string[]): string {
  return queryKey.join('\n');
}

function toAnalysisDocument(doc: SourceDocument): AnalysisDocument {
  return { id: doc.id, title: doc.title, published: doc.published, text: doc.text };
}

export function analysisQueryOptions(documents: readonly SourceDocument[], options: AnalysisRequestOptions) {
  const queryKey = analysisQueryKey(documents, options);
  const key = progressKey(queryKey);
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => {
      const store = useAnalysisProgressStore.getState();
      let runId = 0;
      const run = startAnalysisRun(documents.map(toAnalysisDocument), options.includeBoilerplate, (p) => store.report(key, runId, p));
      runId = store.begin(key, run.cancel);
      // The signal aborts when nobody awaits this corpus any more (e.g. a document was added
      // mid-run): the stale run's worker is stopped instead of competing for the CPU.
      signal.addEventListener('abort', run.cancel);
      try {
        return await run.result;
      } finally {
        signal.removeEventListener('abort', run.cancel);
        store.finish(key, runId);
      }
    },
    // A run is deterministic: repeating a failed or cancelled run is the analyst's call (Run again).
    retry: false,
    retryOnMount: false,
    gcTime: 30 * 60_000,
    staleTime: Infinity,
  });
}
