// Word tokenising behind a seam, and the content terms alignment compares: tokens minus stop
// words, stemmed and spelling-folded so "representing"/"represents" and "organisation"/
// "organization" meet.
import { stemWord } from './stem';
import { STOP_WORDS } from './stop-words';

/** Splits normalised text into word tokens. */
export type WordTokenizer = (normalized: string) => string[];

const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/** Letters and digits, keeping inner apostrophes and dots ("isn't", "u.s", "2.5"). */
export const unicodeWordTokenizer: WordTokenizer = (normalized) => normalized.match(WORD) ?? [];

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
