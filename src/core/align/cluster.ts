// Accepted pairs become groups by union-find, strongest pairs first. Plain union-find chains:
// A~B and B~C put A with C even when A and C share nothing. Two guards stop that:
// - two groups merge only when their founding passages are themselves alike;
// - two groups never merge when both hold a passage of the same document and those passages
//   differ and are not next to each other: a report rarely says one thing twice in other words,
//   so such a merge is a chain between two statements (next to each other, they are the halves
//   of one statement another source makes in one sentence).
// Pairs from a one-to-many match (a sentence split in two elsewhere) skip both guards, since
// half a sentence never resembles the whole and its other half sits in the same document;
// near-duplicates skip the second, so a caption printed twice with and without its credit joins.
import { NEAR_DUPLICATE_THRESHOLD } from './thresholds';

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

export interface ClusterInput {
  nodeCount: number;
  pairs: readonly ScoredPair[];
  /** Similarity of two nodes (for the founder guard). */
  similarity: (a: number, b: number) => number;
  /** Documents a node occurs in. */
  documentsOf: (node: number) => readonly string[];
  /** Whether the two nodes follow each other somewhere in a document. */
  adjacent: (a: number, b: number) => boolean;
}

/** Per cluster root: the nodes it holds in each document. */
type DocumentNodes = Map<string, number[]>;

function documentNodesOf(node: number, documents: readonly string[]): DocumentNodes {
  return new Map(documents.map((doc) => [doc, [node]]));
}

/** True when some document has passages in both clusters, none the same and none neighbours. */
function saysItTwice(smaller: DocumentNodes, larger: DocumentNodes, adjacent: ClusterInput['adjacent']): boolean {
  for (const [doc, nodes] of smaller) {
    const others = larger.get(doc);
    if (others && !nodes.some((node) => others.some((other) => other === node || adjacent(node, other)))) return true;
  }
  return false;
}

export function clusterPairs({ nodeCount, pairs, similarity, documentsOf, adjacent }: ClusterInput): Clusters {
  const parent = Int32Array.from({ length: nodeCount }, (_, index) => index);
  const size = new Int32Array(nodeCount).fill(1);
  const weakest = new Map<number, number>();
  const documentNodes = new Map<number, DocumentNodes>();
  const nodesByDocument = (root: number): DocumentNodes => {
    let nodes = documentNodes.get(root);
    if (!nodes) {
      nodes = documentNodesOf(root, documentsOf(root));
      documentNodes.set(root, nodes);
    }
    return nodes;
  };
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
    const [small, large] = (size[rootA] as number) <= (size[rootB] as number) ? [rootA, rootB] : [rootB, rootA];
    if (!pair.partial) {
      // Roots are the smallest node of their cluster (see below), i.e. its founding passage.
      if ((size[large] as number) > 1 && similarity(rootA, rootB) < CHAIN_GUARD_THRESHOLD) continue;
      if (pair.score < NEAR_DUPLICATE_THRESHOLD && saysItTwice(nodesByDocument(small), nodesByDocument(large), adjacent)) continue;
    }
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[child] = root;
    size[root] = (size[root] as number) + (size[child] as number);
    weakest.set(root, Math.min(weakest.get(root) ?? 1, weakest.get(child) ?? 1, pair.score));
    weakest.delete(child);
    const merged = nodesByDocument(large);
    for (const [doc, nodes] of nodesByDocument(small)) merged.set(doc, [...(merged.get(doc) ?? []), ...nodes]);
    documentNodes.delete(small);
    documentNodes.set(root, merged);
    if (large !== root) documentNodes.delete(large);
  }
  return { rootOf: find, weakest };
}
