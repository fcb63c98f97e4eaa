// Sentences and words of a document, with offsets, as the mention extractors need them.
import { breakIsSpurious } from './sentences';
import { stemWord as stemText } from './stem';
import { singularNoun } from './noun-number';
import { charClassAt, LETTER, NUMBER, UPPER, WIDE } from './char-classes';

export interface WordToken {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Enough context either side of a full stop for the text layer's abbreviation rules. */
const BREAK_CONTEXT = 40;

// The text layer's one sentence rule (core/text/sentences.ts), asked at a single full stop so a
// sentence can be found around an offset without splitting the whole document.
function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text.slice(index + 1, index + 3);
  if (!/^(?:["”’)]?\s|["”’)]?$)/.test(next)) return false;
  const closing = /^["”’)]/.test(next) ? 1 : 0;
  const cut = index + 1 + closing;
  return !breakIsSpurious(text.slice(Math.max(0, index - BREAK_CONTEXT), cut), text.slice(cut, cut + BREAK_CONTEXT).split('\n')[0] ?? '');
}

/** The sentence (never crossing a line break) that contains `index`. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  let start = Math.min(index, text.length);
  while (start > 0 && !isSentenceEnd(text, start - 1)) start -= 1;
  let end = Math.max(index, start);
  while (end < text.length && !isSentenceEnd(text, end)) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  return { start, end };
}

/** Words of text[start, end) with their offsets in `text`; trailing full stops are not kept. */
export function wordsIn(text: string, start = 0, end = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    let word = match[0];
    while (word.endsWith('.') && !/^[A-Z](?:\.[A-Z])*\.?$/.test(word)) word = word.slice(0, -1);
    tokens.push({ start: start + match.index, end: start + match.index + word.length, text: word });
  }
  return tokens;
}

const WORD_PUNCTUATION = new Set([0x27, 0x2019, 0x2e, 0x2d]);

/**
 * The words of `text` (as wordsIn splits it) that start with a capital letter, by a hand-written
 * scan: WORD makes one word of each maximal run of letters, digits and '’.-, from its first letter
 * or digit to its last, so a capitalised word is a run whose first letter or digit is a capital.
 */
export function capitalisedWordsIn(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    let first = -1;
    let firstIsCapital = false;
    let end = -1;
    let width = 1;
    while (index < length) {
      const kind = charClassAt(text, index);
      width = (kind & WIDE) !== 0 ? 2 : 1;
      if ((kind & (LETTER | NUMBER)) !== 0) {
        if (first < 0) {
          first = index;
          firstIsCapital = (kind & UPPER) !== 0;
        }
        end = index + width;
      } else if (!WORD_PUNCTUATION.has(text.charCodeAt(index))) {
        break;
      }
      index += width;
    }
    if (firstIsCapital) tokens.push({ start: first, end, text: text.slice(first, end) });
    // Past the character that ended the run (or the end of the text).
    index += width;
  }
  return tokens;
}

const STOPWORDS = new Set(
  ('a an the and or but of in on at to for from by with as is are was were be been being has have had ' +
    'do does did will would shall should can could may might must this that these those it its their ' +
    'his her he she they them we our us i you your which who whom whose what when where while than then ' +
    'there here also not no so such into over under about after before since until during against ' +
    'between both each other some any all more most very just only said says say told according ' +
    'last next this year years month months week weeks day days ago earlier later mr ms mrs').split(' '),
);

function bareWord(word: string): string {
  return word.toLowerCase().replace(/[’']s$/, '').replace(/[’']$/, '');
}

/** Lower-cased, possessive dropped, stemmed by the text layer's one stemmer ("sentenced" = "sentence"). */
export function stemWord(word: string): string {
  return stemText(bareWord(word));
}

/** Lower-cased and singular, still a readable word: what a figure counts ("nationalities" → "nationality"). */
export function singularWord(word: string): string {
  return singularNoun(bareWord(word));
}

/** Stemmed content words of the given tokens, stopwords and bare numbers left out. */
export function contentWords(tokens: WordToken[]): string[] {
  return tokens
    .map((token) => stemWord(token.text))
    .filter((word) => word.length > 1 && !STOPWORDS.has(word) && !/^\d/.test(word));
}

/** |A ∩ B| / |A ∪ B|, 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}
