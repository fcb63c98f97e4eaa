import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorEvidence } from './anchor-evidence';
import { describeSelection } from './describe-selection';

const seed002 = readFileSync(new URL('../../../seeds/002_d2e03255e9355d12.txt', import.meta.url), 'utf8');
const QUOTE = 'invasion of Ukraine in February 2021';

function selectQuote(text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeSelection(text, start, start + quote.length);
}

function anchoredText(text: string, result: ReturnType<typeof anchorEvidence>): string {
  if (result.state !== 'anchored') throw new Error(`expected an anchor, got ${result.reason}`);
  return text.slice(result.start, result.end);
}

describe('anchorEvidence', () => {
  it('anchors by position when the text is unchanged', () => {
    const { quote, position } = selectQuote(seed002, QUOTE);
    expect(anchorEvidence(seed002, quote, position)).toEqual({
      state: 'anchored',
      start: position.start,
      end: position.end,
      method: 'position',
      score: 1,
    });
  });

  it('finds the exact quote again after text is inserted before it', () => {
    const { quote, position } = selectQuote(seed002, QUOTE);
    const inserted = 'Editor’s note: this article was updated with a correction.\n\n';
    const moved = inserted + seed002;
    const result = anchorEvidence(moved, quote, position);
    expect(result).toMatchObject({ state: 'anchored', method: 'exact-in-place', start: position.start + inserted.length });
    expect(anchoredText(moved, result)).toBe(QUOTE);
  });

  it('picks the repeat whose context matches when the quote occurs twice', () => {
    const text = 'Sources said Friday. The minister spoke. Sources said Friday. The envoy left.';
    const second = describeSelection(text, text.lastIndexOf('Sources said Friday'), text.lastIndexOf('Sources said Friday') + 19);
    const edited = `Update. ${text}`;
    const result = anchorEvidence(edited, second.quote, second.position);
    expect(result).toMatchObject({ state: 'anchored', method: 'exact-in-place', start: edited.lastIndexOf('Sources said Friday') });
  });

  it('anchors fuzzily when a few words inside and around the quote were edited', () => {
    const { quote, position } = selectQuote(seed002, QUOTE);
    const edited = seed002
      .replace('invasion of Ukraine in February 2021', 'invasion of Ukraine in February 2022')
      .replace('for not condemning', 'for failing to condemn');
    const result = anchorEvidence(edited, quote, position);
    expect(result).toMatchObject({ state: 'anchored', method: 'fuzzy' });
    expect(anchoredText(edited, result)).toBe('invasion of Ukraine in February 2022');
  });

  it('orphans evidence whose passage was deleted', () => {
    const { quote, position } = selectQuote(seed002, QUOTE);
    const paragraph = seed002.split('\n').find((line) => line.includes(QUOTE)) ?? '';
    const without = seed002.replace(paragraph, '');
    expect(anchorEvidence(without, quote, position)).toEqual({ state: 'orphaned', reason: 'quote-not-found' });
  });

  it('orphans evidence whose document is missing', () => {
    const { quote, position } = selectQuote(seed002, QUOTE);
    expect(anchorEvidence(undefined, quote, position)).toEqual({ state: 'orphaned', reason: 'document-missing' });
  });

  it('does not throw on a nonsensical stored position', () => {
    const { quote } = selectQuote(seed002, QUOTE);
    const result = anchorEvidence(seed002, quote, { type: 'TextPositionSelector', start: 99999, end: -4 });
    expect(anchoredText(seed002, result)).toBe(QUOTE);
  });

  it('scores fall as the quote gets worse', () => {
    const { quote, position } = selectQuote(seed002, QUOTE);
    const damaged = [
      'invasion of Ukraine in February 2022',
      'invasion of the Ukraine in Feb. 2022',
      'invasions in the Ukraine, Feb. 2022',
    ];
    const scores = damaged.map((replacement) => {
      const result = anchorEvidence(seed002.replace(QUOTE, replacement), quote, position);
      if (result.state !== 'anchored') throw new Error(`"${replacement}" did not anchor`);
      return result.score;
    });
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 1);
    expect(scores[1]).toBeGreaterThan(scores[2] ?? 1);
    expect(scores[0]).toBeLessThan(1);
  });

  it('returns the described span for any text and span (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }).chain((text) =>
          fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })),
        ),
        ([text, a, b]) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const { quote, position } = describeSelection(text, start, end);
          expect(anchorEvidence(text, quote, position)).toMatchObject({ state: 'anchored', start, end });
        },
      ),
    );
  });

  it('finds the same words again after text is inserted before them (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300 }).chain((text) =>
          fc.tuple(fc.constant(text), fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 40 }), fc.string({ minLength: 1, maxLength: 40 })),
        ),
        ([text, start, length, inserted]) => {
          const end = Math.min(text.length, start + length);
          const { quote, position } = describeSelection(text, start, end);
          const edited = inserted + text;
          const result = anchorEvidence(edited, quote, position);
          expect(anchoredText(edited, result)).toBe(quote.exact);
        },
      ),
    );
  });
});
