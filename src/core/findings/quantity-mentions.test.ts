import { describe, expect, it } from 'vitest';
import { extractQuantityMentions } from './quantity-mentions';

function quantities(text: string, exclude: Array<{ start: number; end: number }> = []) {
  return extractQuantityMentions('d', text, [{ start: 0, end: text.length }], exclude).map(({ text: written, amount, unit }) => ({ written, amount, unit }));
}

describe('extractQuantityMentions', () => {
  it.each([
    ['officials from 18 countries, including', '18 countries', 18, 'country'],
    ['an 18-nation East Asia Summit', '18-nation', 18, 'country'],
    ['pledged new military package worth US$500 million.', 'US$500 million', 500_000_000, 'USD'],
    ['With 2,400 staff representing', '2,400 staff', 2400, 'staff'],
    ['following a six-day visit that', 'six-day', 6, 'day'],
    ['representing 100 different nationalities, AFP', '100 different nationalities', 100, 'nationality'],
    ['turnout rose to 61.5%', '61.5%', 61.5, 'percent'],
    ['includes at least 564 store managers who', '564 store managers', 564, 'manager'],
    ['signed by nearly 90 Georgetown University faculty and', '90 Georgetown University faculty', 90, 'faculty'],
    ['where 3 Republican senators voted', '3 Republican senators', 3, 'senator'],
    ['"You take 18 of them, California', '18 of them', 18, 'them'],
    ['"We have 50 of our members in tough races', '50 of our members', 50, 'member'],
    ['a letter signed by all 45 Senate Republicans, which', '45 Senate Republicans', 45, 'republican'],
  ])('%s → %s', (text, written, amount, unit) => {
    expect(quantities(text)).toEqual([{ written, amount, unit }]);
  });

  it.each([
    ['loaded 40 boxes onto', '40 boxes', 40, 'box'],
    ['sold 40 houses in', '40 houses', 40, 'house'],
    ['a fleet of 14 delivery trucks idled', '14 delivery trucks', 14, 'truck'],
    ['said three former officials who', 'three former officials', 3, 'official'],
    ['three close aides said', 'three close aides', 3, 'aide'],
    ['some 5 million undocumented immigrants live', '5 million undocumented immigrants', 5_000_000, 'immigrant'],
    ['gusts of 60 mph winds', '60 mph', 60, 'mph'],
    ['one delivery truck idled', 'one delivery', 1, 'delivery'],
    ['one driver says', 'one driver', 1, 'driver'],
  ])('what a figure counts is the last noun of its compound: %s → %s', (text, written, amount, unit) => {
    expect(quantities(text)).toEqual([{ written, amount, unit }]);
  });

  it('keeps a compound\'s modifiers in the slot, and tells an increment from a total', () => {
    const [trucks] = extractQuantityMentions('d', 'a fleet of 14 delivery trucks idled', [{ start: 0, end: 35 }], []);
    expect([...trucks!.slot]).toContain('deliver');
    const increments = (text: string) => extractQuantityMentions('d', text, [{ start: 0, end: text.length }], []).map((mention) => mention.increment);
    expect(increments('There are two more presidential debates left')).toEqual([true]);
    expect(increments('the second of three debates')).toEqual([false]);
  });

  it('reads the groups a count of people counts, one group named two ways as one', () => {
    const people = (text: string) => extractQuantityMentions('d', text, [{ start: 0, end: text.length }], []).map((mention) => mention.people);
    expect(people('signed by nearly 90 faculty members and priests at Carrow')).toEqual([[['member', 'faculty'], ['priest']]]);
    expect(people('signed by the 42 members of the Republican caucus')).toEqual([[['member', 'republican']]]);
    expect(people('nearly 130 professors and administrators tied to the college')).toEqual([[['professor'], ['administrator']]]);
    expect(people('at least 412 nurses who work as ward supervisors had joined')).toEqual([[['nurse', 'supervisor']]]);
    expect(people('over a dozen Jesuit priests and 40 boxes of letters')).toEqual([[['priest']], []]);
  });

  it('leaves out clock times: a time of day counts nothing', () => {
    expect(quantities('The shooting began at 6:21 p.m. and 14 people were hurt.').map((quantity) => quantity.written)).toEqual(['14 people']);
    expect(quantities('Polls open at 7 a.m. and close at 8pm; 10:30 is the deadline for 3 volunteers.').map((quantity) => quantity.written)).toEqual(['3 volunteers']);
  });

  it('leaves out deictic "two", bare numbers and numbers inside dates; a party\'s members are counted', () => {
    expect(quantities('the two sides met; page 5, and G7 leaders')).toEqual([]);
    expect(quantities('after 3 Republicans voted, and 40 Main Street offices').map((quantity) => quantity.written)).toEqual(['3 Republicans']);
    const text = 'Monday, Sept. 18, 2023 with 18 countries';
    expect(quantities(text, [{ start: 0, end: 22 }]).map((quantity) => quantity.written)).toEqual(['18 countries']);
  });

  it.each([
    ['Forty-five firefighters fought the blaze', 'Forty-five firefighters', 45],
    ['with twenty one trucks', 'twenty one trucks', 21],
    ['One hundred and eighty-one workers walked out', 'One hundred and eighty-one workers', 181],
    ['Three hundred homes burned', 'Three hundred homes', 300],
    ['two hundred thousand people marched', 'two hundred thousand people', 200_000],
    ['Two firefighters were hurt', 'Two firefighters', 2],
    ['only one senator voted no', 'one senator', 1],
    ['two dozen protesters were held', 'two dozen protesters', 24],
  ])('reads a count written in words: %s', (text, written, amount) => {
    expect(quantities(text).map((quantity) => [quantity.written, quantity.amount])).toEqual([[written, amount]]);
  });

  it('leaves out "one" and "two" that count nothing: references, partitives, set phrases, compounds', () => {
    for (const text of ['One of the crews stayed', 'one day later', 'their two sons', 'two of them left', 'on the one hand', 'one source said', 'two-thirds of voters', 'a one-time fee', 'three-fifths of the Senate', 'the world’s two biggest economies', 'two thirds of voters']) {
      expect(quantities(text)).toEqual([]);
    }
  });
});

