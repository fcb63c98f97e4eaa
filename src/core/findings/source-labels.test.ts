import { describe, expect, it } from 'vitest';
import { relabelSummary, sourceLabels } from './source-labels';

describe('source labels', () => {
  it('shortens seed and hashed ids when the short form is unique', () => {
    const labels = sourceLabels(['002_d2e03255e9355d12', 'china-s-top-diplomat-says-9f86d081', 'plain']);
    expect([...labels.values()]).toEqual(['002', 'china-s-top-diplomat-says', 'plain']);
    expect(relabelSummary('002_d2e03255e9355d12 says February 2021, but plain disagrees', labels)).toBe('002 says February 2021, but plain disagrees');
  });

  it('keeps full ids when short forms would collide', () => {
    const labels = sourceLabels(['talks-9f86d081', 'talks-1234abcd']);
    expect([...labels.values()]).toEqual(['talks-9f86d081', 'talks-1234abcd']);
  });
});
