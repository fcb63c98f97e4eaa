// The project as it stands, read from the stores without subscribing: exporting is a one-off
// read and never changes state.
import { buildProject, type CrosscheckProject } from '../../core/formats';
import type { Claim } from '../../core/model/claims';
import { getActiveDocuments } from '../../state/documents-store';
import { useClaimsStore } from '../../state/claims-store';

export function currentClaims(): Claim[] {
  const { claims, order } = useClaimsStore.getState();
  return order.flatMap((id) => (claims[id] === undefined ? [] : [claims[id]]));
}

export function currentProject(includeTexts: boolean, now: Date): CrosscheckProject {
  return buildProject({
    documents: getActiveDocuments(),
    claims: currentClaims(),
    dismissedFindings: useClaimsStore.getState().dismissedFindings,
    includeTexts,
    exportedAt: now,
  });
}
