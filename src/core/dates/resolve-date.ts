// Places a date expression on the calendar against its document's publication date.
//
// Policy for news text (documented because each choice is a judgement):
// - "last year" / "this month" / "last week" mean the calendar period, not the same day one
//   period back: "last year" in a 2023-07-13 article is 2022-01-01…2022-12-31.
// - "N years/months ago" means about that month (month granularity, approximate); "N weeks ago"
//   that week; "N days ago", "yesterday" that day.
// - A bare weekday takes the tense of its clause: past ("said Friday") → the latest such day on or
//   before publication; future ("will meet on Friday", "until Thursday") → the first on or after;
//   unknown → the nearest, a tie going to the past. "last Friday" is strictly before, "next
//   Friday" strictly after. A month without a year follows the same rule at month scale.
// - "a day earlier" counts from the story's own events, which in news are nearly always the
//   publication day; we count from it and mark the result approximate.
// - Vague expressions ("in recent years") stay unresolved, and so does every relative
//   expression of a document without a publication date.
import {
  addDays, addMonths, daysInMonth, formatIsoDate, parseIsoDate, startOfWeek, weekdayOf, type CalendarDay,
} from '../util/calendar';
import type { DateGranularity } from '../model/analysis';
import type { DateForm, PeriodPart, Tense } from './date-form';
import { findDateExpressions } from './date-expressions';

export type { DateGranularity };

export type DateResolution =
  | { kind: 'interval'; start: string; end: string; granularity: DateGranularity; approximate: boolean }
  | { kind: 'unresolved'; reason: 'undated-document' | 'vague' | 'not-a-date'; message: string };

type Interval = Extract<DateResolution, { kind: 'interval' }>;

function interval(start: CalendarDay, end: CalendarDay, granularity: DateGranularity, approximate = false): Interval {
  return { kind: 'interval', start: formatIsoDate(start), end: formatIsoDate(end), granularity, approximate };
}

function wholeMonth(year: number, month: number, approximate = false): Interval {
  return interval({ year, month, day: 1 }, { year, month, day: daysInMonth(year, month) }, 'month', approximate);
}

function wholeYear(year: number): Interval {
  return interval({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, 'year');
}

/** The part of [start, end] an expression like "the end of" or "earlier this" points at. */
function partOf(start: CalendarDay, end: CalendarDay, part: PeriodPart, reference: CalendarDay | null, granularity: DateGranularity): Interval {
  const whole = interval(start, end, granularity);
  const length = Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000) + 1;
  const quarter = Math.max(1, Math.floor(length / 4));
  const narrower: DateGranularity = granularity === 'year' ? 'quarter' : 'day';
  switch (part) {
    case 'whole':
      return whole;
    case 'start':
      return interval(start, addDays(start, quarter - 1), narrower, true);
    case 'end':
      return interval(addDays(end, -(quarter - 1)), end, narrower, true);
    case 'middle':
      return interval(addDays(start, quarter), addDays(end, -quarter), narrower, true);
    case 'before-reference':
      return reference ? interval(start, reference, granularity) : whole;
    case 'after-reference':
      return reference ? interval(reference, end, granularity) : whole;
  }
}

function weekdayDate(reference: CalendarDay, weekday: number, modifier: 'last' | 'next' | 'this' | null, tense: Tense): CalendarDay {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(reference) + 7) % 7;
  if (modifier === 'last') return addDays(reference, -(back === 0 ? 7 : back));
  if (modifier === 'next') return addDays(reference, forward === 0 ? 7 : forward);
  // A publication date may be a day early (time zones, a late edition): "released Friday" in an
  // article dated Thursday is the next day, not eight days before.
  if (tense === 'past') return forward === 1 ? addDays(reference, 1) : addDays(reference, -back);
  if (tense === 'future') return addDays(reference, forward);
  return forward < back ? addDays(reference, forward) : addDays(reference, -back);
}

