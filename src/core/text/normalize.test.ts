import { describe, expect, it } from 'vitest';
import { foldForComparison } from './normalize';
import { stemWord } from './stem';
import { contentTerms, unicodeWordTokenizer } from './tokenize';

describe('foldForComparison', () => {
  it('folds case, accents, quote and dash styles and ellipses, leaving spacing to the tokenizers', () => {
    expect(foldForComparison('“Héllo”  ‘World’ – Kyiv…')).toBe('"hello"  \'world\' - kyiv...');
  });
});

describe('stemWord and contentTerms', () => {
  it('meets inflections and British/American spellings', () => {
    expect(stemWord('representing')).toBe(stemWord('represents'));
    expect(stemWord('organisation')).toBe(stemWord('organization'));
    expect(stemWord('colours')).toBe(stemWord('color'));
    expect(stemWord('exchanged')).toBe(stemWord('exchanges'));
    expect(stemWord('countries')).toBe(stemWord('country'));
  });

  it('meets a long word cut short with its inflections: the cut drops a final e as the suffix rules do', () => {
    for (const word of ['endorsed', 'endorses', 'endorsing', 'endorse']) expect(stemWord(word)).toBe(stemWord('endorsement'));
    expect(stemWord('required')).toBe(stemWord('requirement'));
    expect(stemWord('enforced')).toBe(stemWord('enforcement'));
  });

  it('keeps different words apart and leaves numbers alone', () => {
    expect(stemWord('moscow')).not.toBe(stemWord('beijing'));
    expect(stemWord('2023')).toBe('2023');
  });

  it('drops stop words and possessives', () => {
    expect(contentTerms(foldForComparison('China’s ties with the Russians'))).toEqual(['china', 'tie', 'russian']);
  });
});

describe('unicodeWordTokenizer', () => {
  it('keeps inner apostrophes and dots, and letters of any script', () => {
    expect(unicodeWordTokenizer("isn't the u.s. 2.5 times kyiv's — пекин")).toEqual(["isn't", 'the', 'u.s', '2.5', 'times', "kyiv's", 'пекин']);
  });
});
