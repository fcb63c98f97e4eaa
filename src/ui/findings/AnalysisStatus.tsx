import type { AnalysisState } from '../../data/use-analysis';

const STAGE_LABEL: Record<string, string> = {
  segmenting: 'Splitting texts into passages',
  indexing: 'Indexing passages',
  aligning: 'Aligning passages',
  grouping: 'Grouping passages',
  finding: 'Looking for disagreements',
};

/** Progress, error and retry for the analysis the findings come from. */
export function AnalysisStatus({ analysis }: { analysis: AnalysisState }) {
  if (analysis.status === 'running') {
    const progress = analysis.progress;
    return (
      <div className="panel-message analysis-status" role="status">
        <span>{progress ? `${STAGE_LABEL[progress.stage] ?? progress.stage}…` : 'Analysing sources…'}</span>
        {progress && progress.total > 0 && (
          <progress max={progress.total} value={progress.done} aria-label="Analysis progress">
            {Math.round((progress.done / progress.total) * 100)}%
          </progress>
        )}
        <button type="button" className="button small" onClick={analysis.cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (analysis.status === 'error') {
    return (
      <div className="panel-message error" role="alert">
        <p>{analysis.cancelled ? 'Analysis was cancelled.' : `Analysis failed: ${analysis.error}`}</p>
        <button type="button" className="button small" onClick={analysis.retry}>
          {analysis.cancelled ? 'Run again' : 'Retry'}
        </button>
      </div>
    );
  }
  if (analysis.status === 'idle') return <p className="panel-message">Add documents to see suggestions.</p>;
  return null;
}
