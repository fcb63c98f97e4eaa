import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './parse-typed-date';

const iso = (typed: string) => {
  const parsed = parseTypedDate(typed);
  return parsed.kind === 'date' ? parsed.iso : parsed.kind;
};

describe('parseTypedDate', () => {
  it('reads the common ways of writing one date as the same calendar day', () => {
    for (const typed of ['2016-09-28', '28/09/2016', '28.09.2016', 'Sept. 28, 2016', 'Sep 28 2016', 'September 28, 2016', '28 September 2016', 'Wed, 28 Sep 2016', '  28 Sept 2016  ']) {
      expect(iso(typed), typed).toBe('2016-09-28');
    }
  });

  it('reads slashes day first, as the field says', () => {
    expect(iso('03/04/2016')).toBe('2016-04-03');
    expect(iso('12/31/2016')).toBe('problem');
  });

  it('leaves an empty field empty', () => {
    expect(parseTypedDate('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses a date missing its day or year, saying which part is missing', () => {
    expect(parseTypedDate('September 2016')).toEqual({ kind: 'problem', message: expect.stringMatching(/has no day/) });
    expect(parseTypedDate('Sept 28')).toEqual({ kind: 'problem', message: expect.stringMatching(/has no year/) });
    expect(parseTypedDate('282016')).toEqual({ kind: 'problem', message: expect.stringMatching(/not a date Crosscheck can read/) });
  });

  it('refuses days that are not in the calendar and words that are not a date', () => {
    expect(parseTypedDate('2016-02-30')).toEqual({ kind: 'problem', message: expect.stringMatching(/not a day of the calendar/) });
    expect(iso('Sept. 31, 2016')).toBe('problem');
    expect(iso('yesterday')).toBe('problem');
    expect(iso('28 September 2016 and more words')).toBe('problem');
  });
});
