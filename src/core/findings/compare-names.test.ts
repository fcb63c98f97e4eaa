import { describe, expect, it } from 'vitest';
import { compareNames } from './compare-names';
import { extractNameMentions } from './name-mentions';
import { identifyPersons } from './persons';

const names = (doc: string, text: string) => extractNameMentions(doc, text, [{ start: 0, end: text.length }], () => false);

describe('compareNames', () => {
  it('cites the surname alone of an outlet that writes no full name beside two spellings of the full name', () => {
    const persons = identifyPersons([
      ...names('a', 'Senator Reggie Ambrose voted no. Ambrose left.'),
      ...names('b', 'Senator Reggie Ambrise voted no.'),
      ...names('c', 'The senator, Ambrose, voted no.'),
    ]);
    const [finding] = compareNames(persons).filter((candidate) => candidate.verdict === 'variant');
    expect(finding?.summary).toBe('Reggie Ambrise is spelled “Reggie Ambrise” in b and “Reggie Ambrose” in a, “Ambrose” alone in c');
    expect(finding?.mentions.map((mention) => [mention.doc, mention.text])).toEqual([
      ['a', 'Reggie Ambrose'],
      ['b', 'Reggie Ambrise'],
      ['c', 'Ambrose'],
    ]);
  });

  it('reads no country as a person: “the United States” in two outlets is no name finding', () => {
    const persons = identifyPersons([
      ...names('a', 'Officials in the United States said the talks would resume.'),
      ...names('b', 'The talks will resume, the United States said on Monday.'),
    ]);
    expect(compareNames(persons)).toEqual([]);
  });

  it('reads a rank as a title, not a given name: “Captain Ilse Marek” and “Capt. Ilse Mareck” are one person', () => {
    const persons = identifyPersons([
      ...names('a', 'Captain Ilse Marek ordered the evacuation.'),
      ...names('b', 'Capt. Ilse Mareck ordered the evacuation.'),
      ...names('c', 'Lieutenant Colonel Ilse Marek said the harbour was closed.'),
    ]);
    const [finding] = compareNames(persons).filter((candidate) => candidate.verdict === 'variant');
    expect(finding?.mentions.map((mention) => [mention.doc, mention.text])).toEqual([
      ['a', 'Ilse Marek'],
      ['b', 'Ilse Mareck'],
      ['c', 'Ilse Marek'],
    ]);
  });
});
