import { useMemo } from 'react';
import { useOverview } from '../../data/use-analysis';
import { useActiveDocuments } from '../../state/documents-store';
import { useRoute } from '../app/use-route';
import { AnalysisStatusBar } from './AnalysisStatusBar';
import { labelOf } from '../../core/model/source-label';
import { SourceClusters } from './SourceClusters';
import { useSourceLabels } from '../../state/source-labels';
import './compare.css';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * #/overview: for the best-connected sources, sources × sources, the share of each row source's
 * text that aligns with each column source; every source in clusters of sources that share text.
 * The worker computes both with the analysis (core/overview), so this renders what is on screen.
 * After a reload it draws the overview stored with the result, without reading the result.
 */
export function OverviewScreen() {
  const [, navigate] = useRoute();
  const { analysis, overview, stored } = useOverview();
  const library = useActiveDocuments();
  const titles = useMemo(() => new Map(library.map((d) => [d.id, d.title])), [library]);
  const matrix = overview?.heatMap;
  const labels = useSourceLabels();
  const label = (id: string) => labelOf(labels, id);

  return (
    <section className="overview-view" aria-labelledby="overview-title">
      <h1 id="overview-title">Overview: how much the sources share</h1>
      {!stored && <AnalysisStatusBar analysis={analysis} />}
      {matrix && overview && (
        <>
          <p className="muted">
            Each cell is the share of the row source’s text (page furniture left out) that aligns with the column source. Choose a cell to compare the pair.
            {overview.ranking.length > matrix.docs.length && ` Showing the ${matrix.docs.length} most connected of ${overview.ranking.length.toLocaleString('en')} documents; all of them are in the clusters below.`}
          </p>
          <div className="heat-map-scroll">
            <table className="heat-map">
              <caption className="visually-hidden">Aligned share of each row source with each column source</caption>
              <thead>
                <tr>
                  <td />
                  {matrix.docs.map((id) => (
                    <th key={id} scope="col" title={titles.get(id)}>
                      <span className="heat-column-label">{label(id)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.docs.map((rowId, row) => (
                  <tr key={rowId}>
                    <th scope="row" title={titles.get(rowId)}>
                      {label(rowId)}
                    </th>
                    {matrix.docs.map((columnId, column) => {
                      const share = matrix.share[row]![column]!;
                      if (row === column) {
                        return (
                          <td key={columnId} className="heat-self">
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">same source</span>
                          </td>
                        );
                      }
                      return (
                        <td key={columnId}>
                          <button
                            type="button"
                            className={`heat-cell${share >= HOT_SHARE ? ' is-hot' : ''}`}
                            style={{ backgroundColor: heatColour(share) }}
                            data-row={rowId}
                            data-column={columnId}
                            data-share={share.toFixed(4)}
                            aria-label={`${label(rowId)} vs ${label(columnId)}: ${percent(share)} aligned`}
                            onClick={() => navigate({ view: 'compare', docs: [rowId, columnId], params: {} })}
                          >
                            {percent(share)}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SourceClusters overview={overview} labels={labels} />
        </>
      )}
    </section>
  );
}

/** Share at which a cell turns dark with white text (class is-hot). */
const HOT_SHARE = 0.5;

/**
 * White to deep blue, with a step at HOT_SHARE: light cells stay light enough for dark text and
 * dark cells dark enough for white text (WCAG AA either way), with no unreadable middle.
 */
function heatColour(share: number): string {
  const lightness = share < HOT_SHARE ? 98 - (share / HOT_SHARE) * 28 : 45 - ((share - HOT_SHARE) / (1 - HOT_SHARE)) * 20;
  return `hsl(214 70% ${Math.round(lightness)}%)`;
}
