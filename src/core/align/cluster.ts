// Accepted pairs become groups by union-find, strongest pairs first. Plain union-find chains:
// A~B and B~C put A with C even when A and C share nothing. So two groups merge only when
// their founding passages are themselves alike; a pair that is part of a one-to-many match
// (a sentence split in two elsewhere) is exempt, since half a sentence never resembles the whole.

/** Two groups merge only if their founders reach this: lower than the pair threshold, as
 *  paraphrase is not transitive, but high enough to stop topic drift along a chain. */
export const CHAIN_GUARD_THRESHOLD = 0.36;

export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  /** One side is half of a passage the other side keeps whole. */
  partial: boolean;
}

export interface Clusters {
  /** Cluster root per passage node. */
  rootOf: (node: number) => number;
  /** Weakest accepted pair score inside each cluster, by root. */
  weakest: ReadonlyMap<number, number>;
}

export function clusterPairs(nodeCount: number, pairs: readonly ScoredPair[], similarity: (a: number, b: number) => number): Clusters {
  const parent = Int32Array.from({ length: nodeCount }, (_, index) => index);
  const size = new Int32Array(nodeCount).fill(1);
  const weakest = new Map<number, number>();
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root] as number;
    let current = node;
    while (parent[current] !== root) {
      const next = parent[current] as number;
      parent[current] = root;
      current = next;
    }
    return root;
  };
  const ordered = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const pair of ordered) {
    const rootA = find(pair.a);
    const rootB = find(pair.b);
    if (rootA === rootB) continue;
    const joinsAGroup = (size[rootA] as number) > 1 || (size[rootB] as number) > 1;
    // Roots are the smallest node of their cluster (see below), i.e. its founding passage.
    if (!pair.partial && joinsAGroup && similarity(rootA, rootB) < CHAIN_GUARD_THRESHOLD) continue;
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[child] = root;
    size[root] = (size[root] as number) + (size[child] as number);
    weakest.set(root, Math.min(weakest.get(root) ?? 1, weakest.get(child) ?? 1, pair.score));
    weakest.delete(child);
  }
  return { rootOf: find, weakest };
}
