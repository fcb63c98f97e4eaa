/** A half-open range of UTF-16 code units, `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

const WHITESPACE = /\s/u;

/** Narrows a range so it neither starts nor ends with whitespace; empty ranges come back empty. */
export function trimRange(text: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && WHITESPACE.test(text[from] ?? '')) from += 1;
  while (to > from && WHITESPACE.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}
