// Clock times ("6:21 p.m.", "10:30", "11 a.m.", "9pm"): a time of day says when something
// happened. It is never an amount or a count ("21 p.m." counts nothing), and "6:21" is not the
// figures 6 and 21, so the readers of figures leave clock times out and sentence pairing reads each
// as one term, in 24-hour form ("6:21 p.m." and "18:21" are one time).
import type { TextRange } from './span';

const CLOCK_TIME = /(?<![\p{L}\p{N}:.,])(?:(\d{1,2}):([0-5]\d)(?:\s?([ap])\.?m\b\.?)?|(\d{1,2})\s?([ap])(?:\.m\b\.?|m\b))(?![\p{N}:])/giu;
const LAST_HOUR = 23;
const NOON = 12;

function hour24(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  const afternoon = meridiem.toLowerCase() === 'p';
  return (hour % NOON) + (afternoon ? NOON : 0);
}

interface ClockTime extends TextRange {
  /** "18:21" for "6:21 p.m.". */
  time: string;
}

function* clockTimes(text: string): Generator<ClockTime> {
  for (const match of text.matchAll(CLOCK_TIME)) {
    const [written, hourWithMinutes, minutes, minuteMeridiem, bareHour, bareMeridiem] = match;
    const hour = Number(hourWithMinutes ?? bareHour);
    const meridiem = minuteMeridiem ?? bareMeridiem;
    if (hour > LAST_HOUR || (meridiem !== undefined && (hour === 0 || hour > NOON))) continue;
    const time = `${hour24(hour, meridiem)}:${minutes ?? '00'}`;
    yield { start: match.index, end: match.index + written.length, time };
  }
}

/** Where `text` writes a clock time. */
export const clockTimeRanges = (text: string): TextRange[] => [...clockTimes(text)].map(({ start, end }) => ({ start, end }));

/** `text` with each clock time written in 24-hour form ("at 6:21 p.m." → "at 18:21"), for tokenizers that keep "18:21" one token. */
export function clockTimesAs24Hour(text: string): string {
  let written = '';
  let from = 0;
  for (const { start, end, time } of clockTimes(text)) {
    written += `${text.slice(from, start)}${time}`;
    from = end;
  }
  return from === 0 ? text : written + text.slice(from);
}

/** A token that is a clock time in 24-hour form. */
export const CLOCK_TIME_TOKEN = /^\d{1,2}:\d\d$/u;
