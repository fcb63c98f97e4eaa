import { describe, expect, it } from 'vitest';
import { diffForMapping } from './diff-for-mapping';
import { mapSpanThroughEdit } from './map-through-edit';

function mapQuote(oldText: string, newText: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = oldText.indexOf(quote, start + 1);
  return mapSpanThroughEdit(diffForMapping(oldText, newText), start, start + quote.length);
}

describe('mapSpanThroughEdit', () => {
  const text = 'The council met on Monday.\nIt approved the budget for the harbour.\nThe mayor left early.\n';

  it('follows a span whose line moved down', () => {
    const newText = `Correction appended.\n${text}`;
    const mapped = mapQuote(text, newText, 'approved the budget');
    expect(mapped).toEqual({ kind: 'kept', start: newText.indexOf('approved the budget'), end: newText.indexOf('approved the budget') + 19, unchanged: 19 });
  });

  it('covers the replacement of a word changed inside the span', () => {
    const newText = text.replace('the budget', 'the new budget');
    const mapped = mapQuote(text, newText, 'approved the budget for');
    expect(mapped.kind).toBe('kept');
    if (mapped.kind !== 'kept') return;
    expect(newText.slice(mapped.start, mapped.end)).toBe('approved the new budget for');
    expect(mapped.unchanged).toBe(23);
  });

  it('reports a span whose line was deleted as deleted', () => {
    expect(mapQuote(text, text.replace('It approved the budget for the harbour.\n', ''), 'the budget')).toEqual({ kind: 'deleted' });
  });

  it('takes the deleted one of two sentences that start alike to be the one that went', () => {
    const old = 'The mayor opened the bridge on Monday. The mayor opened the bridge, officials said.';
    const newText = 'The mayor opened the bridge, officials said.';
    expect(mapQuote(old, newText, 'The mayor opened the bridge', 0)).toEqual({ kind: 'deleted' });
    expect(mapQuote(old, newText, 'The mayor opened the bridge', 1)).toEqual({ kind: 'kept', start: 0, end: 27, unchanged: 27 });
  });

  it('leaves a span in a rewrite too long to diff by character unmapped', () => {
    const long = (seed: string) => Array.from({ length: 700 }, (_, index) => `${seed}${index}`).join(' ');
    const old = `${long('a')}\nThe end.\n`;
    const newText = `${long('b')}\nThe end.\n`;
    expect(mapQuote(old, newText, 'a7 a8')).toEqual({ kind: 'unmapped' });
    expect(mapQuote(old, newText, 'The end.')).toMatchObject({ kind: 'kept', unchanged: 8 });
  });
});
