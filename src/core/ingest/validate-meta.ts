// Checks the details an analyst types for a document (add dialog and "Edit details" alike).
import { checkHttpUrl } from './http-url';
import { parseTypedDate } from './parse-typed-date';

export interface MetaDraft {
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or '' for "not known"; while the analyst types, what they typed (refused until it reads as a date). */
  published: string;
  language: string;
  /** The web address as typed; '' for "not known". */
  url: string;
  /** Author names as typed, separated by commas or semicolons. */
  authors: string;
}

/** Problems by field that keep the details from being saved. */
export type MetaErrors = Partial<Record<keyof MetaDraft, string>>;
/** Details that may well be right but deserve a second look; saving stays allowed. */
export type MetaWarnings = Partial<Record<keyof MetaDraft, string>>;

export interface MetaCheck {
  errors: MetaErrors;
  warnings: MetaWarnings;
}

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

/**
 * Errors and warnings by field, both empty when the draft is fine; `today` is YYYY-MM-DD in the
 * analyst's zone. A date after today is a warning, not an error: the date proposed from a text may
 * be one it mentions ("the contract runs until December 31, 2026"), and a report dated ahead of the
 * analyst's clock (another time zone, an embargo) is still a report.
 */
export function validateMeta(draft: MetaDraft, today: string): MetaCheck {
  const errors: MetaErrors = {};
  const warnings: MetaWarnings = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'Enter a title: it names the document in every list and export.';
  else if (title.length > MAX_TITLE_LENGTH) errors.title = `Shorten the title to ${MAX_TITLE_LENGTH} characters or fewer (it has ${title.length}).`;
  if (draft.published) {
    const typed = parseTypedDate(draft.published);
    if (typed.kind === 'problem') errors.published = typed.message;
    else if (!isCalendarDate(draft.published)) errors.published = 'Enter the publication date as a calendar date (YYYY-MM-DD), or leave it empty.';
    else if (Number(draft.published.slice(0, 4)) < EARLIEST_YEAR) errors.published = `The year ${draft.published.slice(0, 4)} is before ${EARLIEST_YEAR}; check the date.`;
    else if (draft.published > today) warnings.published = `${draft.published} is after today — check it: a date in the text may be an event’s, not the publication’s.`;
  }
  if (draft.url.trim()) {
    const url = checkHttpUrl(draft.url);
    if (!url.ok) errors.url = `${url.message} Leave it empty if the text has no address.`;
  }
  if (!LANGUAGE_TAG.test(draft.language.trim())) errors.language = 'Enter a language code such as "en", "fr" or "pt-BR".';
  return { errors, warnings };
}

/** The author names in the typed list: "Ana Lima; Ben Okafor" or "Ana Lima, Ben Okafor". */
export function typedAuthors(typed: string): string[] {
  const names = typed
    .split(/[;,\n]/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** How a list of authors is shown in the field. */
export function authorsText(authors: readonly string[]): string {
  return authors.join(', ');
}

/** The URL to store for a typed address (already validated): as the check returns it, or null. */
export function typedUrl(typed: string): string | null {
  const checked = checkHttpUrl(typed);
  return typed.trim() && checked.ok ? checked.url : null;
}

export function hasMetaErrors(errors: MetaErrors): boolean {
  return Object.keys(errors).length > 0;
}
