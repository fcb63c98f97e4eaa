// The duplicate check's index of the library: each document's text fingerprint, computed once per
// document version (the store replaces a document's object when it changes), so checking drafts
// on every keystroke in the add dialog never normalises the library's texts again.
import { textFingerprint, type KnownFingerprint } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';

const fingerprints = new WeakMap<SourceDocument, string>();

/** The documents whose fingerprint is not known yet, for computing them elsewhere (a worker). */
export function withoutFingerprint(library: readonly SourceDocument[]): SourceDocument[] {
  return library.filter((document) => !fingerprints.has(document));
}

export function rememberFingerprints(documents: readonly SourceDocument[], values: readonly string[]): void {
  documents.forEach((document, index) => fingerprints.set(document, values[index]!));
}

/** The library as the duplicate check knows it; a fingerprint not computed yet is computed here. */
export function knownFingerprints(library: readonly SourceDocument[]): KnownFingerprint[] {
  return library.map((document) => {
    let fingerprint = fingerprints.get(document);
    if (fingerprint === undefined) {
      fingerprint = textFingerprint(document.text);
      fingerprints.set(document, fingerprint);
    }
    return { title: document.title, fingerprint };
  });
}
