import type { TextPositionSelector, TextQuoteSelector } from '../model/claims';
import { contextAfter, contextBefore } from '../text/code-points';

/** Characters of context kept either side of a quote: what Hypothesis stores, enough to tell
 * repeated phrases apart without bloating every saved claim. One less when the 32nd would be
 * half of a surrogate pair, so the context is always well-formed text. */
export const CONTEXT_LENGTH = 32;

export interface SelectionDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes `text.slice(start, end)` with both W3C selectors, so it can be found again later by
 * position (cheap) or by quote and context (after the text changed).
 */
export function describeSelection(text: string, start: number, end: number): SelectionDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(
      `Cannot describe the selection ${start}–${end}: it must lie within the text (0–${text.length}) with start ≤ end.`,
    );
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: contextBefore(text, start, CONTEXT_LENGTH),
      suffix: contextAfter(text, end, CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
