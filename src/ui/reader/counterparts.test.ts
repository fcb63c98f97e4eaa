import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../core/model/analysis';
import { summarizeSources } from '../../core/overview/source-overview';
import { counterpartsOf, otherDocsIn } from './counterparts';

const result: AnalysisResult = {
  version: 1,
  documents: [
    { id: 'a', title: 'A', published: null, length: 100 },
    { id: 'b', title: 'B', published: null, length: 80 },
    { id: 'c', title: 'C', published: null, length: 50 },
  ],
  passages: {},
  groups: [
    { id: 'g1', kind: 'paraphrase', score: 0.8, passages: [{ doc: 'a', start: 0, end: 20, text: '' }, { doc: 'b', start: 5, end: 30, text: '' }] },
    { id: 'g2', kind: 'identical', score: 1, passages: [{ doc: 'a', start: 0, end: 20, text: '' }, { doc: 'c', start: 0, end: 20, text: '' }] },
    { id: 'g3', kind: 'identical', score: 1, passages: [{ doc: 'a', start: 40, end: 60, text: '' }] },
    { id: 'g4', kind: 'near-duplicate', score: 0.9, passages: [{ doc: 'b', start: 40, end: 60, text: '' }, { doc: 'c', start: 20, end: 40, text: '' }] },
  ],
  findings: [],
  overview: summarizeSources([], {}, [], 0),
};

describe('counterpartsOf', () => {
  it('lists passages shared with other documents, merging groups on the same span', () => {
    expect(counterpartsOf(result, 'a', 100)).toEqual([{ start: 0, end: 20, otherDocs: ['b', 'c'] }]);
  });

  it('ignores a result computed for another version of the text', () => {
    expect(counterpartsOf(result, 'a', 99)).toEqual([]);
    expect(counterpartsOf(undefined, 'a', 100)).toEqual([]);
  });

  it('finds the other documents overlapping a line', () => {
    const counterparts = counterpartsOf(result, 'b', 80);
    expect(otherDocsIn(counterparts, 0, 10)).toEqual(['a']);
    expect(otherDocsIn(counterparts, 30, 45)).toEqual(['c']);
    expect(otherDocsIn(counterparts, 30, 40)).toEqual([]);
  });
});
