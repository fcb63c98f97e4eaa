import { describe, expect, it } from 'vitest';
import { clockTimeRanges, clockTimesAs24Hour } from './clock-times';

describe('clock times', () => {
  it.each([
    ['at 6:21 p.m. on Friday', 'at 18:21 on Friday'],
    ['from 10:30 a.m. to 11 p.m.', 'from 10:30 to 23:00'],
    ['by 9pm, or 12 a.m. at the latest', 'by 21:00, or 0:00 at the latest'],
    ['at 12:05 p.m. and at 18:40', 'at 12:05 and at 18:40'],
  ])('%s → %s', (written, normalised) => {
    expect(clockTimesAs24Hour(written)).toBe(normalised);
  });

  it('finds the whole time, and leaves alone what is no time of day', () => {
    const text = 'The vote was 5-4 at 6:21 p.m.; a 3.5 percent rise, 25:30 and 13 p.m. are not times.';
    expect(clockTimeRanges(text).map(({ start, end }) => text.slice(start, end))).toEqual(['6:21 p.m.']);
    expect(clockTimesAs24Hour('No time in 2,400 votes or 3:1 odds.')).toBe('No time in 2,400 votes or 3:1 odds.');
  });
});
