import { describe, expect, it } from 'vitest';
import { findDateExpressions } from './date-expressions';

function texts(text: string): string[] {
  return findDateExpressions(text).map((expression) => expression.text);
}

describe('findDateExpressions', () => {
  it('finds relative and written dates with offsets into the text', () => {
    const text = 'Wang said Thursday that a meeting in March and the end of last year mattered, as did Monday, Sept. 18, 2023.';
    const found = findDateExpressions(text);
    expect(found.map((expression) => expression.text)).toEqual(['Thursday', 'March', 'the end of last year', 'Monday, Sept. 18, 2023']);
    for (const expression of found) expect(text.slice(expression.start, expression.end)).toBe(expression.text);
  });

  it('reads "last year" as a calendar period, not chrono-node’s same day a year back', () => {
    expect(findDateExpressions('invasion of Ukraine last year')[0]?.form).toEqual({ type: 'relative-period', unit: 'year', offset: -1, part: 'whole' });
  });

  it('does not take the verb "may" or a lower-case weekday-like word for a date', () => {
    expect(texts('Wang may visit. Lavrov May visit.')).toEqual([]);
    expect(texts('talks in May')).toEqual(['May']);
  });

  it('does not date the anchor of "a day after <event>"', () => {
    expect(texts('The trip comes a day after Kim left Russia.')).toEqual([]);
    expect(texts('A day earlier, Biden visited Kyiv.')).toEqual(['A day earlier']);
  });

  it('takes a month name before a capitalised word for a given name ("Jan Brewer"), not a month', () => {
    expect(texts('In 2010, Jan Brewer signed the law.')).toEqual(['2010']);
    expect(texts('April Ryan asked on Friday.')).toEqual(['Friday']);
    expect(texts('Gov. Jan Brewer vetoed it, and in March Obama said so.')).toEqual(['March']);
    expect(texts('By Jan. 5, 2010, June Carter was gone.')).toEqual(['Jan. 5, 2010']);
  });

  it('does not read figures as years', () => {
    expect(texts('2,400 staff and US$2001 and 2023-2024 budgets and 2010 people')).toEqual([]);
    expect(texts('established in 2001, it grew')).toEqual(['2001']);
  });

  it('marks vague expressions as such', () => {
    expect(findDateExpressions('in recent years')[0]?.form).toEqual({ type: 'vague' });
  });
});
