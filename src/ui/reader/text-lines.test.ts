import { describe, expect, it } from 'vitest';
import { lineIndexAt, MAX_LINE_CHARS, splitIntoLines } from './text-lines';

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

describe('lineIndexAt', () => {
  it('finds the line holding an offset', () => {
    const text = 'One\n\nTwo three\nFour';
    const lines = splitIntoLines(text);
    expect([0, 5, text.indexOf('three'), text.indexOf('Four'), text.length].map((offset) => lineIndexAt(lines, offset))).toEqual([0, 1, 1, 2, 2]);
  });
});
