// How a document's details read in lists and headings.
import { countWords } from '../../core/ingest/word-count';
import { contentHashMemo } from '../../core/util/content-hash-memo';
import type { DateBasis, SourceDocument } from '../../core/model/document';

/** Word counts by content hash (see contentHashMemo). */
const wordCounts = contentHashMemo(countWords);

/** Word count, computed once per text. */
export const wordCountOf = (document: Pick<SourceDocument, 'text' | 'contentHash'>): number => wordCounts.of(document);

/** Records word counts counted elsewhere: when the documents' drafts were read, in a worker. */
export const rememberWordCounts = wordCounts.remember;

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "13 Jul 2023" for an ISO calendar date; the date is a calendar day, so no time zone shifts it. */
export function formatCalendarDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

export const DATE_BASIS_LABEL: Record<DateBasis, string> = {
  stated: 'date stated',
  inferred: 'date inferred',
  analyst: 'date set by analyst',
};

export function describePublished(document: Pick<SourceDocument, 'published' | 'publishedBasis'>): { date: string; basis: string | null } {
  if (!document.published) return { date: 'No date', basis: null };
  return { date: formatCalendarDate(document.published), basis: document.publishedBasis ? DATE_BASIS_LABEL[document.publishedBasis] : null };
}

export function formatWordCount(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'word' : 'words'}`;
}

/** Today as YYYY-MM-DD in the analyst's own time zone (the date input works in local days). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
