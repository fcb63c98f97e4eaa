import { needsReview } from '../../core/anchoring';
import type { Claim } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { StatusBadge } from './StatusBadge';
import { labelOf } from '../../core/model/source-label';

interface Props {
  claim: Claim;
  documents: ReadonlyMap<string, SourceDocument>;
  sourceNames: ReadonlyMap<string, string>;
  expanded: boolean;
  onToggle: () => void;
}

function countsBySource(claim: Claim): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const evidence of claim.evidence) counts.set(evidence.docId, (counts.get(evidence.docId) ?? 0) + 1);
  return [...counts];
}

export function ClaimListItem({ claim, documents, sourceNames, expanded, onToggle }: Props) {
  const counts = countsBySource(claim);
  const toReview = claim.evidence.filter((evidence) => needsReview(evidence.placement)).length;
  return (
    <button
      type="button"
      className="claim-summary"
      aria-expanded={expanded}
      aria-controls={`claim-detail-${claim.id}`}
      onClick={onToggle}
    >
      <span className="claim-summary-top">
        <StatusBadge status={claim.status} />
        <span className="claim-evidence-counts">
          {counts.length === 0 ? (
            <span className="claim-source-count is-empty">no evidence</span>
          ) : (
            counts.map(([docId, count]) => {
              const doc = documents.get(docId);
              return (
                <span
                  key={docId}
                  className={`claim-source-count${doc ? '' : ' is-missing'}`}
                  title={doc ? doc.title : 'Source removed: its evidence is orphaned'}
                >
                  {doc ? labelOf(sourceNames, docId) : `${labelOf(sourceNames, docId)} (removed)`} ×{count}
                </span>
              );
            })
          )}
          {toReview > 0 ? <span className="claim-source-count placement-mark">⚠ {toReview} to review</span> : null}
        </span>
      </span>
      <span className="claim-statement">{claim.statement || 'Untitled claim'}</span>
      {claim.tags.length > 0 ? <span className="claim-tags-inline">{claim.tags.map((tag) => `#${tag}`).join(' ')}</span> : null}
    </button>
  );
}
