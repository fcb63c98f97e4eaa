import { queryOptions } from '@tanstack/react-query';
import { contentHash } from '../core/content-hash';
import type { AnalysisDocument, SourceDocument } from '../core/model/document';
import { AnalysisSupersededError, readStoredOverview, startAnalysisRun } from './analysis-runner';
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

/** The IndexedDB key of a stored result: a hash of the whole query key (thousands of fingerprints). */
export async function analysisStorageKey(queryKey: readonly string[]): Promise<string> {
  return `analysis:${await contentHash(progressKey(queryKey))}`;
}

function toAnalysisDocument(doc: SourceDocument): AnalysisDocument {
  return { id: doc.id, title: doc.title, published: doc.published, text: doc.text };
}

const lineageOf = (story: string | null, queryKey: readonly string[]): string => `${story ?? ''}|${queryKey[1]}`;

/** `story` names whose analyses follow one another, so a run can start from the story's last one. */
export function analysisQueryOptions(documents: readonly SourceDocument[], options: AnalysisRequestOptions, story: string | null) {
  const queryKey = analysisQueryKey(documents, options);
  const key = progressKey(queryKey);
  const lineage = lineageOf(story, queryKey);
  return queryOptions({
    queryKey,
    // The abort signal is left alone on purpose: react-query cancels a query whose function reads
    // it when its last view unmounts, and an analysis must survive switching views. A run stops
    // when the analyst presses Cancel or when a run of other documents begins (begin below).
    queryFn: async ({ client }) => {
      const store = useAnalysisProgressStore.getState();
      let runId = 0;
      const run = startAnalysisRun(() => documents.map(toAnalysisDocument), options.includeBoilerplate, analysisStorageKey(queryKey), (p) => store.report(key, runId, p), lineage);
      runId = store.begin(key, queryKey[1], run);
      try {
        const result = await run.result;
        void run.stored.then((refusal) => {
          if (refusal !== null) store.refuseStorage(key, refusal);
        });
        return result;
      } catch (error) {
        // Nobody awaits the old documents now; if they come back (undo), they are analysed afresh.
        if (error instanceof AnalysisSupersededError) queueMicrotask(() => void client.resetQueries({ queryKey, exact: true }));
        throw error;
      } finally {
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

/**
 * The overview stored with the result of these inputs, or null when none is: what the Overview
 * draws after a reload without reading the result (a hundred times larger).
 */
export function storedOverviewQueryOptions(documents: readonly SourceDocument[], options: AnalysisRequestOptions, story: string | null) {
  const analysisKey = analysisQueryKey(documents, options);
  return queryOptions({
    queryKey: ['stored-overview', ...analysisKey] as const,
    queryFn: () => readStoredOverview(analysisStorageKey(analysisKey), lineageOf(story, analysisKey)),
    retry: false,
    gcTime: 30 * 60_000,
    staleTime: Infinity,
  });
}
