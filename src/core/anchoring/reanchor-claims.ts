import type { AnchorResult, Claim, Evidence, EvidencePlacement, Placement } from '../model/claims';
import { anchorEvidence, needsReview } from './anchor-evidence';
import { describeSelection } from './describe-selection';
import type { TextEdit } from './map-through-edit';
import { appendAll } from '../util/arrays';

/** Where one evidence span of the changed document ended up. */
export interface ReanchorOutcome {
  claimId: string;
  evidenceId: string;
  result: AnchorResult;
}

export interface Reanchoring {
  /** The claims with their evidence moved; unchanged claims and evidence are the same objects. */
  claims: Claim[];
  /** One per evidence span in the changed document, in claim and evidence order. */
  outcomes: ReanchorOutcome[];
}

function placementOf(result: AnchorResult & { state: 'anchored' }): Placement {
  if (result.method === 'fuzzy') return { method: 'fuzzy', score: result.score, errors: result.errors };
  if (result.method === 'position') return { method: 'position', score: 1 };
  return { method: result.method, score: result.score };
}

/** A doubtful placement stays on record until the analyst settles it: a later replacement that
 * happens to leave the span alone does not vouch for it. */
function nextPlacement(previous: EvidencePlacement | undefined, next: Placement): EvidencePlacement {
  return previous !== undefined && needsReview(previous) && !needsReview(next) ? previous : next;
}

function reanchorEvidence(evidence: Evidence, result: AnchorResult, newText: string): Evidence {
  // An orphan keeps its stored selectors: they are all that is left of what the analyst cited.
  if (result.state === 'orphaned') return evidence;
  const { quote, position } = describeSelection(newText, result.start, result.end);
  const placement = placementOf(result);
  // Identical selectors can still be a move: the deleted passage's twin, with the same context, now
  // standing at its offset. That must be recorded, or the move would pass as "in place".
  const unchanged =
    !needsReview(placement) &&
    position.start === evidence.position.start &&
    position.end === evidence.position.end &&
    quote.exact === evidence.quote.exact &&
    quote.prefix === evidence.quote.prefix &&
    quote.suffix === evidence.quote.suffix;
  return unchanged ? evidence : { ...evidence, quote, position, placement: nextPlacement(evidence.placement, placement) };
}

export interface ReanchorOptions {
  /** The diff from the document's text before the change (diffForMapping), when known: spans
   * measured on that text follow it, so a deleted passage is never found again in a near copy. */
  edit?: TextEdit;
}

/**
 * After the text of document `docId` changed, moves every evidence span in it to where its quote
 * now is and records how it was placed. Claims and evidence that did not change are returned as
 * the same objects, so callers can tell what moved by identity.
 */
export function reanchorClaims(claims: Claim[], docId: string, newText: string, options: ReanchorOptions = {}): Reanchoring {
  const outcomes: ReanchorOutcome[] = [];
  const moved = claims.map((claim) => {
    let changed = false;
    const evidence = claim.evidence.map((item) => {
      if (item.docId !== docId) return item;
      const result = anchorEvidence(newText, item.quote, item.position, options.edit);
      outcomes.push({ claimId: claim.id, evidenceId: item.id, result });
      const next = reanchorEvidence(item, result, newText);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? { ...claim, evidence } : claim;
  });
  return { claims: moved, outcomes };
}

/**
 * Places every span whose document has a text here, by the same rules as after a replacement
 * whose old text is unknown: for evidence measured against another copy of the text (imported
 * annotations). Spans of documents without a text are left as they are.
 */
export function reanchorToTexts(claims: Claim[], textOf: (docId: string) => string | undefined): Reanchoring {
  const docIds = [...new Set(claims.flatMap((claim) => claim.evidence.map((item) => item.docId)))].sort();
  let current = claims;
  const outcomes: ReanchorOutcome[] = [];
  for (const docId of docIds) {
    const text = textOf(docId);
    if (text === undefined) continue;
    const step = reanchorClaims(current, docId, text);
    current = step.claims;
    appendAll(outcomes, step.outcomes);
  }
  return { claims: current, outcomes };
}
