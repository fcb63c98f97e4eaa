import { useState } from 'react';
import type { SourceOverview, SourceStanding } from '../../core/overview/source-overview';
import { labelOf } from '../../core/model/source-label';
import { formatRoute } from '../app/route';

/** Clusters listed at first, and members shown per opened cluster, before "Show more". */
const PAGE = 25;
/** Sources named in a closed cluster's one-line summary. */
const NAMED_IN_SUMMARY = 3;

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Every source, in clusters of sources that share text (largest first), each closed to one line
 * ("12 sources: …") and opened on demand, a page at a time: readable at 5,000 sources, and the
 * page holds only what was opened.
 */
export function SourceClusters({ overview, labels }: { overview: SourceOverview; labels: ReadonlyMap<string, string> }) {
  const [shown, setShown] = useState(PAGE);
  const standings = new Map(overview.ranking.map((standing) => [standing.id, standing]));
  const { clusters } = overview;
  return (
    <section className="source-clusters" aria-labelledby="source-clusters-title">
      <h2 id="source-clusters-title">Sources that share text</h2>
      <p className="muted">
        {clusters.length.toLocaleString('en')} {clusters.length === 1 ? 'cluster' : 'clusters'}, most connected sources first
        {overview.unconnected > 0 && `; ${overview.unconnected.toLocaleString('en')} ${overview.unconnected === 1 ? 'source shares' : 'sources share'} no passage with any other`}.
      </p>
      <ul className="cluster-list">
        {clusters.slice(0, shown).map((members) => (
          <li key={members[0]}>
            <ClusterItem members={members} standings={standings} labels={labels} />
          </li>
        ))}
      </ul>
      <ShowMore total={clusters.length} shown={shown} noun="clusters" onMore={setShown} />
    </section>
  );
}

function ClusterItem({ members, standings, labels }: { members: string[]; standings: ReadonlyMap<string, SourceStanding>; labels: ReadonlyMap<string, string> }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const named = members.slice(0, NAMED_IN_SUMMARY).map((id) => labelOf(labels, id));
  const rest = members.length - named.length;
  return (
    <details className="cluster" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <strong>{members.length.toLocaleString('en')} sources:</strong> {named.join('; ')}
        {rest > 0 && ` and ${rest.toLocaleString('en')} more`}
      </summary>
      {open && (
        <>
          <ol className="cluster-members">
            {members.slice(0, shown).map((id) => (
              <li key={id}>
                <a href={formatRoute({ view: 'read', docId: id })}>{labelOf(labels, id)}</a>{' '}
                <span className="muted">
                  {percent(standings.get(id)?.alignedShare ?? 0)} aligned, {(standings.get(id)?.links ?? 0).toLocaleString('en')} links
                </span>
              </li>
            ))}
          </ol>
          <ShowMore total={members.length} shown={shown} noun="sources" onMore={setShown} />
        </>
      )}
    </details>
  );
}

/** The next page of a list, or nothing once all of it is shown. */
function ShowMore({ total, shown, noun, onMore }: { total: number; shown: number; noun: string; onMore: (shown: number) => void }) {
  if (total <= shown) return null;
  return (
    <button type="button" className="button small" onClick={() => onMore(shown + PAGE)}>
      Show {Math.min(PAGE, total - shown)} more {noun}
    </button>
  );
}
