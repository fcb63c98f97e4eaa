import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from './resolve-date';
import { clauseTense } from './tense';
import type { Tense } from './date-form';

type Row = [text: string, reference: string | null, tense: Tense, start: string, end: string, granularity: string, approximate: boolean];

// Reference dates are the seeds' publication dates: 2023-07-13 (Thu), 2023-02-21 (Tue),
// 2023-09-18 (Mon), 2024-04-09 (Tue).
const ROWS: Row[] = [
  ['last year', '2023-07-13', 'past', '2022-01-01', '2022-12-31', 'year', false],
  ['a year ago', '2023-02-21', 'past', '2022-02-01', '2022-02-28', 'month', true],
  ['in February 2021', '2023-09-18', 'past', '2021-02-01', '2021-02-28', 'month', false],
  ['February 2022', null, 'unknown', '2022-02-01', '2022-02-28', 'month', false],
  ['the end of last year', '2023-02-21', 'past', '2022-10-02', '2022-12-31', 'quarter', true],
  ['Sept. 18, 2023', '2024-04-09', 'unknown', '2023-09-18', '2023-09-18', 'day', false],
  ['Monday, Sept. 18, 2023', null, 'unknown', '2023-09-18', '2023-09-18', 'day', false],
  ['24 February 2022', '2023-07-13', 'unknown', '2022-02-24', '2022-02-24', 'day', false],
  ['established in 2001', '2023-07-13', 'past', '2001-01-01', '2001-12-31', 'year', false],
  ['set up in 2005', null, 'past', '2005-01-01', '2005-12-31', 'year', false],
  ['last week', '2023-07-13', 'past', '2023-07-03', '2023-07-09', 'week', false],
  ['this week', '2023-09-18', 'unknown', '2023-09-18', '2023-09-24', 'week', false],
  ['next week', '2023-07-13', 'future', '2023-07-17', '2023-07-23', 'week', false],
  ['last month', '2023-07-13', 'past', '2023-06-01', '2023-06-30', 'month', false],
  ['this month', '2024-04-09', 'unknown', '2024-04-01', '2024-04-30', 'month', false],
  // A publication date a day early (time zones) does not move a past weekday a week back.
  ['said Friday', '2023-07-13', 'past', '2023-07-14', '2023-07-14', 'day', false],
  ['said Saturday', '2023-07-13', 'past', '2023-07-08', '2023-07-08', 'day', false],
  ['a meeting on Friday', '2023-07-13', 'future', '2023-07-14', '2023-07-14', 'day', false],
  ['Friday', '2023-07-13', 'unknown', '2023-07-14', '2023-07-14', 'day', false],
  ['said Thursday', '2023-07-13', 'past', '2023-07-13', '2023-07-13', 'day', false],
  ['on Tuesday', '2023-07-13', 'past', '2023-07-11', '2023-07-11', 'day', false],
  ['on Tuesday', '2023-02-21', 'past', '2023-02-21', '2023-02-21', 'day', false],
  ['on Wednesday', '2023-02-21', 'future', '2023-02-22', '2023-02-22', 'day', false],
  ['until Thursday', '2023-09-18', 'future', '2023-09-21', '2023-09-21', 'day', false],
  ['last Friday', '2023-07-14', 'unknown', '2023-07-07', '2023-07-07', 'day', false],
  ['next Monday', '2023-09-18', 'unknown', '2023-09-25', '2023-09-25', 'day', false],
  ['in March', '2023-07-13', 'past', '2023-03-01', '2023-03-31', 'month', false],
  ['in March', '2023-02-21', 'past', '2022-03-01', '2022-03-31', 'month', false],
  ['in March', '2023-02-21', 'future', '2023-03-01', '2023-03-31', 'month', false],
  ['last March', '2023-03-10', 'unknown', '2022-03-01', '2022-03-31', 'month', false],
  ['A day earlier', '2023-02-21', 'past', '2023-02-20', '2023-02-20', 'day', true],
  ['yesterday', '2023-07-13', 'past', '2023-07-12', '2023-07-12', 'day', false],
  ['today', '2024-04-09', 'unknown', '2024-04-09', '2024-04-09', 'day', false],
  ['tomorrow', '2023-12-31', 'future', '2024-01-01', '2024-01-01', 'day', false],
  ['earlier this year', '2023-07-13', 'past', '2023-01-01', '2023-07-13', 'year', false],
  ['later this year', '2023-09-18', 'future', '2023-09-18', '2023-12-31', 'year', false],
  ['two years ago', '2024-04-09', 'past', '2022-04-01', '2022-04-30', 'month', true],
  ['three months ago', '2023-02-21', 'past', '2022-11-01', '2022-11-30', 'month', true],
  ['two weeks ago', '2023-07-13', 'past', '2023-06-26', '2023-07-02', 'week', true],
  ['five days ago', '2023-03-02', 'past', '2023-02-25', '2023-02-25', 'day', false],
  ['19 hours ago', '2023-07-13', 'past', '2023-07-12', '2023-07-13', 'day', true],
  ['until the end of 2026', '2023-07-13', 'future', '2026-10-02', '2026-12-31', 'quarter', true],
  ['December 31, 2026', '2023-07-13', 'future', '2026-12-31', '2026-12-31', 'day', false],
  ['early 2022', null, 'unknown', '2022-01-01', '2022-04-01', 'quarter', true],
  ['the 1990s', '2023-07-13', 'past', '1990-01-01', '1999-12-31', 'decade', false],
  ['date 2023-07-13', null, 'unknown', '2023-07-13', '2023-07-13', 'day', false],
  ['next year', '2023-07-13', 'future', '2024-01-01', '2024-12-31', 'year', false],
  ['Feb. 29', '2024-04-09', 'past', '2024-02-29', '2024-02-29', 'day', false],
];

