// A fact of a document's text (its word count, its fingerprint) kept by the text's content hash. A
// hash names one text, so an entry never goes stale, and a document the store projects afresh (a
// new object, the same text) is not computed again; a fact computed elsewhere — in a worker, or for
// the draft the document came from — is recorded instead of computed here.

interface HashedText {
  text: string;
  contentHash: string;
}

export interface ContentHashMemo<T> {
  /** The fact of this document's text, computed once per content hash. */
  of(document: HashedText): T;
  has(contentHash: string): boolean;
  /** Records facts computed elsewhere, `values[i]` for `documents[i]`. */
  remember(documents: readonly Pick<HashedText, 'contentHash'>[], values: readonly T[]): void;
}

export function contentHashMemo<T>(compute: (text: string) => T): ContentHashMemo<T> {
  const kept = new Map<string, T>();
  return {
    of(document) {
      if (kept.has(document.contentHash)) return kept.get(document.contentHash) as T;
      const value = compute(document.text);
      kept.set(document.contentHash, value);
      return value;
    },
    has: (contentHash) => kept.has(contentHash),
    remember(documents, values) {
      documents.forEach((document, index) => kept.set(document.contentHash, values[index]!));
    },
  };
}
