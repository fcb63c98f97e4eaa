// Which stretches of one document are cited as evidence, placed in its current text. Anchoring
// happens here, at display time, so evidence of a removed document is simply absent (orphaned)
// and comes back by itself when the document is restored.
import type { AnchorResult, Claim, Evidence } from '../../core/model/claims';
import type { Highlight } from '../text/text-spans';
import { anchorCached } from './anchor-cache';
import { STANCE_LABEL, STATUS_LABEL, shorten } from './claim-labels';

export interface AnchorTarget {
  contentHash: string;
  text: string;
}

/** Where the span is in the document's current text; null while it is being placed off the main thread. */
export function placeEvidence(evidence: Evidence, document: AnchorTarget | undefined): AnchorResult | null {
  return anchorCached(document, evidence.quote, evidence.position);
}

export function evidenceHighlightKey(claimId: string, evidenceId: string): string {
  return `claim:${claimId}:${evidenceId}`;
}

/** Highlights for every anchored evidence span in `docId`, in claim order. */
export function evidenceHighlights(
  claims: readonly Claim[],
  docId: string,
  document: AnchorTarget | undefined,
  selectedClaimId: string | null,
): Highlight[] {
  if (document === undefined) return [];
  const highlights: Highlight[] = [];
  for (const claim of claims) {
    for (const evidence of claim.evidence) {
      if (evidence.docId !== docId) continue;
      const anchor = placeEvidence(evidence, document);
      if (anchor?.state !== 'anchored') continue;
      const selected = claim.id === selectedClaimId;
      highlights.push({
        key: evidenceHighlightKey(claim.id, evidence.id),
        start: anchor.start,
        end: anchor.end,
        className: `hl-${claim.status}${selected ? ' hl-selected' : ''}`,
        label: `${STATUS_LABEL[claim.status]} claim, evidence ${STANCE_LABEL[evidence.stance].toLowerCase()}: ${shorten(claim.statement)}`,
      });
    }
  }
  return highlights;
}
