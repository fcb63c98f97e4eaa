// Analysis results for every active document, computed in a Web Worker and cached by react-query
// on the documents' content hashes and publication dates (see analysis-query.ts).
import { useQuery } from '@tanstack/react-query';
import type { AnalysisProgress, AnalysisResult } from '../core/model/analysis';
import { useActiveDocuments } from '../state/documents-store';
import { analysisQueryOptions, progressKey, type AnalysisRequestOptions } from './analysis-query';
import { AnalysisCancelledError } from './analysis-runner';
import { useAnalysisProgressStore } from './analysis-progress-store';

export interface AnalysisState {
  status: 'idle' | 'running' | 'ready' | 'error';
  progress: AnalysisProgress | null;
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
  const queryOptions = analysisQueryOptions(documents, options);
  const query = useQuery({ ...queryOptions, enabled: documents.length > 0 });
  const key = progressKey(queryOptions.queryKey);
  const run = useAnalysisProgressStore((state) => state.runs[key]);
  const cancelled = query.error instanceof AnalysisCancelledError;
  return {
    status: statusOf(query.fetchStatus, query.status, documents.length),
    progress: query.isFetching ? (run?.progress ?? null) : null,
    result: query.data,
    error: query.error ? query.error.message : null,
    cancelled,
    cancel: () => run?.cancel(),
    retry: () => void query.refetch(),
  };
}

function statusOf(fetchStatus: string, status: 'pending' | 'error' | 'success', documentCount: number): AnalysisState['status'] {
  if (fetchStatus === 'fetching') return 'running';
  if (status === 'success') return 'ready';
  if (status === 'error') return 'error';
  return documentCount === 0 ? 'idle' : 'running';
}
