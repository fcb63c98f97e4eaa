import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSelection } from './describe-selection';

describe('describeSelection', () => {
  const text = `${'a'.repeat(40)}QUOTE${'z'.repeat(40)}`;

  it('keeps 32 characters of context either side', () => {
    const { quote, position } = describeSelection(text, 40, 45);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(CONTEXT_LENGTH), suffix: 'z'.repeat(CONTEXT_LENGTH) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  it('shortens the context at the edges of the text', () => {
    expect(describeSelection('QUOTE and more', 0, 5).quote).toMatchObject({ prefix: '', suffix: ' and more' });
  });

  it('rejects a span outside the text, naming the bounds', () => {
    expect(() => describeSelection('short', 2, 9)).toThrow(/2–9.*0–5/);
    expect(() => describeSelection('short', 3, 1)).toThrow(RangeError);
  });
});
