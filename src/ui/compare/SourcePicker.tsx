import { useState } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { MAX_COLUMNS } from './compare-settings';
import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';

interface Props {
  library: readonly SourceDocument[];
  initial: readonly string[];
  /** How many sources may be chosen: MAX_COLUMNS side by side. */
  max?: number;
  onCompare(docIds: string[]): void;
}

/** Shown when fewer than two sources are chosen: pick 2–4 (2–50 for the variants view) and compare. */
export function SourcePicker({ library, initial, max = MAX_COLUMNS, onCompare }: Props) {
  const [chosen, setChosen] = useState<string[]>(() => initial.filter((id) => library.some((d) => d.id === id)));
  const labels = useSourceLabels();
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));
  return (
    <form
      className="source-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(chosen);
      }}
    >
      <fieldset>
        <legend>Choose 2 to {max} sources to compare</legend>
        {library.map((doc) => (
          <label key={doc.id} className="toggle">
            <input
              type="checkbox"
              checked={chosen.includes(doc.id)}
              disabled={!chosen.includes(doc.id) && chosen.length >= max}
              onChange={(e) => toggle(doc.id, e.target.checked)}
            />
            {labelOf(labels, doc.id)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button primary" disabled={chosen.length < 2}>
        Compare {chosen.length > 0 ? `${chosen.length} sources` : ''}
      </button>
    </form>
  );
}
