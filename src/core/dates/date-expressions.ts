// Finds date and time expressions in a text. Relative expressions ("last year", "a year ago",
// "Friday") are read by our own patterns because chrono-node resolves them to an exact day
// ("last year" on 2023-07-13 → 2022-07-13), which is wrong for news; written calendar dates
// ("Sept. 18, 2023", "February 2021", "in March") are read by chrono-node.
import * as chrono from 'chrono-node';
import type { DateExpression, DateForm, PeriodPart, PeriodUnit } from './date-form';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, several: 3, few: 3,
};
const AMOUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const PART_WORDS: Record<string, PeriodPart> = {
  end: 'end', late: 'end', start: 'start', beginning: 'start', early: 'start', middle: 'middle', mid: 'middle',
};
const OFFSET_WORDS: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1 };

const WRITTEN_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[-/.]\d{1,2}/i;
/**
 * Found in every text WRITTEN_DATE matches a part of: a text without it holds no written date,
 * so chrono-node (most of the time spent on dates) is not run on it.
 */
const MAY_HOLD_WRITTEN_DATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[-/.]\d/i;

/** Any chrono-node reference works for finding written dates; resolution happens later. */
const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

interface Rule {
  pattern: RegExp;
  read: (match: RegExpExecArray) => DateForm | null;
}

function amountOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function unitOf(word: string): PeriodUnit | 'hour' {
  return word.toLowerCase().replace(/s$/, '') as PeriodUnit | 'hour';
}

const RULES: Rule[] = [
  {
    pattern: /\b(?:the\s+)?(end|start|beginning|middle)\s+of\s+(last|this|next|the\s+past)\s+(year|month|week)\b/gi,
    read: (m) => relativePeriod(m[3]!, m[2]!, PART_WORDS[m[1]!.toLowerCase()]!),
  },
  {
    pattern: /\b(late|early|mid-?)\s*(last|this|next)\s+(year|month|week)\b/gi,
    read: (m) => relativePeriod(m[3]!, m[2]!, PART_WORDS[m[1]!.toLowerCase().replace('-', '')]!),
  },
  {
    pattern: /\b(?:the\s+)?(end|start|beginning|middle)\s+of\s+((?:19|20)\d\d)\b/gi,
    read: (m) => ({ type: 'part-of-year', year: Number(m[2]), part: PART_WORDS[m[1]!.toLowerCase()]! }),
  },
  {
    pattern: /\b(late|early|mid-?)\s*((?:19|20)\d\d)\b/gi,
    read: (m) => ({ type: 'part-of-year', year: Number(m[2]), part: PART_WORDS[m[1]!.toLowerCase().replace('-', '')]! }),
  },
  {
    pattern: /\b(earlier|later)\s+this\s+(year|month|week)\b/gi,
    read: (m) => relativePeriod(m[2]!, 'this', m[1]!.toLowerCase() === 'earlier' ? 'before-reference' : 'after-reference'),
  },
  {
    pattern: /\b(last|this|next|previous)\s+(year|month|week)\b/gi,
    read: (m) => relativePeriod(m[2]!, m[1]!, 'whole'),
  },
  {
    pattern: new RegExp(`\\b(${AMOUNT})\\s+(hour|day|week|month|year)s?\\s+ago\\b`, 'gi'),
    read: (m) => ({ type: 'ago', unit: unitOf(m[2]!), amount: amountOf(m[1]!) }),
  },
  {
    pattern: /\b(yesterday|today|tomorrow)\b/gi,
    read: (m) => ({ type: 'day-offset', days: { yesterday: -1, today: 0, tomorrow: 1 }[m[1]!.toLowerCase()]!, narrative: false }),
  },
  {
    // "a day before/after" dates the anchor only when no event follows ("comes a day after Kim left" does not).
    pattern: new RegExp(`\\b(${AMOUNT})\\s+days?\\s+(earlier|later|(?:before|after)(?=\\s*[,.;:)]|\\s*$))`, 'gi'),
    read: (m) => ({ type: 'day-offset', days: amountOf(m[1]!) * (/earlier|before/i.test(m[2]!) ? -1 : 1), narrative: true }),
  },
  {
    pattern: /\bthe\s+(previous|next|following)\s+day\b|\bthe\s+day\s+(before|after)\b/gi,
    read: (m) => ({ type: 'day-offset', days: /previous|before/i.test(m[0]) ? -1 : 1, narrative: true }),
  },
  {
    pattern: new RegExp(`\\b(?:(last|next|this)\\s+)?(${WEEKDAYS.join('|')})\\b`, 'gi'),
    read: (m) => {
      const name = m[2]!;
      if (name[0] !== name[0]!.toUpperCase()) return null;
      const modifier = (m[1]?.toLowerCase() ?? null) as 'last' | 'next' | 'this' | null;
      return { type: 'weekday', weekday: WEEKDAYS.indexOf(name.toLowerCase()), modifier };
    },
  },
  {
    pattern: new RegExp(`\\b(last|next)\\s+(${MONTHS.join('|')})\\b`, 'gi'),
    read: (m) => ({
      type: 'month-without-year',
      month: MONTHS.indexOf(m[2]!.toLowerCase()) + 1,
      day: null,
      modifier: m[1]!.toLowerCase() as 'last' | 'next',
    }),
  },
  {
    pattern: /\bthe\s+((?:1[89]|20)\d0)s\b/gi,
    read: (m) => ({ type: 'decade', decade: Number(m[1]) }),
  },
  {
    pattern: /\b(?:in\s+)?recent\s+(?:years|months|weeks|days)\b|\bin\s+the\s+coming\s+(?:days|weeks|months|years)\b/gi,
    read: () => ({ type: 'vague' }),
  },
  {
    // A bare year: not part of a longer number, an amount of money or a range of figures.
    pattern: /(?<![\d,.$£€¥-])\b(1[89]\d\d|20\d\d)\b(?![\d,.]\d|-\d|\s*(?:%|per\s?cent|people|staff|troops|million|billion))/gi,
    read: (m) => ({ type: 'absolute', year: Number(m[1]), month: null, day: null }),
  },
];

