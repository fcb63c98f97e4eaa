import { create } from 'zustand';
import type { AnalysisProgress } from '../core/model/analysis';

interface AnalysisProgressState {
  /** Latest progress per analysis key (see analysisQueryKey); removed when the run ends. */
  byKey: Record<string, AnalysisProgress>;
  /** Cancels the run for a key; registered while the run is in flight. */
  cancellers: Record<string, () => void>;
  report(key: string, progress: AnalysisProgress): void;
  begin(key: string, cancel: () => void): void;
  finish(key: string): void;
}

/** Transient: progress of the runs in flight, shared by every component awaiting results. */
export const useAnalysisProgressStore = create<AnalysisProgressState>()((set) => ({
  byKey: {},
  cancellers: {},
  report: (key, progress) => set((state) => ({ byKey: { ...state.byKey, [key]: progress } })),
  begin: (key, cancel) => set((state) => ({ cancellers: { ...state.cancellers, [key]: cancel } })),
  finish: (key) =>
    set((state) => {
      const { [key]: _progress, ...byKey } = state.byKey;
      const { [key]: _cancel, ...cancellers } = state.cancellers;
      return { byKey, cancellers };
    }),
}));
