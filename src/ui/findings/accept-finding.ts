// What accepting a suggestion records: the finding becomes a claim whose statement is the
// finding's sentence about the event (describe, without naming sources: the evidence does) and
// whose evidence is every mention with the stance the engine decided, the verdict a status.
import type { Finding } from '../../core/model/analysis';
import type { ClaimOrigin, ClaimStatus, Stance } from '../../core/model/claims';
import { describe } from '../../core/findings';

export interface AcceptedClaim {
  statement: string;
  status: ClaimStatus;
  tags: string[];
  origin: ClaimOrigin;
  evidence: Array<{ docId: string; start: number; end: number; stance: Stance }>;
}

const STATUS_OF_VERDICT: Record<Finding['verdict'], ClaimStatus> = {
  discrepant: 'discrepant',
  consistent: 'consistent',
  variant: 'unverified',
};

export function acceptedClaim(finding: Finding): AcceptedClaim {
  return {
    statement: describe(finding),
    status: STATUS_OF_VERDICT[finding.verdict],
    tags: finding.verdict === 'variant' ? ['variant'] : [],
    origin: { kind: 'suggestion', findingId: finding.id },
    evidence: finding.mentions.map((m) => ({ docId: m.doc, start: m.start, end: m.end, stance: m.stance })),
  };
}
