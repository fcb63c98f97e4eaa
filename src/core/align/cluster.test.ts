import { describe, expect, it } from 'vitest';
import { clusterPairs } from './cluster';

describe('clusterPairs', () => {
  const alike = new Map([['0:1', 0.9], ['1:2', 0.8], ['0:2', 0.1], ['2:3', 0.7], ['0:3', 0.6]]);
  const similarity = (a: number, b: number): number => alike.get(`${Math.min(a, b)}:${Math.max(a, b)}`) ?? 0;

  it('does not chain a passage onto a group whose founder it does not resemble', () => {
    const clusters = clusterPairs(3, [{ a: 0, b: 1, score: 0.9, partial: false }, { a: 1, b: 2, score: 0.8, partial: false }], similarity);
    expect(clusters.rootOf(1)).toBe(clusters.rootOf(0));
    expect(clusters.rootOf(2)).not.toBe(clusters.rootOf(0));
  });

  it('lets half of a split sentence join even though it resembles the whole only in part', () => {
    const clusters = clusterPairs(3, [{ a: 0, b: 1, score: 0.9, partial: false }, { a: 1, b: 2, score: 0.8, partial: true }], similarity);
    expect(clusters.rootOf(2)).toBe(clusters.rootOf(0));
  });

  it('records the weakest accepted pair of each group', () => {
    const clusters = clusterPairs(4, [{ a: 0, b: 1, score: 0.9, partial: false }, { a: 0, b: 3, score: 0.6, partial: false }], similarity);
    expect(clusters.weakest.get(clusters.rootOf(3))).toBe(0.6);
  });
});
