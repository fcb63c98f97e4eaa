// Places evidence spans off the main thread: a span whose words are no longer at its position is
// searched for with fuzzy matching over the whole text, about 150 ms per span on a 1 MB document,
// so a claim with 40 such spans would freeze the tab for seconds. The main thread reaches it
// through comlink (src/data/anchoring-runner.ts).
import { expose } from 'comlink';
import { anchorEvidence } from '../core/anchoring';
import type { AnchorResult, TextPositionSelector, TextQuoteSelector } from '../core/model/claims';

export interface SpanSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const anchoringWorkerApi = {
  /** Each span placed in `text`, in order. */
  placeSpans(text: string, spans: readonly SpanSelectors[]): AnchorResult[] {
    return spans.map((span) => anchorEvidence(text, span.quote, span.position));
  },
};

export type AnchoringWorkerApi = typeof anchoringWorkerApi;

expose(anchoringWorkerApi);
