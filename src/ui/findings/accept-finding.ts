// What accepting a suggestion records: the finding becomes a claim whose evidence is every
// mention, with the verdict turned into a status.
//
// Stance rule for a discrepant finding: mentions that agree with each other (dates whose
// intervals overlap — "last year" in 2023 and "a year ago" in Feb 2023 both cover Feb 2022 —
// otherwise equal values) form groups; the group spread over the most sources, if it holds more
// than half of the sources, supports the claim and every other mention contradicts it. Without
// such a majority nobody can be called the outlier, so every mention just "mentions". Consistent
// findings support; variants (spelling, wording) only mention.
import type { Finding, Mention } from '../../core/model/analysis';
import type { ClaimOrigin, ClaimStatus, Stance } from '../../core/model/claims';
import { daysInMonth } from '../../core/findings/calendar';

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

/** A date value as the findings engine writes it: YYYY, YYYY-MM, YYYY-MM-DD, a decade YYYYs or an interval a/b. */
export function dateValueInterval(value: string): { from: string; to: string } | null {
  const decade = /^(\d{4})s$/.exec(value);
  if (decade !== null) return { from: `${decade[1]}-01-01`, to: `${Number(decade[1]) + 9}-12-31` };
  const parts = value.replace(/^~/, '').split('/');
  const bounds = parts.map((part) => /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(part.trim()));
  if (bounds.length > 2 || bounds.some((b) => b === null)) return null;
  const first = bounds[0]!;
  const last = bounds[bounds.length - 1]!;
  const from = `${first[1]}-${first[2] ?? '01'}-${first[3] ?? '01'}`;
  const lastMonth = last[2] ?? '12';
  const to = `${last[1]}-${lastMonth}-${last[3] ?? String(daysInMonth(Number(last[1]), Number(lastMonth)))}`;
  return { from, to };
}

function agree(kind: Finding['kind'], a: Mention, b: Mention): boolean {
  if (kind === 'date') {
    const x = dateValueInterval(a.value);
    const y = dateValueInterval(b.value);
    if (x !== null && y !== null) return x.from <= y.to && y.from <= x.to;
  }
  return a.value.trim().toLowerCase() === b.value.trim().toLowerCase();
}

function discrepantStances(finding: Finding): Stance[] {
  const sources = new Set(finding.mentions.map((m) => m.doc)).size;
  let majority: Set<number> = new Set();
  let majoritySources = 0;
  finding.mentions.forEach((mention) => {
    const group = new Set(finding.mentions.flatMap((other, j) => (agree(finding.kind, mention, other) ? [j] : [])));
    const groupSources = new Set([...group].map((j) => finding.mentions[j]!.doc)).size;
    if (groupSources > majoritySources) [majority, majoritySources] = [group, groupSources];
  });
  if (majoritySources * 2 <= sources) return finding.mentions.map(() => 'mentions');
  return finding.mentions.map((_, i) => (majority.has(i) ? 'supports' : 'contradicts'));
}

export function acceptedClaim(finding: Finding): AcceptedClaim {
  const stances: Stance[] =
    finding.verdict === 'discrepant' ? discrepantStances(finding) : finding.mentions.map(() => (finding.verdict === 'consistent' ? 'supports' : 'mentions'));
  return {
    statement: finding.summary,
    status: STATUS_OF_VERDICT[finding.verdict],
    tags: finding.verdict === 'variant' ? ['variant'] : [],
    origin: { kind: 'suggestion', findingId: finding.id },
    evidence: finding.mentions.map((m, i) => ({ docId: m.doc, start: m.start, end: m.end, stance: stances[i]! })),
  };
}
