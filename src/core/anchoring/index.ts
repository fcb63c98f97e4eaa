// Anchoring evidence spans to document text, Hypothesis-style (position, then quote, then fuzzy).
export { CONTEXT_LENGTH, describeSelection, type SelectionDescription } from './describe-selection';
export { anchorEvidence, MIN_FUZZY_SCORE } from './anchor-evidence';
export { reanchorClaims } from './reanchor-claims';
export { matchExactQuote, matchFuzzyQuote, type QuoteContext, type ScoredMatch } from './match-quote';
