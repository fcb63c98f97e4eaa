// Word-by-word caret and selection steps within one line of text, for selecting by keyboard.
// Offsets are relative to the line. A word is what a fact-checker cites as one: the word-like
// segments of Intl.Segmenter, joined across punctuation inside them ("U.S", "co-operation",
// "2023-07-13") and widened over the currency signs and percent signs stuck to them ("$5,687.75",
// "12%", "€40bn"). Spaces and the punctuation that ends a sentence are never a word's edge ("2021."
// selects as "2021").

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

/** Punctuation that joins two parts of one word when nothing else stands between them. */
const JOINER = /^[-‐‑–'’.,/:&@_·]+$/u;
/** Signs read as part of the figure they touch: before it ($5, #3) and after it (12%, 5€). */
const LEADING_SIGN = /[\p{Sc}#+−-]/u;
const TRAILING_SIGN = /[\p{Sc}%‰‱]/u;

export function wordsOf(text: string, locale?: string): WordSpan[] {
  const segmenter = wordSegmenter(locale);
  const words: WordSpan[] = [];
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const word = { start: segment.index, end: segment.index + segment.segment.length };
    const previous = words.at(-1);
    if (previous && word.start > previous.end && JOINER.test(text.slice(previous.end, word.start))) previous.end = word.end;
    else words.push(word);
  }
  for (const word of words) {
    while (word.start > 0 && LEADING_SIGN.test(text[word.start - 1]!) && (word.start === 1 || /\s/u.test(text[word.start - 2]!) || LEADING_SIGN.test(text[word.start - 2]!))) word.start -= 1;
    while (word.end < text.length && TRAILING_SIGN.test(text[word.end]!)) word.end += 1;
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
