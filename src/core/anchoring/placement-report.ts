// What a re-anchoring did to each span, as facts (placedSpans) and as the words the app, its
// report and its marks use for them (describe…), so a move is never summed into "re-anchored".
import type { EvidencePlacement } from '../model/claims';
import { needsReview } from './anchor-evidence';
import type { Reanchoring } from './reanchor-claims';

/**
 * How one span fared: still on its own words (`in-place`, exact or at its old offset), on the
 * same words in another passage (`moved`), on edited words in its own passage (`approximate`),
 * or nowhere (`orphaned`, kept with its quote). `moved` and `approximate` await review.
 */
export type SpanFate = 'moved' | 'approximate' | 'orphaned' | 'in-place';

export interface PlacedSpan {
  claimId: string;
  evidenceId: string;
  docId: string;
  fate: SpanFate;
  /** The match score in [0, 1] for moved and approximate spans. */
  score?: number;
}

/** Report order: what needs the analyst first. */
export const SPAN_FATES: readonly SpanFate[] = ['moved', 'approximate', 'orphaned', 'in-place'];

/** The fate a stored placement stands for, for an anchored span. */
function fateOf(placement: EvidencePlacement | undefined): SpanFate {
  if (!needsReview(placement)) return 'in-place';
  return placement?.method === 'exact-elsewhere' ? 'moved' : 'approximate';
}

/**
 * One entry per re-anchored span. A span counts as moved or approximate while its stored placement
 * awaits review, even if this re-anchoring left it alone: a span a previous replacement (or
 * another tab) moved is still unconfirmed, and calling it "in place" would hide the move.
 */
export function placedSpans(reanchoring: Reanchoring): PlacedSpan[] {
  const evidence = new Map(reanchoring.claims.flatMap((claim) => claim.evidence.map((item) => [`${claim.id}\u0000${item.id}`, item] as const)));
  return reanchoring.outcomes.map(({ claimId, evidenceId, result }) => {
    const item = evidence.get(`${claimId}\u0000${evidenceId}`);
    const docId = item?.docId ?? '';
    if (result.state === 'orphaned') return { claimId, evidenceId, docId, fate: 'orphaned' };
    const fate = fateOf(item?.placement);
    return fate === 'in-place' ? { claimId, evidenceId, docId, fate } : { claimId, evidenceId, docId, fate, score: item?.placement?.score ?? result.score };
  });
}

const COUNT_WORDS: Record<SpanFate, string> = {
  moved: 'moved to another passage — review',
  approximate: 'placed approximately — review',
  orphaned: 'orphaned (kept, with its quote)',
  'in-place': 'stayed in place',
};

/** "1 moved to another passage — review; 3 stayed in place", most urgent first; '' for no spans. */
export function describeSpanCounts(spans: readonly PlacedSpan[]): string {
  return SPAN_FATES.map((fate) => [fate, spans.filter((span) => span.fate === fate).length] as const)
    .filter(([, count]) => count > 0)
    .map(([fate, count]) => `${count} ${COUNT_WORDS[fate]}`)
    .join('; ');
}

/** Scores are shown to two decimals: enough to tell a near miss from a rough one. */
function formatScore(score: number): string {
  return score.toFixed(2);
}

/** The mark a span carries until the analyst confirms or re-selects it; null when it needs none. */
export function describePlacement(placement: EvidencePlacement | undefined): string | null {
  if (placement === undefined || !needsReview(placement)) return null;
  if (placement.method === 'exact-elsewhere') return 'Moved to another passage — review';
  return `Placed approximately (score ${formatScore(placement.score)})`;
}
