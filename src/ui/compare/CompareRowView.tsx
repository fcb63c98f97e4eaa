import { memo, type CSSProperties } from 'react';
import type { WordDiffOptions } from '../../core/diff';
import type { Passage } from '../../core/model/analysis';
import type { Highlight } from '../text/text-spans';
import { isFurnitureRow, rowOfCounterparts, type AlignedRow, type CompareRow, type FoldRow, type SingleRow } from './compare-rows';
import { DiffCell } from './DiffCell';
import { diffRowOnce, type DiffPiece, type LowerCaseWords } from './row-diff';
import { labelOf } from '../../core/model/source-label';

export interface RowContext {
  columns: readonly string[];
  baseColumn: number;
  diff: WordDiffOptions;
  texts: ReadonlyMap<string, string>;
  /** Words each compared source writes in lower case, so a capitalised common word is no name. */
  lowerCase: LowerCaseWords;
  titles: ReadonlyMap<string, string>;
  /** Each source's label (core/model/source-label). */
  labels: ReadonlyMap<string, string>;
  highlights: ReadonlyMap<string, readonly Highlight[]>;
  /** Row number (1-based) showing each passage, for "matches row N" links. */
  rowOfPassage: ReadonlyMap<Passage, number>;
  onJumpToRow(rowIndex: number): void;
  /** Unfolds page furniture (remembered in the URL). */
  onShowFurniture(): void;
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

export const CompareRowView = memo(function CompareRowView({ row, index, active, context, measureRef, offset }: Props) {
  const { columns } = context;
  const furniture = row.kind === 'fold' || isFurnitureRow(row);
  return (
    <div
      ref={measureRef}
      data-index={index}
      className={`compare-row compare-row-${row.kind}${furniture ? ' is-furniture' : ''}`}
      style={{ transform: `translateY(${offset}px)`, '--columns': columns.length } as CSSProperties}
      role="listitem"
      aria-current={active ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      data-row-index={index}
    >
      <div className="compare-meta">
        <span className="compare-row-number">Row {index + 1}</span>
        {row.kind === 'aligned' ? <AlignedMeta row={row} context={context} /> : row.kind === 'single' ? <SingleMeta row={row} context={context} /> : <FoldMeta row={row} context={context} />}
      </div>
      {row.kind === 'aligned' ? <AlignedCells row={row} index={index} context={context} /> : row.kind === 'single' && <SingleCells row={row} index={index} context={context} />}
    </div>
  );
});

function Cell({ column, index, context, children }: { column: number; index: number; context: RowContext; children?: React.ReactNode }) {
  return (
    <div className="compare-cell" data-column={column + 1} tabIndex={-1} role="group" aria-label={`${labelOf(context.labels, context.columns[column]!)}, row ${index + 1}`}>
      {children}
    </div>
  );
}

function AlignedCells({ row, index, context }: { row: AlignedRow; index: number; context: RowContext }) {
  const { baseColumn, diff, lowerCase } = context;
  const { pieces, reworded } = diffRowOnce(row, baseColumn, diff, lowerCase);
  return context.columns.map((docId, column) => (
    <Cell key={docId} column={column} index={index} context={context}>
      {reworded[column] && (
        <span className="cell-note" data-offset-ignore="">
          reworded: the base’s words are not shown
        </span>
      )}
      {pieces[column]!.length > 0 ? (
        <DiffCell pieces={pieces[column]!} texts={context.texts} highlights={context.highlights} />
      ) : (
        <span className="compare-gap muted">
          — <span className="visually-hidden">no counterpart in {context.titles.get(docId) ?? docId}</span>
        </span>
      )}
    </Cell>
  ));
}

function SingleCells({ row, index, context }: { row: SingleRow; index: number; context: RowContext }) {
  return context.columns.map((docId, column) => (
    <Cell key={docId} column={column} index={index} context={context}>
      {column === row.column &&
        row.passages.map((passage) => (
          <div key={passage.start} className="compare-passage">
            {passage.boilerplate && (
              <span className="furniture-label" data-offset-ignore="">
                page furniture: {passage.boilerplate.replace('-', ' ')}
              </span>
            )}
            <DiffCell pieces={wholePassage(passage)} texts={context.texts} highlights={context.highlights} />
          </div>
        ))}
    </Cell>
  ));
}

function wholePassage(passage: Passage): DiffPiece[] {
  return [{ docId: passage.doc, start: passage.start, end: passage.end, mark: 'same', strong: false }];
}

function AlignedMeta({ row, context }: { row: AlignedRow; context: RowContext }) {
  const provenance = row.group.provenance;
  return (
    <>
      <span className={`kind-badge kind-${row.group.kind}`}>{row.group.kind}</span>
      <span className="compare-score">{Math.round(row.group.score * 100)}% similar</span>
      {provenance && (
        <span className="compare-provenance" title={provenance.reason}>
          likely first carried by {labelOf(context.labels, provenance.doc)}
        </span>
      )}
    </>
  );
}

function FoldMeta({ row, context }: { row: FoldRow; context: RowContext }) {
  const sources = [...new Set(row.rows.map((single) => labelOf(context.labels, context.columns[single.column]!)))];
  const lines = `${row.lines} ${row.lines === 1 ? 'line' : 'lines'} of page furniture`;
  return (
    <span className="fold-line">
      {lines} ({sources.join(', ')}) —{' '}
      <button type="button" className="link-button" aria-label={`Show ${lines}`} onClick={context.onShowFurniture}>
        show
      </button>
    </span>
  );
}

function SingleMeta({ row, context }: { row: SingleRow; context: RowContext }) {
  const displacedRow = rowOfCounterparts(row, context.rowOfPassage);
  return (
    <>
      <span className="kind-badge kind-single">only in {labelOf(context.labels, context.columns[row.column]!)}</span>
      {row.outOfOrderWith && (
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
