// Word-level diff of two passages.
//
// 1. tokenize both passages (word / whitespace / punctuation), each token with a comparison key;
// 2. give each distinct key one character, as diff-match-patch's diff_linesToChars_ does for lines,
//    leaving out ignored tokens (punctuation when asked to ignore it);
// 3. diff the character strings (no timeout: inputs are passages, so the result must not depend
//    on machine speed) and clean up semantically, so changes read as whole phrases;
// 4. map back to token ranges, and from tokens to the ORIGINAL text with offsets into each
//    passage; ignored tokens join the segment of the token before them;
// 5. split changed segments so numbers, dates and names stand out as 'strong' — unless the same
//    word occurs in the other passage too: then it was moved or reworded around, not changed.
// A character stands for a whole token, so a word is never split into letter fragments.
import DiffMatchPatch from 'diff-match-patch';
import { isStrongToken } from './significance';
import { tokenize, type TokenOptions, type WordToken } from './word-tokens';

export type { TokenOptions as WordDiffOptions } from './word-tokens';

export type Significance = 'strong' | 'normal';

/** `text` is the left passage's text; `rightText` the right's (they differ only in ignored ways). */
export interface EqualSegment {
  op: 'equal';
  text: string;
  rightText: string;
  leftStart: number;
  rightStart: number;
  significance: 'normal';
}

export interface DeleteSegment {
  op: 'delete';
  text: string;
  leftStart: number;
  significance: Significance;
}

export interface InsertSegment {
  op: 'insert';
  text: string;
  rightStart: number;
  significance: Significance;
}

export type WordDiffSegment = EqualSegment | DeleteSegment | InsertSegment;

export const EXACT: TokenOptions = { ignoreCase: false, ignorePunctuation: false, ignoreQuoteStyle: false };

// Characters for token keys start past ASCII (which diff-match-patch's cleanup heuristics treat as
// letters or spaces) and skip the surrogate range, which is not a valid lone character.
const FIRST_TOKEN_CODE = 0x100;
const SURROGATES_START = 0xd800;
const SURROGATES_END = 0xdfff;
const LAST_TOKEN_CODE = 0xffff;

class TokenAlphabet {
  private readonly codes = new Map<string, string>();
  private next = FIRST_TOKEN_CODE;

  encode(tokens: readonly WordToken[]): string | null {
    let out = '';
    for (const token of tokens) {
      let char = this.codes.get(token.key);
      if (char === undefined) {
        if (this.next === SURROGATES_START) this.next = SURROGATES_END + 1;
        if (this.next > LAST_TOKEN_CODE) return null;
        char = String.fromCharCode(this.next);
        this.next += 1;
        this.codes.set(token.key, char);
      }
      out += char;
    }
    return out;
  }
}

interface TokenRangeOp {
  op: 'equal' | 'delete' | 'insert';
  /** Count of compared tokens this op covers. */
  count: number;
}

function diffTokenKeys(left: readonly WordToken[], right: readonly WordToken[]): TokenRangeOp[] {
  const alphabet = new TokenAlphabet();
  const leftChars = alphabet.encode(left);
  const rightChars = alphabet.encode(right);
  if (leftChars === null || rightChars === null) {
    // More distinct tokens than characters to name them: report a whole replacement, honestly.
    return [
      { op: 'delete', count: left.length },
      { op: 'insert', count: right.length },
    ];
  }
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(leftChars, rightChars, false);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, chars]) => ({
    op: op === DiffMatchPatch.DIFF_EQUAL ? 'equal' : op === DiffMatchPatch.DIFF_DELETE ? 'delete' : 'insert',
    count: chars.length,
  }));
}

/**
 * Offsets where each compared token's segment starts, plus the end: ignored tokens go with the
 * compared token before them (leading ones with the first). One entry when nothing is compared.
 */
function boundaryOffsets(compared: readonly WordToken[], textLength: number): number[] {
  if (compared.length === 0) return [0];
  return [0, ...compared.slice(1).map((token) => token.start), textLength];
}

