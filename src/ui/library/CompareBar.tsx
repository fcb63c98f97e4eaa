import { useId, type ReactNode } from 'react';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** The variants view reads up to this many sources at once. */
export const MAX_VARIANTS = 50;

interface Props {
  selectedCount: number;
  onCompare: () => void;
  /** Opens the ticked documents in the variants view. */
  onVariants: () => void;
  onClear: () => void;
  /** More actions on the ticked documents, under the compare button. */
  children?: ReactNode;
}

function guidance(count: number): string {
  if (count === 0) return `Tick ${MIN_COMPARED} to ${MAX_COMPARED} documents to compare them.`;
  if (count < MIN_COMPARED) return `1 selected: tick at least one more to compare.`;
  if (count > MAX_VARIANTS) return `${count} selected: compare at most ${MAX_COMPARED} side by side or ${MAX_VARIANTS} as variants; untick ${count - MAX_VARIANTS}.`;
  if (count > MAX_COMPARED) return `${count} selected: at most ${MAX_COMPARED} side by side; Variants reads all ${count}.`;
  return `${count} selected.`;
}

/** The "Compare" action for the ticked documents, enabled for 2 to 4 and saying why otherwise;
 *  "Variants" for 2 to 50. */
export function CompareBar({ selectedCount, onCompare, onVariants, onClear, children }: Props) {
  const hintId = useId();
  const enabled = selectedCount >= MIN_COMPARED && selectedCount <= MAX_COMPARED;
  const variants = selectedCount >= MIN_COMPARED && selectedCount <= MAX_VARIANTS;
  return (
    <div className="compare-bar">
      <p id={hintId} className="compare-hint" aria-live="polite">
        {guidance(selectedCount)}
      </p>
      <div className="compare-actions">
        <button type="button" className="button primary" disabled={!enabled} aria-describedby={hintId} onClick={onCompare}>
          Compare{enabled ? ` ${selectedCount}` : ''}
        </button>
        <button type="button" className="button" disabled={!variants} aria-describedby={hintId} onClick={onVariants}>
          Variants{variants ? ` ${selectedCount}` : ''}
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
