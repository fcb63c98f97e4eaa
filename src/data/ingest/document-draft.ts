// A document on its way into the library: text read and checked, details proposed, waiting for
// the analyst to confirm them in the add dialog.
import { contentHash } from '../../core/content-hash';
import {
  checkFileSize,
  checkNotEmpty,
  chooseProposal,
  classifyFileName,
  decodeTextBytes,
  documentId,
  authorsText,
  proposeDateFromMetadata,
  proposeFromPage,
  proposePublicationDate,
  sourcesOfKept,
  typedAuthors,
  typedUrl,
  urlFromFirstLine,
  titleFromFileName,
  titleFromText,
  type IngestProblem,
  type IngestResult,
  type ProposedDate,
  type ProposedDetails,
  type TextFormat,
} from '../../core/ingest';
import type { DocumentOrigin, SourceDocument } from '../../core/model/document';
import type { HtmlArticle } from '../../worker/web-page-text';
import { readWebPageFile, type WebPageReader } from './web-page-runner';

export const DEFAULT_LANGUAGE = 'en';

export interface DocumentDraft {
  /** The file name, or "Pasted text": how messages name it. */
  source: string;
  origin: DocumentOrigin;
  text: string;
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

export type FileReading =
  | { status: 'ready'; fileName: string; draft: DocumentDraft }
  | { status: 'rejected'; fileName: string; problem: IngestProblem };

/** Line endings as \n, so paragraphs split the same whichever system saved the file. */
function unixLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** What a file's format says about the document besides its text (web pages carry metadata). */
type DraftHints = Partial<Pick<HtmlArticle, 'title' | 'language' | 'publishedTime' | 'publishedTimeFrom' | 'metadata'>>;

/** The document's text and hints; a web page is read in a worker, and may be refused there. */
async function textOf(format: TextFormat, raw: string, fileName: string, readWebPage: WebPageReader): Promise<IngestResult<{ text: string } & DraftHints>> {
  if (format === 'html') return readWebPage(raw, fileName);
  return { ok: true, value: { text: unixLineEndings(raw) } };
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

/** Reads one chosen or dropped file; every refusal names the file and the reason. Web pages are read in a worker. */
export async function readDocumentFile(file: File, readWebPage: WebPageReader = readWebPageFile): Promise<FileReading> {
  const fileName = file.name;
  const kind = classifyFileName(fileName);
  if (!kind.ok) return { status: 'rejected', fileName, problem: kind.problem };
  // Checked before reading so that a huge file is refused without loading it into memory.
  const size = checkFileSize(file.size, fileName);
  if (!size.ok) return { status: 'rejected', fileName, problem: size.problem };
  const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()), fileName);
  if (!decoded.ok) return { status: 'rejected', fileName, problem: decoded.problem };
  const read = await textOf(kind.value, decoded.value, fileName, readWebPage);
  if (!read.ok) return { status: 'rejected', fileName, problem: read.problem };
  const { text, ...hints } = read.value;
  const nonEmpty = checkNotEmpty(text, fileName);
  if (!nonEmpty.ok) return { status: 'rejected', fileName, problem: nonEmpty.problem };
  return { status: 'ready', fileName, draft: draftFromText(text, fileName, { kind: 'file', fileName, format: kind.value }, hints) };
}

function dateOrigin(proposal: ProposedDate): string {
  if (proposal.source === 'text') return 'the text';
  return proposal.from ?? 'the page metadata';
}

/** The library document for a confirmed draft; a kept proposal counts as stated in the text. */
export async function documentFromDraft(draft: DocumentDraft, now: Date = new Date()): Promise<SourceDocument> {
  const hash = await contentHash(draft.text);
  const title = draft.title.trim();
  const published = draft.published || null;
  const outlet = draft.outlet.trim();
  const url = typedUrl(draft.url);
  const authors = typedAuthors(draft.authors);
  const basis = published === null ? null : published === draft.proposal?.date ? 'stated' : 'analyst';
  return {
    id: documentId(title, hash),
    title,
    outlet,
    published,
    publishedBasis: basis,
    language: draft.language.trim(),
    note: draft.proposal && basis === 'stated' ? `Publication date read from ${dateOrigin(draft.proposal)}: “${draft.proposal.quote}”.` : '',
    url,
    authors,
    proposedFrom: sourcesOfKept(draft.details, { url, outlet, authors }),
    text: draft.text,
    contentHash: hash,
    origin: draft.origin,
    updatedAt: now.toISOString(),
  };
}
