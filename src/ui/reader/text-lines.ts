// The reader shows a document line by line as its text has them: each non-blank line is one
// block, and a blank line before it becomes paragraph spacing. Offsets stay those of the text.
// A line longer than MAX_LINE_CHARS (a 10 MB file without line breaks) is cut at a space into
// blocks of at most that length, so the virtual list never has to lay out one giant block.

export interface TextLine {
  start: number;
  end: number;
  /** A blank line precedes it: a paragraph starts here rather than a line break. */
  paragraphStart: boolean;
}

export const MAX_LINE_CHARS = 4000;

/** [start, end) in blocks of at most MAX_LINE_CHARS, each ending after a space where there is one. */
function blocksOf(text: string, start: number, end: number): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_LINE_CHARS) {
    const space = text.lastIndexOf(' ', from + MAX_LINE_CHARS - 1);
    const cut = space > from ? space + 1 : from + MAX_LINE_CHARS;
    blocks.push([from, cut]);
    from = cut;
  }
  blocks.push([from, end]);
  return blocks;
}

const NON_BLANK = /\S/g;

/** A text's lines split so far, and where to go on: a long text is split a slice per task (use-text-lines.ts). */
export interface LineSplitting {
  readonly lines: TextLine[];
  /** Where the next line starts. */
  next: number;
  /** A blank line came last, so the next line starts a paragraph. */
  sawBlank: boolean;
  done: boolean;
}

export function startSplitting(): LineSplitting {
  return { lines: [], next: 0, sawBlank: false, done: false };
}

/** Splits whole lines from where `split` stopped until `chars` more characters are covered or the text ends. */
export function splitMore(text: string, split: LineSplitting, chars: number): void {
  if (split.done) return;
  const { lines } = split;
  const limit = split.next + chars;
  let start = split.next;
  let sawBlank = split.sawBlank;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    NON_BLANK.lastIndex = start;
    const blank = !(NON_BLANK.test(text) && NON_BLANK.lastIndex <= end);
    if (blank) sawBlank = true;
    else {
      // A trailing \r belongs to the line break, not to the selectable text.
      const visibleEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      blocksOf(text, start, visibleEnd).forEach(([from, to], index) => {
        lines.push({ start: from, end: to, paragraphStart: index === 0 && sawBlank && lines.length > 0 });
      });
      sawBlank = false;
    }
    if (newline === -1) {
      split.done = true;
      break;
    }
    start = newline + 1;
    if (start >= limit) break;
  }
  split.next = start;
  split.sawBlank = sawBlank;
}

export function splitIntoLines(text: string): TextLine[] {
  const split = startSplitting();
  splitMore(text, split, Infinity);
  return split.lines;
}

/** The index of the line holding `offset` (or the last line starting before it). */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
