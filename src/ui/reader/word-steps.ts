// Word-by-word caret and selection steps within one line of text, for selecting by keyboard.
// Offsets are relative to the line. Words are the word-like segments of Intl.Segmenter, so
// punctuation and spaces are never the edge of a selection ("2021." selects as "2021").

export interface WordSpan {
  start: number;
  end: number;
}

export type Direction = 'forward' | 'backward';

function wordSegmenter(locale: string | undefined): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale || undefined, { granularity: 'word' });
  } catch {
    // A language tag the browser cannot use still leaves the default word rules.
    return new Intl.Segmenter(undefined, { granularity: 'word' });
  }
}

export function wordsOf(text: string, locale?: string): WordSpan[] {
  const segmenter = wordSegmenter(locale);
  const words: WordSpan[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) words.push({ start: segment.index, end: segment.index + segment.segment.length });
  }
  return words;
}

/** The caret moved to the start of the next (or previous) word; the line's ends when there is none. */
export function moveCaret(words: readonly WordSpan[], length: number, caret: number, direction: Direction): number {
  if (direction === 'forward') return words.find((word) => word.start > caret)?.start ?? length;
  return words.findLast((word) => word.start < caret)?.start ?? 0;
}

/**
 * The selection's moving end after one step: forward it reaches the end of the next word, backward
 * the start of the previous one; a step towards the fixed end shrinks the selection a word at a
 * time and stops at the fixed end rather than jumping past it.
 */
export function extendFocus(words: readonly WordSpan[], length: number, anchor: number, focus: number, direction: Direction): number {
  if (direction === 'forward') {
    if (focus < anchor) return Math.min(anchor, words.find((word) => word.start > focus)?.start ?? anchor);
    return words.find((word) => word.end > focus)?.end ?? length;
  }
  if (focus > anchor) return Math.max(anchor, words.findLast((word) => word.end < focus)?.end ?? anchor);
  return words.findLast((word) => word.start < focus)?.start ?? 0;
}
