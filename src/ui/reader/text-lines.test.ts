import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndexAt, MAX_LINE_CHARS, splitIntoLines, splitMore, startSplitting } from './text-lines';

const slices = (text: string) => splitIntoLines(text).map((line) => text.slice(line.start, line.end));

describe('splitIntoLines', () => {
  it('keeps single line breaks as lines and blank lines as paragraph starts', () => {
    const text = 'Title\n\nFirst line\nSecond line\n\n\nNext paragraph\n';
    expect(slices(text)).toEqual(['Title', 'First line', 'Second line', 'Next paragraph']);
    expect(splitIntoLines(text).map((line) => line.paragraphStart)).toEqual([false, true, false, true]);
  });

  it('maps every line back to its exact offsets, leading spaces included', () => {
    const text = ' date 2023-07-13 Connect\r\n  \r\nBody';
    const lines = splitIntoLines(text);
    expect(slices(text)).toEqual([' date 2023-07-13 Connect', 'Body']);
    expect(lines[1]).toEqual({ start: text.indexOf('Body'), end: text.length, paragraphStart: true });
  });

  it('gives no lines for blank text', () => {
    expect(splitIntoLines('\n \n')).toEqual([]);
  });
});

describe('long lines', () => {
  it('cuts a line longer than the limit after a space, every block within the limit, the text covered exactly once', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const text = `Title\n\n${words}\nTail`;
    const lines = splitIntoLines(text);
    const body = lines.slice(1, -1);
    expect(body.length).toBeGreaterThan(1);
    expect(body.every((line) => line.end - line.start <= MAX_LINE_CHARS)).toBe(true);
    expect(body.slice(0, -1).every((line) => text[line.end - 1] === ' ')).toBe(true);
    expect(body.map((line) => text.slice(line.start, line.end)).join('')).toBe(words);
    expect(body.map((line) => line.paragraphStart)).toEqual([true, ...body.slice(1).map(() => false)]);
  });

  it('cuts a line without spaces at the limit', () => {
    const text = 'x'.repeat(MAX_LINE_CHARS * 2 + 5);
    expect(splitIntoLines(text).map((line) => line.end - line.start)).toEqual([MAX_LINE_CHARS, MAX_LINE_CHARS, 5]);
  });
});

describe('splitting a slice at a time', () => {
  const pieces = fc.constantFrom('word ', 'Title', '\n', '\n\n', '\r\n', ' \n', '  ', 'x'.repeat(MAX_LINE_CHARS + 7), `${'long line '.repeat(500)}`);

  it('gives the same lines as splitting all at once, whatever the slice length', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.integer({ min: 1, max: 6_000 }), (parts, chars) => {
        const text = parts.join('');
        const split = startSplitting();
        let slices = 0;
        while (!split.done) {
          splitMore(text, split, chars);
          slices += 1;
        }
        expect(split.lines).toEqual(splitIntoLines(text));
        expect(slices).toBeLessThanOrEqual(Math.ceil(text.length / chars) + 1);
      }),
    );
  });

  it('stops after the slice: a slice of one line of a long text leaves the rest for later', () => {
    const text = 'One\n\nTwo\nThree\n\nFour';
    const split = startSplitting();
    splitMore(text, split, 1);
    expect(split.done).toBe(false);
    expect(split.lines.map((line) => text.slice(line.start, line.end))).toEqual(['One']);
    splitMore(text, split, 1);
    splitMore(text, split, 1);
    expect(split.lines.map((line) => text.slice(line.start, line.end))).toEqual(['One', 'Two']);
    expect(split.lines.map((line) => line.paragraphStart)).toEqual([false, true]);
  });
});

describe('lineIndexAt', () => {
  it('finds the line holding an offset', () => {
    const text = 'One\n\nTwo three\nFour';
    const lines = splitIntoLines(text);
    expect([0, 5, text.indexOf('three'), text.indexOf('Four'), text.length].map((offset) => lineIndexAt(lines, offset))).toEqual([0, 1, 1, 2, 2]);
  });
});
