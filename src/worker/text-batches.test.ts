import { describe, expect, it } from 'vitest';
import { inTextBatches } from './text-batches';

describe('inTextBatches', () => {
  const length = (text: string) => text.length;

  it('fills each batch up to its characters, in order, and starts the next when one more would go over', () => {
    expect(inTextBatches(['aaaa', 'bb', 'cccc', 'd'], length, 6)).toEqual([['aaaa', 'bb'], ['cccc', 'd']]);
  });

  it('sends a text longer than a batch alone, and nothing for no texts', () => {
    expect(inTextBatches(['a', 'bbbbbbbbbb', 'c'], length, 4)).toEqual([['a'], ['bbbbbbbbbb'], ['c']]);
    expect(inTextBatches([], length, 4)).toEqual([]);
  });
});
