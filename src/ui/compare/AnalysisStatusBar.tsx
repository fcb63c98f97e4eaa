import type { AnalysisStage } from '../../core/model/analysis';
import type { AnalysisState } from '../../data/use-analysis';
import { useAnalysisProgressStore } from '../../data/analysis-progress-store';
import './compare.css';

const STAGE_LABELS: Record<AnalysisStage, string> = {
  segmenting: 'Splitting into passages',
  indexing: 'Indexing passages',
  aligning: 'Aligning passages',
  grouping: 'Grouping aligned passages',
  finding: 'Looking for disagreements',
};

/**
 * Where analysis results are awaited: progress with a Cancel button while the worker runs, the
 * error (or the cancellation) with "Run again" afterwards. Once results are ready, nothing, unless
 * the browser refused to store them: the analyst is told that a reload will analyse again.
 */
export function AnalysisStatusBar({ analysis }: { analysis: AnalysisState }) {
  if (analysis.status === 'running') {
    return (
      <div className="analysis-status" role="status" aria-live="polite">
        <AnalysisProgressBar runKey={analysis.runKey} />
        <button type="button" className="button small" onClick={analysis.cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (analysis.status === 'error') {
    return (
      <div className="analysis-status panel-message error" role="alert">
        <span>{analysis.cancelled ? 'Analysis cancelled.' : `Analysis failed: ${analysis.error}`}</span>
        <button type="button" className="button small" onClick={analysis.retry}>
          Run again
        </button>
      </div>
    );
  }
  return analysis.status === 'ready' ? <StorageRefusal runKey={analysis.runKey} /> : null;
}

function StorageRefusal({ runKey }: { runKey: string }) {
  const refusal = useAnalysisProgressStore((state) => state.storageRefusals[runKey]);
  if (refusal === undefined) return null;
  return (
    <p className="analysis-status panel-message error" role="status">
      The browser did not store this analysis ({refusal}); it is kept while this tab is open, and runs again after a reload.
    </p>
  );
}

/** The one reader of progress messages: they re-render this, not the views awaiting results. */
function AnalysisProgressBar({ runKey }: { runKey: string }) {
  const progress = useAnalysisProgressStore((state) => state.runs[runKey]?.progress ?? null);
  return (
    <>
      <span className="analysis-stage">{progress ? STAGE_LABELS[progress.stage] : 'Starting analysis'}…</span>
      <progress className="analysis-progress" aria-label="Analysis progress" max={progress?.total || 1} value={progress ? progress.done : undefined} />
      {progress && (
        <span className="analysis-count">
          {progress.done} of {progress.total} documents
        </span>
      )}
    </>
  );
}