describe('extractQuantityMentions: ranges, ages, comparisons', () => {
  it.each([
    ['a 30-45 hour training course', [['30', 30, 'hour'], ['45 hour', 45, 'hour']]],
    ['a 30- to 40-hour training course', [['30', 30, 'hour'], ['40-hour', 40, 'hour']]],
    ['between 20 and 25 percent of voters', [['20', 20, 'percent'], ['25 percent', 25, 'percent']]],
  ])('both ends of a range take its unit: %s', (text, expected) => {
    expect(quantities(text)).toEqual(expected.map(([written, amount, unit]) => ({ written, amount, unit })));
  });

  it('a score is not a range', () => {
    expect(quantities('upheld by a 5-4 vote')).toEqual([]);
  });

  it.each([
    ['Tomas Ferrer, 61, is married to a judge.', '61'],
    ['Ferrer, who is 61, said he would run.', '61'],
    ['Tomas Ferrer, a 61-year-old lawyer, said so.', '61-year-old'],
    ['Ferrer, now 61 years old, said so.', '61 years old'],
  ])('an age is an age, not a count of the next word: %s', (text, written) => {
    expect(quantities(text)).toEqual([{ written, amount: 61, unit: 'age' }]);
  });

  it.each([
    ['under state law, anyone 21 or older can buy it', '21 or older', 21],
    ['allows recreational use for adults over 21', '21', 21],
    ['children 12 and up ride free', '12 and up', 12],
    ['those under 18 cannot vote', '18', 18],
    ['the bill raises the legal drinking age to 21', '21', 21],
  ])('an age limit is exact, whatever bounds the ages: %s', (text, written, amount) => {
    expect(quantities(text)).toEqual([{ written, amount, unit: 'age limit' }]);
  });

  it('a share over a figure and an age at an event are no age limit', () => {
    expect(quantities('turnout was over 21 percent')).toEqual([{ written: '21 percent', amount: 21, unit: 'percent' }]);
    expect(quantities('he retired at age 65')).toEqual([]);
  });

  it('a figure compared with an earlier one counts what that one counts', () => {
    expect(quantities('there were five arrests Thursday, compared to 38 the night before')).toEqual([
      { written: 'five arrests', amount: 5, unit: 'arrest' },
      { written: '38', amount: 38, unit: 'arrest' },
    ]);
  });

  it('shares and ages name whose they are; the other figures of a sentence are kept beside each', () => {
    const text = 'A poll puts Dean Forsyth at 18 percent (Marla Quist leads at 24 percent). Priya Natarajan, 52, and Ivo Lind, 47, will run.';
    const found = extractQuantityMentions('d', text, [{ start: 0, end: text.length }], []).map(({ text: written, owner, alongside }) => ({ written, owner: [...owner].sort(), alongside }));
    expect(found).toEqual([
      { written: '18 percent', owner: ['dean', 'forsyth'], alongside: [24] },
      { written: '24 percent', owner: ['marla', 'quist'], alongside: [18] },
      { written: '52', owner: ['natarajan', 'priya'], alongside: [47] },
      { written: '47', owner: ['ivo', 'lind'], alongside: [52] },
    ]);
  });

  it.each([
    ['signed by nearly 90 faculty members', false, 'under'],
    ['Nearly 74 nurses signed the letter', false, 'under'],
    ['up to 1.6 million people', false, 'under'],
    ['more than 1,200 volunteers came', false, 'over'],
    ['With just over $200,000, he won', false, 'just over'],
    ['slightly less than 3,000 homes', false, 'just under'],
    ['about 62 janitors walked out', false, null],
    ['62 janitors walked out', true, null],
  ])('an estimate bounded on one side says which: %s', (text, exact, bound) => {
    const [found] = extractQuantityMentions('d', text, [{ start: 0, end: text.length }], []);
    expect({ approximate: found?.approximate, bound: found?.bound }).toEqual({ approximate: !exact, bound });
  });

  it('a sum is of the noun after it or after its "in"; "in the" names nothing', () => {
    const nouns = (text: string) => extractQuantityMentions('d', text, [{ start: 0, end: text.length }], []).map((mention) => mention.noun);
    expect(nouns('he used the $750,000 in campaign money to pay rent')).toEqual([['campaig', 'money']]);
    expect(nouns('the $447 billion jobs package failed')).toEqual([['job', 'packag', 'fail']]);
    expect(nouns('he raised $5.4 million in the spring')).toEqual([[]]);
  });
});
