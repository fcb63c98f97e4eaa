import { useId, type ReactNode } from 'react';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

interface Props {
  selectedCount: number;
  onCompare: () => void;
  onClear: () => void;
  /** More actions on the ticked documents, under the compare button. */
  children?: ReactNode;
}

function guidance(count: number): string {
  if (count === 0) return `Tick ${MIN_COMPARED} to ${MAX_COMPARED} documents to compare them.`;
  if (count < MIN_COMPARED) return `1 selected: tick at least one more to compare.`;
  if (count > MAX_COMPARED) return `${count} selected: compare at most ${MAX_COMPARED} at once; untick ${count - MAX_COMPARED}.`;
  return `${count} selected.`;
}

/** The "Compare" action for the ticked documents, enabled for 2 to 4 and saying why otherwise. */
export function CompareBar({ selectedCount, onCompare, onClear, children }: Props) {
  const hintId = useId();
  const enabled = selectedCount >= MIN_COMPARED && selectedCount <= MAX_COMPARED;
  return (
    <div className="compare-bar">
      <p id={hintId} className="compare-hint" aria-live="polite">
        {guidance(selectedCount)}
      </p>
      <div className="compare-actions">
        <button type="button" className="button primary" disabled={!enabled} aria-describedby={hintId} onClick={onCompare}>
          Compare{enabled ? ` ${selectedCount}` : ''}
        </button>
        {selectedCount > 0 && (
          <button type="button" className="button small" onClick={onClear}>
            Clear selection
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
