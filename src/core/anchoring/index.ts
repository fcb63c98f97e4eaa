// Anchoring evidence spans to document text, Hypothesis-style: the stored position first, then
// every exact and approximate occurrence of the quote ranked on quote, context and position; after
// an edit whose old text is known, the diff of old to new says where each span's passage went
// (diffForMapping, imported from './diff-for-mapping' on demand: it brings diff-match-patch).
export { CONTEXT_LENGTH, describeSelection, type SelectionDescription } from './describe-selection';
export { anchorAtPosition, anchorEvidence, IN_PLACE_CONTEXT, MIN_FUZZY_SCORE, needsReview } from './anchor-evidence';
export { reanchorClaims, reanchorToTexts, type ReanchorOptions, type ReanchorOutcome, type Reanchoring } from './reanchor-claims';
export { bestQuoteMatch, type QuoteContext, type ScoredMatch } from './match-quote';
export { describePlacement, describeSpanCounts, placedSpans, SPAN_FATES, type PlacedSpan, type SpanFate } from './placement-report';
export { mapSpanThroughEdit, type SpanAfterEdit, type TextEdit } from './map-through-edit';
