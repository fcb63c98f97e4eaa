import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendFocus, moveCaret, wordsOf, type Direction } from './word-steps';

const LINE = 'Russia invaded Ukraine in February 2021.';

function selectFrom(line: string, caret: number, steps: Direction[]): string {
  const words = wordsOf(line, 'en');
  let focus = caret;
  for (const step of steps) focus = extendFocus(words, line.length, caret, focus, step);
  return line.slice(Math.min(caret, focus), Math.max(caret, focus));
}

describe('word steps', () => {
  it('finds words, leaving spaces and punctuation out', () => {
    expect(wordsOf(LINE, 'en').map((w) => LINE.slice(w.start, w.end))).toEqual(['Russia', 'invaded', 'Ukraine', 'in', 'February', '2021']);
  });

  it('takes currency and percent signs and joining punctuation as part of the word, sentence punctuation not', () => {
    const line = 'It paid $5,687.75 (about 12%) to the U.S. co-operative on 2023-07-13, not €40bn.';
    expect(wordsOf(line, 'en').map((w) => line.slice(w.start, w.end))).toEqual([
      'It', 'paid', '$5,687.75', 'about', '12%', 'to', 'the', 'U.S', 'co-operative', 'on', '2023-07-13', 'not', '€40bn',
    ]);
    expect(selectFrom(line, line.indexOf('$'), ['forward'])).toBe('$5,687.75');
  });

  it('keeps words of scripts without spaces apart, even around their own punctuation', () => {
    const line = '中国外交部，发言人';
    expect(wordsOf(line, 'zh').every((w) => !line.slice(w.start, w.end).includes('，'))).toBe(true);
  });

  it('moves the caret from word start to word start, and to the line’s ends past the last and first word', () => {
    const words = wordsOf(LINE, 'en');
    const starts: number[] = [];
    for (let caret = 0; caret < LINE.length; ) starts.push((caret = moveCaret(words, LINE.length, caret, 'forward')));
    expect(starts.map((s) => LINE.slice(s, s + 3))).toEqual(['inv', 'Ukr', 'in ', 'Feb', '202', '']);
    expect(moveCaret(words, LINE.length, LINE.length, 'backward')).toBe(LINE.indexOf('2021'));
    expect(moveCaret(words, LINE.length, 0, 'backward')).toBe(0);
  });

  it('selects “February 2021” with two steps forward from its first letter, without the full stop', () => {
    expect(selectFrom(LINE, LINE.indexOf('February'), ['forward', 'forward'])).toBe('February 2021');
    expect(selectFrom(LINE, LINE.indexOf('February'), ['forward', 'forward', 'forward'])).toBe('February 2021.');
  });

  it('shrinks word by word back to the caret, then extends the other way', () => {
    const at = LINE.indexOf('February');
    expect(selectFrom(LINE, at, ['forward', 'forward', 'backward'])).toBe('February');
    expect(selectFrom(LINE, at, ['forward', 'backward'])).toBe('');
    expect(selectFrom(LINE, at, ['forward', 'backward', 'backward'])).toBe('in ');
    expect(selectFrom(LINE, at, ['backward', 'backward', 'forward'])).toBe('in ');
  });

  it('keeps every step inside the line and moves whenever there is room', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(), fc.array(fc.constantFrom<Direction>('forward', 'backward'), { maxLength: 12 }), (line, seed, steps) => {
        const words = wordsOf(line);
        const anchor = seed % (line.length + 1);
        let focus = anchor;
        for (const step of steps) {
          const next = extendFocus(words, line.length, anchor, focus, step);
          expect(next).toBeGreaterThanOrEqual(0);
          expect(next).toBeLessThanOrEqual(line.length);
          if (step === 'forward') expect(next > focus || focus === line.length).toBe(true);
          else expect(next < focus || focus === 0).toBe(true);
          focus = next;
        }
      }),
    );
  });
});
