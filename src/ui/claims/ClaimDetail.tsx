import { useState } from 'react';
import type { Claim, ClaimStatus } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { labelOf } from '../../core/model/source-label';
import { useClaimsStore } from '../../state/claims-store';
import { useUiStore } from '../../state/ui-store';
import { addSelectionToClaim, confirmEvidencePlacement, reselectEvidence, tellClaimOutcome } from './claim-actions';
import { CLAIM_STATUSES, STATUS_LABEL, STATUS_SYMBOL } from './claim-labels';
import { CounterpartOffers } from './CounterpartOffers';
import { EvidenceItem } from './EvidenceItem';
import { TagEditor } from './TagEditor';
import { useShowSpan } from './use-show-span';

interface Props {
  claim: Claim;
  documents: ReadonlyMap<string, SourceDocument>;
  sourceNames: ReadonlyMap<string, string>;
}

/**
 * A text field edited freely and saved as one undoable step when it loses focus. A change from
 * elsewhere (another tab, undo) is taken in when the analyst has not typed; while a draft differs,
 * it is never replaced under the cursor: the analyst chooses to keep theirs or take the other one.
 */
function DraftField({ id, label, value, multiline, onCommit }: { id: string; label: string; value: string; multiline?: boolean; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  /** The stored value the draft started from. */
  const [base, setBase] = useState(value);
  const [seen, setSeen] = useState(value);
  const [conflict, setConflict] = useState(false);
  if (value !== seen) {
    setSeen(value);
    if (draft === base) {
      setDraft(value);
      setBase(value);
    } else if (value !== draft) setConflict(true);
  }
  const commit = () => {
    if (conflict) return;
    if (draft !== value) onCommit(draft);
    setBase(draft);
  };
  const keepMine = () => {
    setConflict(false);
    setBase(value);
    if (draft !== value) onCommit(draft);
  };
  const takeTheirs = () => {
    setConflict(false);
    setDraft(value);
    setBase(value);
  };
  const common = {
    id,
    value: draft,
    onChange: (event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape') setDraft(base);
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
    },
  };
  // Buttons keep the focus in the field: clicking them must not move it to <body>.
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div className="draft-field">
      <label className="field" htmlFor={id}>
        <span>{label}</span>
        <textarea rows={multiline ? 3 : 2} {...common} aria-describedby={conflict ? `${id}-conflict` : undefined} />
      </label>
      {conflict && (
        <p className="draft-conflict" id={`${id}-conflict`} role="status">
          {label} changed in another tab —{' '}
          <button type="button" className="button small" onMouseDown={keepFocus} onClick={keepMine}>
            Keep mine
          </button>{' '}
          <button type="button" className="button small" onMouseDown={keepFocus} onClick={takeTheirs}>
            Take theirs
          </button>
        </p>
      )}
    </div>
  );
}

export function ClaimDetail({ claim, documents, sourceNames }: Props) {
  const updateClaim = useClaimsStore((s) => s.updateClaim);
  const removeEvidence = useClaimsStore((s) => s.removeEvidence);
  const setEvidenceStance = useClaimsStore((s) => s.setEvidenceStance);
  const deleteClaim = useClaimsStore((s) => s.deleteClaim);
  const selectClaim = useUiStore((s) => s.selectClaim);
  const showSpan = useShowSpan();

  const setStatus = (status: ClaimStatus) => updateClaim(claim.id, { status });

  return (
    <div className="claim-detail" id={`claim-detail-${claim.id}`}>
      <DraftField
        id={`statement-${claim.id}`}
        label="Statement"
        value={claim.statement}
        onCommit={(statement) => updateClaim(claim.id, { statement })}
      />

      <fieldset className="status-choice">
        <legend>
          Status <span className="status-keys">keys 1–3</span>
        </legend>
        {CLAIM_STATUSES.map((status) => (
          <label key={status} className={`status-option status-${status}${claim.status === status ? ' is-checked' : ''}`}>
            <input type="radio" name={`status-${claim.id}`} value={status} checked={claim.status === status} onChange={() => setStatus(status)} />
            <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {STATUS_LABEL[status]}
          </label>
        ))}
      </fieldset>

      <section className="claim-evidence" aria-label="Evidence">
        <div className="claim-evidence-head">
          <h3>Evidence ({claim.evidence.length})</h3>
          <button type="button" className="button small" onClick={() => addSelectionToClaim()}>
            Add selection <kbd>a</kbd>
          </button>
        </div>
        {claim.evidence.length === 0 ? <p className="claim-hint">Select text in a source and press “Add selection”.</p> : null}
        <ul className="evidence-list">
          {claim.evidence.map((evidence) => (
            <EvidenceItem
              key={evidence.id}
              evidence={evidence}
              doc={documents.get(evidence.docId)}
              sourceName={labelOf(sourceNames, evidence.docId)}
              onStanceChange={(stance) => setEvidenceStance(claim.id, evidence.id, stance)}
              onRemove={() => removeEvidence(claim.id, evidence.id)}
              onShow={showSpan}
              onConfirm={() => confirmEvidencePlacement(claim.id, evidence.id)}
              onReselect={() => reselectEvidence(claim.id, evidence, showSpan)}
            />
          ))}
        </ul>
        <CounterpartOffers claim={claim} documents={documents} />
      </section>

      <DraftField id={`note-${claim.id}`} label="Note" value={claim.note} multiline onCommit={(note) => updateClaim(claim.id, { note })} />

      <div className="field">
        <span>Tags</span>
        <TagEditor tags={claim.tags} onChange={(tags) => updateClaim(claim.id, { tags })} />
      </div>

      <div className="claim-detail-footer">
        <button
          type="button"
          className="button small danger"
          onClick={() => {
            deleteClaim(claim.id);
            selectClaim(null);
            tellClaimOutcome('Claim deleted. Undo with Ctrl+Z or the Undo button.');
          }}
        >
          Delete claim
        </button>
      </div>
    </div>
  );
}
