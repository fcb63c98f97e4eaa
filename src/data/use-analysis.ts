// Analysis results for every active document, computed in a Web Worker and cached by react-query
// (and in IndexedDB by the worker) on the documents' content hashes and publication dates (see
// analysis-query.ts). Progress is not part of this state: only AnalysisProgressBar reads it.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AnalysisResult } from '../core/model/analysis';
import { nameSourcesInResult } from '../core/model/source-label';
import { useStories } from '../state/current-story';
import { useActiveDocuments } from '../state/documents-store';
import { useSourceLabels } from '../state/source-labels';
import { analysisQueryOptions, progressKey, type AnalysisRequestOptions } from './analysis-query';
import { AnalysisCancelledError } from './analysis-runner';
import { useAnalysisProgressStore } from './analysis-progress-store';

export interface AnalysisState {
  status: 'idle' | 'running' | 'ready' | 'error';
  /** Names the run in the progress store, for the progress bar. */
  runKey: string;
  result: AnalysisResult | undefined;
  /** A message for the analyst; set when status is 'error' (including a cancelled run). */
  error: string | null;
  /** True when the last run was cancelled (status is then 'error'); the UI offers "Run again". */
  cancelled: boolean;
  cancel(): void;
  retry(): void;
}

const DEFAULT_OPTIONS: AnalysisRequestOptions = { includeBoilerplate: false };

export function useAnalysis(options: AnalysisRequestOptions = DEFAULT_OPTIONS): AnalysisState {
  const documents = useActiveDocuments();
  const story = useStories((state) => state.currentId);
  const { includeBoilerplate } = options;
  const queryOptions = useMemo(() => analysisQueryOptions(documents, { includeBoilerplate }, story), [documents, includeBoilerplate, story]);
  const query = useQuery({ ...queryOptions, enabled: documents.length > 0 });
  const runKey = useMemo(() => progressKey(queryOptions.queryKey), [queryOptions]);
  const cancel = useAnalysisProgressStore((state) => state.runs[runKey]?.cancel);
  const cancelled = query.error instanceof AnalysisCancelledError;
  // The engine names sources by id (its cache ignores titles and outlets); the analyst reads labels.
  const labels = useSourceLabels();
  const result = useMemo(() => (query.data === undefined ? undefined : nameSourcesInResult(query.data, labels)), [query.data, labels]);
  return {
    status: statusOf(query.fetchStatus, query.status, documents.length),
    runKey,
    result,
    error: query.error ? query.error.message : null,
    cancelled,
    cancel: () => cancel?.(),
    retry: () => void query.refetch(),
  };
}

function statusOf(fetchStatus: string, status: 'pending' | 'error' | 'success', documentCount: number): AnalysisState['status'] {
  if (fetchStatus === 'fetching') return 'running';
  if (status === 'success') return 'ready';
  if (status === 'error') return 'error';
  return documentCount === 0 ? 'idle' : 'running';
}
