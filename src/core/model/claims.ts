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

export interface Evidence {
  id: string;
  docId: string;
  stance: Stance;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  createdAt: string;
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
  | { state: 'anchored'; start: number; end: number; method: 'position' | 'exact' | 'fuzzy'; score: number }
  | { state: 'orphaned'; reason: 'document-missing' | 'quote-not-found' };
