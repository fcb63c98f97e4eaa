import type { AnalysisProgress } from '../core/model/analysis';

/**
 * Forwards progress at most once per `intervalMs`, but always on a stage change and on the last
 * step of a stage: each report crosses the worker boundary and re-renders the progress bar.
 */
export function throttleProgress(
  forward: (progress: AnalysisProgress) => void,
  intervalMs: number,
  now: () => number,
): (progress: AnalysisProgress) => void {
  let lastStage: AnalysisProgress['stage'] | null = null;
  let lastSentAt = -Infinity;
  return (progress) => {
    const time = now();
    const stageChanged = progress.stage !== lastStage;
    const stageFinished = progress.done >= progress.total;
    if (!stageChanged && !stageFinished && time - lastSentAt < intervalMs) return;
    lastStage = progress.stage;
    lastSentAt = time;
    forward({ stage: progress.stage, done: progress.done, total: progress.total });
  };
}
