import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Passage } from '../../core/model/analysis';
import { alignmentOverlap, mostConnected } from './alignment-overlap';

function passage(doc: string, start: number, end: number, boilerplate: Passage['boilerplate'] = null): Passage {
  return { doc, start, end, text: 'x'.repeat(end - start), paragraph: 0, boilerplate };
}

function result(passages: Record<string, Passage[]>, groups: Array<Array<[string, number, number]>>): AnalysisResult {
  return {
    version: 1,
    documents: Object.keys(passages).map((id) => ({ id, title: id, published: null, length: 100 })),
    passages,
    groups: groups.map((members, i) => ({ id: `g${i}`, kind: 'paraphrase', score: 0.8, passages: members.map(([doc, start, end]) => ({ doc, start, end, text: '' })) })),
    findings: [],
  };
}

describe('alignmentOverlap', () => {
  it('measures the aligned share of each row source’s content, leaving furniture out', () => {
    const matrix = alignmentOverlap(
      result(
        { a: [passage('a', 0, 50), passage('a', 50, 100), passage('a', 100, 200, 'link-list')], b: [passage('b', 0, 50)] },
        [[['a', 0, 50], ['b', 0, 50]]],
      ),
    );
    expect(matrix.share[0]![1]).toBeCloseTo(0.5);
    expect(matrix.share[1]![0]).toBeCloseTo(1);
    expect(matrix.share[0]![0]).toBe(1);
  });

  it('counts text aligned through several groups once', () => {
    const matrix = alignmentOverlap(
      result({ a: [passage('a', 0, 100)], b: [passage('b', 0, 100)] }, [
        [['a', 0, 60], ['b', 0, 60]],
        [['a', 40, 80], ['b', 60, 100]],
      ]),
    );
    expect(matrix.share[0]![1]).toBeCloseTo(0.8);
  });

  it('keeps the most connected documents when asked for fewer', () => {
    const matrix = alignmentOverlap(
      result({ a: [passage('a', 0, 10)], b: [passage('b', 0, 10)], c: [passage('c', 0, 10)] }, [[['a', 0, 10], ['c', 0, 10]]]),
    );
    expect(mostConnected(matrix, 2).docs).toEqual(['a', 'c']);
    expect(mostConnected(matrix, 2).share).toEqual([[1, 1], [1, 1]]);
  });
});
