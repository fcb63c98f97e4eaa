import { useEffect } from 'react';
import type { Claim } from '../../core/model/claims';
import { useClaimsStore } from '../../state/claims-store';
import { useUiStore } from '../../state/ui-store';
import { revealClaim } from './claim-actions';
import { evidenceHighlightKey } from './evidence-highlights';

/**
 * The claim a click on highlighted evidence opens: of the claims citing those words (in list
 * order), the one after the claim already open, so clicking again steps through them all.
 */
export function claimOfHighlight(highlightKeys: readonly string[], claims: readonly Claim[], openClaimId: string | null): string | null {
  const keys = new Set(highlightKeys);
  const citing = claims.filter((claim) => claim.evidence.some((evidence) => keys.has(evidenceHighlightKey(claim.id, evidence.id))));
  if (citing.length === 0) return null;
  const open = citing.findIndex((claim) => claim.id === openClaimId);
  return citing[(open + 1) % citing.length]!.id;
}

/**
 * A click on a claim's highlighted evidence in the reader or the compare view (a click, not the end
 * of a drag that selected text) opens that claim in the Claims panel, scrolled into view.
 */
export function useEvidenceClicks(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || !(event.target instanceof Element) || window.getSelection()?.isCollapsed === false) return;
      const mark = event.target.closest('.app-main mark[data-highlight]');
      if (!mark) return;
      const ui = useUiStore.getState();
      const listed = [...useClaimsStore.getState().list].reverse();
      const claimId = claimOfHighlight((mark.getAttribute('data-highlight') ?? '').split(' '), listed, ui.selectedClaimId);
      if (claimId === null) return;
      ui.showSidePanel('claims');
      ui.selectClaim(claimId);
      revealClaim(claimId);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
