// A publication date as the analyst types it: ISO ("2016-09-28"), day/month/year with slashes or
// dots ("28/09/2016", the order the field shows), or words ("Sept. 28, 2016", "28 September 2016",
// "Wed, 28 Sep 2016"). A date missing its day or year is refused with a message, never guessed or
// dropped: the publication date anchors every relative date the document holds.
import * as chrono from 'chrono-node';

export type TypedDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'problem'; message: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Slashes or dots between numbers are read day first, as the field's hint says (DD/MM/YYYY). */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const FULL_YEAR = /\b\d{4}\b/;
/** Any reference instant will do: only dates whose day, month and year are all written are kept. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** English, strict (no "yesterday"), day before month in numeric forms. */
const STRICT_DAY_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));

function calendarDate(year: number, month: number, day: number, typed: string): TypedDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { kind: 'problem', message: `“${typed}” is not a day of the calendar; check the day and month.` };
  }
  return { kind: 'date', iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

export function parseTypedDate(input: string): TypedDate {
  const typed = input.trim();
  if (typed === '') return { kind: 'empty' };
  const iso = ISO.exec(typed);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), typed);
  const numeric = DAY_MONTH_YEAR.exec(typed);
  if (numeric) return calendarDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), typed);

  const [found] = STRICT_DAY_FIRST.parse(typed, REFERENCE);
  if (found && readsWhole(found, typed) && FULL_YEAR.test(typed) && found.start.isCertain('year') && found.start.isCertain('day')) {
    return calendarDate(found.start.get('year')!, found.start.get('month')!, found.start.get('day')!, typed);
  }
  // Read loosely only to say what is missing ("September 2016", "Sept 28"); never to accept it.
  const [loose] = chrono.en.GB.parse(typed, REFERENCE);
  if (loose && readsWhole(loose, typed) && loose.start.isCertain('month')) {
    if (!FULL_YEAR.test(typed)) return { kind: 'problem', message: `“${typed}” has no year; type the full date, such as Sept. 28, 2016.` };
    if (!loose.start.isCertain('day')) return { kind: 'problem', message: `“${typed}” has no day; type the full date, or leave the field empty if the day is not known.` };
  }
  return { kind: 'problem', message: `“${typed}” is not a date Crosscheck can read; type it as 2016-09-28, 28/09/2016 or Sept. 28, 2016.` };
}

function readsWhole(result: chrono.ParsedResult, typed: string): boolean {
  const trailing = /[\s.,]+$/;
  return result.index === 0 && result.text.replace(trailing, '').length >= typed.replace(trailing, '').length;
}
