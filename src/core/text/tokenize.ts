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

const FACT_WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/** As unicodeWordTokenizer, but a figure with thousands separators is one token without them
 *  ("43,350" → "43350"), so a figure is a term that only the same figure shares. */
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
