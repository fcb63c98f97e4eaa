// Properties of re-anchoring in texts where the cited words occur several times: edits elsewhere
// never move a span, and a span whose passage is deleted is orphaned or flagged, never silently
// placed on another occurrence — from the words alone, and following the diff when the old text
// is known (with exact and near copies of the quote left elsewhere).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claims';
import { anchorEvidence, needsReview } from './anchor-evidence';
import { CONTEXT_LENGTH, describeSelection } from './describe-selection';
import { diffForMapping } from './diff-for-mapping';
import { placedSpans } from './placement-report';
import { reanchorClaims } from './reanchor-claims';

const QUOTE = 'strengthen strategic communication and coordination';

/** Filler of random letters, unlike the quote. */
const filler = fc.stringMatching(/^[a-z ]{40,90}$/);

/**
 * Each passage's filler draws its words from letters no other passage uses, so that no two
 * passages share a context. Drawn from one alphabet, fillers shrank to runs of "a" and spaces
 * that read alike; a deleted passage then left another copy of the quote at its offset in a
 * context that matched, which from the words alone is the same passage (the old text tells them
 * apart: the properties below).
 */
const PASSAGE_LETTERS = ['abcde', 'fghij', 'klmno', 'pqrst', 'uvwxy'];
const fillerOf = (letters: string) => fc.array(fc.stringMatching(new RegExp(`^[${letters}]{3,8}$`)), { minLength: 8, maxLength: 14 }).map((words) => words.join(' '));

/** 2–5 passages, each the quote between its own filler, and which one the analyst selected. */
const repeatedText = fc
  .integer({ min: 2, max: PASSAGE_LETTERS.length })
  .chain((count) => fc.tuple(...PASSAGE_LETTERS.slice(0, count).map((letters) => fc.tuple(fillerOf(letters), fillerOf(letters)))))
  .chain((passages) => fc.record({ passages: fc.constant(passages), selected: fc.nat({ max: passages.length - 1 }) }));

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

/** A near copy of the quote: one to three of its letters changed, as a caption's alt text differs. */
const nearCopy = fc.array(fc.record({ at: fc.nat({ max: QUOTE.length - 1 }), letter: fc.constantFrom('x', 'q', 'z') }), { minLength: 1, maxLength: 3 }).map((changes) => {
  const letters = [...QUOTE];
  for (const { at, letter } of changes) letters[at] = letter;
  return letters.join('');
});

/** The cited passage, and 0–3 copies of its quote elsewhere, exact or near: each in its own filler,
 * or a twin of the cited passage (its context intact, a credit added), as alt text repeats a caption. */
const passageWithCopies = fc.tuple(filler, filler).chain((cited) =>
  fc.record({
    cited: fc.constant(cited),
    copies: fc.array(fc.tuple(fc.oneof(filler, fc.constant(`alt ${cited[0]}`)), fc.oneof(fc.constant(QUOTE), nearCopy), fc.oneof(filler, fc.constant(`${cited[1]} photo credit`))), { maxLength: 3 }),
    citedAt: fc.nat({ max: 3 }),
  }),
);

function reanchorAfter(text: string, start: number, edited: string) {
  const claim: Claim = { id: 'c', statement: 's', status: 'unverified', note: '', tags: [], origin: { kind: 'manual' }, createdAt: '', updatedAt: '', evidence: [{ id: 'e', docId: 'd', stance: 'supports', ...describeSelection(text, start, start + QUOTE.length), createdAt: '' }] };
  const reanchoring = reanchorClaims([claim], 'd', edited, { edit: diffForMapping(text, edited) });
  return { fate: placedSpans(reanchoring)[0]!.fate, evidence: reanchoring.claims[0]!.evidence[0]! };
}

describe('re-anchoring with the old text known (properties)', () => {
  it('keeps every span in place, on the same words, after small edits away from it', () => {
    fc.assert(
      fc.property(passageWithCopies, fc.array(smallEdit, { minLength: 1, maxLength: 5 }), ({ cited, copies, citedAt }, edits) => {
        const passages = copies.map(([before, quote, after]) => `${before} ${quote} ${after}`);
        const at = Math.min(citedAt, passages.length);
        passages.splice(at, 0, `${cited[0]} ${QUOTE} ${cited[1]}`);
        const text = passages.join('\n');
        const start = passages.slice(0, at).reduce((sum, passage) => sum + passage.length + 1, 0) + cited[0].length + 1;
        let edited = text;
        let quoteStart = start;
        const offsets = edits.map((edit) => ({ ...edit, offset: Math.floor(edit.at * text.length) })).sort((a, b) => b.offset - a.offset);
        let limit = text.length;
        for (const { offset, remove, insert } of offsets) {
          const end = Math.min(offset + remove, limit);
          if (offset < limit && (end <= start - CONTEXT_LENGTH || offset >= start + QUOTE.length + CONTEXT_LENGTH)) {
            edited = edited.slice(0, offset) + insert + edited.slice(end);
            if (end <= start) quoteStart += insert.length - (end - offset);
            limit = offset;
          }
        }
        const { fate, evidence } = reanchorAfter(text, start, edited);
        expect(fate).toBe('in-place');
        expect(evidence.position).toMatchObject({ start: quoteStart, end: quoteStart + QUOTE.length });
        expect(edited.slice(evidence.position.start, evidence.position.end)).toBe(QUOTE);
      }),
    );
  });

  it('orphans or flags as moved a span whose passage was deleted, never in place on a copy', () => {
    fc.assert(
      fc.property(passageWithCopies, fc.boolean(), ({ cited, copies, citedAt }, wholeLine) => {
        const passages = copies.map(([before, quote, after]) => `${before} ${quote} ${after}`);
        const at = Math.min(citedAt, passages.length);
        const citedPassage = `${cited[0]} ${QUOTE} ${cited[1]}`;
        passages.splice(at, 0, citedPassage);
        const text = passages.join('\n');
        const lineStart = passages.slice(0, at).reduce((sum, passage) => sum + passage.length + 1, 0);
        const start = lineStart + cited[0].length + 1;
        // The whole line, or just the quote with the words around it on its line.
        const [from, to] = wholeLine ? [lineStart, lineStart + citedPassage.length + 1] : [start - 1, start + QUOTE.length];
        const { fate } = reanchorAfter(text, start, text.slice(0, from) + text.slice(to));
        expect(fate).toBe(copies.some(([, quote]) => quote === QUOTE) ? 'moved' : 'orphaned');
      }),
    );
  });
});
