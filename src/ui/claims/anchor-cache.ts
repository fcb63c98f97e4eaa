// Anchoring results by (document content hash, selector). An orphaned span is searched for with
// fuzzy matching over the whole text, which takes seconds on a 1 MB document; the result cannot
// change while neither the text nor the selector does, so every render after the first reads it
// from here. Bounded: the most recently used documents, each with a bounded number of selectors.
import { anchorEvidence } from '../../core/anchoring';
import type { AnchorResult, TextPositionSelector, TextQuoteSelector } from '../../core/model/claims';

const MAX_DOCUMENTS = 32;
const MAX_SELECTORS_PER_DOCUMENT = 20_000;

const byDocument = new Map<string, Map<string, AnchorResult>>();

function selectorKey(quote: TextQuoteSelector, position: TextPositionSelector): string {
  return JSON.stringify([quote.exact, quote.prefix, quote.suffix, position.start, position.end]);
}

function resultsFor(contentHash: string): Map<string, AnchorResult> {
  let results = byDocument.get(contentHash);
  if (results === undefined) {
    results = new Map();
    if (byDocument.size >= MAX_DOCUMENTS) byDocument.delete(byDocument.keys().next().value!);
  } else {
    byDocument.delete(contentHash);
  }
  byDocument.set(contentHash, results);
  return results;
}

/** anchorEvidence, computed once per document content and selector. */
export function anchorCached(
  document: { contentHash: string; text: string } | undefined,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): AnchorResult {
  if (document === undefined) return anchorEvidence(undefined, quote, position);
  const results = resultsFor(document.contentHash);
  const key = selectorKey(quote, position);
  const known = results.get(key);
  if (known !== undefined) return known;
  const result = anchorEvidence(document.text, quote, position);
  if (results.size >= MAX_SELECTORS_PER_DOCUMENT) results.clear();
  results.set(key, result);
  return result;
}
