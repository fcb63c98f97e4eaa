import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatIsoDate, parseIsoDate, startOfWeek, weekdayOf } from './calendar';

describe('calendar', () => {
  it('parses only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2023-7-13')).toBeNull();
  });

  it('moves by days and months across boundaries, clamping the day of month', () => {
    const day = parseIsoDate('2023-03-31')!;
    expect(formatIsoDate(addMonths(day, -1))).toBe('2023-02-28');
    expect(formatIsoDate(addMonths(day, -13))).toBe('2022-02-28');
    expect(formatIsoDate(addDays(parseIsoDate('2023-12-31')!, 1))).toBe('2024-01-01');
    expect(daysBetween(parseIsoDate('2023-02-21')!, parseIsoDate('2024-04-09')!)).toBe(413);
  });

  it('starts weeks on Monday', () => {
    const thursday = parseIsoDate('2023-07-13')!;
    expect(weekdayOf(thursday)).toBe(4);
    expect(formatIsoDate(startOfWeek(thursday))).toBe('2023-07-10');
    expect(formatIsoDate(startOfWeek(parseIsoDate('2023-07-16')!))).toBe('2023-07-10');
  });
});
