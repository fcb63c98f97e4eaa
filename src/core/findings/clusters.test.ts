import { describe, expect, it } from 'vitest';
import { AlignmentIndex, clusterAcrossDocuments, listSources, rarestWords } from './clusters';

interface Item {
  doc: string;
  start: number;
  word: string;
}

function item(doc: string, start: number, word: string): Item {
  return { doc, start, word };
}

describe('clusterAcrossDocuments', () => {
  it('joins same-signature items untested and links others only within a shared block', () => {
    const tested: Array<[string, string]> = [];
    const items = [item('a', 0, 'x'), item('b', 0, 'x'), item('c', 0, 'y'), item('d', 0, 'z')];
    const clusters = clusterAcrossDocuments(items, {
      signature: (entry) => entry.word,
      blocks: (entry) => (entry.word === 'z' ? ['other'] : ['shared']),
      linked: (a, b) => {
        tested.push([a[0]!.word, b[0]!.word]);
        return true;
      },
    });
    expect(clusters.map((cluster) => cluster.map((entry) => entry.doc))).toEqual([['a', 'b', 'c'], ['d']]);
    expect(tested).toEqual([['x', 'y']]);
  });

  it('never tests two sets that come from one and the same document', () => {
    const clusters = clusterAcrossDocuments([item('a', 0, 'x'), item('a', 5, 'y')], {
      signature: (entry) => entry.word,
      blocks: () => ['all'],
      linked: () => true,
    });
    expect(clusters).toHaveLength(2);
  });
});

describe('AlignmentIndex', () => {
  const index = new AlignmentIndex([
    { id: 'g1', kind: 'paraphrase', score: 0.7, passages: [{ doc: 'a', start: 0, end: 10, text: '' }, { doc: 'b', start: 20, end: 30, text: '' }] },
  ]);

  it('says two spans are aligned when a group holds both, from different documents', () => {
    expect(index.aligned([{ doc: 'a', start: 3 }], [{ doc: 'b', start: 25 }])).toBe(true);
    expect(index.aligned([{ doc: 'a', start: 3 }], [{ doc: 'b', start: 5 }])).toBe(false);
    expect(index.aligned([{ doc: 'a', start: 3 }], [{ doc: 'a', start: 4 }])).toBe(false);
  });
});

describe('summary helpers', () => {
  it('lists a few sources and counts the rest', () => {
    expect(listSources(['002', '001', '001'])).toBe('001, 002');
    expect(listSources(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toBe('a, b, c, d, e and 3 more');
  });

  it('picks the rarest words for blocking', () => {
    expect(rarestWords(['common', 'rare', 'mid'], new Map([['common', 9], ['rare', 1], ['mid', 4]]), 2)).toEqual(['rare', 'mid']);
  });
});
