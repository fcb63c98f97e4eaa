import { useMemo } from 'react';
import { useDocument } from '../../state/documents-store';
import { useUiStore } from '../../state/ui-store';
import type { Highlight } from '../text/text-spans';
import { usePlacedSpansVersion } from './anchor-cache';
import { evidenceHighlights } from './evidence-highlights';
import { useOrderedClaims } from './use-ordered-claims';

/** Evidence highlights for `docId`, coloured by claim status, for HighlightedText. */
export function useEvidenceHighlights(docId: string): Highlight[] {
  const claims = useOrderedClaims();
  const document = useDocument(docId);
  const selectedClaimId = useUiStore((s) => s.selectedClaimId);
  const placed = usePlacedSpansVersion();
  // `placed` is a dependency on purpose: spans placed in the worker since the last render add highlights.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => evidenceHighlights(claims, docId, document, selectedClaimId), [claims, docId, document, selectedClaimId, placed]);
}
