import { describe, expect, it } from 'vitest';
import { compareParams, effectiveBase, parseCompareSettings } from './compare-settings';

describe('compare settings in the route', () => {
  it('round-trips every setting through the URL parameters', () => {
    const settings = {
      base: 'b',
      diff: { ignoreCase: true, ignorePunctuation: false, ignoreQuoteStyle: true },
      minScore: 0.45,
      differencesOnly: true,
      furniture: 'hide' as const,
      alignFurniture: true,
    };
    expect(parseCompareSettings(compareParams(settings))).toEqual(settings);
  });

  it('leaves defaults out of the URL', () => {
    expect(compareParams(parseCompareSettings({}))).toEqual({});
  });

  it('reads nonsense values as defaults and clamps the similarity', () => {
    expect(parseCompareSettings({ min: 'lots', furniture: 'purple' })).toMatchObject({ minScore: 0, furniture: 'fold' });
    expect(parseCompareSettings({ furniture: 'show' }).furniture).toBe('show');
    expect(parseCompareSettings({ min: '7' }).minScore).toBe(1);
  });

  it('falls back to the first column when the base is not compared', () => {
    const settings = parseCompareSettings({ base: 'gone' });
    expect(effectiveBase(settings, ['a', 'b'])).toBe('a');
    expect(effectiveBase(parseCompareSettings({ base: 'b' }), ['a', 'b'])).toBe('b');
  });
});
