import { describe, expect, it } from 'vitest';
import { chosenSources, compareParams, effectiveBase, parseCompareSettings, readingKey } from './compare-settings';

describe('compare settings in the route', () => {
  it('round-trips every setting through the URL parameters', () => {
    const settings = {
      layout: 'variants' as const,
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

  it('shows up to 4 sources side by side and up to 50 in the variants view, each once, known ones only', () => {
    const ids = Array.from({ length: 60 }, (_, index) => `d${index}`);
    const known = (id: string) => id !== 'd1';
    expect(chosenSources(['d0', 'd0', 'd1', ...ids], known, 'columns')).toEqual(['d0', 'd2', 'd3', 'd4']);
    expect(chosenSources(ids, known, 'variants')).toHaveLength(50);
    expect(parseCompareSettings({ view: 'sideways' }).layout).toBe('columns');
  });

  it('groups readings by wording, folding what the ignore options say', () => {
    const exact = readingKey({ ignoreCase: false, ignorePunctuation: false, ignoreQuoteStyle: false });
    expect(exact('Lavrov  said “yes”.')).toBe('Lavrov said “yes”.');
    const loose = readingKey({ ignoreCase: true, ignorePunctuation: true, ignoreQuoteStyle: true });
    expect(loose('Lavrov said “yes”.')).toBe(loose('lavrov said, "yes"'));
  });
});
