import { useMemo } from 'react';
import type { Claim } from '../../core/model/claims';
import { useClaimsStore, type ClaimsState } from '../../state/claims-store';
import { ownValue } from '../../core/util/id-record';

/** All claims in creation order. */
export function orderedClaims({ claims, order }: Pick<ClaimsState, 'claims' | 'order'>): Claim[] {
  return order.flatMap((id) => ownValue(claims, id) ?? []);
}

/** All claims in creation order; a new array only when claims or their order change. */
export function useOrderedClaims(): Claim[] {
  const claims = useClaimsStore((s) => s.claims);
  const order = useClaimsStore((s) => s.order);
  return useMemo(() => orderedClaims({ claims, order }), [claims, order]);
}
