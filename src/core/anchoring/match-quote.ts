// Finding a stored quote in changed text. Every candidate — each exact occurrence and the closest
// approximate occurrence in every stretch of the text (Myers' bit-parallel algorithm via
// approx-string-match, as the Hypothesis client uses) — is scored on one scale: how well the
// quote, its context and its old position agree. So an exact repeat in another passage can lose
// to a lightly edited quote whose context is intact.
import approxSearch from 'approx-string-match';
import { levenshtein } from '../text/levenshtein';

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
  /** How well the text around the match agrees with the stored prefix and suffix, in [0, 1]. */
  context: number;
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

/**
 * How well the text around `start`–`end` agrees with the stored prefix and suffix: their
 * similarities, and both weighted together (1 when both are intact).
 */
export function contextAgreement(text: string, start: number, end: number, context: QuoteContext): { prefix: number; suffix: number; both: number } {
  const prefix = similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix);
  const suffix = similarity(text.slice(end, end + context.suffix.length), context.suffix);
  return { prefix, suffix, both: (PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix) / (PREFIX_WEIGHT + SUFFIX_WEIGHT) };
}

function scoreMatch(text: string, quote: string, context: QuoteContext, match: RawMatch): ScoredMatch {
  const quoteScore = 1 - match.errors / quote.length;
  const { prefix, suffix, both } = contextAgreement(text, match.start, match.end, context);
  const positionScore = context.hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(match.start - context.hint) / text.length);
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * positionScore;
  return { ...match, score: raw / MAX_SCORE, context: both };
}

/** Higher score first; ties go to fewer errors, then the earlier start, so the order is total. */
function compareMatches(a: ScoredMatch, b: ScoredMatch): number {
  return b.score - a.score || a.errors - b.errors || a.start - b.start || a.end - b.end;
}

/** Rounds of approximate search, each finding the next-closest passages: enough for a quote
 * repeated a few times plus its edited original, while a quote that is gone costs a bounded time. */
const MAX_SEARCH_ROUNDS = 6;

/** The best score a match with this many errors could reach, with perfect context and position. */
function scoreBound(quote: string, errors: number): number {
  return (QUOTE_WEIGHT * (1 - errors / quote.length) + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT) / MAX_SCORE;
}

/** A character the quote does not contain, to blank out passages already found. */
function maskCharacter(quote: string): string {
  for (let code = 0; ; code++) if (!quote.includes(String.fromCharCode(code))) return String.fromCharCode(code);
}

/**
 * The best occurrence of `quote` in `text` that `accept` allows, scored on quote, prefix, suffix
 * and nearness to the hint; null when none is close enough.
 *
 * approx-string-match reports only the matches with the fewest errors in all the text it is
 * given, so one exact repeat would hide every edited occurrence. The search therefore runs in
 * rounds: each round scores the closest matches left, then blanks them out (with the errors they
 * could absorb either side) so that the next round finds the next-closest passages. It stops when
 * no match is left, when even a perfect context could not lift the next round above the best
 * accepted match, or after MAX_SEARCH_ROUNDS.
 */
export function bestQuoteMatch(text: string, quote: string, context: QuoteContext, accept: (match: ScoredMatch) => boolean): ScoredMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length * MAX_ERROR_RATIO));
  const mask = maskCharacter(quote);
  let remaining = text;
  let best: ScoredMatch | null = null;
  for (let round = 0; round < MAX_SEARCH_ROUNDS; round++) {
    const found = round === 0 && text.includes(quote) ? exactOccurrences(text, quote) : approxSearch(remaining, quote, maxErrors);
    if (found.length === 0) break;
    for (const match of found) {
      const scored = scoreMatch(text, quote, context, match);
      if (accept(scored) && (best === null || compareMatches(scored, best) < 0)) best = scored;
    }
    // Every match left has more errors than this round's, so at most this score.
    if (best !== null && best.score >= scoreBound(quote, found[0]!.errors + 1)) break;
    let next = '';
    let copied = 0;
    for (const match of [...found].sort((a, b) => a.start - b.start)) {
      const from = Math.max(copied, match.start - maxErrors);
      const to = Math.max(from, Math.min(text.length, match.end + maxErrors));
      next += remaining.slice(copied, from) + mask.repeat(to - from);
      copied = to;
    }
    remaining = next + remaining.slice(copied);
  }
  return best;
}

/** Where the stored prefix, matched near `around`, ends: the quote should start there. */
function prefixEnd(text: string, prefix: string, around: number, slack: number): number | null {
  if (prefix.length === 0) return null;
  const from = Math.max(0, around - prefix.length - slack);
  const ends = approxSearch(text.slice(from, around + slack), prefix, Math.floor(prefix.length * MAX_ERROR_RATIO)).map((match) => from + match.end);
  return ends.sort((a, b) => Math.abs(a - around) - Math.abs(b - around) || a - b)[0] ?? null;
}

/** Where the stored suffix, matched near `around`, starts: the quote should end there. */
function suffixStart(text: string, suffix: string, around: number, slack: number): number | null {
  if (suffix.length === 0) return null;
  const from = Math.max(0, around - slack);
  const starts = approxSearch(text.slice(from, around + suffix.length + slack), suffix, Math.floor(suffix.length * MAX_ERROR_RATIO)).map((match) => from + match.start);
  return starts.sort((a, b) => Math.abs(a - around) - Math.abs(b - around) || a - b)[0] ?? null;
}

/**
 * An approximate match with its ends moved to where its own context ends and begins, when that
 * scores better. The search reports the span with the fewest errors, which for an edit at the
 * edge of the quote cuts words ("two ministers" for "the ministers", where the text now reads
 * "the two ministers"); the context says where the cited words really start and stop.
 */
export function snapToContext(text: string, quote: string, context: QuoteContext, match: ScoredMatch): ScoredMatch {
  if (match.errors === 0) return match;
  const slack = match.errors;
  const starts = new Set([match.start, prefixEnd(text, context.prefix, match.start, slack) ?? match.start]);
  const ends = new Set([match.end, suffixStart(text, context.suffix, match.end, slack) ?? match.end]);
  let best = match;
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || (start === match.start && end === match.end)) continue;
      const candidate = scoreMatch(text, quote, context, { start, end, errors: levenshtein(text.slice(start, end), quote) });
      if (compareMatches(candidate, best) < 0) best = candidate;
    }
  }
  return best;
}
