import { useId } from 'react';
import type { WordDiffOptions } from '../../core/diff';
import type { SourceDocument } from '../../core/model/document';
import { MAX_COLUMNS, type CompareSettings } from './compare-settings';
import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';

interface Props {
  id: string;
  /** Shown even where the options fold away (narrow comparisons). */
  open: boolean;
  settings: CompareSettings;
  onChange(next: CompareSettings): void;
  columns: readonly string[];
  library: readonly SourceDocument[];
  onAddSource(docId: string): void;
}

const IGNORE_OPTIONS: Array<{ flag: keyof WordDiffOptions; label: string }> = [
  { flag: 'ignoreCase', label: 'Ignore case' },
  { flag: 'ignorePunctuation', label: 'Ignore punctuation' },
  { flag: 'ignoreQuoteStyle', label: 'Ignore quote style' },
];

export function CompareToolbar({ id, open, settings, onChange, columns, library, onAddSource }: Props) {
  const minId = useId();
  const labels = useSourceLabels();
  const addable = library.filter((doc) => !columns.includes(doc.id));
  return (
    <div id={id} className={`compare-toolbar${open ? ' is-open' : ''}`} role="group" aria-label="Comparison options">
      {IGNORE_OPTIONS.map(({ flag, label }) => (
        <label key={flag} className="toggle">
          <input type="checkbox" checked={settings.diff[flag]} onChange={(e) => onChange({ ...settings, diff: { ...settings.diff, [flag]: e.target.checked } })} />
          {label}
        </label>
      ))}
      <span className="toggle">
        <label htmlFor={minId}>Minimum similarity</label>
        <input
          id={minId}
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(settings.minScore * 100)}
          onChange={(e) => onChange({ ...settings, minScore: Number(e.target.value) / 100 })}
        />
        <output htmlFor={minId}>{Math.round(settings.minScore * 100)}%</output>
      </span>
      <label className="toggle">
        <input type="checkbox" checked={settings.differencesOnly} onChange={(e) => onChange({ ...settings, differencesOnly: e.target.checked })} />
        Differences only
      </label>
      <label className="toggle">
        <input type="checkbox" checked={settings.furniture === 'hide'} onChange={(e) => onChange({ ...settings, furniture: e.target.checked ? 'hide' : 'fold' })} />
        Hide page furniture
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.furniture === 'fold'}
          disabled={settings.furniture === 'hide'}
          onChange={(e) => onChange({ ...settings, furniture: e.target.checked ? 'fold' : 'show' })}
        />
        Fold page furniture
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.alignFurniture}
          disabled={settings.furniture === 'hide'}
          onChange={(e) => onChange({ ...settings, alignFurniture: e.target.checked })}
        />
        Align page furniture too
      </label>
      <button type="button" className="button small" onClick={() => onChange({ ...settings, layout: 'variants' })}>
        Variants view
      </button>
      {columns.length < MAX_COLUMNS && addable.length > 0 && (
        <select
          className="compare-add-source"
          aria-label="Add a source to the comparison"
          value=""
          onChange={(e) => {
            if (e.target.value) onAddSource(e.target.value);
          }}
        >
          <option value="">Add source…</option>
          {addable.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {labelOf(labels, doc.id)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
