// Candidate pairs without comparing all pairs: an inverted index from content term to the
// passages holding it. Each passage looks up the passages indexed before it, then adds itself.
// Posting lists stop growing at a cap, so a term in thousands of passages costs a constant and
// a passage reprinted sixty times still finds the earlier copies through its rarer terms.
import type { TermWeights } from './similarity';

/** Enough earlier passages per term to find a reprint; more only costs time on common words. */
export const POSTING_CAP = 32;
/** Best-ranked candidates verified per passage; true partners rank near the top. */
export const MAX_CANDIDATES = 8;
/** One shared term is a coincidence; two begin to be a topic. */
export const MIN_SHARED_TERMS = 2;
/** A term in more than this share of all passages (once past the posting cap) is not looked up:
 *  it cannot tell a partner from the crowd, and following it is most of the lookup cost. */
export const MAX_QUERY_FREQUENCY = 0.01;
/** Share of a passage's term weight a candidate must hold: an aligned pair shares far more. */
export const MIN_SHARED_WEIGHT = 0.2;

/** Earlier passages to verify, best first, and how far every decision that chose them is from flipping. */
export interface RankedCandidates {
  candidates: number[];
  /**
   * The least distance, in shared term weight, between a candidate's weight and the eligibility
   * floor or a neighbour's in the ranking (down to the first passage left out); 0 on a tie. Weights
   * that move by less than half of it (align-search-memo.ts) leave the candidates as they are.
   */
  slack: number;
}

/** Terms lighter than this (too common) are not looked up, in a corpus of `passageCount` passages. */
export function queryWeightFloor(passageCount: number): number {
  return Math.log(1 + passageCount / Math.max(POSTING_CAP, MAX_QUERY_FREQUENCY * passageCount));
}

export class CandidateIndex {
  private readonly postings: (number[] | undefined)[] = [];
  private readonly sharedWeight: Float64Array;
  private readonly sharedCount: Int32Array;
  /**
   * The passages a lookup touched, in the order it touched them: kept across lookups, as the
   * tallies are, because a list grown anew for every passage of a corpus was most of what the
   * search allocated.
   */
  private readonly touched: Int32Array;

  private readonly minQueryWeight: number;

  /** `weights` are IDF weights log(1 + passageCount / frequency), as align-passages computes them. */
  constructor(
    passageCount: number,
    private readonly weights: TermWeights,
  ) {
    this.sharedWeight = new Float64Array(passageCount);
    this.sharedCount = new Int32Array(passageCount);
    this.touched = new Int32Array(passageCount);
    this.minQueryWeight = queryWeightFloor(passageCount);
  }

  /** Earlier passages sharing the most (IDF-weighted) terms with `termSet`, best first. */
  candidatesFor(termSet: Int32Array): number[] {
    return this.rankedFor(termSet).candidates;
  }

  /** As candidatesFor, with how firmly each candidate was chosen. */
  rankedFor(termSet: Int32Array): RankedCandidates {
    const { touched, sharedCount, sharedWeight, weights } = this;
    let touchedCount = 0;
    let ownWeight = 0;
    for (let index = 0; index < termSet.length; index += 1) ownWeight += weights[termSet[index] as number] ?? 0;
    const minimumWeight = MIN_SHARED_WEIGHT * ownWeight;
    for (let index = 0; index < termSet.length; index += 1) {
      const term = termSet[index] as number;
      const weight = weights[term] ?? 0;
      if (weight < this.minQueryWeight) continue;
      const posting = this.postings[term];
      if (!posting) continue;
      for (let at = 0; at < posting.length; at += 1) {
        const other = posting[at] as number;
        if (sharedCount[other] === 0) touched[touchedCount++] = other;
        sharedCount[other] = (sharedCount[other] ?? 0) + 1;
        sharedWeight[other] = (sharedWeight[other] ?? 0) + weight;
      }
    }
    let slack = Infinity;
    const eligible: number[] = [];
    for (let index = 0; index < touchedCount; index += 1) {
      const other = touched[index] as number;
      if ((sharedCount[other] ?? 0) < MIN_SHARED_TERMS) continue;
      const weight = sharedWeight[other] ?? 0;
      slack = Math.min(slack, Math.abs(weight - minimumWeight));
      if (weight >= minimumWeight) eligible.push(other);
    }
    eligible.sort((a, b) => (sharedWeight[b] ?? 0) - (sharedWeight[a] ?? 0) || a - b);
    for (let rank = 0; rank + 1 < eligible.length && rank < MAX_CANDIDATES; rank += 1) {
      slack = Math.min(slack, (sharedWeight[eligible[rank] as number] ?? 0) - (sharedWeight[eligible[rank + 1] as number] ?? 0));
    }
    for (let index = 0; index < touchedCount; index += 1) {
      const other = touched[index] as number;
      sharedCount[other] = 0;
      sharedWeight[other] = 0;
    }
    if (eligible.length > MAX_CANDIDATES) eligible.length = MAX_CANDIDATES;
    return { candidates: eligible, slack };
  }

  add(passage: number, termSet: Int32Array): void {
    for (let index = 0; index < termSet.length; index += 1) {
      const term = termSet[index] as number;
      const posting = this.postings[term];
      if (!posting) this.postings[term] = [passage];
      else if (posting.length < POSTING_CAP) posting.push(passage);
    }
  }
}
