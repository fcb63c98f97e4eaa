// The duplicate check's index of the library: each text's fingerprint, kept by the text's content
// hash, so checking drafts on every keystroke in the add dialog never normalises the library's
// texts again — not even documents the store has just projected afresh (after an add, every new
// document is a new object, but its text and hash are those of the draft it came from).
import { textFingerprint, type KnownFingerprint } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { contentHashMemo } from '../../core/util/content-hash-memo';

/** Fingerprints by content hash (see contentHashMemo). */
const fingerprints = contentHashMemo(textFingerprint);

/** The documents whose fingerprint is not known yet, for computing them elsewhere (a worker). */
export function withoutFingerprint(library: readonly SourceDocument[]): SourceDocument[] {
  return library.filter((document) => !fingerprints.has(document.contentHash));
}

/** Records fingerprints computed elsewhere: by a worker, or when the documents' drafts were read. */
export const rememberFingerprints = fingerprints.remember;

/** The library as the duplicate check knows it; a fingerprint not computed yet is computed here. */
export function knownFingerprints(library: readonly SourceDocument[]): KnownFingerprint[] {
  return library.map((document) => ({ title: document.title, fingerprint: fingerprints.of(document) }));
}
