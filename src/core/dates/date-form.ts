// The shape of a date expression, read from its words alone: what it says before it is placed
// on the calendar against a publication date (see resolve-date.ts).

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

/** Which part of a period an expression points at ("the end of last year", "earlier this year"). */
export type PeriodPart = 'whole' | 'start' | 'middle' | 'end' | 'before-reference' | 'after-reference';

export type DateForm =
  /** "Sept. 18, 2023", "February 2021", "2001": the year is written. */
  | { type: 'absolute'; year: number; month: number | null; day: number | null }
  /** "in March", "Feb. 3": the year must come from the publication date and the tense. */
  | { type: 'month-without-year'; month: number; day: number | null; modifier: 'last' | 'next' | null }
  /** "Friday", "on Tuesday", "last Friday". */
  | { type: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null }
  /** "last year", "this month", "the end of last year", "earlier this year". */
  | { type: 'relative-period'; unit: Exclude<PeriodUnit, 'day'>; offset: number; part: PeriodPart }
  /** "a year ago", "three months ago", "19 hours ago". */
  | { type: 'ago'; unit: PeriodUnit | 'hour'; amount: number }
  /** "yesterday", "today"; `narrative` when counted from the story's own events ("a day earlier"). */
  | { type: 'day-offset'; days: number; narrative: boolean }
  /** "the end of 2026", "early 2022". */
  | { type: 'part-of-year'; year: number; part: PeriodPart }
  /** "the 1990s". */
  | { type: 'decade'; decade: number }
  /** "in recent years", "in the coming days": a time, but too vague to place. */
  | { type: 'vague' };

/** A date expression found in a text, with offsets into that text. */
export interface DateExpression {
  start: number;
  end: number;
  text: string;
  form: DateForm;
}

export type Tense = 'past' | 'future' | 'unknown';
