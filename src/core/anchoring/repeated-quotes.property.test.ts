// Properties of re-anchoring in texts where the cited words occur several times: edits elsewhere
// never move a span, and a span whose passage is deleted is orphaned or flagged, never silently
// placed on another occurrence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorEvidence, needsReview } from './anchor-evidence';
import { CONTEXT_LENGTH, describeSelection } from './describe-selection';

const QUOTE = 'strengthen strategic communication and coordination';

/** Filler of random letters: unlike the quote, and unlike every other passage's filler. */
const filler = fc.stringMatching(/^[a-z ]{40,90}$/);

/** 2–5 passages, each the quote between its own filler, and which one the analyst selected. */
const repeatedText = fc.array(fc.tuple(filler, filler), { minLength: 2, maxLength: 5 }).chain((passages) =>
  fc.record({ passages: fc.constant(passages), selected: fc.nat({ max: passages.length - 1 }) }),
);

interface Layout {
  text: string;
  /** Start of the quote in each passage. */
  starts: number[];
  /** Start and end of each passage (its filler included). */
  bounds: Array<[number, number]>;
}

function layout(passages: ReadonlyArray<readonly [string, string]>): Layout {
  let text = '';
  const starts: number[] = [];
  const bounds: Array<[number, number]> = [];
  for (const [before, after] of passages) {
    const from = text.length;
    text += `${before} `;
    starts.push(text.length);
    text += `${QUOTE} ${after}\n\n`;
    bounds.push([from, text.length]);
  }
  return { text, starts, bounds };
}

/** A small edit: at an offset, delete some characters and insert some letters. */
const smallEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 6 }), insert: fc.stringMatching(/^[a-z ]{0,6}$/) });

describe('re-anchoring among repeated quotes (properties)', () => {
  it('keeps every span where it was after small edits away from it', () => {
    fc.assert(
      fc.property(repeatedText, fc.array(smallEdit, { minLength: 1, maxLength: 5 }), ({ passages, selected }, edits) => {
        const { text, starts } = layout(passages);
        const start = starts[selected]!;
        const { quote, position } = describeSelection(text, start, start + QUOTE.length);
        // Edits keep clear of the quote and its stored context; applied from the end backwards so
        // earlier offsets stay valid, while the quote's own offset shifts by what changed before it.
        const guardFrom = start - CONTEXT_LENGTH;
        const guardTo = start + QUOTE.length + CONTEXT_LENGTH;
        let edited = text;
        let quoteStart = start;
        const offsets = edits.map((edit) => ({ ...edit, offset: Math.floor(edit.at * text.length) })).sort((a, b) => b.offset - a.offset);
        let limit = text.length;
        for (const { offset, remove, insert } of offsets) {
          const end = Math.min(offset + remove, limit);
          if (offset < limit && (end <= guardFrom || offset >= guardTo)) {
            edited = edited.slice(0, offset) + insert + edited.slice(end);
            if (end <= guardFrom) quoteStart += insert.length - (end - offset);
            limit = offset;
          }
        }
        const result = anchorEvidence(edited, quote, position);
        expect(result).toMatchObject({ state: 'anchored', start: quoteStart, end: quoteStart + QUOTE.length });
        expect(needsReview(result.state === 'anchored' ? result : undefined)).toBe(false);
      }),
    );
  });

  it('orphans or flags as moved a span whose passage was deleted', () => {
    fc.assert(
      fc.property(repeatedText, fc.boolean(), ({ passages, selected }, rewordOthers) => {
        const { text, starts, bounds } = layout(passages);
        const start = starts[selected]!;
        const { quote, position } = describeSelection(text, start, start + QUOTE.length);
        const [from, to] = bounds[selected]!;
        let edited = text.slice(0, from) + text.slice(to);
        // Sometimes the other occurrences are reworded too, so nothing exact is left.
        if (rewordOthers) edited = edited.replaceAll(QUOTE, 'deepen their talks');
        const result = anchorEvidence(edited, quote, position);
        if (result.state === 'orphaned') expect(result.reason).toBe('quote-not-found');
        else {
          expect(result.method).toBe('exact-elsewhere');
          expect(needsReview(result)).toBe(true);
        }
        expect(result.state === 'orphaned').toBe(rewordOthers || passages.length === 1);
      }),
    );
  });
});
