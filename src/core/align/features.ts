// What alignment knows of a passage: its comparison key (identical passages share it), its
// content terms as ids in reading order, and the character trigrams of those terms, which meet
// spelling variants and inflections the stemmer misses.
import { normalizeForComparison } from '../text/normalize';
import { contentTerms, type WordTokenizer, unicodeWordTokenizer } from '../text/tokenize';

export interface PassageFeatures {
  /** Normalised words; equal keys mean identical passages. */
  key: string;
  /** Content term ids in reading order. */
  terms: Int32Array;
  /** Distinct content term ids, ascending. */
  termSet: Int32Array;
  /** Distinct hashed character trigrams of the content terms, ascending. */
  grams: Int32Array;
}

/** Gives every distinct term a small integer id, shared by one analysis run. */
export class TermVocabulary {
  private readonly ids = new Map<string, number>();

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

function sortedUnique(values: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(values)).sort();
}

function trigramsOf(terms: readonly string[]): number[] {
  const grams: number[] = [];
  for (const term of terms) {
    const padded = ` ${term} `;
    for (let index = 0; index + 3 <= padded.length; index += 1) {
      // Collisions between non-ASCII trigrams only blur the score a little.
      grams.push(((padded.charCodeAt(index) << 20) ^ (padded.charCodeAt(index + 1) << 10) ^ padded.charCodeAt(index + 2)) | 0);
    }
  }
  return grams;
}

export function extractFeatures(text: string, vocabulary: TermVocabulary, tokenize: WordTokenizer = unicodeWordTokenizer): PassageFeatures {
  const normalized = normalizeForComparison(text);
  // Punctuation-blind, so "said:" and "said," reprints still count as identical.
  const key = tokenize(normalized).join(' ');
  const words = contentTerms(normalized, tokenize);
  const terms = Int32Array.from(words, (word) => vocabulary.idOf(word));
  return { key, terms, termSet: sortedUnique(terms), grams: sortedUnique(trigramsOf(words)) };
}

function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  return sortedUnique([...a, ...b]);
}

/** Features of two adjacent passages read as one (for one-to-many alignment). */
export function concatFeatures(first: PassageFeatures, second: PassageFeatures): PassageFeatures {
  const terms = new Int32Array(first.terms.length + second.terms.length);
  terms.set(first.terms);
  terms.set(second.terms, first.terms.length);
  return { key: `${first.key} ${second.key}`, terms, termSet: mergeSorted(first.termSet, second.termSet), grams: mergeSorted(first.grams, second.grams) };
}
