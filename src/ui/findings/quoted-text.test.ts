import { describe, expect, it } from 'vitest';
import { isInQuotationMarks } from './quoted-text';

describe('isInQuotationMarks', () => {
  it('reads a quotation written with its marks as already quoted', () => {
    expect(isInQuotationMarks('“guard themselves against external interference”')).toBe(true);
    expect(isInQuotationMarks('"guard against external interference"')).toBe(true);
    expect(isInQuotationMarks('« la bonne direction »')).toBe(true);
  });

  it('reads a date, a figure or a name as needing marks', () => {
    expect(isInQuotationMarks('last year')).toBe(false);
    expect(isInQuotationMarks('“the right direction')).toBe(false);
    expect(isInQuotationMarks('Sergei Lavrov')).toBe(false);
    expect(isInQuotationMarks('"')).toBe(false);
  });
});
