import type { Claim, Evidence } from '../model/claims';
import { anchorEvidence } from './anchor-evidence';
import { describeSelection } from './describe-selection';

function reanchorEvidence(evidence: Evidence, newText: string): Evidence {
  const result = anchorEvidence(newText, evidence.quote, evidence.position);
  // An orphan keeps its stored selectors: they are all that is left of what the analyst cited.
  if (result.state === 'orphaned') return evidence;
  const { quote, position } = describeSelection(newText, result.start, result.end);
  const unchanged =
    position.start === evidence.position.start &&
    position.end === evidence.position.end &&
    quote.exact === evidence.quote.exact &&
    quote.prefix === evidence.quote.prefix &&
    quote.suffix === evidence.quote.suffix;
  return unchanged ? evidence : { ...evidence, quote, position };
}

/**
 * After the text of document `docId` changed, moves every evidence span in it to where its quote
 * now is. Claims and evidence that did not change are returned as the same objects, so callers
 * can tell what moved by identity.
 */
export function reanchorClaims(claims: Claim[], docId: string, newText: string): Claim[] {
  return claims.map((claim) => {
    let changed = false;
    const evidence = claim.evidence.map((item) => {
      if (item.docId !== docId) return item;
      const moved = reanchorEvidence(item, newText);
      if (moved !== item) changed = true;
      return moved;
    });
    return changed ? { ...claim, evidence } : claim;
  });
}
