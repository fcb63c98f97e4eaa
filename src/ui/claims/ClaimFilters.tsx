import type { SourceDocument } from '../../core/model/document';
import type { ClaimStatus } from '../../core/model/claims';
import { CLAIM_STATUSES, STATUS_LABEL } from './claim-labels';
import type { ClaimFilter } from './claim-filter';
import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';

interface Props {
  filter: ClaimFilter;
  onChange: (filter: ClaimFilter) => void;
  documents: readonly SourceDocument[];
  tags: readonly string[];
}

export function ClaimFilters({ filter, onChange, documents, tags }: Props) {
  const labels = useSourceLabels();
  return (
    <div className="claim-filters" role="search" aria-label="Filter claims">
      <label className="field claim-search">
        <span className="visually-hidden">Search claims</span>
        <input
          type="search"
          placeholder="Search claims…"
          value={filter.query}
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
      </label>
      <label className="field">
        <span>Status</span>
        <select value={filter.status} onChange={(event) => onChange({ ...filter, status: event.target.value as ClaimStatus | 'all' })}>
          <option value="all">All</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABEL[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Source</span>
        <select value={filter.source} onChange={(event) => onChange({ ...filter, source: event.target.value })}>
          <option value="all">All</option>
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {labelOf(labels, doc.id)}
            </option>
          ))}
        </select>
      </label>
      {tags.length > 0 ? (
        <label className="field">
          <span>Tag</span>
          <select value={filter.tag} onChange={(event) => onChange({ ...filter, tag: event.target.value })}>
            <option value="all">All</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
