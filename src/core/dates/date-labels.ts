// How a resolved date is written in a finding: an ISO value for machines ("2022", "2022-02",
// "2022-02-24", "2022-10-02/2022-12-31") and words for people ("2022", "February 2022").
import { addDays, addMonths, parseIsoDate, type CalendarDay } from '../util/calendar';
import type { DateResolution } from './resolve-date';

type Interval = Extract<DateResolution, { kind: 'interval' }>;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function day(iso: string): CalendarDay {
  return parseIsoDate(iso)!;
}

export function dateValue(interval: Interval): string {
  const start = day(interval.start);
  switch (interval.granularity) {
    case 'year':
      if (interval.start.endsWith('-01-01') && interval.end.endsWith('-12-31') && interval.start.slice(0, 4) === interval.end.slice(0, 4)) return interval.start.slice(0, 4);
      break;
    case 'month':
      if (interval.start.slice(0, 7) === interval.end.slice(0, 7)) return interval.start.slice(0, 7);
      break;
    case 'day':
      if (interval.start === interval.end) return interval.start;
      break;
    case 'decade':
      return `${start.year}s`;
    default:
      break;
  }
  return `${interval.start}/${interval.end}`;
}

export function dateWords(interval: Interval): string {
  const start = day(interval.start);
  const end = day(interval.end);
  const about = interval.approximate ? 'about ' : '';
  const value = dateValue(interval);
  if (/^\d{4}$/.test(value)) return `${about}${value}`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${about}${MONTH_NAMES[start.month - 1]} ${start.year}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${about}${start.day} ${MONTH_NAMES[start.month - 1]} ${start.year}`;
  if (start.year === end.year && start.month !== end.month) {
    return `${about}${MONTH_NAMES[start.month - 1]}–${MONTH_NAMES[end.month - 1]} ${start.year}`;
  }
  return `${about}${interval.start} to ${interval.end}`;
}

/** Widens an approximate interval by one step of its granularity on each side. */
function widened(interval: Interval): { start: string; end: string } {
  if (!interval.approximate) return interval;
  const start = day(interval.start);
  const end = day(interval.end);
  const iso = (value: CalendarDay) => `${value.year}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
  switch (interval.granularity) {
    case 'day':
      return { start: iso(addDays(start, -1)), end: iso(addDays(end, 1)) };
    case 'week':
      return { start: iso(addDays(start, -7)), end: iso(addDays(end, 7)) };
    case 'year':
    case 'decade':
      return { start: iso(addMonths(start, -12)), end: iso(addMonths(end, 12)) };
    default:
      return { start: iso(addMonths(start, -1)), end: iso(addMonths(end, 1)) };
  }
}

/** True when both dates can be right at once: their (widened, if approximate) intervals meet. */
export function datesCompatible(a: Interval, b: Interval): boolean {
  const left = widened(a);
  const right = widened(b);
  return left.start <= right.end && right.start <= left.end;
}

/** Every date written in the same words ("Monday" in each source), whatever each was read as. */
export function writtenAlike(texts: readonly string[]): boolean {
  return new Set(texts.map((text) => text.toLowerCase())).size === 1;
}
