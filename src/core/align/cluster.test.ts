import { describe, expect, it } from 'vitest';
import { clusterPairs } from './cluster';

describe('clusterPairs', () => {
  const alike = new Map([['0:1', 0.9], ['1:2', 0.8], ['0:2', 0.1], ['2:3', 0.7], ['0:3', 0.6]]);
  const similarity = (a: number, b: number): number => alike.get(`${Math.min(a, b)}:${Math.max(a, b)}`) ?? 0;
  const documentsOf = (node: number): string[] => [`doc-${node}`];
  const never = (): boolean => false;

  it('does not chain a passage onto a group whose founder it does not resemble', () => {
    const clusters = clusterPairs({ nodeCount: 3, pairs: [{ a: 0, b: 1, score: 0.9, partial: false }, { a: 1, b: 2, score: 0.8, partial: false }], similarity, documentsOf, adjacent: never });
    expect(clusters.rootOf(1)).toBe(clusters.rootOf(0));
    expect(clusters.rootOf(2)).not.toBe(clusters.rootOf(0));
  });

  it('lets half of a split sentence join even though it resembles the whole only in part', () => {
    const clusters = clusterPairs({ nodeCount: 3, pairs: [{ a: 0, b: 1, score: 0.9, partial: false }, { a: 1, b: 2, score: 0.8, partial: true }], similarity, documentsOf, adjacent: never });
    expect(clusters.rootOf(2)).toBe(clusters.rootOf(0));
  });

  it('does not merge two groups that would hold two different passages of one document', () => {
    const sharedDocument = (node: number): string[] => (node === 0 || node === 3 ? ['report', `doc-${node}`] : [`doc-${node}`]);
    const pairs = [
      { a: 0, b: 1, score: 0.7, partial: false },
      { a: 2, b: 3, score: 0.7, partial: false },
      { a: 1, b: 2, score: 0.6, partial: false },
    ];
    const everythingAlike = (): number => 0.6;
    const guarded = clusterPairs({ nodeCount: 4, pairs, similarity: everythingAlike, documentsOf: sharedDocument, adjacent: never });
    expect(guarded.rootOf(2)).not.toBe(guarded.rootOf(0));
    const unguarded = clusterPairs({ nodeCount: 4, pairs, similarity: everythingAlike, documentsOf, adjacent: never });
    expect(unguarded.rootOf(2)).toBe(unguarded.rootOf(0));
    const neighbours = clusterPairs({ nodeCount: 4, pairs, similarity: everythingAlike, documentsOf: sharedDocument, adjacent: (a, b) => a + b === 3 });
    expect(neighbours.rootOf(2)).toBe(neighbours.rootOf(0));
  });

  it('records the weakest accepted pair of each group', () => {
    const clusters = clusterPairs({ nodeCount: 4, pairs: [{ a: 0, b: 1, score: 0.9, partial: false }, { a: 0, b: 3, score: 0.6, partial: false }], similarity, documentsOf, adjacent: never });
    expect(clusters.weakest.get(clusters.rootOf(3))).toBe(0.6);
  });
});
