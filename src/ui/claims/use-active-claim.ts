import type { Claim } from '../../core/model/claims';
import { useClaimsStore } from '../../state/claims-store';
import { useUiStore } from '../../state/ui-store';

/** The claim "Add to claim" and the status keys act on (the last opened), while it exists. */
export function useActiveClaim(): Claim | undefined {
  const id = useUiStore((s) => s.activeClaimId);
  return useClaimsStore((s) => (id ? s.claims.get(id) : undefined));
}
