import type { CSSProperties } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';

interface Props {
  columns: readonly string[];
  library: readonly SourceDocument[];
  base: string | null;
  onReplace(column: number, docId: string): void;
  onRemove(column: number): void;
  onBase(docId: string): void;
  /** The column a phone shows (one at a time), picked in the switcher compare.css shows there. */
  shown: number;
  onShow(column: number): void;
}

/** One header per column: which source it shows (changeable), whether it is the diff base, remove. */
export function CompareColumnsHeader({ columns, library, base, onReplace, onRemove, onBase, shown, onShow }: Props) {
  const labels = useSourceLabels();
  const showBase = columns.length > 2;
  return (
    <div className="compare-head" style={{ '--columns': columns.length } as CSSProperties}>
      <p className="compare-head-note muted">
        {showBase ? 'Each column shows its differences from the base source.' : 'Left: words the right lacks (struck through). Right: words it adds (underlined).'}
      </p>
      <div className="column-switcher" role="group" aria-label="Source shown">
        {columns.map((docId, column) => (
          <button key={docId} type="button" className="button small" aria-pressed={column === shown} onClick={() => onShow(column)}>
            {labelOf(labels, docId)}
          </button>
        ))}
      </div>
      {columns.map((docId, column) => {
        const doc = library.find((d) => d.id === docId);
        return (
          <div key={docId} className="compare-column-head" data-column={column + 1}>
            <select
              aria-label={`Source in column ${column + 1}`}
              value={docId}
              title={doc?.title}
              onChange={(e) => onReplace(column, e.target.value)}
            >
              {library
                .filter((d) => d.id === docId || !columns.includes(d.id))
                .map((d) => (
                  <option key={d.id} value={d.id}>
                    {labelOf(labels, d.id)}
                  </option>
                ))}
            </select>
            <div className="compare-column-actions">
              <span className="column-key" title={`Press ${column + 1} to focus this column`}>
                {column + 1}
              </span>
              {showBase && (
                <label className="toggle">
                  <input type="radio" name="compare-base" checked={base === docId} onChange={() => onBase(docId)} />
                  Base
                </label>
              )}
              {columns.length > 2 && (
                <button type="button" className="button small remove-column" onClick={() => onRemove(column)} aria-label={`Remove ${labelOf(labels, docId)} from the comparison`}>
                  ×
                </button>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
