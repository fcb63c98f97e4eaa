// Drafts on the main thread: one chosen file read (Replace text), and a confirmed draft made a
// library document. The add dialog reads its files in a worker (read-chosen-files.ts).
import { contentHash } from '../../core/content-hash';
import { documentId, readDocument, sourcesOfKept, typedAuthors, typedUrl, type DocumentDraft, type FileReading, type ProposedDate } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { readWebPageFile, type WebPageReader } from './web-page-runner';

/** Reads one chosen or dropped file; every refusal names the file and the reason. Web pages are read in a worker. */
export function readDocumentFile(file: File, readWebPage: WebPageReader = readWebPageFile): Promise<FileReading> {
  return readDocument(file, readWebPage);
}

function dateOrigin(proposal: ProposedDate): string {
  if (proposal.source === 'text') return 'the text';
  return proposal.from ?? 'the page metadata';
}

/** The library document for a confirmed draft; a kept proposal counts as stated in the text. */
export async function documentFromDraft(draft: DocumentDraft, now: Date = new Date()): Promise<SourceDocument> {
  const hash = draft.contentHash ?? (await contentHash(draft.text));
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
