import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignmentGroup, Passage } from '../model/analysis';
import { summarizeSources, type OverlapMatrix } from './source-overview';

function passage(doc: string, start: number, end: number, boilerplate: Passage['boilerplate'] = null): Passage {
  return { doc, start, end, text: 'x'.repeat(end - start), paragraph: 0, boilerplate };
}

function groups(list: Array<Array<[string, number, number]>>): AlignmentGroup[] {
  return list.map((members, i) => ({ id: `g${i}`, kind: 'paraphrase', score: 0.8, passages: members.map(([doc, start, end]) => ({ doc, start, end, text: '' })) }));
}

function cell(matrix: OverlapMatrix, row: string, column: string): number | undefined {
  return matrix.share[matrix.docs.indexOf(row)]?.[matrix.docs.indexOf(column)];
}

describe('summarizeSources', () => {
  it('measures the aligned share of each row source’s content, leaving furniture out', () => {
    const passages = { a: [passage('a', 0, 50), passage('a', 50, 100), passage('a', 100, 200, 'link-list')], b: [passage('b', 0, 50)] };
    const { heatMap, ranking } = summarizeSources(['a', 'b'], passages, groups([[['a', 0, 50], ['b', 0, 50]]]), 30);
    expect(cell(heatMap, 'a', 'b')).toBeCloseTo(0.5);
    expect(cell(heatMap, 'b', 'a')).toBeCloseTo(1);
    expect(cell(heatMap, 'a', 'a')).toBe(1);
    expect(ranking.map((standing) => [standing.id, standing.alignedShare])).toEqual([['b', 1], ['a', 0.5]]);
  });

  it('counts text aligned through several groups once', () => {
    const passages = { a: [passage('a', 0, 100)], b: [passage('b', 0, 100)] };
    const { heatMap } = summarizeSources(['a', 'b'], passages, groups([[['a', 0, 60], ['b', 0, 60]], [['a', 40, 80], ['b', 60, 100]]]), 30);
    expect(cell(heatMap, 'a', 'b')).toBeCloseTo(0.8);
  });

  it('clusters sources that share text and fills the heat map from the largest cluster on', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const passages = Object.fromEntries(ids.map((id) => [id, [passage(id, 0, 10)]]));
    const shared = groups([[['a', 0, 10], ['c', 0, 10], ['d', 0, 5]], [['c', 5, 10], ['d', 5, 10]], [['e', 0, 10], ['f', 0, 10]]]);
    const overview = summarizeSources(ids, passages, shared, 2);
    expect(overview.ranking.map((standing) => [standing.id, standing.links])).toEqual([['c', 3], ['d', 3], ['a', 2], ['e', 1], ['f', 1], ['b', 0]]);
    expect(overview.heatMap.docs).toEqual(['c', 'd']);
    expect(summarizeSources(ids, passages, shared, 5).heatMap.docs).toEqual(['c', 'd', 'a', 'e', 'f']);
    expect(overview.clusters).toEqual([['c', 'd', 'a'], ['e', 'f']]);
    expect(overview.unconnected).toBe(1);
    // With room for every source, the one sharing nothing comes after the clusters.
    expect(summarizeSources(ids, passages, shared, 30).heatMap.docs).toEqual(['c', 'd', 'a', 'e', 'f', 'b']);
  });

  it('agrees with the full sources × sources matrix on the sources it shows, for any groups', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const member = fc.tuple(fc.constantFrom(...ids), fc.nat({ max: 90 }), fc.integer({ min: 1, max: 10 })).map(([doc, start, length]): [string, number, number] => [doc, start, start + length]);
    fc.assert(
      fc.property(fc.array(fc.array(member, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), fc.integer({ min: 1, max: 5 }), (list, size) => {
        const passages = Object.fromEntries(ids.map((id) => [id, [passage(id, 0, 100)]]));
        const all = summarizeSources(ids, passages, groups(list), ids.length).heatMap;
        const some = summarizeSources(ids, passages, groups(list), size);
        expect(some.heatMap.docs).toHaveLength(size);
        // Sources that share text first, those that share nothing after them.
        expect(some.heatMap.docs.slice(0, some.clusters.flat().length)).toEqual(some.clusters.flat().slice(0, size));
        for (const row of some.heatMap.docs) for (const column of some.heatMap.docs) expect(cell(some.heatMap, row, column)).toBe(cell(all, row, column));
        expect(some.clusters.flat().length + some.unconnected).toBe(ids.length);
      }),
    );
  });
});
