import { describe, expect, it, vi } from 'vitest';
import { useAnalysisProgressStore } from './analysis-progress-store';

describe('analysis progress store', () => {
  it('keeps the newer run when a stopped run of the same corpus finishes late', () => {
    const store = useAnalysisProgressStore.getState();
    const cancelOld = vi.fn();
    const cancelNew = vi.fn();
    const oldRun = store.begin('corpus', cancelOld);
    const newRun = store.begin('corpus', cancelNew);
    store.report('corpus', oldRun, { stage: 'aligning', done: 9, total: 10 });
    store.finish('corpus', oldRun);
    store.report('corpus', newRun, { stage: 'segmenting', done: 1, total: 10 });
    const run = useAnalysisProgressStore.getState().runs.corpus;
    expect(run?.progress).toEqual({ stage: 'segmenting', done: 1, total: 10 });
    run?.cancel();
    expect(cancelNew).toHaveBeenCalled();
    expect(cancelOld).not.toHaveBeenCalled();
    store.finish('corpus', newRun);
    expect(useAnalysisProgressStore.getState().runs.corpus).toBeUndefined();
  });
});
