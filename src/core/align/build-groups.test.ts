import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../model/analysis';
import { buildGroups, type GroupedUnit } from './build-groups';
import type { Clusters } from './cluster';

/** Units of documents "a" to "c", each a run of passages of random nodes, and a random merge of nodes into clusters (root: the smallest node). */
const grouping = fc
  .record({
    documents: fc.array(fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
    merges: fc.array(fc.tuple(fc.nat({ max: 11 }), fc.nat({ max: 11 })), { maxLength: 8 }),
  })
  .map(({ documents, merges }) => {
    const parent = Array.from({ length: 12 }, (_, node) => node);
    const rootOf = (node: number): number => (parent[node] === node ? node : rootOf(parent[node] as number));
    for (const [a, b] of merges) {
      const [rootA, rootB] = [rootOf(a), rootOf(b)];
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
    const units: GroupedUnit[] = documents.flatMap((nodes, document) =>
      nodes.map((node, index): GroupedUnit => {
        const doc = 'abc'[document] as string;
        const passage: Passage = { doc, start: index * 10, end: index * 10 + 9, text: `node ${node}`.padEnd(9, '.'), paragraph: index, boilerplate: null };
        return { passage, node };
      }),
    );
    const clusters: Clusters = { rootOf, weakest: new Map(parent.map((_, node) => [node, 0.5 + node / 100])) };
    return { units, clusters, merged: new Set(merges.flat()) };
  });

describe('buildGroups', () => {
  it('gives the same groups when it visits only the units of merged or reprinted nodes', () => {
    fc.assert(
      fc.property(grouping, fc.boolean(), ({ units, clusters, merged }, repeats) => {
        const texts = new Map(['a', 'b', 'c'].map((doc) => [doc, 'x'.repeat(100)]));
        const input = { clusters, isRepeat: () => repeats };
        const printed = (node: number) => units.filter((unit) => unit.node === node).length;
        const visit = [...units.keys()].filter((index) => merged.has((units[index] as GroupedUnit).node) || printed((units[index] as GroupedUnit).node) > 1);
        expect(buildGroups(units, input, texts, visit)).toStrictEqual(buildGroups(units, input, texts));
      }),
      { numRuns: 200 },
    );
  });
});
