import { useMemo } from 'react';
import type { Claim } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { useAnalysis } from '../../data/use-analysis';
import { useClaimsStore } from '../../state/claims-store';
import { HighlightedText } from '../text/HighlightedText';
import { tellClaimOutcome } from './claim-actions';
import { shorten } from './claim-labels';
import { counterpartOffers, type PlacedSpan } from './counterparts';
import { usePlacedSpansVersion } from './anchor-cache';
import { placeEvidence } from './evidence-highlights';
import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';

/** Enough words to recognise the passage without crowding the panel. */
const PREVIEW_CHARS = 90;

interface Props {
  claim: Claim;
  documents: ReadonlyMap<string, SourceDocument>;
}

/** "Add counterpart from <source>" for passages aligned with the claim's evidence. */
export function CounterpartOffers({ claim, documents }: Props) {
  const analysis = useAnalysis();
  const addEvidence = useClaimsStore((s) => s.addEvidence);
  const placed = usePlacedSpansVersion();
  const labels = useSourceLabels();
  // `placed` is a dependency on purpose: spans placed in the worker since the last render are cited too.
  const offers = useMemo(() => {
    if (!analysis.result) return [];
    const cited: PlacedSpan[] = claim.evidence.flatMap((evidence) => {
      const anchor = placeEvidence(evidence, documents.get(evidence.docId));
      return anchor?.state === 'anchored' ? [{ docId: evidence.docId, start: anchor.start, end: anchor.end }] : [];
    });
    const analysedLength = new Map(analysis.result.documents.map((doc) => [doc.id, doc.length]));
    const fits = (docId: string) => analysedLength.get(docId) === documents.get(docId)?.text.length;
    return counterpartOffers(analysis.result.groups, cited, fits);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [analysis.result, claim.evidence, documents, placed]);

  if (analysis.status === 'running' && !analysis.result) {
    return <p className="counterparts-status">Looking for the same passage in other sources…</p>;
  }
  if (offers.length === 0) return null;
  return (
    <section className="counterparts" aria-label="Aligned passages in other sources">
      <h3>Same passage elsewhere</h3>
      <ul>
        {offers.map((offer) => {
          const doc = documents.get(offer.docId)!;
          return (
            <li key={`${offer.docId}:${offer.start}`}>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  addEvidence(claim.id, { docId: offer.docId, start: offer.start, end: offer.end, stance: 'mentions' });
                  tellClaimOutcome(`Counterpart from ${labelOf(labels, doc.id)} added as evidence. Set its stance in the claim.`);
                }}
              >
                Add counterpart from {labelOf(labels, doc.id)}
              </button>
              <span className="counterpart-preview" title={shorten(offer.text, 400)}>
                <span data-offset-ignore="" className="counterpart-kind">
                  {offer.kind}:{' '}
                </span>
                <HighlightedText docId={doc.id} text={doc.text} start={offer.start} end={Math.min(offer.end, offer.start + PREVIEW_CHARS)} />
                {offer.end - offer.start > PREVIEW_CHARS ? <span data-offset-ignore="">…</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
