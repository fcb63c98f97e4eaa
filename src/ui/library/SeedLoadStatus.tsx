import type { SeedLoadState } from '../../data/use-seed-loader';

/** Progress and failure of the first-start seed loading, with a way to try again. */
export function SeedLoadStatus({ state }: { state: SeedLoadState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return (
      <div className="panel-message error seed-status" role="alert">
        <p>{state.message}</p>
        <button type="button" className="button small" onClick={state.retry}>
          Retry
        </button>
      </div>
    );
  }
  const label = state.total === null ? 'Loading seed documents…' : `Loading seed documents… ${state.loaded} of ${state.total}`;
  return (
    <div className="panel-message seed-status" role="status">
      <p>{label}</p>
      <progress max={state.total ?? undefined} value={state.total === null ? undefined : state.loaded} aria-label="Seed documents loaded" />
    </div>
  );
}
