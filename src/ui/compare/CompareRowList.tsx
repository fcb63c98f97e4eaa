import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { rowNumbersOfPassages, type CompareRow } from './compare-rows';
import { CompareRowView, type RowContext } from './CompareRowView';
import { useCompareKeys } from './use-compare-keys';
import { rowIndexOfOffset } from './use-compare-focus';
import type { FocusTarget } from '../../state/ui-store';

export interface RowMarker {
  row: number;
  kind: 'finding' | 'fact' | 'wording' | 'only' | 'search';
}

interface Props {
  rows: readonly CompareRow[];
  context: Omit<RowContext, 'onJumpToRow' | 'rowOfPassage'>;
  header: React.ReactNode;
  /** A span to bring into view (from the claims, suggestions or timeline). */
  focus: FocusTarget | null;
  /** A row to bring into view and focus (from the change list or the search); a new nonce moves again. */
  jump: { row: number; nonce: number } | null;
  /** Marks beside the scrollbar: where the differences and search matches are. */
  markers: readonly RowMarker[];
  /** With a search active, n / N go to its next / previous match instead of the next difference. */
  searching: boolean;
  onSearchStep(direction: 1 | -1, fromRow: number): void;
  onOpenSearch(): void;
}

/** A row the analyst should look at: aligned text that differs, or content only one source has. */
function hasDifference(row: CompareRow): boolean {
  if (row.kind === 'fold') return false;
  return row.kind === 'aligned' ? row.group.kind !== 'identical' : row.passages[0]!.boilerplate === null;
}

// A guess for rows not yet measured; the virtualizer measures each rendered row.
const ESTIMATED_ROW_HEIGHT = 120;
const OVERSCAN_ROWS = 6;

/**
 * The rows in one scroll container, so the columns scroll together; virtualised, so two long
 * documents render only what is on screen.
 */
export function CompareRowList({ rows, context, header, focus, jump, markers, searching, onSearchStep, onOpenSearch }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [pendingFocus, setPendingFocus] = useState<{ row: number; column: number | null } | null>(null);
  const activeRow = Math.min(active, Math.max(0, rows.length - 1));
  // The virtualizer re-renders this component itself on scroll; nothing here is compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => rows[index]!.key,
  });

  const moveTo = useCallback(
    (index: number, column: number | null = null) => {
      if (rows.length === 0) return;
      const target = Math.max(0, Math.min(rows.length - 1, index));
      setActive(target);
      virtualizer.scrollToIndex(target, { align: 'auto' });
      setPendingFocus({ row: target, column });
    },
    [rows.length, virtualizer],
  );

  // Focus after the target row has been rendered by the virtualizer.
  useEffect(() => {
    if (!pendingFocus) return;
    const frame = requestAnimationFrame(() => {
      const rowElement = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${pendingFocus.row}"]`);
      if (!rowElement) return;
      const target = pendingFocus.column === null ? rowElement : rowElement.querySelector<HTMLElement>(`[data-column="${pendingFocus.column + 1}"]`);
      (target ?? rowElement).focus({ preventScroll: true });
      setPendingFocus(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [pendingFocus, virtualizer]);

  // Whatever opened this view (a heat-map cell, a link in a view now gone) unmounted with the
  // focus, which fell to <body>: the rows take it, so j/k and 1–4 work straight away.
  const hasRows = rows.length > 0;
  useEffect(() => {
    const focused = document.activeElement;
    if (hasRows && (focused === null || focused === document.body)) moveTo(activeRow);
    // Only the arrival of rows matters; a focus the analyst placed since is left alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasRows]);

  const focusNonce = focus?.nonce;
  useEffect(() => {
    if (!focus) return;
    const column = context.columns.indexOf(focus.docId);
    const index = rowIndexOfOffset(rows, column, focus.start);
    if (index >= 0) moveTo(index, column);
    // Only a new request moves the view; later row or column changes must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusNonce]);

  const jumpNonce = jump?.nonce;
  useEffect(() => {
    if (jump) moveTo(jump.row);
    // Only a new request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jumpNonce]);

  const stepDifference = (direction: 1 | -1) => {
    if (searching) return onSearchStep(direction, activeRow);
    for (let index = activeRow + direction; index >= 0 && index < rows.length; index += direction) {
      if (hasDifference(rows[index]!)) return moveTo(index);
    }
  };
  useCompareKeys(
    {
      next: () => moveTo(activeRow + 1),
      previous: () => moveTo(activeRow - 1),
      nextDifference: () => stepDifference(1),
      previousDifference: () => stepDifference(-1),
      openSearch: onOpenSearch,
      focusColumn: (column) => moveTo(activeRow, column),
    },
    context.columns.length,
  );

  const rowOfPassage = useMemo(() => rowNumbersOfPassages(rows), [rows]);
  const fullContext = useMemo<RowContext>(() => ({ ...context, rowOfPassage, onJumpToRow: (index) => moveTo(index) }), [context, rowOfPassage, moveTo]);

  return (
    <div className="compare-table">
      {header}
      <div className="compare-scroll-wrap">
      <RowMarkers markers={markers} rowCount={rows.length} offsetOf={(row) => virtualizer.measurementsCache[row]?.start ?? 0} totalSize={virtualizer.getTotalSize()} onJump={moveTo} />
      <div
        ref={scrollRef}
        className="compare-scroll"
        // Focusable so the keyboard can scroll it even when the active row is virtualised away.
        tabIndex={0}
        role="region"
        aria-label="Comparison rows"
        onFocus={(event) => {
          const index = (event.target as HTMLElement).closest<HTMLElement>('[data-row-index]')?.dataset.rowIndex;
          if (index !== undefined && Number(index) !== activeRow) setActive(Number(index));
        }}
      >
        <div role="list" aria-label="Aligned passages" className="compare-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <CompareRowView
              key={item.key}
              measureRef={virtualizer.measureElement}
              offset={item.start}
              row={rows[item.index]!}
              index={item.index}
              active={item.index === activeRow}
              context={fullContext}
            />
          ))}
        </div>
      </div>
      </div>
    </div>
  );
}

/** Marks beside the scrollbar at each marked row's place in the list (measured or estimated). */
function RowMarkers({ markers, rowCount, offsetOf, totalSize, onJump }: { markers: readonly RowMarker[]; rowCount: number; offsetOf(row: number): number; totalSize: number; onJump(row: number): void }) {
  if (rowCount === 0 || totalSize === 0) return null;
  // One mark per pixel row is all a scrollbar can show; the first marker at a place wins.
  const placed = new Map<number, RowMarker>();
  for (const marker of markers) {
    const place = Math.round((offsetOf(marker.row) / totalSize) * 1000) / 10;
    if (!placed.has(place)) placed.set(place, marker);
  }
  return (
    <div className="row-markers" aria-hidden="true">
      {[...placed].map(([place, marker]) => (
        <span key={place} className={`row-marker row-marker-${marker.kind}`} style={{ top: `${place}%` }} onClick={() => onJump(marker.row)} />
      ))}
    </div>
  );
}
