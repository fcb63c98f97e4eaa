// Finding a stored quote in changed text: exact occurrences first, then approximate ones
// (Myers' bit-parallel algorithm via approx-string-match, as the Hypothesis client does; it has
// no pattern-length limit, unlike diff-match-patch's match_main). Each candidate is scored on
// how well the quote, its context and its old position agree.
import approxSearch from 'approx-string-match';

/** The quoted words themselves are what the analyst cited: they dominate the score. */
const QUOTE_WEIGHT = 50;
/** Matching context before the quote tells repeated phrases apart. */
const PREFIX_WEIGHT = 20;
/** Matching context after the quote, as strong a witness as the prefix. */
const SUFFIX_WEIGHT = 20;
/** Nearness to the old offset only breaks ties: edits elsewhere move text freely. */
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Errors tolerated while searching, as a share of the quote length: beyond half the characters
 * changed, a "match" is more likely a different passage than an edited one. */
const MAX_ERROR_RATIO = 0.5;
/** Bounds the work of the approximate search on long quotes (cost grows with errors allowed). */
const MAX_ERRORS_CAP = 256;

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** The old start offset, if known. */
  hint?: number;
}

export interface ScoredMatch {
  start: number;
  end: number;
  /** Normalised to [0, 1]; 1 is the quote, prefix and suffix all intact at the old offset. */
  score: number;
  /** Edit operations between the quote and the matched text; 0 for an exact occurrence. */
  errors: number;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

function exactOccurrences(text: string, quote: string): RawMatch[] {
  const matches: RawMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return matches;
}

/** Share of `expected` found in `actual`, 1 when identical, 0 when nothing agrees. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best === undefined ? 0 : 1 - best.errors / expected.length;
}

function scoreMatch(text: string, quote: string, context: QuoteContext, match: RawMatch): number {
  const quoteScore = 1 - match.errors / quote.length;
  const prefixScore = similarity(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix);
  const suffixScore = similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix);
  const positionScore = context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(match.start - context.hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return raw / MAX_SCORE;
}

function bestScored(text: string, quote: string, context: QuoteContext, candidates: RawMatch[]): ScoredMatch | null {
  let winner: ScoredMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreMatch(text, quote, context, candidate);
    if (winner === null || score > winner.score) winner = { ...candidate, score };
  }
  return winner;
}

/** The best exact occurrence of `quote`, chosen by context and nearness to the hint. */
export function matchExactQuote(text: string, quote: string, context: QuoteContext): ScoredMatch | null {
  if (quote.length === 0) return null;
  return bestScored(text, quote, context, exactOccurrences(text, quote));
}

/** The best approximate occurrence of `quote`, or null when every candidate is too different. */
export function matchFuzzyQuote(text: string, quote: string, context: QuoteContext): ScoredMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length * MAX_ERROR_RATIO));
  return bestScored(text, quote, context, approxSearch(text, quote, maxErrors));
}
