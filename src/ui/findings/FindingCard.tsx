import type { Finding } from '../../core/model/analysis';
import type { SourceDocument } from '../../core/model/document';
import { HighlightedText } from '../text/HighlightedText';
import { VERDICT_LABEL } from './finding-groups';

interface Props {
  finding: Finding;
  documents: ReadonlyMap<string, SourceDocument>;
  /** Id of the claim made from this finding, once accepted. */
  claimId: string | null;
  dismissed: boolean;
  onShowMention: (docId: string, start: number, end: number) => void;
  onAccept: () => void;
  onShowClaim: (claimId: string) => void;
  onDismiss: () => void;
  onRestore: () => void;
}

export function FindingCard({ finding, documents, claimId, dismissed, onShowMention, onAccept, onShowClaim, onDismiss, onRestore }: Props) {
  const verdict = VERDICT_LABEL[finding.verdict];
  const headingId = `finding-${finding.id}`;
  return (
    <li className="finding-card" data-finding-id={finding.id} data-verdict={finding.verdict} aria-labelledby={headingId}>
      <p className="finding-summary" id={headingId}>
        <span className={`status-badge ${verdict.className}`}>
          <span aria-hidden="true">{verdict.symbol}</span> {verdict.word}
        </span>{' '}
        {finding.summary}
      </p>
      <ul className="finding-mentions" aria-label="Mentions">
        {finding.mentions.map((mention) => {
          const document = documents.get(mention.doc);
          if (document === undefined || document.text.slice(mention.start, mention.end) !== mention.text) return null;
          return (
            <li key={`${mention.doc}:${mention.start}`}>
              <button type="button" className="finding-mention" onClick={() => onShowMention(mention.doc, mention.start, mention.end)}>
                <span className="finding-source">{document.title}</span>
                <q>
                  <HighlightedText docId={mention.doc} text={document.text} start={mention.start} end={mention.end} />
                </q>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="finding-actions">
        {dismissed ? (
          <button type="button" className="button small" onClick={onRestore}>
            Restore
          </button>
        ) : claimId !== null ? (
          <button type="button" className="button small" onClick={() => onShowClaim(claimId)}>
            <span aria-hidden="true">✓</span> Accepted: show claim
          </button>
        ) : (
          <>
            <button type="button" className="button small primary" onClick={onAccept}>
              Accept
            </button>
            <button type="button" className="button small" onClick={onDismiss}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </li>
  );
}
