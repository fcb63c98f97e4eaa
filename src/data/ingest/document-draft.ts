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
  proposeDateFromMetadata,
  proposePublicationDate,
  titleFromFileName,
  titleFromText,
  type IngestProblem,
  type ProposedDate,
  type TextFormat,
} from '../../core/ingest';
import type { DocumentOrigin, SourceDocument } from '../../core/model/document';
import { htmlToArticleText, type HtmlArticle } from './html-to-text';

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
}

export type FileReading =
  | { status: 'ready'; fileName: string; draft: DocumentDraft }
  | { status: 'rejected'; fileName: string; problem: IngestProblem };

/** Line endings as \n, so paragraphs split the same whichever system saved the file. */
function unixLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** What a file's format says about the document besides its text (web pages carry metadata). */
type DraftHints = Partial<Pick<HtmlArticle, 'title' | 'language' | 'publishedTime' | 'siteName'>>;

function textOf(format: TextFormat, raw: string): { text: string } & DraftHints {
  if (format === 'html') return htmlToArticleText(raw);
  return { text: unixLineEndings(raw) };
}

export function draftFromText(text: string, source: string, origin: DocumentOrigin, hints: DraftHints = {}): DocumentDraft {
  const proposal = chooseProposal(proposePublicationDate(text), proposeDateFromMetadata(hints.publishedTime));
  return {
    source,
    origin,
    text,
    title: hints.title || titleFromText(text) || titleFromFileName(source),
    outlet: hints.siteName ?? '',
    published: proposal?.date ?? '',
    proposal,
    language: hints.language || DEFAULT_LANGUAGE,
  };
}

/** Reads one chosen or dropped file; every refusal names the file and the reason. */
export async function readDocumentFile(file: File): Promise<FileReading> {
  const fileName = file.name;
  const kind = classifyFileName(fileName);
  if (!kind.ok) return { status: 'rejected', fileName, problem: kind.problem };
  // Checked before reading so that a huge file is refused without loading it into memory.
  const size = checkFileSize(file.size, fileName);
  if (!size.ok) return { status: 'rejected', fileName, problem: size.problem };
  const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()), fileName);
  if (!decoded.ok) return { status: 'rejected', fileName, problem: decoded.problem };
  const { text, ...hints } = textOf(kind.value, decoded.value);
  const nonEmpty = checkNotEmpty(text, fileName);
  if (!nonEmpty.ok) return { status: 'rejected', fileName, problem: nonEmpty.problem };
  return { status: 'ready', fileName, draft: draftFromText(text, fileName, { kind: 'file', fileName, format: kind.value }, hints) };
}

/** The library document for a confirmed draft; a kept proposal counts as stated in the text. */
export async function documentFromDraft(draft: DocumentDraft, now: Date = new Date()): Promise<SourceDocument> {
  const hash = await contentHash(draft.text);
  const title = draft.title.trim();
  const published = draft.published || null;
  const basis = published === null ? null : published === draft.proposal?.date ? 'stated' : 'analyst';
  return {
    id: documentId(title, hash),
    title,
    outlet: draft.outlet.trim(),
    published,
    publishedBasis: basis,
    language: draft.language.trim(),
    note: draft.proposal && basis === 'stated' ? `Publication date read from ${draft.proposal.source === 'text' ? 'the text' : 'the page metadata'}: “${draft.proposal.quote}”.` : '',
    url: null,
    authors: [],
    proposedFrom: {},
    text: draft.text,
    contentHash: hash,
    origin: draft.origin,
    updatedAt: now.toISOString(),
  };
}
