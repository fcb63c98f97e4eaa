import { describePlacement } from '../../core/anchoring';
import type { Evidence, Stance } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { HighlightedText } from '../text/HighlightedText';
import { STANCES, STANCE_LABEL } from './claim-labels';
import { usePlacedSpansVersion } from './anchor-cache';
import { placeEvidence } from './evidence-highlights';

/** Long spans (a whole paragraph) are previewed; the reader shows them whole. */
const QUOTE_PREVIEW_CHARS = 240;

interface Props {
  evidence: Evidence;
  doc: SourceDocument | undefined;
  /** Short name of the source, known even after it was removed. */
  sourceName: string;
  onStanceChange: (stance: Stance) => void;
  onRemove: () => void;
  onShow: (span: { docId: string; start: number; end: number }) => void;
  /** Keeps a span that moved or was placed approximately where it is. */
  onConfirm: () => void;
  /** Makes the span cite the words selected in its source instead. */
  onReselect: () => void;
}

const ORPHAN_REASON = {
  'document-missing': 'its source was removed; restoring the source re-attaches it',
  'quote-not-found': 'the quoted words are no longer in the source text',
} as const;

export function EvidenceItem({ evidence, doc, sourceName, onStanceChange, onRemove, onShow, onConfirm, onReselect }: Props) {
  usePlacedSpansVersion();
  const anchor = placeEvidence(evidence, doc);
  const source = doc ? sourceName : `${sourceName} (removed)`;
  const stanceId = `stance-${evidence.id}`;
  const review = anchor?.state === 'anchored' ? describePlacement(evidence.placement) : null;
  const reviewId = `review-${evidence.id}`;
  return (
    <li className={`evidence-item${anchor?.state === 'orphaned' ? ' is-orphaned' : ''}${review ? ' needs-review' : ''}`}>
      <div className="evidence-source" title={doc?.title}>
        {source}
        {doc ? <span className="evidence-outlet"> · {doc.outlet || doc.title}</span> : null}
      </div>
      {anchor === null ? (
        <div className="evidence-orphan" aria-busy="true">
          <span className="orphan-reason">Looking for the quoted words in the source…</span>
          <blockquote className="orphan-quote">{evidence.quote.exact}</blockquote>
        </div>
      ) : anchor.state === 'anchored' && doc ? (
        <button
          type="button"
          className="evidence-quote"
          title={`Show in ${doc.title}`}
          onClick={() => onShow({ docId: doc.id, start: anchor.start, end: anchor.end })}
          aria-describedby={review ? reviewId : undefined}
        >
          <span data-offset-ignore="" className="visually-hidden">
            Show in source:{' '}
          </span>
          <HighlightedText docId={doc.id} text={doc.text} start={anchor.start} end={Math.min(anchor.end, anchor.start + QUOTE_PREVIEW_CHARS)} />
          {anchor.end - anchor.start > QUOTE_PREVIEW_CHARS ? <span data-offset-ignore="">…</span> : null}
        </button>
      ) : (
        <div className="evidence-orphan">
          <span className="orphan-badge">orphaned</span> <span className="orphan-reason">{anchor.state === 'orphaned' ? ORPHAN_REASON[anchor.reason] : ''}</span>
          <blockquote className="orphan-quote">{evidence.quote.exact}</blockquote>
        </div>
      )}
      {review ? (
        <div className="placement-review">
          <span className="placement-mark" id={reviewId}>
            <span aria-hidden="true">⚠ </span>
            {review}
          </span>
          <button type="button" className="button small" aria-label={`Confirm the placement of the evidence from ${source}`} onClick={onConfirm}>
            Confirm
          </button>
          <button
            type="button"
            className="button small"
            aria-label={`Re-select the evidence from ${source}`}
            title="Select the right words in the source, then press Re-select"
            onClick={onReselect}
          >
            Re-select
          </button>
        </div>
      ) : null}
      <div className="evidence-controls">
        <label htmlFor={stanceId}>
          Stance<span className="visually-hidden"> of the evidence from {source}</span>
        </label>
        <select id={stanceId} className="evidence-stance" value={evidence.stance} onChange={(event) => onStanceChange(event.target.value as Stance)}>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {STANCE_LABEL[stance]}
            </option>
          ))}
        </select>
        <button type="button" className="button small evidence-remove" aria-label={`Remove evidence from ${source}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}
