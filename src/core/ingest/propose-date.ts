// Proposes a publication date from what a text states about itself: "date 2023-07-13",
// "Published 12 March 2024", or failing a label, the first complete calendar date written in it
// ("Monday, Sept. 18, 2023" in a photo caption). Only dates with day, month and year all written
// count: "February 2021" or "last year" say when something happened, not when it was published.
import * as chrono from 'chrono-node';

export interface ProposedDate {
  /** YYYY-MM-DD */
  date: string;
  /** Where it was read: the document text, or a web page's publication metadata. */
  source: 'text' | 'page-metadata';
  /** For page metadata, which field it was read from ("article:published_time"). */
  from?: string;
  /** The words or metadata value it was read from, to show the analyst. */
  quote: string;
  /** Offset of `quote` in the text; -1 for page metadata. */
  index: number;
  /** Whether a word such as "Published" or "date" labels it (page metadata always does). */
  labelled: boolean;
}

/** chrono-node needs a reference instant; only fully written dates are kept, so any will do. */
const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** Words that, just before a date, say it is the article's own date. */
const DATE_LABEL = /\b(?:date[ds]?|published|posted|updated|first published|last updated|publication date)\b[\s:,-]*(?:on\s+)?$/i;

/** Publication dates sit near the top; chrono-node over a whole long file would take seconds. */
const SCAN_LIMIT = 20_000;

/** How far before a date its label may start, in characters ("Published: " and a weekday fit). */
const LABEL_WINDOW = 40;

/**
 * chrono-node reports durations and relative phrases ("for two hours", "tomorrow") with every
 * field set from the reference instant; a written calendar date shows its day and year as digits.
 */
function writesDayAndYear(quote: string): boolean {
  return (quote.match(/\d+/g) ?? []).length >= 2;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function proposePublicationDate(text: string): ProposedDate | null {
  let firstComplete: ProposedDate | null = null;
  for (const result of chrono.parse(text.slice(0, SCAN_LIMIT), CHRONO_REFERENCE)) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day') || !writesDayAndYear(result.text)) continue;
    const date = `${pad(start.get('year')!, 4)}-${pad(start.get('month')!, 2)}-${pad(start.get('day')!, 2)}`;
    const before = text.slice(Math.max(0, result.index - LABEL_WINDOW), result.index).replace(/(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$/i, '');
    const labelled = DATE_LABEL.test(before);
    const proposal: ProposedDate = { date, source: 'text', quote: result.text, index: result.index, labelled };
    if (labelled) return proposal;
    firstComplete ??= proposal;
  }
  return firstComplete;
}

/**
 * A date from a web page's publication metadata (article:published_time, JSON-LD datePublished),
 * e.g. "2023-09-18T23:30:00-04:00". The calendar date written in the value is kept as is: it is
 * the publisher's own day, which converting to UTC could move.
 */
export function proposeDateFromMetadata(value: string | null | undefined, from?: string): ProposedDate | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const proposal: ProposedDate = { date: `${match[1]}-${match[2]}-${match[3]}`, source: 'page-metadata', quote: value!.trim(), index: -1, labelled: true };
  return from === undefined ? proposal : { ...proposal, from };
}

/** A labelled date in the text first, then page metadata, then the first full date in the text. */
export function chooseProposal(fromText: ProposedDate | null, fromMetadata: ProposedDate | null): ProposedDate | null {
  if (fromText?.labelled) return fromText;
  return fromMetadata ?? fromText;
}
