import { useMemo } from 'react';
import type { Claim } from '../../core/model/claims';
import { useClaimsStore } from '../../state/claims-store';
import { ownValue } from '../../core/util/id-record';

/** All claims in creation order; a new array only when claims or their order change. */
export function useOrderedClaims(): Claim[] {
  const claims = useClaimsStore((s) => s.claims);
  const order = useClaimsStore((s) => s.order);
  return useMemo(() => order.flatMap((id) => ownValue(claims, id) ?? []), [claims, order]);
}
