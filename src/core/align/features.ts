// What alignment knows of a passage: its comparison key (identical passages share it), its
// content terms as ids in reading order, and the character trigrams of those terms, which meet
// spelling variants and inflections the stemmer misses.
import { foldForComparison } from '../text/normalize';
import { contentTermOf, type WordTokenizer, unicodeWordTokenizer } from '../text/tokenize';
import { concatInt32 } from '../util/arrays';

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

const STOP_WORD = -1;
const NO_GRAMS = new Int32Array(0);

function trigramsOf(term: string): Int32Array {
  const grams: number[] = [];
  const padded = ` ${term} `;
  for (let index = 0; index + 3 <= padded.length; index += 1) {
    // Collisions between non-ASCII trigrams only blur the score a little.
    grams.push(((padded.charCodeAt(index) << 20) ^ (padded.charCodeAt(index + 1) << 10) ^ padded.charCodeAt(index + 2)) | 0);
  }
  return Int32Array.from(grams);
}

/** Int32s per block: a few hundred passages' arrays. */
const BLOCK_LENGTH = 1 << 16;

/**
 * The arrays of one run's features, cut as views from large blocks: tens of thousands of passages
 * each allocating their own small buffers kept the garbage collector busier than the features took
 * to compute. A passage's arrays are built in place in the block (reserve, then shrink to what
 * they hold), so each costs one view or two, and no scratch copies.
 */
class FeatureArrays {
  private block = new Int32Array(0);
  private used = 0;

  /** Room for `length` values, to be filled and then given to `shrink` before the next reserve. */
  reserve(length: number): Int32Array {
    if (this.used + length > this.block.length) {
      this.block = new Int32Array(Math.max(BLOCK_LENGTH, length));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }

  /** The first `length` values of the view last reserved; the rest of it goes back to the block. */
  shrink(view: Int32Array, length: number): Int32Array {
    if (length === view.length) return view;
    this.used -= view.length - length;
    return view.subarray(0, length);
  }
}

/**
 * Term ids for one analysis run. Words repeat across a corpus far more than they vary, so each
 * distinct token is stemmed and split into trigrams once.
 */
export class TermVocabulary {
  private readonly termIds = new Map<string, number>();
  private readonly tokenTerms = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly termGrams: Int32Array[] = [];
  /** Where this run's features keep their arrays. */
  readonly arrays = new FeatureArrays();

  /** Term id of a normalised token, or -1 for a stop word. */
  termOfToken(token: string): number {
    let id = this.tokenTerms.get(token);
    if (id === undefined) {
      const term = contentTermOf(token);
      id = term === null ? STOP_WORD : this.idOf(term);
      this.tokenTerms.set(token, id);
    }
    return id;
  }

  idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.termGrams.push(trigramsOf(term));
    }
    return id;
  }

  /** Terms by id, for the next run to renumber this run's features from (see renumberFeatures). */
  get termList(): readonly string[] {
    return this.terms;
  }

  gramsOf(id: number): Int32Array {
    return this.termGrams[id] ?? NO_GRAMS;
  }

  get size(): number {
    return this.termIds.size;
  }
}

/** Sorts `values` in place and moves its distinct values to the front; returns how many there are. */
function uniqueInPlace(values: Int32Array): number {
  values.sort();
  let length = 0;
  for (let index = 0; index < values.length; index += 1) {
    if (index === 0 || values[index] !== values[index - 1]) values[length++] = values[index] as number;
  }
  return length;
}

/** The distinct values of `values`, ascending; `values` is sorted in place. */
function sortedUniqueInPlace(values: Int32Array): Int32Array {
  return values.slice(0, uniqueInPlace(values));
}

/** Folded words of a passage: cheap, and enough to spot an identical reprint before the rest. */
export function comparisonTokens(text: string, tokenize: WordTokenizer = unicodeWordTokenizer): string[] {
  return tokenize(foldForComparison(text));
}

// Every passage of a corpus passes through here once: its arrays are built in place as views into
// the run's blocks (FeatureArrays). `key` is the tokens joined by spaces, when the caller has it already.
export function extractFeatures(tokens: readonly string[], vocabulary: TermVocabulary, key = tokens.join(' ')): PassageFeatures {
  const { arrays } = vocabulary;
  const ids = arrays.reserve(tokens.length);
  let count = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const id = vocabulary.termOfToken(tokens[index] as string);
    if (id !== STOP_WORD) ids[count++] = id;
  }
  const terms = arrays.shrink(ids, count);
  const distinct = arrays.reserve(count);
  distinct.set(terms);
  const termSet = arrays.shrink(distinct, uniqueInPlace(distinct));
  let gramCount = 0;
  for (let index = 0; index < termSet.length; index += 1) gramCount += vocabulary.gramsOf(termSet[index] as number).length;
  const allGrams = arrays.reserve(gramCount);
  let offset = 0;
  for (let index = 0; index < termSet.length; index += 1) {
    const termGrams = vocabulary.gramsOf(termSet[index] as number);
    allGrams.set(termGrams, offset);
    offset += termGrams.length;
  }
  return { key, terms, termSet, grams: arrays.shrink(allGrams, uniqueInPlace(allGrams)) };
}

/**
 * The features of an earlier run's passage, numbered in this run's vocabulary: `renumber` maps
 * the earlier run's term ids to this run's (assigning new ids in reading order, as extractFeatures
 * would), so the result equals what extractFeatures gives on the passage's tokens.
 */
export function renumberFeatures(features: PassageFeatures, renumber: (id: number) => number): PassageFeatures {
  // Most often (no earlier document brought a new term) every id stays: the features are then taken as
  // they are. Terms are renumbered in reading order, as extractFeatures numbers new ones.
  if (features.terms.every((id) => renumber(id) === id)) return features;
  const terms = features.terms.map(renumber);
  return { key: features.key, terms, termSet: features.termSet.map(renumber).sort(), grams: features.grams };
}

function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  return sortedUniqueInPlace(concatInt32([a, b]));
}

/** Features of two adjacent passages read as one (for one-to-many alignment). */
export function concatFeatures(first: PassageFeatures, second: PassageFeatures): PassageFeatures {
  return { key: `${first.key} ${second.key}`, terms: concatInt32([first.terms, second.terms]), termSet: mergeSorted(first.termSet, second.termSet), grams: mergeSorted(first.grams, second.grams) };
}
