import { describe, expect, it } from 'vitest';
import { firstClear, marginTo, placementBoxes, type Box } from './announcer-placement';

const viewport = { width: 1280, height: 720 };
// The status line in its corner at 1280x720: 320 px wide, 16 px from the right and the bottom.
const corner: Box = { left: 944, top: 601, right: 1264, bottom: 704 };
const atLeft: Box = { left: 16, top: 601, right: 336, bottom: 704 };
const atTop: Box = { left: 944, top: 16, right: 1264, bottom: 119 };

describe('placementBoxes', () => {
  it('mirrors the corner’s margins to the left and to the top', () => {
    expect(placementBoxes(corner, 'corner', viewport)).toEqual({ corner, left: atLeft, top: atTop });
  });

  it('finds the corner from where the status line is now, hidden included (it stays in the corner)', () => {
    expect(placementBoxes(atLeft, 'left', viewport).corner).toEqual(corner);
    expect(placementBoxes(atTop, 'top', viewport).corner).toEqual(corner);
    expect(placementBoxes(corner, 'hidden', viewport).corner).toEqual(corner);
  });
});

describe('firstClear', () => {
  it('keeps the corner unless the field covers it, then tries the left, then the top', () => {
    expect(firstClear(new Set())).toBe('corner');
    expect(firstClear(new Set(['corner'] as const))).toBe('left');
    expect(firstClear(new Set(['corner', 'left'] as const))).toBe('top');
    expect(firstClear(new Set(['left'] as const))).toBe('corner');
  });

  it('hides rather than cover a field that covers every placement', () => {
    expect(firstClear(new Set(['corner', 'left', 'top'] as const))).toBe('hidden');
  });
});

describe('marginTo', () => {
  it('shrinks the viewport to the box, top right bottom left', () => {
    expect(marginTo(corner, viewport)).toBe('-601px -16px -16px -944px');
    expect(marginTo({ left: 15.6, top: 0, right: 1280, bottom: 720 }, viewport)).toBe('0px 0px 0px -16px');
  });
});
