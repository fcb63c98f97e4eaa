import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuoteMentions, normaliseQuote } from './quote-mentions';

/** normaliseQuote as first written, every pattern run on every quote. */
const normaliseEveryQuote = (words: string): string =>
  words
    .replace(/\(\s*(?:…|\.\.\.)\s*\)|\.\.\./g, '…')
    .replace(/\s*…\s*/g, ' … ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:.]+$/, '')
    .replace(/^…\s*/, '');

function quotes(text: string) {
  return extractQuoteMentions('d', text, [{ start: 0, end: text.length }]).map(({ quote, speaker }) => [quote, speaker]);
}

describe('extractQuoteMentions', () => {
  it('finds curly, straight and single quotes, not apostrophes', () => {
    expect(quotes('China’s allies’ ties are “solid as rock”, and ‘small circle’ politics and "bloc" talk.')).toEqual([
      ['solid as rock', null],
      ['small circle', null],
      ['bloc', null],
    ]);
  });

  it('attributes quotes to the speaker after or before them, resolving "he"', () => {
    expect(quotes('“Both sides should (…) strengthen coordination,” Wang said in a statement.')).toEqual([
      ['Both sides should … strengthen coordination', 'Wang'],
    ]);
    expect(quotes('“We have more areas where interests converge, ”said Mr. Lavrov.')[0]?.[1]).toBe('Mr. Lavrov');
    expect(quotes('Lavrov said Moscow and Beijing were maintaining “high-level exchanges”.')[0]?.[1]).toBe('Lavrov');
    expect(quotes('Wang said it. They “firmly support each other,” he added.')[0]?.[1]).toBe('Wang');
  });

  it('closes a curly quote at a straight one when its line has no curly closer, and reads the speaker after it', () => {
    expect(quotes('“The harbor will reopen by May," Varga said. “Nobody will be left out."')).toEqual([
      ['The harbor will reopen by May', 'Varga'],
      ['Nobody will be left out', null],
    ]);
  });

  it('runs an unclosed quote to the end of its line and keeps offsets exact', () => {
    const text = 'They support ASEAN to seize “the right direction of cooperation.\nNext line.';
    const [mention] = extractQuoteMentions('d', text, [{ start: 0, end: text.length }]);
    expect(mention?.quote).toBe('the right direction of cooperation');
    expect(text.slice(mention!.start, mention!.end)).toBe(mention?.text);
  });

  it('normalises ellipses and spacing', () => {
    expect(normaliseQuote('should… strengthen  ties,')).toBe('should … strengthen ties');
    expect(normaliseQuote('should (...) strengthen')).toBe('should … strengthen');
  });

  it('normalises any quote as running every pattern would', () => {
    const words = fc.array(fc.constantFrom('a', 'ties', ' ', '  ', '\n', '.', '..', '...', '…', '(', ')', ',', ':'), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(fc.property(words, (quote) => {
      expect(normaliseQuote(quote)).toBe(normaliseEveryQuote(quote));
    }), { numRuns: 500 });
  });
});

describe('quote speakers from attribution', () => {
  it.each([
    ['Mason Tvert, the campaign director, said he agrees with Suthers’ opinion that the suit is “without merit and should be thrown out.”', 'Suthers'],
    ['“The suit is without merit,” according to Ray Suthers, the attorney general.', 'Ray Suthers'],
    ['Suthers said the suit is “without merit.”', 'Suthers'],
  ])('%s → %s', (text, speaker) => {
    expect(extractQuoteMentions('a', text, [{ start: 0, end: text.length }])[0]?.speaker).toBe(speaker);
  });
});

describe('"he" and "she" given to the person the paragraph is about, when no one else is named since', () => {
  it.each([
    ['Governor Jan Brewer vetoed the bill on Wednesday. “It could divide us,” she said.', 'Governor Jan Brewer'],
    ['Governor Jan Brewer vetoed the bill on Wednesday. She said: “It could divide us.”', 'Governor Jan Brewer'],
    ['Mason Tvert, the campaign director, disputed the claim on Monday. “It is without merit,” he said.', 'Mason Tvert'],
    ['Governor Jan Brewer vetoed the bill after a call with Senator John McCain. “It could divide us,” she said.', null],
    ['The Senate voted late on Tuesday. “We lost,” he said.', null],
  ])('%s → %s', (text, speaker) => {
    const [mention] = extractQuoteMentions('a', text, [{ start: 0, end: text.length }]);
    expect(mention?.speaker).toBe(speaker);
    expect(mention?.speakerNamed).toBe(false);
  });
});