function relativePeriod(unit: string, offsetWord: string, part: PeriodPart): DateForm {
  const offset = OFFSET_WORDS[offsetWord.toLowerCase().replace(/^the\s+/, '')] ?? 0;
  return { type: 'relative-period', unit: unitOf(unit) as 'week' | 'month' | 'year', offset, part };
}

/** Every match of every rule holds one of these (weekdays and "yesterday" end in "day"), so text without any needs no rule. */
const MAY_MATCH_A_RULE = /year|month|week|day|ago|tomorrow|last|next|\d/i;

/** Text in which none of these is found holds no date expression (findDateExpressions finds none in it). */
export const DATE_CUES: readonly RegExp[] = [MAY_HOLD_WRITTEN_DATE, MAY_MATCH_A_RULE];

function ruleExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  if (!MAY_MATCH_A_RULE.test(text)) return found;
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const form = rule.read(match as RegExpExecArray);
      if (form) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], form });
    }
  }
  return found;
}

/** "May" is a month only where nothing else could read it as the verb. */
function isPlausibleMonthText(text: string, before: string): boolean {
  if (text[0] !== text[0]!.toUpperCase()) return false;
  if (/^may$/i.test(text.trim())) return /\b(in|on|since|until|of|early|late|mid|last|next)\s*$/i.test(before);
  return true;
}

// "In 2010, Jan Brewer signed", "April Ryan asked": a month name written right before a capitalised
// word is a given name, unless a preposition makes it a time ("in March Obama said").
const MONTH_AT_END = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/iu;
const CAPITALISED_WORD_NEXT = /^\s+\p{Lu}\p{Ll}/u;
const TIME_PREPOSITION_BEFORE = /\b(?:in|on|since|until|by|from|through|of|early|late|mid|last|next|this)\s+$/iu;

function isGivenName(text: string, start: number, end: number): boolean {
  const month = MONTH_AT_END.exec(text.slice(start, end));
  if (!month || !CAPITALISED_WORD_NEXT.test(text.slice(end, end + 4))) return false;
  const monthStart = start + month.index;
  return !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, monthStart - 12), monthStart));
}

function chronoExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  if (!MAY_HOLD_WRITTEN_DATE.test(text)) return found;
  for (const result of chrono.parse(text, CHRONO_REFERENCE)) {
    const parsed = result.start;
    // Only written calendar dates: chrono's relative readings are replaced by the rules above.
    if (!parsed.isCertain('month') || !WRITTEN_DATE.test(result.text)) continue;
    const start = result.index;
    const end = start + result.text.length;
    if (!isPlausibleMonthText(result.text.replace(/^(on|in)\s+/i, ''), text.slice(Math.max(0, start - 12), start))) continue;
    if (isGivenName(text, start, end)) continue;
    const month = parsed.get('month')!;
    const day = parsed.isCertain('day') ? parsed.get('day') : null;
    const form: DateForm = parsed.isCertain('year')
      ? { type: 'absolute', year: parsed.get('year')!, month, day }
      : { type: 'month-without-year', month, day, modifier: null };
    found.push({ start, end, text: result.text, form });
  }
  return found;
}

const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "the 19 Sept. 11 hijackers": a number before a month and day is a count of what follows.
const COUNT_BEFORE_DATE = new RegExp(`^\\d{1,3}\\s+(?=${MONTH_NAME}\\s+\\d{1,2}\\b)`, 'iu');
// "9/11", "Sept. 11" and "D-Day" name events; a year makes them dates again ("Sept. 11, 2001").
const NAMED_EVENT = new RegExp(`^(?:on\\s+)?(?:9/11|${MONTH_NAME}\\s+11)$`, 'iu');
const NAMED_EVENT_NOUN = /^\s+(?:attacks?|hijack\w*|terror\w*|commission|memorial|victims?|families|era|anniversary|plot|report|museum|responders?|generation|world)\b/iu;
const NAMED_EVENT_BEFORE = /(?:\bthe|\bsince|\bafter|\bbefore|\bpost)\s*$/iu;

/** A written date that is a count followed by a date, or the name of an event rather than a date. */
function readAsDate(text: string, expression: DateExpression): DateExpression | null {
  const count = COUNT_BEFORE_DATE.exec(expression.text);
  let found = expression;
  if (count) {
    const start = expression.start + count[0].length;
    const day = Number(/(\d{1,2})\b[^\d]*$/u.exec(expression.text)?.[1]);
    const month = expression.form.type === 'absolute' || expression.form.type === 'month-without-year' ? expression.form.month : null;
    if (month === null || !day) return null;
    found = { start, end: expression.end, text: text.slice(start, expression.end), form: { type: 'month-without-year', month, day, modifier: null } };
  }
  if (found.text === '9/11' || (NAMED_EVENT.test(found.text) && (NAMED_EVENT_NOUN.test(text.slice(found.end, found.end + 30)) || NAMED_EVENT_BEFORE.test(text.slice(Math.max(0, found.start - 12), found.start))))) return null;
  return found;
}

/** Every date expression in `text`, longest first where they overlap, in reading order. */
export function findDateExpressions(text: string): DateExpression[] {
  return overlapFree(text).flatMap((expression) => readAsDate(text, expression) ?? []);
}

function overlapFree(text: string): DateExpression[] {
  const candidates = [...chronoExpressions(text), ...ruleExpressions(text)].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: DateExpression[] = [];
  for (const candidate of candidates) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
