// What an alignment run keeps so that the next one, over the same documents and a few added,
// looks up and scores again only what the addition can have changed (issue 18), with the same
// result as a run from scratch. A passage's candidates (candidate-index.ts) depend on
// 1. the posting lists of the terms it looks up: they change only through passages of the added
//    documents (new ones, or old ones now also printed there and so possibly earlier in order);
// 2. which of its terms are looked up, and the ranking by shared term weight: every weight moves
//    when the corpus grows (a term's weight is log(1 + passages / passages holding it)).
// So a passage keeps its candidates when it is not in an added document, none of the terms it looks
// up is in one, the same terms are looked up, and no decision of its ranking can flip: each shared
// weight moves by at most terms × the largest move of a weight, so two of them part or meet by at
// most twice that, which must stay under the slack (candidate-index.ts).
// A kept candidate is scored again unless its pair stayed under the alignment threshold (and, for
// the one-to-many retry, under its part floor) by more than its score can rise: only the weighted
// Dice moves with the weights, by at most weightedDiceMove (similarity.ts). Every other pair is
// scored with the new weights (the word-order diff, the costly part of a score, depends on no weight
// and is remembered by passage pair); pairs are clustered and groups built over the whole corpus,
// so the result is the same to the last bit (analyze-incremental.test.ts).
import type { AlignmentCorpus } from './alignment-corpus';
import { queryWeightFloor } from './candidate-index';
import type { PassageFeatures } from './features';
import { TERM_WEIGHT, termOrderOverlap, weightedDiceMove, type TermOrderOverlap, type TermWeights } from './similarity';

/** Kept candidates of one passage (by node key), best first, the slack still left to them, and per candidate the headroom its pair had (Headroom, similarity.ts). */
export interface KeptCandidates {
  keys: string[];
  slack: number;
  headroom: Float64Array;
}

/** The entry of a passage without candidates and with nothing near a floor (most of them); never written to. */
export const NO_CANDIDATES: KeptCandidates = Object.freeze({ keys: [], slack: Infinity, headroom: new Float64Array(0) });

export interface SearchMemo {
  includeBoilerplate: boolean;
  /** The documents the run aligned. */
  documents: ReadonlySet<string>;
  weights: TermWeights;
  queryFloor: number;
  /** Per node key. */
  candidates: Map<string, KeptCandidates>;
  /** Term-order overlap by the two node keys, in the order they were compared. */
  overlaps: Map<string, Map<string, number>>;
}

/** Float sums of a few dozen weights are exact to far less than this. */
const ROUNDING = 1e-9;

/** Term-order overlaps taken from the last run or computed; keeps what this run used, for the next. */
export class OverlapMemo {
  readonly used = new Map<string, Map<string, number>>();

  constructor(private readonly earlier: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map()) {}

  readonly overlap: TermOrderOverlap = (a: PassageFeatures, b: PassageFeatures): number => {
    let row = this.used.get(a.key);
    let value = row?.get(b.key);
    if (value !== undefined) return value;
    value = this.earlier.get(a.key)?.get(b.key) ?? termOrderOverlap(a, b);
    if (!row) {
      row = new Map();
      this.used.set(a.key, row);
    }
    row.set(b.key, value);
    return value;
  };
}

/** What the passages of a run keep from the last one. */
export interface KeptSearch {
  /** A passage's candidates (node indices, best first) with their slack and headroom; null when it must look them up. */
  candidatesOf: (node: number) => { candidates: number[]; slack: number; headroom: Float64Array } | null;
  /** The most the score of two kept passages can have risen since the last run. */
  scoreRise: (a: number, b: number) => number;
}

/**
 * Which passages of `corpus` keep the candidates `memo` holds for them. `corpus` was collected
 * from the memo's run's features (memoTermIds); the caller knows that no document of the memo's
 * run changed. Null when the memo does not fit at all (a document removed, another option).
 */
export function keptSearch(memo: SearchMemo | null | undefined, corpus: AlignmentCorpus, documents: ReadonlySet<string>, includeBoilerplate: boolean): KeptSearch | null {
  if (!memo || memo.includeBoilerplate !== includeBoilerplate || [...memo.documents].some((doc) => !documents.has(doc))) return null;
  const { units, nodes, weights, memoTermIds } = corpus;
  const touched = new Uint8Array(nodes.length);
  for (const unit of units) if (!memo.documents.has(unit.passage.doc)) touched[unit.node] = 1;
  const touchedTerm = new Uint8Array(weights.length);
  nodes.forEach((node, index) => {
    if (touched[index]) for (const term of node.features.termSet) touchedTerm[term] = 1;
  });
  const nodeByKey = new Map(nodes.map((node, index) => [node.features.key, index]));
  const queryFloor = queryWeightFloor(nodes.length);
  const termSetOf = (node: number): Int32Array => (nodes[node] as AlignmentCorpus['nodes'][number]).features.termSet;
  // Per node, the largest move of one of its term weights (NaN until asked), and its summed weight.
  const moves = new Float64Array(nodes.length).fill(Number.NaN);
  const totals = new Float64Array(nodes.length);
  const moveOf = (node: number): number => {
    let move = moves[node] as number;
    if (Number.isNaN(move)) {
      move = 0;
      let total = 0;
      for (const term of termSetOf(node)) {
        const memoTerm = memoTermIds[term] as number;
        const weight = weights[term] as number;
        total += weight;
        move = memoTerm < 0 ? Infinity : Math.max(move, Math.abs(weight - (memo.weights[memoTerm] as number)));
      }
      moves[node] = move;
      totals[node] = total;
    }
    return move;
  };
  const candidatesOf: KeptSearch['candidatesOf'] = (node) => {
    const { termSet, key } = (nodes[node] as AlignmentCorpus['nodes'][number]).features;
    const kept = memo.candidates.get(key);
    if (touched[node] || !kept) return null;
    for (const term of termSet) {
      const memoTerm = memoTermIds[term] as number;
      if (memoTerm < 0) return null;
      const lookedUp = (weights[term] as number) >= queryFloor;
      if (lookedUp !== (memo.weights[memoTerm] as number) >= memo.queryFloor || (lookedUp && touchedTerm[term])) return null;
    }
    const bound = 2 * termSet.length * moveOf(node) + ROUNDING;
    if (!(kept.slack > bound)) return null;
    return { candidates: kept.keys.map((candidate) => nodeByKey.get(candidate) as number), slack: kept.slack - bound, headroom: kept.headroom };
  };
  const scoreRise = (a: number, b: number): number =>
    TERM_WEIGHT * weightedDiceMove(termSetOf(a).length + termSetOf(b).length, Math.max(moveOf(a), moveOf(b)), (totals[a] as number) + (totals[b] as number)) + ROUNDING;
  return { candidatesOf, scoreRise };
}
