import { useMemo, useRef, useState } from 'react';
import { useClaimsStore } from '../../state/claims-store';
import { useActiveDocuments } from '../../state/documents-store';
import { createClaimFromSelection, NOTHING_TO_UNDO, redoClaimEdit, undoClaimEdit } from './claim-actions';
import { filterClaims, isFiltering, NO_FILTER, tagsInUse, type ClaimFilter } from './claim-filter';
import { useClaimNotice, useNoticeVisibility } from './claim-notice';
import { DeletedWhileEdited } from './DeletedWhileEdited';
import { PlacementReports } from './PlacementReports';
import { ClaimFilters } from './ClaimFilters';
import { ClaimsList } from './ClaimsList';
import { useSourceLabels } from '../../state/source-labels';
import { useOrderedClaims } from './use-ordered-claims';
import './claims.css';

export function ClaimsPanel() {
  const claims = useOrderedClaims();
  const documents = useActiveDocuments();
  const documentsById = useMemo(() => new Map(documents.map((doc) => [doc.id, doc])), [documents]);
  const sourceNames = useSourceLabels();
  const notice = useClaimNotice((s) => s.notice);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useNoticeVisibility(noticeRef);
  const undoLabel = useClaimsStore((s) => s.history.past.at(-1)?.label);
  const redoLabel = useClaimsStore((s) => s.history.future.at(-1)?.label);
  const hydrated = useClaimsStore((s) => s.hydrated);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);

  const visible = useMemo(() => filterClaims(claims, filter).reverse(), [claims, filter]);
  const tags = useMemo(() => tagsInUse(claims), [claims]);

  return (
    <div className="claims-panel">
      <div className="claims-actions">
        <button type="button" className="button primary" onClick={() => createClaimFromSelection()}>
          New claim <kbd>c</kbd>
        </button>
        <span className="claims-history-buttons">
          {/* Not disabled when empty: focusable, and pressed it says why there is nothing to undo. */}
          <button type="button" className="button small" aria-disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : NOTHING_TO_UNDO} onClick={undoClaimEdit}>
            Undo
          </button>
          <button
            type="button"
            className="button small"
            disabled={!redoLabel}
            title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            onClick={redoClaimEdit}
          >
            Redo
          </button>
        </span>
      </div>
      {/* Not a live region: the status line reads each outcome out, and stays out of sight while this shows it. */}
      <p ref={noticeRef} className={`claims-notice${notice?.tone === 'error' ? ' is-error' : ''}`}>
        {notice?.text ?? 'Select text in a source, then press “New claim” or c.'}
      </p>

      <DeletedWhileEdited />
      <PlacementReports documents={documentsById} sourceNames={sourceNames} />
      {claims.length > 0 ? <ClaimFilters filter={filter} onChange={setFilter} documents={documents} tags={tags} /> : null}

      <h2 className="claims-heading">
        Claims{' '}
        <span className="claims-count">{isFiltering(filter) ? `${visible.length} of ${claims.length}` : claims.length}</span>
      </h2>
      {!hydrated ? <p className="panel-message">Loading saved claims…</p> : null}
      {hydrated && claims.length === 0 ? <p className="panel-message">No claims yet.</p> : null}
      {claims.length > 0 && visible.length === 0 ? (
        <p className="panel-message">
          No claim matches these filters.{' '}
          <button type="button" className="button small" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </button>
        </p>
      ) : null}
      <ClaimsList claims={visible} documents={documentsById} sourceNames={sourceNames} />
    </div>
  );
}
