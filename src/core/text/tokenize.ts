// Word tokenising behind a seam, and the content terms alignment compares: tokens minus stop
// words, stemmed and spelling-folded so "representing"/"represents" and "organisation"/
// "organization" meet.
import { stemWord } from './stem';
import { STOP_WORDS } from './stop-words';
import { charClass, LETTER, NUMBER } from './char-classes';

/** Splits folded text (normalize.ts) into word tokens; whitespace of any kind only separates them. */
export type WordTokenizer = (normalized: string) => string[];

const WORD_CHAR = LETTER | NUMBER;
const APOSTROPHE = 0x27;
const DOT = 0x2e;

const isWordChar = (codePoint: number): boolean => (charClass(codePoint) & WORD_CHAR) !== 0;
const width = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/**
 * Letters and digits, keeping inner apostrophes and dots ("isn't", "u.s", "2.5"): the matches of
 * WORD_PATTERN in tokenize.property.test.ts, scanned by hand because every word of a corpus passes
 * through here and the regex took three times as long.
 */
export const unicodeWordTokenizer: WordTokenizer = (normalized) => {
  const tokens: string[] = [];
  let index = 0;
  while (index < normalized.length) {
    let codePoint = normalized.codePointAt(index)!;
    if (!isWordChar(codePoint)) {
      index += width(codePoint);
      continue;
    }
    const start = index;
    for (;;) {
      index += width(codePoint);
      if (index >= normalized.length) break;
      codePoint = normalized.codePointAt(index)!;
      if (isWordChar(codePoint)) continue;
      if (codePoint !== APOSTROPHE && codePoint !== DOT) break;
      const after = normalized.codePointAt(index + 1);
      if (after === undefined || !isWordChar(after)) break;
      index += 1;
      codePoint = after;
    }
    tokens.push(normalized.slice(start, index));
  }
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
