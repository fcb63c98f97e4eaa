// A document on its way into the library: text read and checked, details proposed, waiting for
// the analyst to confirm them in the add dialog. Pure, so the add dialog builds drafts in a worker.
import type { DocumentOrigin } from '../model/document';
import { textFingerprint } from './duplicates';
import { chooseProposal, proposeDateFromMetadata, proposePublicationDate, type ProposedDate } from './propose-date';
import { proposeFromPage, urlFromFirstLine, type PageMetadata, type ProposedDetails } from './propose-details';
import { titleFromFileName, titleFromText } from './propose-title';
import { authorsText } from './validate-meta';
import { countWords } from './word-count';

export const DEFAULT_LANGUAGE = 'en';

export interface DocumentDraft {
  /** The file name, or "Pasted text": how messages name it. */
  source: string;
  origin: DocumentOrigin;
  text: string;
  /** textFingerprint(text), so a duplicate check per keystroke does not normalise every text again. */
  fingerprint: string;
  /** contentHash(text), when the thread that read the text computed it (the add dialog's worker); a draft's text never changes. */
  contentHash?: string;
  wordCount: number;
  title: string;
  outlet: string;
  /** YYYY-MM-DD or ''. */
  published: string;
  /** What the text states, if anything; `published` starts as this date. */
  proposal: ProposedDate | null;
  language: string;
  /** The web address as typed, '' when not known; starts as the proposed one. */
  url: string;
  /** Author names as typed (comma-separated); starts as the proposed ones. */
  authors: string;
  /** URL, outlet and authors read from the page's metadata or the text's first line, with where. */
  details: ProposedDetails;
}

/** What a text's format says about the document besides its text (a web page's title, language and metadata). */
export interface DraftHints {
  title?: string | null;
  language?: string | null;
  /** The publication time the page declares, as written there, and which metadata it was read from. */
  publishedTime?: string | null;
  publishedTimeFrom?: string;
  metadata?: PageMetadata;
}

/**
 * The draft for a text and what its source says about it. A web page's metadata proposes URL,
 * outlet and authors; a plain text whose first line is only a web address gives the URL and
 * loses that line.
 */
export function draftFromText(raw: string, source: string, origin: DocumentOrigin, hints: DraftHints = {}): DocumentDraft {
  const firstLine = hints.metadata === undefined ? urlFromFirstLine(raw) : null;
  const text = firstLine?.text ?? raw;
  const details: ProposedDetails = hints.metadata ? proposeFromPage(hints.metadata) : firstLine ? { url: firstLine.url } : {};
  const proposal = chooseProposal(proposePublicationDate(text), proposeDateFromMetadata(hints.publishedTime, hints.publishedTimeFrom));
  return {
    source,
    origin,
    text,
    fingerprint: textFingerprint(text),
    wordCount: countWords(text),
    title: hints.title || titleFromText(text) || titleFromFileName(source),
    outlet: details.outlet?.value ?? '',
    published: proposal?.date ?? '',
    proposal,
    language: hints.language || DEFAULT_LANGUAGE,
    url: details.url?.value ?? '',
    authors: authorsText(details.authors?.value ?? []),
    details,
  };
}

/** How messages name a pasted text. */
export const PASTED_SOURCE = 'Pasted text';

/** The draft of a pasted text, its line endings made \n as a file's are. */
export function draftFromPaste(raw: string): DocumentDraft {
  return draftFromText(raw.replace(/\r\n?/g, '\n'), PASTED_SOURCE, { kind: 'pasted' });
}
