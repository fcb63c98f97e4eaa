// One source splits a sentence another keeps whole: "X, and Y." against "X. Y." Neither half
// alone scores like the whole, so when a candidate pair is lopsided in length, the shorter side
// is joined with its neighbour (before or after) and the whole is scored against the pair.
import type { AlignmentCorpus, AlignmentNode, AlignmentUnit } from './alignment-corpus';
import type { ScoredPair } from './cluster';
import { concatFeatures } from './features';
import { passageSimilarity, termOrderOverlap, type Headroom, type TermOrderOverlap } from './similarity';
import { ALIGN_THRESHOLD } from './thresholds';

/** Length ratio from which the longer passage may be the shorter plus its neighbour. */
export const ONE_TO_MANY_RATIO = 1.5;
/** The joined pair must beat the neighbour alone by this much, or the short side adds nothing. */
export const ONE_TO_MANY_GAIN = 0.05;
/** The short side alone must already resemble the whole this much to be half of it. */
export const ONE_TO_MANY_PART_FLOOR = 0.25;

/**
 * Pairs (whole, half) for both halves when joining the shorter side with a neighbour aligns.
 * `headroom` (when given) is set to how far from trying the neighbours the pair stayed (see Headroom):
 * Infinity when the lengths ruled them out, -Infinity when they were tried.
 */
export function oneToManyPairs(first: number, second: number, corpus: AlignmentCorpus, overlap: TermOrderOverlap = termOrderOverlap, headroom?: Headroom): ScoredPair[] {
  const nodeAt = (node: number): AlignmentNode => corpus.nodes[node] as AlignmentNode;
  const lengthOf = (node: number): number => nodeAt(node).features.terms.length;
  const [whole, part] = lengthOf(first) >= lengthOf(second) ? [first, second] : [second, first];
  if (headroom) headroom.under = Infinity;
  if (lengthOf(whole) < ONE_TO_MANY_RATIO * lengthOf(part)) return [];
  const wholeFeatures = nodeAt(whole).features;
  if (headroom) headroom.ceiling = ONE_TO_MANY_PART_FLOOR;
  if (passageSimilarity(wholeFeatures, nodeAt(part).features, corpus.weights, 0, overlap, headroom) < ONE_TO_MANY_PART_FLOOR) return [];
  if (headroom) headroom.under = -Infinity;
  const partUnit = corpus.units[nodeAt(part).occurrences[0] as number] as AlignmentUnit;
  const nodeOfUnit = (unit: number | null): number | null => (unit === null ? null : (corpus.units[unit] as AlignmentUnit).node);
  let best: ScoredPair[] = [];
  let bestScore = ALIGN_THRESHOLD;
  for (const [before, after] of [
    [nodeOfUnit(partUnit.previous), part],
    [part, nodeOfUnit(partUnit.next)],
  ] as const) {
    if (before === null || after === null || before === whole || after === whole || before === after) continue;
    const neighbour = before === part ? after : before;
    const neighbourAlone = passageSimilarity(wholeFeatures, nodeAt(neighbour).features, corpus.weights, 0, overlap);
    const joined = concatFeatures(nodeAt(before).features, nodeAt(after).features);
    const score = passageSimilarity(wholeFeatures, joined, corpus.weights, bestScore, overlap);
    if (score >= bestScore && score >= neighbourAlone + ONE_TO_MANY_GAIN) {
      bestScore = score;
      best = [before, after].map((node) => ({ a: Math.min(whole, node), b: Math.max(whole, node), score, partial: true }));
    }
  }
  return best;
}
