import type { Claim } from '../../core/model/claims';
import { useClaimsStore } from '../../state/claims-store';

/** All claims in creation order; a new array only when claims or their order change. */
export function useOrderedClaims(): readonly Claim[] {
  return useClaimsStore((s) => s.list);
}
