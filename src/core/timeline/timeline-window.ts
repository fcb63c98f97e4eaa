// Zooming and panning a laid-out timeline. The layout places everything on an axis fitted to the
// story's dates (x from 0 to 1); a window is the part of that axis on screen, as a start and a
// width in the same units. Fit is the whole axis; zooming keeps the point under the pointer (or
// the centre) in place; nothing scrolls past either end of the fitted axis.
import { addDays, parseIsoDate, formatIsoDate } from '../util/calendar';

export interface TimelineWindow {
  start: number;
  width: number;
}

export const FIT_WINDOW: TimelineWindow = { start: 0, width: 1 };
/** Closer than a week, a day fills the screen and nothing around it is left to compare. */
export const MIN_WINDOW_DAYS = 7;
/** One zoom step (button, key or wheel notch) halves or doubles the span on screen. */
export const ZOOM_STEP = 2;
/** One pan step moves by this share of what is on screen. */
export const PAN_STEP = 0.25;

const MS_PER_DAY = 86_400_000;

function dayNumber(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === null) throw new Error(`timeline window: "${iso}" is not a YYYY-MM-DD date`);
  return Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY;
}

/** Days on the fitted axis, from its first day to the end of its last. */
export function axisDays(axis: { from: string; to: string }): number {
  return dayNumber(axis.to) + 1 - dayNumber(axis.from);
}

function clamp(window: TimelineWindow, days: number): TimelineWindow {
  const width = Math.min(1, Math.max(window.width, Math.min(1, MIN_WINDOW_DAYS / days)));
  const start = Math.min(1 - width, Math.max(0, window.start));
  return { start, width };
}

/** Zoom by `factor` (> 1 zooms in) around `anchor`, a position 0…1 across what is on screen. */
export function zoomWindow(window: TimelineWindow, factor: number, days: number, anchor = 0.5): TimelineWindow {
  const pinned = window.start + anchor * window.width;
  const width = window.width / factor;
  return clamp({ start: pinned - anchor * width, width }, days);
}

/** Pan by `steps` pan steps (negative: earlier). */
export function panWindow(window: TimelineWindow, steps: number, days: number): TimelineWindow {
  return clamp({ start: window.start + steps * PAN_STEP * window.width, width: window.width }, days);
}

/** Where a point of the fitted axis falls on screen (0…1 when visible). */
export function onScreen(x: number, window: TimelineWindow): number {
  return (x - window.start) / window.width;
}

/** Where a date (its start) sits on the fitted axis. */
export function axisPosition(axis: { from: string; to: string }, iso: string): number {
  return (dayNumber(iso) - dayNumber(axis.from)) / axisDays(axis);
}

/** The dates on screen, first and last day, for the axis ticks and the label. */
export function windowDates(axis: { from: string; to: string }, window: TimelineWindow): { from: string; to: string } {
  const days = axisDays(axis);
  const first = parseIsoDate(axis.from)!;
  const startDay = Math.floor(window.start * days);
  const endDay = Math.max(startDay, Math.ceil((window.start + window.width) * days) - 1);
  return { from: formatIsoDate(addDays(first, startDay)), to: formatIsoDate(addDays(first, endDay)) };
}
