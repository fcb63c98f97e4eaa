import { describe, expect, it } from 'vitest';
import { splitIntoLines } from './text-lines';

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