export function wordDiff(left: string, right: string, options: TokenOptions = EXACT): WordDiffSegment[] {
  const leftTokens = tokenize(left, options);
  const rightTokens = tokenize(right, options);
  const leftCompared = leftTokens.filter((t) => t.key !== '');
  const rightCompared = rightTokens.filter((t) => t.key !== '');
  const leftBounds = boundaryOffsets(leftCompared, left.length);
  const rightBounds = boundaryOffsets(rightCompared, right.length);
  const leftWords = wordKeys(leftTokens);
  const rightWords = wordKeys(rightTokens);
  const segments: WordDiffSegment[] = [];
  let li = 0;
  let ri = 0;
  for (const { op, count } of diffTokenKeys(leftCompared, rightCompared)) {
    if (count === 0) continue;
    if (op === 'equal') {
      const leftStart = leftBounds[li]!;
      const rightStart = rightBounds[ri]!;
      li += count;
      ri += count;
      segments.push({
        op,
        text: left.slice(leftStart, leftBounds[li]),
        rightText: right.slice(rightStart, rightBounds[ri]),
        leftStart,
        rightStart,
        significance: 'normal',
      });
    } else if (op === 'delete') {
      const from = leftBounds[li]!;
      li += count;
      for (const part of splitBySignificance(left, leftTokens, from, leftBounds[li]!, rightWords)) {
        segments.push({ op, text: part.text, leftStart: part.start, significance: part.significance });
      }
    } else {
      const from = rightBounds[ri]!;
      ri += count;
      for (const part of splitBySignificance(right, rightTokens, from, rightBounds[ri]!, leftWords)) {
        segments.push({ op, text: part.text, rightStart: part.start, significance: part.significance });
      }
    }
  }
  return attachUnclaimedText(segments, left, right, leftBounds, rightBounds);
}

/**
 * A passage of nothing but ignored punctuation has no compared token, yet its text has to appear
 * so that both passages can be rebuilt from the segments.
 */
function attachUnclaimedText(
  segments: WordDiffSegment[],
  left: string,
  right: string,
  leftBounds: readonly number[],
  rightBounds: readonly number[],
): WordDiffSegment[] {
  const leftUnclaimed = leftBounds.length === 1 && left.length > 0;
  const rightUnclaimed = rightBounds.length === 1 && right.length > 0;
  if (leftBounds.length === 1 && rightBounds.length === 1) {
    return leftUnclaimed || rightUnclaimed ? [{ op: 'equal', text: left, rightText: right, leftStart: 0, rightStart: 0, significance: 'normal' }] : [];
  }
  if (leftUnclaimed) segments.unshift({ op: 'delete', text: left, leftStart: 0, significance: 'normal' });
  if (rightUnclaimed) segments.push({ op: 'insert', text: right, rightStart: 0, significance: 'normal' });
  return segments;
}

interface SignificantPart {
  start: number;
  text: string;
  significance: Significance;
}

function wordKeys(tokens: readonly WordToken[]): Set<string> {
  return new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.key.toLowerCase()));
}

/** Splits [from, to) into runs, each strong word on its own, so a name or number can be marked alone. */
function splitBySignificance(text: string, tokens: readonly WordToken[], from: number, to: number, otherWords: ReadonlySet<string>): SignificantPart[] {
  const parts: SignificantPart[] = [];
  let runStart = from;
  tokens.forEach((token, index) => {
    const end = token.start + token.text.length;
    if (token.start < from || end > to || !isStrongToken(tokens, index) || otherWords.has(token.key.toLowerCase())) return;
    if (token.start > runStart) parts.push({ start: runStart, text: text.slice(runStart, token.start), significance: 'normal' });
    parts.push({ start: token.start, text: token.text, significance: 'strong' });
    runStart = end;
  });
  if (to > runStart) parts.push({ start: runStart, text: text.slice(runStart, to), significance: 'normal' });
  return parts;
}
