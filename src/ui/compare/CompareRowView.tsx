import { memo, useMemo } from 'react';
import type { WordDiffOptions } from '../../core/diff';
import type { Highlight } from '../text/text-spans';
import type { CompareRow } from './compare-rows';
import { DiffCell } from './DiffCell';
import { diffRow, type DiffPiece } from './row-diff';
import { abbreviateId } from './doc-labels';

export interface RowContext {
  columns: readonly string[];
  baseColumn: number;
  diff: WordDiffOptions;
  texts: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  highlights: ReadonlyMap<string, readonly Highlight[]>;
  /** Row number (1-based) of each visible aligned group, for "matches row N" links. */
  rowOfGroup: ReadonlyMap<string, number>;
  onJumpToRow(rowIndex: number): void;
}

interface Props {
  row: CompareRow;
  index: number;
  active: boolean;
  context: RowContext;
  /** Lets the virtualizer measure the row and place it `offset` pixels down the list. */
  measureRef(element: HTMLElement | null): void;
  offset: number;
}

const KIND_LABELS = { identical: 'identical', 'near-duplicate': 'near-duplicate', paraphrase: 'paraphrase' } as const;

export const CompareRowView = memo(function CompareRowView({ row, index, active, context, measureRef, offset }: Props) {
  const { columns, baseColumn, diff } = context;
  const pieces = useMemo(
    () => (row.kind === 'aligned' ? diffRow(row.cells, baseColumn, diff).pieces : columns.map((_, c) => (c === row.column ? wholePassage(row.passage) : []))),
    [row, baseColumn, diff, columns],
  );
  const furniture = row.kind === 'single' ? row.passage.boilerplate : null;
  return (
    <div
      ref={measureRef}
      data-index={index}
      className={`compare-row compare-row-${row.kind}${furniture ? ' is-furniture' : ''}`}
      style={{ transform: `translateY(${offset}px)`, gridTemplateColumns: `var(--compare-meta-width) repeat(${columns.length}, minmax(0, 1fr))` }}
      role="listitem"
      aria-current={active ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      data-row-index={index}
    >
      <div className="compare-meta">
        <span className="compare-row-number">Row {index + 1}</span>
        <RowMeta row={row} context={context} />
      </div>
      {columns.map((docId, column) => {
        const cellPieces = pieces[column] ?? [];
        return (
          <div key={docId} className="compare-cell" data-column={column + 1} tabIndex={-1} role="group" aria-label={`${abbreviateId(docId)}, row ${index + 1}`}>
            {furniture && cellPieces.length > 0 && (
              <span className="furniture-label" data-offset-ignore="">
                page furniture: {furniture.replace('-', ' ')}
              </span>
            )}
            {cellPieces.length > 0 ? (
              <DiffCell pieces={cellPieces} texts={context.texts} highlights={context.highlights} />
            ) : row.kind === 'aligned' ? (
              <span className="compare-gap muted">
                — <span className="visually-hidden">no counterpart in {context.titles.get(docId) ?? docId}</span>
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
});

function wholePassage(passage: { doc: string; start: number; end: number }): DiffPiece[] {
  return [{ docId: passage.doc, start: passage.start, end: passage.end, mark: 'same', strong: false }];
}

function RowMeta({ row, context }: { row: CompareRow; context: RowContext }) {
  if (row.kind === 'aligned') {
    const provenance = row.group.provenance;
    return (
      <>
        <span className={`kind-badge kind-${row.group.kind}`}>{KIND_LABELS[row.group.kind]}</span>
        <span className="compare-score">{Math.round(row.group.score * 100)}% similar</span>
        {provenance && (
          <span className="compare-provenance" title={provenance.reason}>
            likely first carried by {abbreviateId(provenance.doc)}
          </span>
        )}
      </>
    );
  }
  const displacedRow = row.displacedFrom ? context.rowOfGroup.get(row.displacedFrom.id) : undefined;
  return (
    <>
      <span className="kind-badge kind-single">only in {abbreviateId(context.columns[row.column]!)}</span>
      {row.displacedFrom && (
        <span className="compare-displaced">
          out of order:{' '}
          {displacedRow ? (
            <button type="button" className="link-button" onClick={() => context.onJumpToRow(displacedRow - 1)}>
              matches row {displacedRow}
            </button>
          ) : (
            'matches a hidden row'
          )}
        </span>
      )}
    </>
  );
}
