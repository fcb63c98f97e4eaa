import { useId, useMemo, useRef, useState } from 'react';
import { AnalysisStatusBar } from './AnalysisStatusBar';
import { useCompareRoute } from './use-compare-route';
import { CompareColumnsHeader } from './CompareColumnsHeader';
import { CompareRowList } from './CompareRowList';
import { CompareToolbar } from './CompareToolbar';
import { SourcePicker } from './SourcePicker';
import { layoutCompareRows, visibleRows } from './compare-rows';
import { compareParams, effectiveBase, type CompareSettings } from './compare-settings';
import { useColumnHighlights } from './use-column-highlights';
import { useCompareFocusTarget, useHighlightsWithFocus } from './use-compare-focus';
import { useSourceLabels } from '../../state/source-labels';
import { useLowerCaseWords } from './use-lower-case-words';
import { ChangeList } from './ChangeList';
import { CompareFoldButtons } from './CompareFoldButtons';
import { CompareSearchBox } from './CompareSearchBox';
import { useChangeList } from './use-change-list';
import { findingChanges } from './finding-changes';
import { useClaimsStore } from '../../state/claims-store';
import { useCompareSearch } from './use-compare-search';
import { findInRows } from './compare-search';
import { labelOf } from '../../core/model/source-label';
import type { RowMarker } from './CompareRowList';
import type { Highlight } from '../text/text-spans';
import './compare.css';

