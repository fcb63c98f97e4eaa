import { describe, expect, it } from 'vitest';
import { extractNameMentions } from './name-mentions';
import { identifyPersons, isSamePersonName, nameSkeleton, personNamed, spellingsDiffer } from './persons';

function names(doc: string, text: string) {
  return extractNameMentions(doc, text, [{ start: 0, end: text.length }], () => false);
}

describe('person names', () => {
  it('reads transliteration variants as one name, and different given names as different people', () => {
    expect(nameSkeleton('Sergey')).toBe(nameSkeleton('Sergei'));
    expect(isSamePersonName(['Sergey', 'Lavrov'], ['Sergei', 'Lavrov'])).toBe(true);
    expect(isSamePersonName(['Volodymyr', 'Zelensky'], ['Volodymyr', 'Zelenskyy'])).toBe(true);
    expect(isSamePersonName(['Wang', 'Yi'], ['Wang', 'Gang'])).toBe(false);
    expect(isSamePersonName(['Sergey', 'Lavrov'], ['Sergey', 'Shoigu'])).toBe(false);
    expect(isSamePersonName(['Wang', 'Yi'], ['Wang'])).toBe(false);
  });

  it('reads a one-letter slip in a short surname, and a nickname beside a slip, as the same person', () => {
    expect(isSamePersonName(['Harry', 'Reid'], ['Harry', 'Riid'])).toBe(true);
    expect(isSamePersonName(['Bill', 'Kristol'], ['William', 'Krestol'])).toBe(true);
    expect(isSamePersonName(['Harry', 'Reid'], ['Harry', 'Rudd'])).toBe(false);
    expect(isSamePersonName(['Paul', 'Ryan'], ['Paul', 'Rand'])).toBe(false);
    expect(isSamePersonName(['Bill', 'Kristol'], ['William', 'Barr'])).toBe(false);
  });

  it('reads a name with a middle name left out as the same name, and only a changed part as another spelling', () => {
    expect(isSamePersonName(['Todd', 'Jones'], ['Byron', 'Todd', 'Jones'])).toBe(true);
    expect(isSamePersonName(['Byron', 'Todd', 'Jones'], ['Todd', 'Janes'])).toBe(true);
    expect(isSamePersonName(['Ben', 'Jealous'], ['Benjamin', 'Todd', 'Jealous'])).toBe(true);
    expect(isSamePersonName(['Mark', 'Jones'], ['Byron', 'Todd', 'Jones'])).toBe(false);
    expect(isSamePersonName(['Todd', 'Byron'], ['Byron', 'Todd', 'Jones'])).toBe(false);
    expect(spellingsDiffer(['Benjamin', 'Jealous'], ['Benjamin', 'Todd', 'Jealous'])).toBe(false);
    expect(spellingsDiffer(['Todd', 'Janes'], ['Byron', 'Todd', 'Jones'])).toBe(true);
  });

  it('reads "Jan" as a given name before a surname and as a month alone, a middle initial as part of the name and "Jr." as none', () => {
    expect(names('d', 'Jan Brewer spoke on Jan. 5 and Jan 6 with James R. Clapper Jr. and Clapper Jr').map((mention) => mention.name)).toEqual(['Jan Brewer', 'James R Clapper', 'Clapper']);
  });

  it('keeps a son and his father apart where one article writes the name with "Jr." and without, and joins an outlet that drops "Jr."', () => {
    const persons = identifyPersons([
      ...names('a', 'Rep. Jesse Hale Jr. pleaded guilty. His father, the Rev. Jesse Hale, watched.'),
      ...names('b', 'Jesse Hale Jr., the congressman, pleaded guilty as the Rev. Jesse Hale watched.'),
      ...names('c', 'Congressman Jesse Hale pleaded guilty.'),
    ]);
    expect(persons.map((person) => person.fullNames.map((mention) => `${mention.doc}:${mention.text}${mention.generation ? ` ${mention.generation}` : ''}`))).toEqual([
      ['a:Jesse Hale Jr', 'b:Jesse Hale Jr', 'c:Jesse Hale'],
      ['a:Jesse Hale', 'b:Jesse Hale'],
    ]);
  });

  it('names a person by the spelling of the most documents; on a tie the one published first, then the one written most', () => {
    const mentions = [
      ...names('a', 'Sergei Lavrov spoke. Sergei Lavrov left.'),
      ...names('b', 'Sergey Lavrov spoke.'),
      ...names('c', 'Sergei Lavrov arrived.'),
    ];
    expect(identifyPersons(mentions)[0]!.canonical).toBe('Sergei Lavrov');
    const tie = mentions.filter((mention) => mention.doc !== 'c');
    const published = (a: string | null, b: string | null) => new Map([['a', a], ['b', b]]);
    expect(identifyPersons(tie, published('2023-05-02', '2023-05-01'))[0]!.canonical).toBe('Sergey Lavrov');
    expect(identifyPersons(tie, published('2023-05-01', '2023-05-02'))[0]!.canonical).toBe('Sergei Lavrov');
    expect(identifyPersons(tie, published(null, '2023-05-02'))[0]!.canonical).toBe('Sergey Lavrov');
    expect(identifyPersons(tie, published('2023-05-01', '2023-05-01'))[0]!.canonical).toBe('Sergei Lavrov');
    expect(identifyPersons(tie.reverse(), published('2023-05-01', '2023-05-01'))[0]!.canonical).toBe('Sergei Lavrov');
  });

  it('gives a short reference to the person whose surname it is, when another name merely starts with it', () => {
    const persons = identifyPersons([...names('a', 'Barack Obama spoke. Obama left.'), ...names('b', 'Obama Cabinet members met.')]);
    expect(persons.find((person) => person.canonical === 'Barack Obama')?.shortReferences.map((mention) => mention.doc)).toEqual(['a']);
  });

  it('attaches titles written before the name or as an appositive after it', () => {
    const found = names('d', 'Chinese Foreign Minister Wang Yi met Russia’s Security Council Secretary Nikolai Patrushev. Wang, who is also director of the Central Foreign Affairs Commission, spoke.');
    expect(found.map((mention) => [mention.name, mention.role?.office ?? null, mention.role?.country ?? null])).toEqual([
      ['Wang Yi', 'foreign minister', 'china'],
      ['Nikolai Patrushev', 'security council secretary', 'russia'],
      ['Wang', 'director of the central foreign affairs commission', null],
    ]);
  });

  it('groups spellings into persons and assigns one-word references to their owner', () => {
    const mentions = [
      ...names('a', 'Sergey Lavrov met Wang Yi. Lavrov said so.'),
      ...names('b', 'Sergei Lavrov met Wang Yi. Yi stressed it.'),
    ];
    const persons = identifyPersons(mentions);
    const lavrov = persons.find((person) => person.canonical.endsWith('Lavrov'))!;
    expect(lavrov.fullNames.map((mention) => mention.name)).toEqual(['Sergey Lavrov', 'Sergei Lavrov']);
    expect(lavrov.shortReferences.map((mention) => mention.name)).toEqual(['Lavrov']);
    expect(persons.find((person) => person.canonical === 'Wang Yi')?.shortReferences.map((mention) => mention.name)).toEqual(['Yi']);
    expect(personNamed(persons, 'Chinese Foreign Minister Wang')?.canonical).toBe('Wang Yi');
    expect(personNamed(persons, 'Mr. Lavrov')).toBe(lavrov);
  });

  it('reads a title-case line as a headline only when one of its capitalised words is used in lower case, and cuts its runs to a name the document writes', () => {
    const common = (word: string) => word === 'remarks';
    const headline = 'Dana Whitmoore Criticized for Harbor Remarks\n\nDana Whitmore spoke.';
    const read = extractNameMentions('a', headline, [{ start: 0, end: headline.length }], common);
    expect(read.map((mention) => [mention.name, headline.slice(mention.start, mention.end)])).toEqual([
      ['Dana Whitmoore', 'Dana Whitmoore'],
      ['Criticized', 'Criticized'],
      ['Harbor', 'Harbor'],
      ['Dana Whitmore', 'Dana Whitmore'],
    ]);
    const list = 'Mitt Romney, Newt Gingrich, Rick Santorum Said';
    expect(extractNameMentions('a', list, [{ start: 0, end: list.length }], common).map((mention) => mention.name)).toEqual(['Mitt Romney', 'Newt Gingrich', 'Rick Santorum Said']);
  });

  it('cuts a headline run to the full name written outside headlines, else reads its words alone', () => {
    const text = 'Dana Whitmoore Criticized for Harbor Renovation\n\nDana Whitmore spoke. Whitmore left.';
    const mentions = extractNameMentions('a', text, [{ start: 0, end: text.length }], (word) => word === 'renovation');
    const persons = identifyPersons(mentions);
    const whitmore = persons.find((person) => person.fullNames.some((mention) => mention.name === 'Dana Whitmore'))!;
    expect(whitmore.fullNames.map((mention) => [mention.name, text.slice(mention.start, mention.end)])).toEqual([
      ['Dana Whitmoore', 'Dana Whitmoore'],
      ['Dana Whitmore', 'Dana Whitmore'],
    ]);
    expect(persons.some((person) => person.canonical.includes('Criticized'))).toBe(false);
  });

  it('reads every name of a long headline run, with no more words than the document writes them', () => {
    const text = 'Arizona Sheriff Joe Arpaio Endorses Rick Perry\n\nJoe Arpaio backed Rick Perry on Monday.';
    const read = extractNameMentions('a', text, [{ start: 0, end: text.length }], (word) => word === 'sheriff');
    expect(read.map((mention) => mention.name)).toEqual(['Arizona', 'Joe Arpaio', 'Endorses', 'Rick Perry', 'Joe Arpaio', 'Rick Perry']);
  });
});
