import { create } from 'zustand';
import type { AnalysisProgress } from '../core/model/analysis';

export interface RunningAnalysis {
  /** Tells runs of the same corpus apart: a stopped run may finish after its successor began. */
  runId: number;
  progress: AnalysisProgress | null;
  cancel(): void;
}

interface AnalysisProgressState {
  /** The run in flight per analysis key (see analysisQueryKey). */
  runs: Record<string, RunningAnalysis>;
  begin(key: string, cancel: () => void): number;
  report(key: string, runId: number, progress: AnalysisProgress): void;
  finish(key: string, runId: number): void;
}

let lastRunId = 0;

/** Transient: the runs in flight, shared by every component awaiting results. */
export const useAnalysisProgressStore = create<AnalysisProgressState>()((set) => ({
  runs: {},
  begin: (key, cancel) => {
    const runId = ++lastRunId;
    set((state) => ({ runs: { ...state.runs, [key]: { runId, progress: null, cancel } } }));
    return runId;
  },
  report: (key, runId, progress) =>
    set((state) => {
      const run = state.runs[key];
      return run?.runId === runId ? { runs: { ...state.runs, [key]: { ...run, progress } } } : state;
    }),
  finish: (key, runId) =>
    set((state) => {
      if (state.runs[key]?.runId !== runId) return state;
      const { [key]: _finished, ...runs } = state.runs;
      return { runs };
    }),
}));
