import { Fragment, useMemo, type ReactNode } from 'react';
import type { Finding, Mention } from '../../core/model/analysis';
import type { SourceDocument } from '../../core/model/document';
import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';
import { HighlightedText } from '../text/HighlightedText';
import { VERDICT_LABEL } from './finding-groups';
import { isInQuotationMarks } from './quoted-text';
import { groupMentionsByValue, MENTIONS_LISTED_IN_FULL, MENTIONS_PAGE, sourcesPhrase } from './mention-summary';

interface Props {
  /** Where the virtual list placed the card, and how it measures it. */
  ref: (element: HTMLElement | null) => void;
  'data-index': number;
  style: React.CSSProperties;
  finding: Finding;
  /** The finding's sentence (describe), naming sources as the app does. */
  statement: string;
  documents: ReadonlyMap<string, SourceDocument>;
  /** Id of the claim made from this finding, once accepted. */
  claimId: string | null;
  dismissed: boolean;
  /** How many mentions are listed one by one when the card summarises them (0: the summary only). */
  listed: number;
  onListMentions: (count: number) => void;
  onShowMention: (docId: string, start: number, end: number) => void;
  onAccept: () => void;
  onShowClaim: (claimId: string) => void;
  onDismiss: () => void;
  onRestore: () => void;
}

export function FindingCard({ ref, 'data-index': index, style, finding, statement, documents, claimId, dismissed, listed, onListMentions, onShowMention, onAccept, onShowClaim, onDismiss, onRestore }: Props) {
  const verdict = VERDICT_LABEL[finding.verdict];
  const headingId = `finding-${finding.id}`;
  // A mention from an analysis of an older text would point at the wrong words.
  // Compared in place, not sliced: a card can check thousands of mentions (a date in every wire reprint).
  const mentions = useMemo(() => finding.mentions.filter((m) => m.end - m.start === m.text.length && documents.get(m.doc)?.text.startsWith(m.text, m.start) === true), [finding, documents]);
  const summarised = mentions.length > MENTIONS_LISTED_IN_FULL;
  const shown = summarised ? mentions.slice(0, listed) : mentions;
  const labels = useSourceLabels();
  const nameOf = (docId: string) => labelOf(labels, docId);
  return (
    <li ref={ref} data-index={index} style={style} className="finding-card finding-row" data-finding-id={finding.id} data-verdict={finding.verdict} aria-labelledby={headingId}>
      <p className="finding-summary" id={headingId}>
        <span className={`status-badge ${verdict.className}`}>
          <span aria-hidden="true">{verdict.symbol}</span> {verdict.word}
        </span>{' '}
        {statement}
      </p>
      <p className="finding-detail">{finding.summary}</p>
      {summarised && (
        <ul className="finding-mention-groups" aria-label="What the sources say">
          {groupMentionsByValue(mentions).map((group) => (
            <li key={group.value}>
              {group.texts.slice(0, 2).map((text, at) => (
                <Fragment key={at}>
                  {at > 0 && ' / '}
                  <Quoted text={text}>{text}</Quoted>
                </Fragment>
              ))} — {sourcesPhrase(group.docs.map(nameOf))}
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <ul className="finding-mentions" aria-label="Mentions">
          {shown.map((mention) => (
            <MentionButton key={`${mention.doc}:${mention.start}`} mention={mention} document={documents.get(mention.doc)!} onShow={onShowMention} />
          ))}
        </ul>
      )}
      {summarised && (
        <div className="finding-mention-paging">
          {shown.length < mentions.length && (
            <button type="button" className="link-button" onClick={() => onListMentions(listed + MENTIONS_PAGE)}>
              {listed === 0
                ? `List the ${mentions.length.toLocaleString('en-US')} mentions`
                : `Show ${Math.min(MENTIONS_PAGE, mentions.length - listed)} more (${(mentions.length - listed).toLocaleString('en-US')} not listed)`}
            </button>
          )}
          {listed > 0 && (
            <button type="button" className="link-button" onClick={() => onListMentions(0)}>
              Hide the list
            </button>
          )}
        </div>
      )}
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

function MentionButton({ mention, document, onShow }: { mention: Mention; document: SourceDocument; onShow: Props['onShowMention'] }) {
  const labels = useSourceLabels();
  return (
    <li>
      <button type="button" className="finding-mention" onClick={() => onShow(mention.doc, mention.start, mention.end)}>
        <span className="finding-source">{labelOf(labels, document.id)}</span>
        <Quoted text={mention.text}>
          <HighlightedText docId={mention.doc} text={document.text} start={mention.start} end={mention.end} />
        </Quoted>
      </button>
    </li>
  );
}

/** The text in quotation marks: the browser's (<q>) unless it is a quotation written with its own. */
function Quoted({ text, children }: { text: string; children: ReactNode }) {
  return isInQuotationMarks(text) ? <span className="quoted">{children}</span> : <q>{children}</q>;
}