describe('resolveDateExpression', () => {
  it.each(ROWS)('%s (published %s, %s tense)', (text, reference, tense, start, end, granularity, approximate) => {
    expect(resolveDateExpression(text, reference, tense)).toEqual({ kind: 'interval', start, end, granularity, approximate });
  });

  it('leaves relative expressions of an undated document unresolved, saying why', () => {
    for (const text of ['last year', 'a year ago', 'Friday', 'in March', 'last week']) {
      const resolution = resolveDateExpression(text, null);
      expect(resolution).toMatchObject({ kind: 'unresolved', reason: 'undated-document' });
    }
  });

  it('leaves vague expressions unresolved even with a publication date', () => {
    for (const text of ['in recent years', 'in the coming days']) {
      expect(resolveDateExpression(text, '2023-07-13')).toMatchObject({ kind: 'unresolved', reason: 'vague' });
    }
  });

  it('says when a text holds no date at all', () => {
    expect(resolveDateExpression('six-day visit', '2023-07-13')).toMatchObject({ kind: 'unresolved', reason: 'not-a-date' });
    expect(resolveDateExpression('Wang may visit', '2023-07-13')).toMatchObject({ kind: 'unresolved', reason: 'not-a-date' });
  });

  it('treats an invalid publication date as absent', () => {
    expect(resolveDateExpression('last year', '2023-02-30')).toMatchObject({ reason: 'undated-document' });
  });
});

describe('a weekday placed by its clause’s tense', () => {
  it('puts “presented the plan to the board on Monday” in a Tuesday article on the Monday before', () => {
    const sentence = 'Treasurer Helen Marsh presented the pension plan to the county board on Monday.';
    const start = sentence.indexOf('Monday');
    const tense = clauseTense(sentence, start, start + 'Monday'.length);
    expect(resolveDateExpression('on Monday', '2012-06-05', tense)).toMatchObject({ start: '2012-06-04', end: '2012-06-04' });
  });
});
