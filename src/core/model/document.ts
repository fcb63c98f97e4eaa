// A source document as the analyst's library holds it. Offsets everywhere in Crosscheck are
// UTF-16 code units into `text`, end exclusive, so `text.slice(start, end)` is the quoted span.

/** Where a document came from; decides what "Restore seed documents" and re-import can do. */
export type DocumentOrigin =
  | { kind: 'seed'; file: string }
  | { kind: 'pasted' }
  | { kind: 'file'; fileName: string; format: 'text' | 'markdown' | 'html' }
  | { kind: 'imported'; projectFile: string };

/** How the publication date is known: written in the text, deduced by a person, or unknown. */
export type DateBasis = 'stated' | 'inferred' | 'analyst';

export interface DocumentMeta {
  id: string;
  title: string;
  outlet: string;
  /** ISO calendar date YYYY-MM-DD, or null when the analyst has not set one. */
  published: string | null;
  publishedBasis: DateBasis | null;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  note: string;
  /** Where the text was published: an http(s) URL, or null when not known. */
  url: string | null;
  /** Who wrote it, as the page or the analyst names them; empty when not known. */
  authors: string[];
  /** Where a proposed detail was read ("og:site_name", "link rel=canonical"…); a field the analyst set has no entry. */
  proposedFrom: DetailSources;
}

/** The details that can be proposed from a page's metadata or a pasted text's first line. */
export type ProposedField = 'url' | 'outlet' | 'authors';
export type DetailSources = Partial<Record<ProposedField, string>>;

export interface SourceDocument extends DocumentMeta {
  text: string;
  /** Lower-case hex SHA-256 of `text` (UTF-8); keys analysis caches and exports. */
  contentHash: string;
  origin: DocumentOrigin;
  /** ISO timestamp of the last change to text or metadata; newer wins when tabs merge. */
  updatedAt: string;
}

/** The minimum the analysis engine needs of a document. */
export interface AnalysisDocument {
  id: string;
  title: string;
  published: string | null;
  text: string;
}
