import { describe, expect, it } from 'vitest';
import { placeAnnouncer, type Box } from './announcer-placement';

const viewport = { width: 1280, height: 720 };
// The status line in its corner at 1280x720: 320 px wide, 16 px from the right and the bottom.
const corner: Box = { left: 944, top: 601, right: 1264, bottom: 704 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('placeAnnouncer', () => {
  it('stays in its corner when no field has the focus, or the field is elsewhere', () => {
    expect(placeAnnouncer(corner, 'corner', null, viewport)).toBe('corner');
    expect(placeAnnouncer(corner, 'corner', box(320, 300, 900, 340), viewport)).toBe('corner');
  });

  it('moves to the left when it would cover the claim editor’s Note field', () => {
    expect(placeAnnouncer(corner, 'corner', box(967, 528, 1257, 607), viewport)).toBe('left');
  });

  it('goes to the top when the field spans the bottom of the screen', () => {
    expect(placeAnnouncer(corner, 'corner', box(0, 650, 1280, 700), viewport)).toBe('top');
  });

  it('hides rather than cover a field as tall and wide as the screen', () => {
    expect(placeAnnouncer(corner, 'corner', box(0, 0, 1280, 720), viewport)).toBe('hidden');
  });

  it('finds its corner from where it is now, and returns there when the field moves away', () => {
    const atLeft = box(16, 601, 336, 704);
    const atTop = box(944, 16, 1264, 119);
    expect(placeAnnouncer(atLeft, 'left', box(967, 528, 1257, 607), viewport)).toBe('left');
    expect(placeAnnouncer(atLeft, 'left', box(320, 300, 900, 340), viewport)).toBe('corner');
    expect(placeAnnouncer(atTop, 'top', box(0, 650, 1280, 700), viewport)).toBe('top');
    expect(placeAnnouncer(atTop, 'top', null, viewport)).toBe('corner');
  });
});
