import { describe, expect, it } from 'vitest';
import { PassageReader, TermVocabulary, type PassageFeatures } from './features';
import { passageSimilarity } from './similarity';
import { diffTokens, orderedOverlap } from './token-diff';

const BASE = 'Lavrov said Moscow and Beijing were maintaining high-level exchanges and a March meeting had injected strong momentum.';

function scoreAgainstBase(other: string): number {
  const vocabulary = new TermVocabulary();
  const reader = new PassageReader(vocabulary);
  const featuresOf = (text: string): PassageFeatures => reader.features(reader.read(text));
  const a = featuresOf(BASE);
  const b = featuresOf(other);
  return passageSimilarity(a, b, new Float64Array(vocabulary.size).fill(1));
}

describe('passageSimilarity', () => {
  it('is 1 for passages equal after normalisation', () => {
    expect(scoreAgainstBase(BASE.toUpperCase().replace('high-level', 'high–level'))).toBe(1);
  });

  it('falls as the wording drifts further from the passage', () => {
    const light = scoreAgainstBase('Lavrov said Moscow and Beijing maintain high-level exchanges and a March meeting had injected strong momentum.');
    const paraphrase = scoreAgainstBase('For his part, Sergei Lavrov said that Moscow and Beijing maintain high-level exchanges and that a meeting in March had injected a strong dynamic.');
    const unrelated = scoreAgainstBase('The harvest in the south beat the forecast by a wide margin this autumn.');
    expect(light).toBeLessThan(1);
    expect(paraphrase).toBeLessThan(light);
    expect(unrelated).toBeLessThan(paraphrase);
    expect(unrelated).toBeGreaterThanOrEqual(0);
  });
});

describe('diffTokens', () => {
  it('diffs whole words, not characters', () => {
    const steps = diffTokens(['interests', 'and', 'projects', 'converge'], ['interests', 'and', 'plans', 'converge']);
    expect(steps).toEqual([
      { operation: 'equal', tokens: ['interests', 'and'] },
      { operation: 'delete', tokens: ['projects'] },
      { operation: 'insert', tokens: ['plans'] },
      { operation: 'equal', tokens: ['converge'] },
    ]);
  });

  it('measures the share of tokens kept in order', () => {
    expect(orderedOverlap([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    expect(orderedOverlap([1, 2, 3, 4], [4, 3, 2, 1])).toBe(0.25);
    expect(orderedOverlap([], [])).toBe(1);
  });
});