/** #/compare?docs=a,b[,c,d]&…: 2–4 sources side by side, aligned passages in rows, word diffs. */
export function CompareScreen({ docs, params }: { docs: string[]; params: Record<string, string> }) {
  const { navigate, library, hydrated, settings, analysis, sources: columns } = useCompareRoute(docs, params, 'columns');
  const missing = docs.filter((id) => !library.some((d) => d.id === id));
  const focus = useCompareFocusTarget(columns);
  const highlights = useHighlightsWithFocus(useColumnHighlights(columns), focus);

  const show = (nextColumns: string[], nextSettings: CompareSettings, replace: boolean) =>
    navigate({ view: 'compare', docs: nextColumns, params: compareParams(nextSettings) }, { replace });
  const tweak = (next: CompareSettings) => show(columns, next, true);

  const base = effectiveBase(settings, columns);
  const result = analysis.result;
  const rows = useMemo(() => {
    if (!result || columns.length < 2) return [];
    const laidOut = layoutCompareRows({ columns, passages: result.passages, groups: result.groups, minScore: settings.minScore });
    return visibleRows(laidOut, { furniture: settings.furniture, differencesOnly: settings.differencesOnly });
  }, [result, columns, settings.minScore, settings.furniture, settings.differencesOnly]);

  const texts = useMemo(() => new Map(library.map((d) => [d.id, d.text])), [library]);
  const titles = useMemo(() => new Map(library.map((d) => [d.id, d.title])), [library]);
  const lowerCase = useLowerCaseWords(columns, texts);
  const labels = useSourceLabels();
  const search = useCompareSearch(rows, findInRows);
  const searchInput = useRef<HTMLInputElement>(null);
  const [jump, setJump] = useState<{ row: number; nonce: number } | null>(null);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [differencesOpen, setDifferencesOpen] = useState(false);
  const [shownColumn, setShownColumn] = useState(0);
  const optionsId = useId();
  const differencesId = useId();
  const jumpTo = (row: number) => setJump((previous) => ({ row, nonce: (previous?.nonce ?? 0) + 1 }));
  const stepSearch = (direction: 1 | -1, fromRow: number) => {
    const match = search.step(direction, fromRow);
    if (match) jumpTo(match.row);
  };
  const shownHighlights = useMemo(() => mergeHighlights(highlights, search.highlights), [highlights, search.highlights]);
  const baseColumn = Math.max(0, columns.indexOf(base ?? ''));
  const changeContext = useMemo(() => ({ baseColumn, diff: settings.diff, lowerCase, texts }), [baseColumn, settings.diff, lowerCase, texts]);
  const dismissedFindings = useClaimsStore((s) => s.dismissedFindings);
  const disagreements = useMemo(() => findingChanges(result?.findings ?? [], rows, columns, dismissedFindings), [result, rows, columns, dismissedFindings]);
  const listed = useChangeList(rows, changeContext);
  const changes = useMemo(() => ({ ...listed, entries: [...disagreements, ...listed.entries] }), [disagreements, listed]);
  const markers = useMemo<RowMarker[]>(
    () => [
      ...search.matches.map((m) => ({ row: m.row, kind: 'search' as const })),
      ...changes.entries.filter((e) => e.kind === 'finding' || e.kind === 'fact').map((e) => ({ row: e.row, kind: e.kind })),
    ],
    [search.matches, changes.entries],
  );
  const context = useMemo(
    () => ({
      columns,
      baseColumn,
      diff: settings.diff,
      texts,
      lowerCase,
      titles,
      labels,
      highlights: shownHighlights,
      onShowFurniture: () => tweak({ ...settings, furniture: 'show' }),
    }),
    // tweak is rebuilt every render; what it does depends on the settings and columns listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, baseColumn, settings, texts, lowerCase, titles, labels, shownHighlights],
  );

  if (columns.length < 2) {
    const loading = !hydrated || library.length === 0;
    return (
      <section className="compare-view" aria-labelledby="compare-title">
        <h1 id="compare-title">Compare sources</h1>
        {loading ? (
          <p className="panel-message" role="status">
            Loading the library…
          </p>
        ) : (
          <>
            {missing.length > 0 && <p className="panel-message error">Not in the library: {missing.join(', ')}. Choose other sources.</p>}
            <SourcePicker library={library} initial={columns} onCompare={(chosen) => show(chosen, settings, false)} />
          </>
        )}
      </section>
    );
  }

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title" className="visually-hidden">
        Compare {columns.length} sources
      </h1>
      <CompareFoldButtons
        optionsId={optionsId}
        optionsOpen={optionsOpen}
        onOptions={setOptionsOpen}
        differencesId={differencesId}
        differencesOpen={differencesOpen}
        differencesCount={changes.entries.length}
        onDifferences={setDifferencesOpen}
      />
      <CompareToolbar
        id={optionsId}
        open={optionsOpen}
        settings={settings}
        onChange={tweak}
        columns={columns}
        library={library}
        onAddSource={(id) => show([...columns, id], settings, false)}
      />
      <AnalysisStatusBar analysis={analysis} />
      {result && (
        <div className={`compare-body${differencesOpen ? ' differences-open' : ''}`} data-shown-column={Math.min(shownColumn, columns.length - 1) + 1}>
          <CompareRowList
            rows={rows}
            context={context}
            focus={focus}
            jump={jump}
            markers={markers}
            searching={search.matches.length > 0}
            onSearchStep={stepSearch}
            onOpenSearch={() => searchInput.current?.focus()}
            header={
              <>
                <CompareSearchBox
                  search={search}
                  inputRef={searchInput}
                  onStep={(direction) => stepSearch(direction, jump?.row ?? 0)}
                  onLeave={() => jumpTo(jump?.row ?? 0)}
                />
                <CompareColumnsHeader
                  columns={columns}
                  library={library}
                  base={columns.length > 2 ? base : null}
                  onReplace={(column, id) => show(columns.map((c, i) => (i === column ? id : c)), settings, false)}
                  onRemove={(column) => show(columns.filter((_, i) => i !== column), settings, false)}
                  onBase={(id) => tweak({ ...settings, base: id })}
                  shown={Math.min(shownColumn, columns.length - 1)}
                  onShow={setShownColumn}
                />
              </>
            }
          />
          <ChangeList
            id={differencesId}
            state={changes}
            rowCount={rows.length}
            labels={columns.map((id) => labelOf(labels, id))}
            onJump={(row) => {
              setDifferencesOpen(false);
              jumpTo(row);
            }}
          />
        </div>
      )}
      {result && rows.length === 0 && <p className="panel-message">No passages to show with these filters.</p>}
    </section>
  );
}

function mergeHighlights(first: ReadonlyMap<string, readonly Highlight[]>, second: ReadonlyMap<string, readonly Highlight[]>): ReadonlyMap<string, readonly Highlight[]> {
  if (second.size === 0) return first;
  const merged = new Map(first);
  for (const [doc, list] of second) merged.set(doc, [...(first.get(doc) ?? []), ...list]);
  return merged;
}
