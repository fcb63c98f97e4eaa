import { describe, expect, it } from 'vitest';
import { cpuMultiplier } from './cpu-multiplier.mjs';

describe('cpuMultiplier', () => {
  it('keeps the preset 4× on a host as fast as Lighthouse assumes, or faster, or unmeasured', () => {
    expect(cpuMultiplier(1533)).toBe(4);
    expect(cpuMultiplier(2500)).toBe(4);
    expect(cpuMultiplier(Number.NaN)).toBe(4);
  });

  it('slows a slower host less, along the calibration table', () => {
    expect(cpuMultiplier(1300)).toBe(3);
    expect(cpuMultiplier(800)).toBe(2);
    expect(cpuMultiplier(475)).toBe(1.5);
    expect(cpuMultiplier(100)).toBe(1);
  });
});
