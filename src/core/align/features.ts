// What alignment knows of a passage: its comparison key (identical passages share it), its
// content terms as ids in reading order, and the character trigrams of those terms, which meet
// spelling variants and inflections the stemmer misses.
import { foldForComparison } from '../text/normalize';
import { contentTermOf, type WordTokenizer, wordBounds } from '../text/tokenize';
import { SliceInterner } from '../util/slice-interner';
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
 * distinct token is stemmed and split into trigrams once, and found again by its code units in
 * the text it occurs in (SliceInterner), without being made a string.
 */
export class TermVocabulary {
  private readonly termIds = new Map<string, number>();
  private readonly tokens = new SliceInterner();
  /** Per token id, its term id or STOP_WORD. */
  private readonly tokenTerms: number[] = [];
  private readonly terms: string[] = [];
  private readonly termGrams: Int32Array[] = [];
  /** Where this run's features keep their arrays. */
  readonly arrays = new FeatureArrays();

  /** Token id of the normalised token text[start, end). */
  tokenIdOf(text: string, start: number, end: number): number {
    const id = this.tokens.idOf(text, start, end);
    if (id === this.tokenTerms.length) {
      const term = contentTermOf(this.tokens.strings[id] as string);
      this.tokenTerms.push(term === null ? STOP_WORD : this.idOf(term));
    }
    return id;
  }

  /** The normalised token of a token id. */
  tokenOf(id: number): string {
    return this.tokens.strings[id] as string;
  }

  /** Term id of a token id, or -1 for a stop word. */
  termOfTokenId(id: number): number {
    return this.tokenTerms[id] as number;
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

/**
 * Reads the passages of one run into features: each passage's words as token ids (found by their
 * code units in the folded text: no string per word), its key from them, and then, for a passage
 * whose key is new, its features. Its scratch arrays serve passage after passage.
 */
export class PassageReader {
  private tokenIds = new Int32Array(256);
  private bounds = new Int32Array(512);
  private readonly words: string[] = [];
  private count = 0;

  /** `tokenize` other than the default makes strings of the words and reads those. */
  constructor(
    private readonly vocabulary: TermVocabulary,
    private readonly tokenize?: WordTokenizer,
  ) {}

  /** Reads `text` and gives its comparison key (its folded words joined by spaces). */
  read(text: string): string {
    const { vocabulary, words } = this;
    const folded = foldForComparison(text);
    if (this.tokenize) {
      const tokens = this.tokenize(folded);
      const tokenIds = this.room(tokens.length);
      tokens.forEach((token, index) => {
        tokenIds[index] = vocabulary.tokenIdOf(token, 0, token.length);
      });
      this.count = tokens.length;
    } else {
      if (this.bounds.length < folded.length + 1) this.bounds = new Int32Array(2 * folded.length + 1);
      const { bounds } = this;
      this.count = wordBounds(folded, bounds);
      const tokenIds = this.room(this.count);
      for (let word = 0; word < this.count; word += 1) tokenIds[word] = vocabulary.tokenIdOf(folded, bounds[2 * word] as number, bounds[2 * word + 1] as number);
    }
    words.length = this.count;
    for (let word = 0; word < this.count; word += 1) words[word] = vocabulary.tokenOf(this.tokenIds[word] as number);
    return words.join(' ');
  }

  /** The features of the passage read last, whose key `read` gave. */
  features(key: string): PassageFeatures {
    return featuresOfTokenIds(this.tokenIds, this.count, this.vocabulary, key);
  }

  private room(count: number): Int32Array {
    if (this.tokenIds.length < count) this.tokenIds = new Int32Array(2 * count);
    return this.tokenIds;
  }
}

/**
 * Features as a run reads them. The trigrams are gathered when first asked for: only passages
 * that get scored against a candidate need them (on 1,000 synthetic files, 3,962 of 38,740), and
 * gathering, sorting and deduplicating them for all was about a seventh of building the corpus.
 */
class ReadFeatures implements PassageFeatures {
  /**
   * The vocabulary to gather the trigrams from until they are asked for, then the trigrams: the
   * vocabulary is let go, so features a run keeps (and stores, which gathers them) do not hold it.
   */
  private gramsOrVocabulary: Int32Array | TermVocabulary;

  constructor(
    readonly key: string,
    readonly terms: Int32Array,
    readonly termSet: Int32Array,
    vocabulary: TermVocabulary,
  ) {
    this.gramsOrVocabulary = vocabulary;
  }

  get grams(): Int32Array {
    if (!(this.gramsOrVocabulary instanceof Int32Array)) this.gramsOrVocabulary = gramsOfTermSet(this.termSet, this.gramsOrVocabulary);
    return this.gramsOrVocabulary;
  }
}

/** The distinct trigrams of the terms of `termSet`, ascending. */
function gramsOfTermSet(termSet: Int32Array, vocabulary: TermVocabulary): Int32Array {
  const { arrays } = vocabulary;
  let gramCount = 0;
  for (let index = 0; index < termSet.length; index += 1) gramCount += vocabulary.gramsOf(termSet[index] as number).length;
  const allGrams = arrays.reserve(gramCount);
  let offset = 0;
  for (let index = 0; index < termSet.length; index += 1) {
    const termGrams = vocabulary.gramsOf(termSet[index] as number);
    allGrams.set(termGrams, offset);
    offset += termGrams.length;
  }
  return arrays.shrink(allGrams, uniqueInPlace(allGrams));
}

/** Features of the passage whose words are the first `count` token ids of `tokenIds`. */
function featuresOfTokenIds(tokenIds: Int32Array, count: number, vocabulary: TermVocabulary, key: string): PassageFeatures {
  const { arrays } = vocabulary;
  const ids = arrays.reserve(count);
  let termCount = 0;
  for (let index = 0; index < count; index += 1) {
    const id = vocabulary.termOfTokenId(tokenIds[index] as number);
    if (id !== STOP_WORD) ids[termCount++] = id;
  }
  const terms = arrays.shrink(ids, termCount);
  const distinct = arrays.reserve(termCount);
  distinct.set(terms);
  return new ReadFeatures(key, terms, arrays.shrink(distinct, uniqueInPlace(distinct)), vocabulary);
}

/**
 * The features of an earlier run's passage, numbered in this run's vocabulary: `renumber` maps
 * the earlier run's term ids to this run's (assigning new ids in reading order, as PassageReader
 * would), so the result equals what PassageReader gives on the passage's text.
 */
export function renumberFeatures(features: PassageFeatures, renumber: (id: number) => number): PassageFeatures {
  // Most often (no earlier document brought a new term) every id stays: the features are then taken as
  // they are. Terms are renumbered in reading order, as PassageReader numbers new ones.
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
