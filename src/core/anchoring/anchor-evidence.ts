import type { AnchorResult, TextPositionSelector, TextQuoteSelector } from '../model/claims';
import { matchExactQuote, matchFuzzyQuote } from './match-quote';

/** Below this score a fuzzy candidate is more likely another passage than the edited quote:
 * e.g. half the quote changed and the context gone scores about 0.4. */
export const MIN_FUZZY_SCORE = 0.55;

/**
 * Places a stored evidence span in the current text of its document. Tries, in order:
 * 1. the stored position, accepted only if it still holds the quoted words;
 * 2. the exact quote, choosing among repeats by prefix, suffix and nearness to the old position;
 * 3. an approximate quote match, accepted only above MIN_FUZZY_SCORE.
 * Never throws: anything that cannot be placed comes back orphaned with the reason.
 */
export function anchorEvidence(
  text: string | undefined,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): AnchorResult {
  if (text === undefined) return { state: 'orphaned', reason: 'document-missing' };

  const { start, end } = position;
  const positionInRange = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  if (positionInRange && text.slice(start, end) === quote.exact) {
    return { state: 'anchored', start, end, method: 'position', score: 1 };
  }

  const context = { prefix: quote.prefix, suffix: quote.suffix, hint: Number.isFinite(start) ? start : undefined };
  const exact = matchExactQuote(text, quote.exact, context);
  if (exact !== null) return { state: 'anchored', start: exact.start, end: exact.end, method: 'exact', score: exact.score };

  const fuzzy = matchFuzzyQuote(text, quote.exact, context);
  if (fuzzy !== null && fuzzy.score >= MIN_FUZZY_SCORE) {
    return { state: 'anchored', start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', score: fuzzy.score };
  }
  return { state: 'orphaned', reason: 'quote-not-found' };
}
