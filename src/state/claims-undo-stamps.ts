// Undo and redo put back older claim objects, whose updatedAt is older than what other tabs have
// already seen. Re-stamping what the step changes makes the undo itself the newest edit, so the
// other tabs follow it instead of merging it away.
import type { Claim } from '../core/model/claims';
import type { ClaimsSnapshot } from './claims-history';
import type { PersistedClaims } from './claims-persistence';
import { timestampAfter } from './documents-persistence';

function latest(...stamps: Array<string | undefined>): string | undefined {
  return stamps.filter((stamp): stamp is string => stamp !== undefined).sort().at(-1);
}

/** The claims state after moving from `current` to `target` (an undo or redo snapshot). */
export function applyHistoryStep(
  current: Pick<PersistedClaims, 'claims' | 'deletedClaims'>,
  target: ClaimsSnapshot,
): Pick<PersistedClaims, 'claims' | 'order' | 'deletedClaims'> {
  const claims: Record<string, Claim> = {};
  const deletedClaims = { ...current.deletedClaims };
  for (const [id, claim] of Object.entries(target.claims)) {
    const now = current.claims[id];
    if (now === claim) {
      claims[id] = claim;
      continue;
    }
    claims[id] = { ...claim, updatedAt: timestampAfter(latest(now?.updatedAt, claim.updatedAt, deletedClaims[id])) };
    delete deletedClaims[id];
  }
  for (const [id, claim] of Object.entries(current.claims)) {
    if (!(id in target.claims)) deletedClaims[id] = timestampAfter(claim.updatedAt);
  }
  return { claims, order: target.order, deletedClaims };
}
