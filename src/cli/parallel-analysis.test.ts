import { describe, expect, it } from 'vitest';
import type { AnalysisDocument } from '../core/model/document';
import { shares } from './parallel-analysis';

const doc = (id: string, length: number): AnalysisDocument => ({ id, title: id, published: null, text: 'x'.repeat(length) });

describe('shares of the documents for the threads', () => {
  it('are runs of documents in id order, whatever order they come in', () => {
    const docs = ['d', 'a', 'f', 'c', 'b', 'e'].map((id) => doc(id, 10));
    expect(shares(docs, 3).map((share) => share.map((item) => item.id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('hold about the same length of text each', () => {
    const docs = [doc('a', 600), doc('b', 100), doc('c', 100), doc('d', 100), doc('e', 100)];
    expect(shares(docs, 2).map((share) => share.map((item) => item.id))).toEqual([['a'], ['b', 'c', 'd', 'e']]);
  });

  it('are never more than the documents, nor empty', () => {
    expect(shares([doc('a', 5), doc('b', 5)], 4).map((share) => share.length)).toEqual([1, 1]);
    expect(shares([doc('a', 5)], 2)).toHaveLength(1);
  });
});
