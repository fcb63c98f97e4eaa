import { describe, expect, it } from 'vitest';
import { rangeToggle } from './tick-range';

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('rangeToggle', () => {
  it('ticks and unticks one row without Shift', () => {
    expect(rangeToggle([], ORDER, null, 'c', false)).toEqual(['c']);
    expect(rangeToggle(['c', 'd'], ORDER, 'd', 'c', false)).toEqual(['d']);
  });

  it('with Shift ticks every row from the anchor to the clicked one, in either direction', () => {
    expect(rangeToggle(['b'], ORDER, 'b', 'e', true)).toEqual(['b', 'c', 'd', 'e']);
    expect(rangeToggle(['e'], ORDER, 'e', 'b', true)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('with Shift on a ticked row unticks the whole range and keeps ticks outside it', () => {
    expect(rangeToggle(['a', 'b', 'c', 'd', 'f'], ORDER, 'b', 'd', true)).toEqual(['a', 'f']);
  });

  it('an anchor no longer listed (filtered out or removed) makes Shift tick one row', () => {
    expect(rangeToggle([], ORDER, 'gone', 'c', true)).toEqual(['c']);
  });
});
