import { describe, expect, it } from 'vitest';
import { isInQuotationMarks } from './quoted-text';

describe('isInQuotationMarks', () => {
  it('reads a quotation written with its marks as already quoted', () => {
    expect(isInQuotationMarks('“guard themselves against external interference”')).toBe(true);
    expect(isInQuotationMarks('"guard against external interference"')).toBe(true);
    expect(isInQuotationMarks('« la bonne direction »')).toBe(true);
  });

  it('reads a quotation its source opened and never closed as already quoted, not doubled (““the right direction…”)', () => {
    expect(isInQuotationMarks('“the right direction of cooperation in East Asia and maintain … the stability in the region.')).toBe(true);
    expect(isInQuotationMarks('"we will respond')).toBe(true);
  });

  it('reads a date, a figure or a name as needing marks', () => {
    expect(isInQuotationMarks('last year')).toBe(false);
    expect(isInQuotationMarks('‘90s')).toBe(false);
    expect(isInQuotationMarks('Jones’')).toBe(false);
    expect(isInQuotationMarks('Sergei Lavrov')).toBe(false);
    expect(isInQuotationMarks('"')).toBe(false);
  });
});
