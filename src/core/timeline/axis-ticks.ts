// Tick marks for a time axis: whole years, or whole months when the axis is short, spaced so
// that about a handful fit whatever the span ("the 1990s" to last week, or one week).
import { addMonths, formatIsoDate, parseIsoDate, type CalendarDay } from '../util/calendar';

export interface AxisTick {
  /** ISO date of the tick (the first day of its year or month). */
  date: string;
  label: string;
}

/** More ticks than this crowd the labels on a narrow screen. */
const MAX_TICKS = 10;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
const MONTH_STEPS = [1, 2, 3, 6];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthIndex(day: CalendarDay): number {
  return day.year * 12 + day.month - 1;
}

/** Ticks within [from, to] (ISO dates, inclusive). */
export function axisTicks(from: string, to: string): AxisTick[] {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (start === null || end === null) throw new Error(`axisTicks: "${from}" or "${to}" is not a YYYY-MM-DD date`);
  const months = monthIndex(end) - monthIndex(start) + 1;
  const monthStep = MONTH_STEPS.find((step) => months / step <= MAX_TICKS);
  if (monthStep !== undefined) {
    const ticks: AxisTick[] = [];
    let day: CalendarDay = { year: start.year, month: start.month, day: 1 };
    if (start.day !== 1) day = addMonths(day, 1);
    while (monthIndex(day) % monthStep !== 0) day = addMonths(day, 1);
    for (; formatIsoDate(day) <= to; day = addMonths(day, monthStep)) {
      ticks.push({ date: formatIsoDate(day), label: day.month === 1 || ticks.length === 0 ? `${MONTH_NAMES[day.month - 1]} ${day.year}` : MONTH_NAMES[day.month - 1]! });
    }
    return ticks;
  }
  const years = end.year - start.year + 1;
  const yearStep = YEAR_STEPS.find((step) => years / step <= MAX_TICKS) ?? Math.ceil(years / MAX_TICKS);
  const first = Math.ceil((start.month === 1 && start.day === 1 ? start.year : start.year + 1) / yearStep) * yearStep;
  const ticks: AxisTick[] = [];
  for (let year = first; year <= end.year; year += yearStep) ticks.push({ date: formatIsoDate({ year, month: 1, day: 1 }), label: String(year) });
  return ticks;
}
