import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SourceDocument } from '../../core/model/document';
import { useSeedLoader } from '../../data/use-seed-loader';
import { useActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { setSelection, useStoryView } from '../../state/story-view';
import { useRoute } from '../app/use-route';
import { CompareBar } from './CompareBar';
import { SeedLoadStatus } from './SeedLoadStatus';
import { SelectionActions } from './SelectionActions';
import { removeSources } from './source-actions';
import { SourcesNoticeBar } from './SourcesNotice';
import { SourceRow } from './SourceRow';
import { rangeToggle } from './tick-range';
import './library.css';

/** A row with a two-line title; rows measure themselves, this only seeds the scroll height. */
const ESTIMATED_ROW_HEIGHT = 96;
/** Rows rendered beyond the visible ones, so fast scrolling never shows blank space. */
const OVERSCAN_ROWS = 6;

/** Below this many documents the whole list fits in view and a filter would only add clutter. */
const FILTER_FROM = 8;

function filterDocuments(documents: SourceDocument[], filter: string): SourceDocument[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return documents;
  return documents.filter((doc) => {
    const haystack = `${doc.title} ${doc.outlet}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The library: every active document, to open, tick for comparison, and restore seeds. */
export function SourcesPanel() {
  const seedState = useSeedLoader();
  const documents = useActiveDocuments();
  const hydrated = useDocumentsStore((state) => state.hydrated);
  const seedRemoved = useDocumentsStore((state) => Object.values(state.documents).some((doc) => doc.origin.kind === 'seed' && doc.removedAt !== null));
  const restoreSeeds = useDocumentsStore((state) => state.restoreSeeds);
  const [route, navigate] = useRoute();
  const currentId = route.view === 'read' ? route.docId : null;

  const [filter, setFilter] = useState('');
  // With the filter box gone (few documents left), a leftover filter must not hide anything.
  const activeFilter = documents.length > FILTER_FROM ? filter : '';
  const shown = useMemo(() => filterDocuments(documents, activeFilter), [documents, activeFilter]);
  const ticked = useStoryView((state) => state.selection);
  const activeIds = useMemo(() => new Set(documents.map((doc) => doc.id)), [documents]);
  // A removed document cannot stay ticked.
  const selected = useMemo(() => ticked.filter((id) => activeIds.has(id)), [ticked, activeIds]);
  // The row ticked or unticked last: Shift+click ticks (or unticks) every row from it to the clicked one.
  const anchor = useRef<string | null>(null);
  const toggle = useCallback(
    (id: string, range: boolean) => {
      const ids = useStoryView.getState().selection;
      const order = shown.map((doc) => doc.id);
      setSelection(rangeToggle(ids, order, anchor.current, id, range));
      anchor.current = id;
    },
    [shown],
  );
  const selectedDocuments = useMemo(() => shown.filter((doc) => selected.includes(doc.id)), [shown, selected]);

  /** After a removal the focus goes to the row that took the first removed row's place. */
  const focusAfterRemoval = (removed: readonly string[]) => {
    const gone = new Set(removed);
    const first = shown.findIndex((doc) => gone.has(doc.id));
    const next = shown.slice(first).find((doc) => !gone.has(doc.id)) ?? shown.slice(0, first).reverse().find((doc) => !gone.has(doc.id));
    if (!next) return;
    virtualizer.scrollToIndex(shown.indexOf(next));
    window.requestAnimationFrame(() => document.getElementById(`source-select-${next.id}`)?.focus());
  };
  // Delete removes the ticked sources, or the focused row's source when none is ticked.
  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Delete' || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-doc-id]');
    const ids = selectedDocuments.length > 0 ? selectedDocuments.map((doc) => doc.id) : row?.dataset.docId ? [row.dataset.docId] : [];
    if (ids.length === 0) return;
    event.preventDefault();
    focusAfterRemoval(ids);
    removeSources(ids);
  };

  const listRef = useRef<HTMLDivElement>(null);
  // The app is not built with React Compiler, and this component reads the virtualizer afresh on
  // every render, which is what the rule asks for.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => shown[index]?.id ?? index,
  });

  return (
    <section className="sources-panel" aria-labelledby="sources-heading">
      <div className="sources-header">
        <h2 id="sources-heading">
          Sources <span className="muted">({shown.length === documents.length ? documents.length : `${shown.length} of ${documents.length}`})</span>
        </h2>
        {seedRemoved && (
          <button type="button" className="button small" onClick={restoreSeeds}>
            Restore seed documents
          </button>
        )}
      </div>
      {documents.length > FILTER_FROM && (
        <div className="sources-filter">
          <label className="visually-hidden" htmlFor="sources-filter">
            Filter sources by title or outlet
          </label>
          <input id="sources-filter" type="search" placeholder="Filter by title or outlet" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
      )}
      {seedState.status === 'error' && <SeedLoadStatus state={seedState} />}
      {hydrated && documents.length === 0 && seedState.status === 'idle' && (
        <p className="panel-message">No documents in this story yet. Use “Add documents” to paste an article or choose files, or “Import” to open a project file.</p>
      )}
      {shown.length === 0 && documents.length > 0 && <p className="panel-message">No source matches “{filter}”.</p>}
      {/* Keys reach the list from its checkboxes and links; the list itself is not a stop. */}
      <div ref={listRef} className="sources-list" onKeyDown={onListKeyDown}>
        {/* Over the empty list while the seeds load, so nothing moves when they arrive. */}
        {seedState.status === 'loading' && <SeedLoadStatus state={seedState} />}
        <ul className="sources-items" aria-label="Documents" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const document = shown[item.index]!;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-setsize={shown.length}
                aria-posinset={item.index + 1}
                className="sources-item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <SourceRow document={document} selected={selected.includes(document.id)} current={document.id === currentId} onToggle={toggle} />
              </li>
            );
          })}
        </ul>
      </div>
      <SourcesNoticeBar />
      <CompareBar
        selectedCount={selected.length}
        onClear={() => setSelection([])}
        onCompare={() => navigate({ view: 'compare', docs: selected, params: {} })}
        onVariants={() => navigate({ view: 'compare', docs: selected, params: { view: 'variants' } })}
      >
        <SelectionActions selected={selectedDocuments} onRemoved={() => focusAfterRemoval(selectedDocuments.map((doc) => doc.id))} />
      </CompareBar>
    </section>
  );
}
