// From clusters of nodes to the groups the user sees: every occurrence of every clustered
// node, the two halves of a split passage joined into one span (the one-to-many case),
// ordered and named by their first passage so output never depends on input order.
import type { AlignmentGroup, GroupKind, Passage, QuotedSpan } from '../model/analysis';
import type { Clusters } from './cluster';
import { NEAR_DUPLICATE_THRESHOLD } from './thresholds';

export interface GroupedUnit {
  passage: Passage;
  node: number;
}

function kindOf(nodeCount: number, score: number): GroupKind {
  if (nodeCount === 1) return 'identical';
  return score >= NEAR_DUPLICATE_THRESHOLD ? 'near-duplicate' : 'paraphrase';
}

export interface GroupingInput {
  clusters: Clusters;
  /** Whether two nodes are alike enough to be aligned with each other. */
  isRepeat: (a: number, b: number) => boolean;
}

/**
 * Consecutive passages of one document in the same group are the halves of a passage another
 * source keeps whole — unless they are alike, like a caption printed twice in a row.
 */
function joinSplitHalves(units: readonly GroupedUnit[], unitIndices: readonly number[], isRepeat: GroupingInput['isRepeat'], texts: ReadonlyMap<string, string>): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let previousIndex = -2;
  for (const index of unitIndices) {
    const { passage, node } = units[index] as GroupedUnit;
    const last = spans[spans.length - 1];
    const previousNode = units[previousIndex]?.node;
    const continues = index === previousIndex + 1 && previousNode !== undefined && previousNode !== node && !isRepeat(previousNode, node);
    if (last && continues && last.doc === passage.doc) {
      last.end = passage.end;
      last.text = (texts.get(passage.doc) ?? '').slice(last.start, last.end);
    } else {
      spans.push({ doc: passage.doc, start: passage.start, end: passage.end, text: passage.text });
    }
    previousIndex = index;
  }
  return spans;
}

/**
 * Groups of the units, in the order of their first passage. `visit` (indices in order) may leave out
 * units whose node is alone in its cluster and printed once: they make no group.
 */
export function buildGroups(units: readonly GroupedUnit[], { clusters, isRepeat }: GroupingInput, texts: ReadonlyMap<string, string>, visit?: readonly number[]): AlignmentGroup[] {
  const membersByRoot = new Map<number, number[]>();
  const nodesByRoot = new Map<number, Set<number>>();
  for (const index of visit ?? units.keys()) {
    const unit = units[index] as GroupedUnit;
    const root = clusters.rootOf(unit.node);
    let members = membersByRoot.get(root);
    if (!members) {
      members = [];
      membersByRoot.set(root, members);
      nodesByRoot.set(root, new Set());
    }
    members.push(index);
    nodesByRoot.get(root)?.add(unit.node);
  }
  const groups: { first: number; group: AlignmentGroup }[] = [];
  for (const [root, members] of membersByRoot) {
    const passages = joinSplitHalves(units, members, isRepeat, texts);
    const first = passages[0];
    if (passages.length < 2 || !first) continue;
    const nodes = nodesByRoot.get(root)?.size ?? 1;
    const score = nodes === 1 ? 1 : (clusters.weakest.get(root) ?? 1);
    groups.push({ first: members[0] as number, group: { id: `g-${first.doc}-${first.start}`, kind: kindOf(nodes, score), score, passages } });
  }
  return groups.sort((a, b) => a.first - b.first).map(({ group }) => group);
}
