// Anchoring results by (document content hash, selector). A span still at its stored position is
// placed here at once (anchorAtPosition costs the quote's length). Any other span is placed in the
// anchoring worker: an orphaned span is searched for with fuzzy matching over the whole text, about
// 150 ms a span on a 1 MB document, which on the main thread froze the tab for seconds when a
// claim with many such spans opened. Until the worker answers, the span reads as being placed.
// The result cannot change while neither the text nor the selector does, so every render after
// it reads it from here. Bounded: the most recently used documents, each with a bounded number of
// selectors.
import { useSyncExternalStore } from 'react';
import { anchorAtPosition, anchorEvidence } from '../../core/anchoring';
import type { AnchorResult, TextPositionSelector, TextQuoteSelector } from '../../core/model/claims';
import { placeSpans } from '../../data/anchoring-runner';

const MAX_DOCUMENTS = 32;
const MAX_SELECTORS_PER_DOCUMENT = 20_000;

interface AnchorTarget {
  contentHash: string;
  text: string;
}

interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const byDocument = new Map<string, Map<string, AnchorResult>>();
/** Spans waiting for the next batch to the worker, by document content hash. */
const waiting = new Map<string, { text: string; spans: Map<string, Selectors> }>();
/** Keys (content hash and selector) sent to the worker and not answered yet. */
const inFlight = new Set<string>();
const batches = new Set<Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

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

function remember(contentHash: string, key: string, result: AnchorResult): void {
  const results = resultsFor(contentHash);
  if (results.size >= MAX_SELECTORS_PER_DOCUMENT) results.clear();
  results.set(key, result);
}

/** One worker call per document for every span asked for in the same task. */
function sendWaiting(): void {
  for (const [contentHash, { text, spans }] of waiting) {
    const keys = [...spans.keys()];
    const batch = placeSpans(text, [...spans.values()]).then((results) => {
      keys.forEach((key, index) => {
        inFlight.delete(`${contentHash}\n${key}`);
        remember(contentHash, key, results[index]!);
      });
      version += 1;
      for (const listener of listeners) listener();
    });
    batches.add(batch);
    void batch.finally(() => batches.delete(batch));
  }
  waiting.clear();
}

function placeLater(document: AnchorTarget, key: string, selectors: Selectors): void {
  const flightKey = `${document.contentHash}\n${key}`;
  if (inFlight.has(flightKey)) return;
  inFlight.add(flightKey);
  if (waiting.size === 0) queueMicrotask(sendWaiting);
  let entry = waiting.get(document.contentHash);
  if (entry === undefined) {
    entry = { text: document.text, spans: new Map() };
    waiting.set(document.contentHash, entry);
  }
  entry.spans.set(key, selectors);
}

/** anchorEvidence, computed once per document content and selector; null while the span is being placed. */
export function anchorCached(document: AnchorTarget | undefined, quote: TextQuoteSelector, position: TextPositionSelector): AnchorResult | null {
  if (document === undefined) return anchorEvidence(undefined, quote, position);
  const key = selectorKey(quote, position);
  const known = byDocument.get(document.contentHash)?.get(key);
  if (known !== undefined) {
    resultsFor(document.contentHash);
    return known;
  }
  const inPlace = anchorAtPosition(document.text, quote, position);
  if (inPlace !== null) {
    remember(document.contentHash, key, inPlace);
    return inPlace;
  }
  placeLater(document, key, { quote, position });
  return null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever spans finish being placed: components that place spans re-render with it. */
export function usePlacedSpansVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}

/** Resolves once every span asked for so far is placed. */
export async function spansPlaced(): Promise<void> {
  await Promise.resolve();
  while (batches.size > 0) await Promise.all(batches);
}
