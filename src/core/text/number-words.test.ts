import { describe, expect, it } from 'vitest';
import { cardinalValue, numberWordsAsFigures, percentSignsAsWords } from './number-words';

describe('numberWordsAsFigures', () => {
  it('writes cardinal words in digits, compounds with a hyphen or a space as one figure', () => {
    expect(numberWordsAsFigures('Forty homes burned')).toBe('40 homes burned');
    expect(numberWordsAsFigures('Forty-two minutes into the flight')).toBe('42 minutes into the flight');
    expect(numberWordsAsFigures('twenty one cars and eleven trucks')).toBe('21 cars and 11 trucks');
    expect(numberWordsAsFigures('One hundred and eighty-one survivors, two hundred boats, five hundred seven oars')).toBe('181 survivors, 200 boats, 507 oars');
  });

  it('leaves "one" and "two" alone, and words that only contain a number word', () => {
    expect(numberWordsAsFigures('the two sides met one of them')).toBe('the two sides met one of them');
    expect(numberWordsAsFigures('Seventeen often sevenths tenure')).toBe('17 often sevenths tenure');
  });

  it('gives the value of a cardinal in words', () => {
    expect(['one', 'Forty-five', 'twenty one', 'nineteen', 'Three hundred', 'One hundred and eighty-one', 'five hundred seven'].map(cardinalValue)).toEqual([1, 45, 21, 19, 300, 181, 507]);
  });

  it('writes a percent sign after a figure as the word', () => {
    expect(percentSignsAsWords('15% contained, up 0.4 % on the day, 100%-owned')).toBe('15 percent contained, up 0.4 percent on the day, 100 percent-owned');
  });
});
