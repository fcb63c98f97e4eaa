// Claims the analyst records, with W3C Web Annotation selectors so evidence re-anchors after
// edits and exports to annotation tools unchanged.

export type ClaimStatus = 'unverified' | 'consistent' | 'discrepant';
export type Stance = 'supports' | 'contradicts' | 'mentions';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * How a span was placed in its document's current text, with the match score in [0, 1]. Only
 * `exact-elsewhere` and `fuzzy` ask the analyst to look: the cited words moved or changed.
 */
export type Placement =
  /** The stored offsets still hold the quoted words. */
  | { method: 'position'; score: 1 }
  /** The quoted words at another offset, with their own context around them. */
  | { method: 'exact-in-place'; score: number }
  /** The quoted words in another passage: their own context is gone or changed. */
  | { method: 'exact-elsewhere'; score: number }
  /** Words close to the quote, in its own context: the cited words were edited. */
  | { method: 'fuzzy'; score: number; errors: number };

export type PlacementMethod = Placement['method'];

/** How the last re-anchoring placed a span, and when the analyst confirmed a doubtful placement. */
export type EvidencePlacement = Placement & { confirmedAt?: string };

export interface Evidence {
  id: string;
  docId: string;
  stance: Stance;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  createdAt: string;
  /** Absent until the document's text is replaced; spans selected by the analyst have none. */
  placement?: EvidencePlacement;
}

/** Where a claim came from: typed by hand, or accepted from an automatic finding. */
export type ClaimOrigin = { kind: 'manual' } | { kind: 'suggestion'; findingId: string };

export interface Claim {
  id: string;
  statement: string;
  status: ClaimStatus;
  note: string;
  tags: string[];
  evidence: Evidence[];
  origin: ClaimOrigin;
  createdAt: string;
  updatedAt: string;
}

/** The result of placing an evidence span in the current text of its document. */
export type AnchorResult =
  | ({ state: 'anchored'; start: number; end: number } & Placement)
  | { state: 'orphaned'; reason: 'document-missing' | 'quote-not-found' };
