import type { AnchorResult, EvidencePlacement, TextPositionSelector, TextQuoteSelector } from '../model/claims';
import { mapSpanThroughEdit, type TextEdit } from './map-through-edit';
import { bestQuoteMatch, contextAgreement, snapToContext, type QuoteContext, type ScoredMatch } from './match-quote';

/** Below this score an edited quote is more likely another passage than the cited one: e.g.
 * half the quote changed and the context gone scores about 0.4. */
export const MIN_FUZZY_SCORE = 0.55;

/** Context agreement (prefix and suffix together) at or above which a match is in its own place.
 * One side intact and the other rewritten scores about 0.63; unrelated passages of the seed
 * articles reach it in 4 of 19,808 random pairs (repeated page furniture), with a median of 0.27. */
export const IN_PLACE_CONTEXT = 0.6;

function contextHolds(text: string, start: number, end: number, context: QuoteContext): boolean {
  const unchanged = text.slice(Math.max(0, start - context.prefix.length), start) === context.prefix && text.slice(end, end + context.suffix.length) === context.suffix;
  return unchanged || contextAgreement(text, start, end, context).both >= IN_PLACE_CONTEXT;
}

/** An edited quote is accepted only in its own context: edited *and* elsewhere is another passage. */
function acceptable(match: ScoredMatch): boolean {
  return match.errors === 0 || (match.context >= IN_PLACE_CONTEXT && match.score >= MIN_FUZZY_SCORE);
}

/** Where the span's own words are in the new text, by the diff from the text it was measured on;
 * null when that text is not the one the edit started from (stale offsets) or the diff cannot tell. */
function mappedRegion(edit: TextEdit | undefined, quote: TextQuoteSelector, position: TextPositionSelector) {
  if (edit === undefined || quote.exact.length === 0) return null;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || edit.oldText.slice(start, end) !== quote.exact) return null;
  const mapped = mapSpanThroughEdit(edit, start, end);
  return mapped.kind === 'unmapped' ? null : mapped;
}

/**
 * Places a span whose old text is known: the diff, not the context, says whether its passage is
 * still there. A candidate on the span's own (mapped) region is in place — exact, or approximate by
 * how much changed inside — and wins over exact repeats elsewhere; when the region was deleted or
 * holds no acceptable candidate, only an exact repeat elsewhere is taken, as moved.
 */
function anchorThroughEdit(text: string, quote: TextQuoteSelector, position: TextPositionSelector, region: { start: number; end: number } | null): AnchorResult {
  const context = { prefix: quote.prefix, suffix: quote.suffix, hint: region?.start ?? position.start };
  if (region !== null) {
    const onRegion = (match: ScoredMatch): boolean => match.start < region.end && match.end > region.start && (match.errors === 0 || match.score >= MIN_FUZZY_SCORE);
    const ranked = bestQuoteMatch(text, quote.exact, context, onRegion);
    if (ranked !== null) {
      const best = snapToContext(text, quote.exact, context, ranked);
      const placed = { state: 'anchored', start: best.start, end: best.end } as const;
      if (best.errors > 0) return { ...placed, method: 'fuzzy', score: best.score, errors: best.errors };
      if (best.start === position.start && best.end === position.end) return { ...placed, method: 'position', score: 1 };
      return { ...placed, method: 'exact-in-place', score: best.score };
    }
  }
  const elsewhere = bestQuoteMatch(text, quote.exact, context, (match) => match.errors === 0);
  if (elsewhere === null) return { state: 'orphaned', reason: 'quote-not-found' };
  return { state: 'anchored', start: elsewhere.start, end: elsewhere.end, method: 'exact-elsewhere', score: elsewhere.score };
}

/**
 * Step 1 of anchorEvidence alone, for a span measured on this very text: the stored position, when
 * it still holds the quoted words in their own context; null when the words must be searched for.
 * Costs the length of the quote and its context, whatever the text's length.
 */
export function anchorAtPosition(text: string, quote: TextQuoteSelector, position: TextPositionSelector): AnchorResult | null {
  const { start, end } = position;
  const context = { prefix: quote.prefix, suffix: quote.suffix, hint: Number.isFinite(start) ? start : undefined };
  const positionInRange = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  if (positionInRange && text.slice(start, end) === quote.exact && contextHolds(text, start, end, context)) {
    return { state: 'anchored', start, end, method: 'position', score: 1 };
  }
  return null;
}

/**
 * Places a stored evidence span in the current text of its document. When `edit` (the diff from
 * the text the span was measured on) is given and covers the span, the span follows the diff
 * (anchorThroughEdit). Otherwise — an imported annotation, offsets from another copy — the words
 * alone decide:
 * 1. the stored position, accepted only if it still holds the quoted words in their own context
 *    (the same words at the same offset of a rewritten text are another passage);
 * 2. otherwise exact and approximate occurrences of the quote alike, ranked on one scale of
 *    quote, prefix, suffix and nearness to the old position (bestQuoteMatch); the best acceptable
 *    one wins, with its ends moved to where its context says (snapToContext), and says whether it
 *    is the exact words in place, the exact words elsewhere, or edited words in place.
 * Never throws: anything that cannot be placed comes back orphaned with the reason.
 */
export function anchorEvidence(text: string | undefined, quote: TextQuoteSelector, position: TextPositionSelector, edit?: TextEdit): AnchorResult {
  if (text === undefined) return { state: 'orphaned', reason: 'document-missing' };

  const mapped = mappedRegion(edit, quote, position);
  if (mapped !== null) return anchorThroughEdit(text, quote, position, mapped.kind === 'kept' ? mapped : null);

  const inPlace = anchorAtPosition(text, quote, position);
  if (inPlace !== null) return inPlace;

  const context = { prefix: quote.prefix, suffix: quote.suffix, hint: Number.isFinite(position.start) ? position.start : undefined };
  const ranked = bestQuoteMatch(text, quote.exact, context, acceptable);
  if (ranked === null) return { state: 'orphaned', reason: 'quote-not-found' };
  const best = snapToContext(text, quote.exact, context, ranked);
  const placed = { state: 'anchored', start: best.start, end: best.end, score: best.score } as const;
  if (best.errors > 0) return { ...placed, method: 'fuzzy', errors: best.errors };
  return { ...placed, method: best.context >= IN_PLACE_CONTEXT ? 'exact-in-place' : 'exact-elsewhere' };
}

/** Whether the analyst should look at this span: it moved to another passage or was placed
 * approximately, and nobody has confirmed or re-selected it since. */
export function needsReview(placement: EvidencePlacement | undefined): boolean {
  return placement !== undefined && (placement.method === 'exact-elsewhere' || placement.method === 'fuzzy') && placement.confirmedAt === undefined;
}
