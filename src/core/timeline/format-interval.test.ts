import { describe, expect, it } from 'vitest';
import { formatInterval } from './format-interval';

describe('formatInterval', () => {
  it('says a whole year, month or day in the fewest words', () => {
    expect(formatInterval('2022-01-01', '2022-12-31', 'year', false)).toBe('2022');
    expect(formatInterval('2021-02-01', '2021-02-28', 'month', false)).toBe('Feb 2021');
    expect(formatInterval('2023-07-13', '2023-07-13', 'day', false)).toBe('13 Jul 2023');
    expect(formatInterval('1990-01-01', '1999-12-31', 'decade', false)).toBe('the 1990s');
  });

  it('gives other spans as a range and marks estimates', () => {
    expect(formatInterval('2023-07-03', '2023-07-09', 'week', false)).toBe('3 Jul 2023 – 9 Jul 2023');
    expect(formatInterval('2022-02-01', '2022-02-28', 'month', true)).toBe('about Feb 2022');
    expect(formatInterval('2023-09-18', '2023-12-31', 'year', false)).toBe('18 Sep 2023 – 31 Dec 2023');
  });
});
