import { describe, expect, it, vi } from 'vitest';
import { useAnalysisProgressStore } from './analysis-progress-store';

function control() {
  return { cancel: vi.fn<() => void>(), supersede: vi.fn<() => void>() };
}

describe('analysis progress store', () => {
  it('keeps the newer run when a stopped run of the same corpus finishes late', () => {
    const store = useAnalysisProgressStore.getState();
    const oldControl = control();
    const newControl = control();
    const oldRun = store.begin('corpus', 'content', oldControl);
    const newRun = store.begin('corpus', 'content', newControl);
    store.report('corpus', oldRun, { stage: 'aligning', done: 9, total: 10 });
    store.finish('corpus', oldRun);
    store.report('corpus', newRun, { stage: 'segmenting', done: 1, total: 10 });
    const run = useAnalysisProgressStore.getState().runs.corpus;
    expect(run?.progress).toEqual({ stage: 'segmenting', done: 1, total: 10 });
    run?.cancel();
    expect(newControl.cancel).toHaveBeenCalled();
    expect(oldControl.cancel).not.toHaveBeenCalled();
    store.finish('corpus', newRun);
    expect(useAnalysisProgressStore.getState().runs.corpus).toBeUndefined();
  });

  it('stops the run of the previous documents when one of the current documents begins, in the same slot only', () => {
    const store = useAnalysisProgressStore.getState();
    const before = control();
    const otherOptions = control();
    const after = control();
    const beforeRun = store.begin('five documents', 'content', before);
    const otherRun = store.begin('five documents with furniture', 'with-boilerplate', otherOptions);
    const afterRun = store.begin('six documents', 'content', after);
    expect(before.supersede).toHaveBeenCalledTimes(1);
    expect(otherOptions.supersede).not.toHaveBeenCalled();
    expect(after.supersede).not.toHaveBeenCalled();
    store.finish('five documents', beforeRun);
    store.finish('five documents with furniture', otherRun);
    store.finish('six documents', afterRun);
  });

  it('keeps the cancel function of a run stable while progress arrives', () => {
    const store = useAnalysisProgressStore.getState();
    const runId = store.begin('corpus', 'content', control());
    const cancel = useAnalysisProgressStore.getState().runs.corpus?.cancel;
    store.report('corpus', runId, { stage: 'aligning', done: 3, total: 10 });
    expect(useAnalysisProgressStore.getState().runs.corpus?.cancel).toBe(cancel);
    store.finish('corpus', runId);
  });
});
