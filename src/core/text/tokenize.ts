// Word tokenising behind a seam, and the content terms alignment compares: tokens minus stop
// words, stemmed and spelling-folded so "representing"/"represents" and "organisation"/
// "organization" meet.
import { stemWord } from './stem';
import { STOP_WORDS } from './stop-words';
import { charClassAt, LETTER, NUMBER, WIDE } from './char-classes';

/** Splits folded text (normalize.ts) into word tokens; whitespace of any kind only separates them. */
export type WordTokenizer = (normalized: string) => string[];

const WORD_CHAR = LETTER | NUMBER;
const APOSTROPHE = 0x27;
const DOT = 0x2e;

const widthOf = (classes: number): number => (classes & WIDE ? 2 : 1);

/**
 * Where the words of `normalized` are: letters and digits, keeping inner apostrophes and dots
 * ("isn't", "u.s", "2.5"), the matches of WORD_PATTERN in tokenize.property.test.ts, scanned by
 * hand because every word of a corpus passes through here and the regex took three times as long.
 * Writes each word's start and end (exclusive) in turn into `bounds`, which must hold
 * normalized.length + 1 values (words are one character or more, with one between them), and
 * returns how many words there are. Alignment reads words from here without making them strings.
 */
export function wordBounds(normalized: string, bounds: Int32Array): number {
  let count = 0;
  let index = 0;
  const { length } = normalized;
  while (index < length) {
    let classes = charClassAt(normalized, index);
    if ((classes & WORD_CHAR) === 0) {
      index += widthOf(classes);
      continue;
    }
    const start = index;
    for (;;) {
      index += widthOf(classes);
      if (index >= length) break;
      classes = charClassAt(normalized, index);
      if ((classes & WORD_CHAR) !== 0) continue;
      const unit = normalized.charCodeAt(index);
      if ((unit !== APOSTROPHE && unit !== DOT) || index + 1 >= length) break;
      const after = charClassAt(normalized, index + 1);
      if ((after & WORD_CHAR) === 0) break;
      index += 1;
      classes = after;
    }
    bounds[2 * count] = start;
    bounds[2 * count + 1] = index;
    count += 1;
  }
  return count;
}

/** The words of `normalized` as wordBounds finds them. */
export const unicodeWordTokenizer: WordTokenizer = (normalized) => {
  const bounds = new Int32Array(normalized.length + 1);
  const count = wordBounds(normalized, bounds);
  const tokens = new Array<string>(count);
  for (let word = 0; word < count; word += 1) tokens[word] = normalized.slice(bounds[2 * word], bounds[2 * word + 1]);
  return tokens;
};

const FACT_WORD = /\d{1,2}:\d\d(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/** As unicodeWordTokenizer, but a figure with thousands separators is one token without them
 *  ("43,350" → "43350"), so a figure is a term that only the same figure shares; a clock time
 *  ("18:21") is one token too. */
export const factWordTokenizer: WordTokenizer = (normalized) => (normalized.match(FACT_WORD) ?? []).map((token) => (/^\d{1,3},/u.test(token) ? token.replace(/,/gu, '') : token));

/** The tokenizer profiles: `words` for alignment of wording, `facts` for sentences compared by the facts they state. */
export const WORD_TOKENIZERS = { words: unicodeWordTokenizer, facts: factWordTokenizer } as const satisfies Record<string, WordTokenizer>;
export type TokenizerProfile = keyof typeof WORD_TOKENIZERS;

/** The content term of one normalised token, or null for a stop word. */
export function contentTermOf(token: string): string | null {
  const bare = token.replace(/'s$/u, '').replace(/\./gu, '');
  return bare.length === 0 || STOP_WORDS.has(bare) ? null : stemWord(bare);
}

/** Content terms of normalised text, in order. */
export function contentTerms(normalized: string, tokenize: WordTokenizer = unicodeWordTokenizer): string[] {
  const terms: string[] = [];
  for (const token of tokenize(normalized)) {
    const term = contentTermOf(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}
