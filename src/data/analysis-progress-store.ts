import { create } from 'zustand';
import type { AnalysisProgress } from '../core/model/analysis';

export interface RunControl {
  /** The analyst pressed Cancel. */
  cancel(): void;
  /** A run of other inputs began in the same slot. */
  supersede(): void;
}

export interface RunningAnalysis {
  /** Tells runs of the same corpus apart: a stopped run may finish after its successor began. */
  runId: number;
  /** Runs of one slot (one set of options) replace each other when the documents change. */
  slot: string;
  progress: AnalysisProgress | null;
  /** Stable for the life of the run, so a component reading only this never re-renders on progress. */
  cancel(): void;
  supersede(): void;
}

interface AnalysisProgressState {
  /** The run in flight per analysis key (see progressKey). */
  runs: Record<string, RunningAnalysis>;
  /** Per analysis key, why the browser refused to store the finished result (a reload analyses again). */
  storageRefusals: Record<string, string>;
  refuseStorage(key: string, reason: string): void;
  /** Registers a run and stops the runs of the same slot whose inputs are no longer current. */
  begin(key: string, slot: string, control: RunControl): number;
  report(key: string, runId: number, progress: AnalysisProgress): void;
  finish(key: string, runId: number): void;
}

let lastRunId = 0;

/**
 * Transient: the runs in flight, and the results the browser would not store. Only the progress bar reads `progress`; views awaiting results
 * read the query, so a progress message re-renders one component.
 */
export const useAnalysisProgressStore = create<AnalysisProgressState>()((set, get) => ({
  runs: {},
  storageRefusals: {},
  refuseStorage: (key, reason) => set((state) => ({ storageRefusals: { ...state.storageRefusals, [key]: reason } })),
  begin: (key, slot, control) => {
    const runId = ++lastRunId;
    const stale = Object.entries(get().runs).filter(([other, run]) => other !== key && run.slot === slot);
    set((state) => ({ runs: { ...state.runs, [key]: { runId, slot, progress: null, cancel: control.cancel, supersede: control.supersede } } }));
    for (const [, run] of stale) run.supersede();
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
