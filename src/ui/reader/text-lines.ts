// The reader shows a document line by line as its text has them: each non-blank line is one
// block, and a blank line before it becomes paragraph spacing. Offsets stay those of the text.

export interface TextLine {
  start: number;
  end: number;
  /** A blank line precedes it: a paragraph starts here rather than a line break. */
  paragraphStart: boolean;
}

export function splitIntoLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let sawBlank = false;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    if (content.trim() === '') sawBlank = true;
    else {
      // A trailing \r belongs to the line break, not to the selectable text.
      const visibleEnd = content.endsWith('\r') ? end - 1 : end;
      lines.push({ start, end: visibleEnd, paragraphStart: sawBlank && lines.length > 0 });
      sawBlank = false;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}
