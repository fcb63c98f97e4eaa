import type { ClaimStatus } from '../model/claims';
import type { CrosscheckProject, ProjectDocument } from './project';

export function documentsById(project: CrosscheckProject): Map<string, ProjectDocument> {
  return new Map(project.documents.map((document) => [document.id, document]));
}

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  discrepant: 'Discrepant',
  consistent: 'Consistent',
  unverified: 'Unverified',
};

/** The order reports list statuses in: disagreements first, since they need the reader most. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['discrepant', 'consistent', 'unverified'];
