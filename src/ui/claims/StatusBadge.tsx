import type { ClaimStatus } from '../../core/model/claims';
import { STATUS_LABEL, STATUS_SYMBOL } from './claim-labels';

/** Colour, symbol and word: the status reads without colour vision too. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {STATUS_LABEL[status]}
    </span>
  );
}
