import { useId, useMemo, useRef, useState } from 'react';
import { apparatusCsv, buildApparatus, type ApparatusEntry } from '../../core/apparatus';
import { downloadFile } from '../export/download-file';
import { AnalysisStatusBar } from './AnalysisStatusBar';
import { useCompareRoute } from './use-compare-route';
import { ApparatusList } from './ApparatusList';
import { CompareSearchBox } from './CompareSearchBox';
import { findInApparatus } from './compare-search';
import { useCompareSearch } from './use-compare-search';
import { SourcePicker } from './SourcePicker';
import { compareParams, effectiveBase, MAX_COLUMNS, MAX_VARIANT_SOURCES, readingKey, type CompareSettings } from './compare-settings';
import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';
import './compare.css';

const NO_ENTRIES: readonly ApparatusEntry[] = [];

/** #/compare?docs=a,b,…&view=variants[&base=a]: one base text, under each passage the other sources' readings. */
export function VariantsScreen({ docs, params }: { docs: string[]; params: Record<string, string> }) {
  const { navigate, library, hydrated, settings, analysis, sources } = useCompareRoute(docs, params, 'variants');
  const labels = useSourceLabels();
  const baseId = useId();
  const base = effectiveBase(settings, sources);
  const result = analysis.result;
  const apparatus = useMemo(() => {
    if (!result || !base || sources.length < 2) return null;
    const others = sources.filter((id) => id !== base);
    return buildApparatus({ base, sources: others, passages: result.passages, groups: result.groups, normalize: readingKey(settings.diff) });
  }, [result, base, sources, settings.diff]);
  const search = useCompareSearch(apparatus?.entries ?? NO_ENTRIES, findInApparatus);
  const searchInput = useRef<HTMLInputElement>(null);
  const [jump, setJump] = useState<{ row: number; nonce: number } | null>(null);
  const stepSearch = (direction: 1 | -1) => {
    const match = search.step(direction, jump?.row ?? 0);
    if (match) setJump((previous) => ({ row: match.row, nonce: (previous?.nonce ?? 0) + 1 }));
  };

  const show = (nextSources: string[], next: CompareSettings, replace: boolean) => navigate({ view: 'compare', docs: nextSources, params: compareParams(next) }, { replace });
  const label = (id: string) => labelOf(labels, id);

  if (sources.length < 2) {
    return (
      <section className="compare-view" aria-labelledby="variants-title">
        <h1 id="variants-title">Variants</h1>
        {!hydrated || library.length === 0 ? (
          <p className="panel-message" role="status">
            Loading the library…
          </p>
        ) : (
          <SourcePicker library={library} initial={sources} max={MAX_VARIANT_SOURCES} onCompare={(chosen) => show(chosen, settings, false)} />
        )}
      </section>
    );
  }

  return (
    <section className="compare-view variants-view" aria-labelledby="variants-title">
      <h1 id="variants-title">Variants across {sources.length} sources</h1>
      <div className="compare-toolbar" role="group" aria-label="Variants options">
        <span className="toggle">
          <label htmlFor={baseId}>Base text</label>
          <select id={baseId} value={base ?? ''} onChange={(e) => show(sources, { ...settings, base: e.target.value }, true)}>
            {sources.map((id) => (
              <option key={id} value={id}>
                {label(id)}
              </option>
            ))}
          </select>
        </span>
        <button
          type="button"
          className="button small"
          disabled={!apparatus}
          onClick={() => apparatus && downloadFile({ fileName: `apparatus-${apparatus.base}.csv`, mimeType: 'text/csv;charset=utf-8', content: apparatusCsv(apparatus, label) })}
        >
          Export apparatus (CSV)
        </button>
        {sources.length <= MAX_COLUMNS && (
          <button type="button" className="button small" onClick={() => show(sources, { ...settings, layout: 'columns' }, false)}>
            Side by side
          </button>
        )}
      </div>
      <AnalysisStatusBar analysis={analysis} />
      {apparatus && (
        <>
          <CompareSearchBox search={search} inputRef={searchInput} onStep={stepSearch} onLeave={() => undefined} placeholder="Search every passage and reading" />
          <ApparatusList apparatus={apparatus} diff={settings.diff} label={label} matches={search.matches} current={search.current} jump={jump} />
        </>
      )}
    </section>
  );
}
