import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXACT, wordDiff, type WordDiffSegment } from './word-diff';
import { isWordChar } from './word-tokens';

const changed = (segments: WordDiffSegment[], op: 'delete' | 'insert') => segments.filter((s) => s.op === op).map((s) => s.text.trim()).filter(Boolean);

function rebuildLeft(segments: WordDiffSegment[]): string {
  return segments.map((s) => (s.op === 'insert' ? '' : s.text)).join('');
}

function rebuildRight(segments: WordDiffSegment[]): string {
  return segments.map((s) => (s.op === 'delete' ? '' : s.op === 'equal' ? s.rightText : s.text)).join('');
}

function cutsInsideWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isWordChar(text[offset - 1]!) && isWordChar(text[offset]!);
}

describe('wordDiff', () => {
  it('replaces a whole word, never letters of it', () => {
    const segments = wordDiff('the red car', 'the green car');
    expect(changed(segments, 'delete')).toEqual(['red']);
    expect(changed(segments, 'insert')).toEqual(['green']);
  });

  it('marks a name spelt differently as a strong change', () => {
    const segments = wordDiff('met Sergey Lavrov in Jakarta', 'met Sergei Lavrov in Jakarta');
    expect(segments.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Sergey', leftStart: 4, significance: 'strong' },
      { op: 'insert', text: 'Sergei', rightStart: 4, significance: 'strong' },
    ]);
  });

  it('marks numbers and date words as strong, other wording as normal', () => {
    const segments = wordDiff('Russia invaded Ukraine in February 2021, he said', 'Russia invaded Ukraine last year, he stated');
    const strong = segments.filter((s) => s.op !== 'equal' && s.significance === 'strong').map((s) => s.text);
    expect(strong).toEqual(expect.arrayContaining(['February', '2021', 'year']));
    expect(segments.find((s) => s.text.includes('stated'))?.significance).toBe('normal');
  });

  it('does not mark a name or date as strong when the other passage has it too, only elsewhere', () => {
    const segments = wordDiff('Beijing said Thursday it would act', 'On Thursday, Beijing said it would act');
    expect(segments.some((s) => s.op !== 'equal' && s.significance === 'strong')).toBe(false);
  });

  it('does not treat a capitalised first word of a sentence as a name', () => {
    const segments = wordDiff('The talks ended.', 'Both talks ended.');
    expect(segments.filter((s) => s.op !== 'equal').every((s) => s.significance === 'normal')).toBe(true);
  });

  it('gives offsets that point at the segment in each passage', () => {
    const left = 'Wang said Thursday that ties would grow';
    const right = 'Wang said on Friday that ties would deepen';
    for (const segment of wordDiff(left, right)) {
      if (segment.op !== 'insert') expect(left.slice(segment.leftStart, segment.leftStart + segment.text.length)).toBe(segment.text);
      if (segment.op === 'equal') expect(right.slice(segment.rightStart, segment.rightStart + segment.rightText.length)).toBe(segment.rightText);
      if (segment.op === 'insert') expect(right.slice(segment.rightStart, segment.rightStart + segment.text.length)).toBe(segment.text);
    }
  });

  it('can ignore case, punctuation and quote style while reporting the text as written', () => {
    const options = { ignoreCase: true, ignorePunctuation: true, ignoreQuoteStyle: true };
    const segments = wordDiff('“Both sides should, strengthen” Ties', '"both sides should strengthen" ties', options);
    expect(segments.every((s) => s.op === 'equal')).toBe(true);
    expect(rebuildLeft(segments)).toBe('“Both sides should, strengthen” Ties');
    expect(rebuildRight(segments)).toBe('"both sides should strengthen" ties');
    expect(wordDiff('Ties', 'ties', EXACT).some((s) => s.op !== 'equal')).toBe(true);
    expect(wordDiff('don’t', "don't", { ...EXACT, ignoreQuoteStyle: true }).every((s) => s.op === 'equal')).toBe(true);
  });

  it('handles empty and punctuation-only passages', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(rebuildRight(wordDiff('', 'new text'))).toBe('new text');
    const options = { ...EXACT, ignorePunctuation: true };
    expect(rebuildLeft(wordDiff('…', 'word', options))).toBe('…');
    expect(rebuildRight(wordDiff('…', 'word', options))).toBe('word');
    expect(wordDiff('…', '.', options).every((s) => s.op === 'equal')).toBe(true);
  });

  const passage = fc
    .array(fc.constantFrom('Wang', 'Yi', 'met', 'Sergey', 'Sergei', 'Lavrov', '2021', 'in', 'Jakarta', ',', '.', '“', '”', '’s', ' ', '\n', 'ties', 'don’t', 'é', '日本'), { maxLength: 30 })
    .map((parts) => parts.join(''));
  const options = fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean(), ignoreQuoteStyle: fc.boolean() });

  it('rebuilds both passages exactly and never cuts inside a word (property)', () => {
    fc.assert(
      fc.property(passage, passage, options, (left, right, opts) => {
        const segments = wordDiff(left, right, opts);
        expect(rebuildLeft(segments)).toBe(left);
        expect(rebuildRight(segments)).toBe(right);
        for (const segment of segments) {
          if (segment.op === 'equal') continue;
          const [text, start] = segment.op === 'delete' ? [left, segment.leftStart] : [right, segment.rightStart];
          expect(text.slice(start, start + segment.text.length)).toBe(segment.text);
          expect(cutsInsideWord(text, start)).toBe(false);
          expect(cutsInsideWord(text, start + segment.text.length)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
