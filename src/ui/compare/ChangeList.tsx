import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { CHANGE_KIND_ORDER, type ChangeEntry, type ChangeKind } from './change-list';
import type { ChangeListState } from './use-change-list';

const KIND_TITLES: Record<ChangeKind, string> = {
  finding: 'From Suggestions',
  fact: 'Numbers, names, dates',
  wording: 'Wording',
  only: 'Only in one source',
};

type Item = { heading: ChangeKind; count: number } | { entry: ChangeEntry };

const ITEM_HEIGHT = 44;

interface Props {
  id: string;
  state: ChangeListState;
  rowCount: number;
  labels: readonly string[];
  onJump(row: number): void;
}

/** Every difference of the comparison, facts first; each entry jumps to its row. Virtualised. */
export function ChangeList({ id, state, rowCount, labels, onJump }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const items = useMemo(() => {
    const list: Item[] = [];
    for (const kind of CHANGE_KIND_ORDER) {
      const entries = state.entries.filter((entry) => entry.kind === kind);
      if (entries.length === 0) continue;
      list.push({ heading: kind, count: entries.length }, ...entries.map((entry) => ({ entry })));
    }
    return list;
  }, [state.entries]);
  // The virtualizer re-renders this component itself on scroll; nothing here is compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => scrollRef.current, estimateSize: () => ITEM_HEIGHT, overscan: 8 });
  const listing = state.done < rowCount;
  return (
    <aside id={id} className="change-list" aria-labelledby="change-list-title">
      <h2 id="change-list-title">
        Differences <span className="muted">({state.entries.length})</span>
      </h2>
      {listing && (
        <p className="muted change-list-progress" role="status">
          Listing… {state.done} of {rowCount} rows
        </p>
      )}
      <div ref={scrollRef} className="change-list-scroll">
        <ul style={{ height: virtualizer.getTotalSize() }} aria-label="Differences, numbers, names and dates first">
          {virtualizer.getVirtualItems().map((virtual) => {
            const item = items[virtual.index]!;
            return (
              <li key={virtual.key} data-index={virtual.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${virtual.start}px)` }}>
                {'heading' in item ? (
                  <h3 className={`change-kind change-kind-${item.heading}`}>
                    {KIND_TITLES[item.heading]} ({item.count})
                  </h3>
                ) : (
                  <button type="button" className={`change-entry change-entry-${item.entry.kind}`} onClick={() => onJump(item.entry.row)}>
                    <span className="change-row">
                      Row {item.entry.row + 1} · {labels[item.entry.column]}
                    </span>
                    <span className="change-summary" title={item.entry.summary}>
                      {item.entry.summary}
                    </span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
}
