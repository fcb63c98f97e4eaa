import { describe, expect, it } from 'vitest';
import { extractQuantityMentions } from './quantity-mentions';

function quantities(text: string, exclude: Array<{ start: number; end: number }> = []) {
  return extractQuantityMentions('d', text, [{ start: 0, end: text.length }], exclude).map(({ text: written, amount, unit }) => ({ written, amount, unit }));
}

describe('extractQuantityMentions', () => {
  it.each([
    ['officials from 18 countries, including', '18 countries', 18, 'country'],
    ['an 18-nation East Asia Summit', '18-nation', 18, 'country'],
    ['pledged new military package worth US$500 million.', 'US$500 million', 500_000_000, 'USD'],
    ['With 2,400 staff representing', '2,400 staff', 2400, 'staff'],
    ['following a six-day visit that', 'six-day', 6, 'day'],
    ['representing 100 different nationalities, AFP', '100 different nationalities', 100, 'nationality'],
    ['turnout rose to 61.5%', '61.5%', 61.5, 'percent'],
  ])('%s → %s', (text, written, amount, unit) => {
    expect(quantities(text)).toEqual([{ written, amount, unit }]);
  });

  it('leaves out deictic "two", bare numbers and numbers inside dates', () => {
    expect(quantities('the two sides met; page 5, and G7 leaders')).toEqual([]);
    const text = 'Monday, Sept. 18, 2023 with 18 countries';
    expect(quantities(text, [{ start: 0, end: 22 }]).map((quantity) => quantity.written)).toEqual(['18 countries']);
  });
});