function monthYear(reference: CalendarDay, month: number, modifier: 'last' | 'next' | null, tense: Tense): number {
  const { year } = reference;
  if (modifier === 'last') return month < reference.month ? year : year - 1;
  if (modifier === 'next') return month > reference.month ? year : year + 1;
  if (tense === 'past') return month <= reference.month ? year : year - 1;
  if (tense === 'future') return month >= reference.month ? year : year + 1;
  return year;
}

function resolveRelative(form: DateForm, reference: CalendarDay, tense: Tense): Interval {
  switch (form.type) {
    case 'relative-period': {
      if (form.unit === 'year') {
        const year = reference.year + form.offset;
        return partOf({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, form.part, reference, 'year');
      }
      if (form.unit === 'month') {
        const first = addMonths({ ...reference, day: 1 }, form.offset);
        return partOf(first, { ...first, day: daysInMonth(first.year, first.month) }, form.part, reference, 'month');
      }
      const monday = addDays(startOfWeek(reference), 7 * form.offset);
      return partOf(monday, addDays(monday, 6), form.part, reference, 'week');
    }
    case 'ago': {
      if (form.unit === 'year' || form.unit === 'month') {
        const then = addMonths(reference, -(form.unit === 'year' ? 12 : 1) * form.amount);
        return wholeMonth(then.year, then.month, true);
      }
      if (form.unit === 'week') {
        const monday = startOfWeek(addDays(reference, -7 * form.amount));
        return interval(monday, addDays(monday, 6), 'week', true);
      }
      const days = form.unit === 'day' ? form.amount : Math.ceil(form.amount / 24);
      const day = addDays(reference, -days);
      return interval(day, form.unit === 'hour' ? reference : day, 'day', form.unit === 'hour');
    }
    case 'day-offset': {
      const day = addDays(reference, form.days);
      return interval(day, day, 'day', form.narrative);
    }
    case 'weekday': {
      const day = weekdayDate(reference, form.weekday, form.modifier, tense);
      return interval(day, day, 'day');
    }
    case 'month-without-year': {
      const year = monthYear(reference, form.month, form.modifier, tense);
      if (form.day !== null) return interval({ year, month: form.month, day: form.day }, { year, month: form.month, day: form.day }, 'day');
      return wholeMonth(year, form.month);
    }
    default:
      throw new Error(`resolveRelative: ${form.type} is not relative`);
  }
}

/** Resolves a date form; `reference` is the publication date, null for an undated document. */
export function resolveDateForm(form: DateForm, reference: CalendarDay | null, tense: Tense = 'unknown'): DateResolution {
  switch (form.type) {
    case 'absolute':
      if (form.month === null) return wholeYear(form.year);
      if (form.day === null) return wholeMonth(form.year, form.month);
      return interval({ year: form.year, month: form.month, day: form.day }, { year: form.year, month: form.month, day: form.day }, 'day');
    case 'part-of-year':
      return partOf({ year: form.year, month: 1, day: 1 }, { year: form.year, month: 12, day: 31 }, form.part, null, 'year');
    case 'decade':
      return interval({ year: form.decade, month: 1, day: 1 }, { year: form.decade + 9, month: 12, day: 31 }, 'decade');
    case 'vague':
      return { kind: 'unresolved', reason: 'vague', message: 'too vague to place on a calendar' };
    default:
      if (reference === null) {
        return {
          kind: 'unresolved',
          reason: 'undated-document',
          message: 'relative to the publication date, and the document has none: set its date to resolve it',
        };
      }
      return resolveRelative(form, reference, tense);
  }
}

/**
 * Resolves the (longest) date expression in `text` against `reference` (YYYY-MM-DD or null).
 * An invalid reference is treated as absent.
 */
export function resolveDateExpression(text: string, reference: string | null, tense: Tense = 'unknown'): DateResolution {
  const expressions = findDateExpressions(text);
  const longest = expressions.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!longest) return { kind: 'unresolved', reason: 'not-a-date', message: `“${text}” holds no date expression` };
  return resolveDateForm(longest.form, reference === null ? null : parseIsoDate(reference), tense);
}
