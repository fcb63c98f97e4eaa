// Paragraphs are blank-line separated blocks. Many scraped articles put one paragraph per line
// with no blank lines between (000, 003), or stack captions and headings in one block (001), so a
// block is split into its lines unless it looks hard-wrapped (lines continuing in lower case).
import { trimRange, type TextRange } from './span';

interface Line extends TextRange {
  blank: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r|\u2028|\u2029/gu;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index, blank: text.slice(start, match.index).trim() === '' });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, blank: text.slice(start).trim() === '' });
  return lines;
}

const LOWERCASE_START = /^\s*\p{Ll}/u;

/** A block reads as hard-wrapped prose when most of its line breaks fall mid-sentence. */
function isHardWrapped(text: string, block: Line[]): boolean {
  if (block.length < 2) return false;
  const continued = block.slice(1).filter((line) => LOWERCASE_START.test(text.slice(line.start, line.end))).length;
  return continued * 2 >= block.length - 1;
}

/** Paragraph ranges in reading order, trimmed, never empty. */
export function segmentParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    const first = block[0];
    const last = block[block.length - 1];
    if (first && last) {
      const ranges = isHardWrapped(text, block) ? [{ start: first.start, end: last.end }] : block;
      for (const range of ranges) {
        const trimmed = trimRange(text, range.start, range.end);
        if (trimmed.end > trimmed.start) paragraphs.push(trimmed);
      }
    }
    block = [];
  };
  for (const line of splitLines(text)) {
    if (line.blank) flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}
