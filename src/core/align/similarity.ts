// How alike two passages are, in [0, 1]. Three signals, each robust to a different kind of
// rewording, blended with named weights; the order check (a word-level diff) runs last and
// only when the cheap signals already suggest a match.
import type { PassageFeatures } from './features';
import { orderedOverlap } from './token-diff';

/** Topic words shared, rare ones counting more: the backbone of paraphrase detection. */
export const TERM_WEIGHT = 0.45;
/** Character trigrams catch inflections and spellings the stemmer leaves apart. */
export const CHAR_WEIGHT = 0.2;
/** Shared terms in the same order separate a reprint from a passage that merely shares a topic. */
export const ORDER_WEIGHT = 0.35;
/** Below this cheap estimate even a perfect order score cannot reach the alignment threshold. */
export const PREFILTER_MARGIN = 0.2;

/** Inverse document frequency per term id, over the passages of one analysis. */
export type TermWeights = Float64Array;

/** Dice over two sorted term-id sets, each term weighing its IDF: the text layer's one weighted overlap. */
export function weightedDice(a: Int32Array, b: Int32Array, weights: TermWeights): number {
  let shared = 0;
  let total = 0;
  let i = 0;
  let j = 0;
  for (const term of a) total += weights[term] ?? 0;
  for (const term of b) total += weights[term] ?? 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as number;
    const right = b[j] as number;
    if (left === right) {
      shared += 2 * (weights[left] ?? 0);
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return total === 0 ? 0 : shared / total;
}

/** Terms two sorted term-id sets share, in order. */
export function sharedTerms(a: Int32Array, b: Int32Array): number[] {
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as number;
    const right = b[j] as number;
    if (left === right) {
      shared.push(left);
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return shared;
}

/** As sharedTerms, counted without building the list: it runs on every candidate pair of passages. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as number;
    const right = b[j] as number;
    if (left === right) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return shared;
}

function dice(a: Int32Array, b: Int32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * sharedCount(a, b)) / total;
}

/** Share of content terms two passages keep in the same order: the costly signal, and the one no term weight changes. */
export type TermOrderOverlap = (a: PassageFeatures, b: PassageFeatures) => number;

export const termOrderOverlap: TermOrderOverlap = (a, b) => orderedOverlap(Array.from(a.terms), Array.from(b.terms));

/**
 * Similarity of two passages; `floor` lets the caller skip the diff when the cheap signals
 * cannot reach it (the returned value is then only an upper-bound estimate below `floor`).
 * `overlap` may remember the diff's outcome across runs (align-search-memo.ts).
 */
export function passageSimilarity(a: PassageFeatures, b: PassageFeatures, weights: TermWeights, floor = 0, overlap: TermOrderOverlap = termOrderOverlap, headroom?: Headroom): number {
  if (a.key === b.key) {
    if (headroom) headroom.under = -Infinity;
    return 1;
  }
  const cheap = TERM_WEIGHT * weightedDice(a.termSet, b.termSet, weights) + CHAR_WEIGHT * dice(a.grams, b.grams);
  // The diff can keep at most the shared terms (counted once; repeats make this an estimate).
  const orderBound = Math.min(1, (2 * sharedCount(a.termSet, b.termSet)) / Math.max(a.terms.length + b.terms.length, 1));
  const prefilter = (TERM_WEIGHT + CHAR_WEIGHT) * PREFILTER_MARGIN;
  const estimated = cheap + ORDER_WEIGHT * orderBound < floor || cheap < prefilter;
  const score = estimated ? cheap : Math.min(cheap + ORDER_WEIGHT * overlap(a, b), 1 - Number.EPSILON);
  if (headroom) {
    // Below the cheap prefilter the score is the cheap part whatever the diff; an estimate under
    // `floor` stays one while the cheap part does; an exact score moves with the cheap part alone.
    const ceiling = headroom.ceiling;
    let under = prefilter <= ceiling ? prefilter - cheap : -Infinity;
    if (cheap + ORDER_WEIGHT * orderBound < floor && floor <= ceiling) under = Math.max(under, floor - cheap - ORDER_WEIGHT * orderBound);
    if (!estimated) under = Math.max(under, ceiling - score);
    headroom.under = score < ceiling ? under : -Infinity;
  }
  return score;
}

/**
 * How far a score stays under `ceiling`: set by passageSimilarity to the most its cheap part (the
 * only part term weights move) may rise with the score still under `ceiling`, whatever branch the
 * score then takes; -Infinity when the score reached `ceiling`.
 */
export interface Headroom {
  ceiling: number;
  under: number;
}

/**
 * The most the weighted Dice of two passages can move when each term weight moves by at most
 * `move`: `terms` is the size of both term sets, `total` their summed weight after the move.
 * (With shared weight S ≤ total T, S/T − S'/T' = (S·dT − dS·T)/(T·T'), and |dS|, |dT| ≤ terms × move.)
 */
export function weightedDiceMove(terms: number, move: number, total: number): number {
  return total > 0 ? (2 * terms * move) / total : Infinity;
}
