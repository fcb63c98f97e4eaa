import { describe, expect, it } from 'vitest';
import { axisTicks } from './axis-ticks';

describe('axisTicks', () => {
  it('uses months on a short axis, naming the year at the first tick and each January', () => {
    expect(axisTicks('2022-11-15', '2023-02-20')).toEqual([
      { date: '2022-12-01', label: 'Dec 2022' },
      { date: '2023-01-01', label: 'Jan 2023' },
      { date: '2023-02-01', label: 'Feb' },
    ]);
  });

  it('uses round years on a long axis and never more than ten ticks', () => {
    const ticks = axisTicks('1990-03-01', '2026-12-31');
    expect(ticks.length).toBeLessThanOrEqual(10);
    expect(ticks.map((t) => t.label)).toEqual(['1995', '2000', '2005', '2010', '2015', '2020', '2025']);
  });

  it('names the bad input', () => {
    expect(() => axisTicks('2022-13-01', '2023-01-01')).toThrow(/2022-13-01/);
  });
});
