// Checks the details an analyst types for a document (add dialog and "Edit details" alike).
import { parseTypedDate } from './parse-typed-date';

export interface MetaDraft {
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or '' for "not known"; while the analyst types, what they typed (refused until it reads as a date). */
  published: string;
  language: string;
}

export type MetaErrors = Partial<Record<keyof MetaDraft, string>>;

const MAX_TITLE_LENGTH = 300;
const EARLIEST_YEAR = 1800;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Problems by field, empty when the draft is fine; `today` is YYYY-MM-DD in the analyst's zone. */
export function validateMeta(draft: MetaDraft, today: string): MetaErrors {
  const errors: MetaErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'Enter a title: it names the document in every list and export.';
  else if (title.length > MAX_TITLE_LENGTH) errors.title = `Shorten the title to ${MAX_TITLE_LENGTH} characters or fewer (it has ${title.length}).`;
  if (draft.published) {
    const typed = parseTypedDate(draft.published);
    if (typed.kind === 'problem') errors.published = typed.message;
    else if (!isCalendarDate(draft.published)) errors.published = 'Enter the publication date as a calendar date (YYYY-MM-DD), or leave it empty.';
    else if (draft.published > today) errors.published = `The publication date ${draft.published} is in the future; check the year.`;
    else if (Number(draft.published.slice(0, 4)) < EARLIEST_YEAR) errors.published = `The year ${draft.published.slice(0, 4)} is before ${EARLIEST_YEAR}; check the date.`;
  }
  if (!LANGUAGE_TAG.test(draft.language.trim())) errors.language = 'Enter a language code such as "en", "fr" or "pt-BR".';
  return errors;
}

export function hasMetaErrors(errors: MetaErrors): boolean {
  return Object.keys(errors).length > 0;
}
