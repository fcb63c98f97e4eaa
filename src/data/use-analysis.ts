// Analysis results for every active document, computed in a Web Worker and cached by react-query
// (and in IndexedDB by the worker) on the documents' content hashes and publication dates (see
// analysis-query.ts). Progress is not part of this state: only AnalysisProgressBar reads it.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AnalysisResult } from '../core/model/analysis';
import type { SourceOverview } from '../core/overview/source-overview';
import { nameSourcesInResult } from '../core/model/source-label';
import { useStories } from '../state/current-story';
import { useActiveDocuments } from '../state/documents-store';
import { useSourceLabels } from '../state/source-labels';
import { analysisQueryOptions, progressKey, storedOverviewQueryOptions, type AnalysisRequestOptions } from './analysis-query';
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

/** `wanted` false: a result already at hand is given, but none is read or made for this caller. */
export function useAnalysis(options: AnalysisRequestOptions = DEFAULT_OPTIONS, wanted = true): AnalysisState {
  const documents = useActiveDocuments();
  const story = useStories((state) => state.currentId);
  const { includeBoilerplate } = options;
  const queryOptions = useMemo(() => analysisQueryOptions(documents, { includeBoilerplate }, story), [documents, includeBoilerplate, story]);
  const query = useQuery({ ...queryOptions, enabled: wanted && documents.length > 0 });
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

export interface OverviewState {
  /** The analysis, read or made only when no overview of these documents is stored. */
  analysis: AnalysisState;
  overview: SourceOverview | undefined;
  /** The overview was read from storage, without the result: nothing is awaited. */
  stored: boolean;
}

/**
 * What the Overview draws: the analysed result's overview when at hand, else the one stored with
 * the result of the same documents (after a reload the result is then not read at all: it is a
 * hundred times larger, and read only when a view needs more than the overview).
 */
export function useOverview(): OverviewState {
  const documents = useActiveDocuments();
  const story = useStories((state) => state.currentId);
  const storedQuery = useQuery({ ...useMemo(() => storedOverviewQueryOptions(documents, DEFAULT_OPTIONS, story), [documents, story]), enabled: documents.length > 0 });
  const analysis = useAnalysis(DEFAULT_OPTIONS, storedQuery.data === null || storedQuery.isError);
  const stored = analysis.result === undefined ? (storedQuery.data ?? undefined) : undefined;
  return { analysis, overview: analysis.result?.overview ?? stored, stored: stored !== undefined };
}
