// Word-level diffs with diff-match-patch. Character diffs split words into fragments, so each
// distinct token is mapped to one private character first (as diff_linesToChars_ does for lines),
// the strings of characters are diffed, and the result is mapped back to tokens.
import DiffMatchPatch from 'diff-match-patch';

export type DiffOperation = 'equal' | 'insert' | 'delete';

export interface TokenDiff<T> {
  operation: DiffOperation;
  tokens: T[];
}

// Inputs are sentences or paragraphs, so an exact diff is cheap; a timeout would make the
// result depend on machine load, and alignment must be reproducible.
const UNLIMITED_DIFF_TIME = 0;
// Private-use characters cannot occur in the input strings we build.
const FIRST_TOKEN_CHAR = 0xe000;
const OPERATIONS: Record<number, DiffOperation> = { [-1]: 'delete', 0: 'equal', 1: 'insert' };

const differ = new DiffMatchPatch();
differ.Diff_Timeout = UNLIMITED_DIFF_TIME;

function encode<T>(tokens: readonly T[], codes: Map<T, string>, alphabet: T[]): string {
  let encoded = '';
  for (const token of tokens) {
    let code = codes.get(token);
    if (code === undefined) {
      code = String.fromCodePoint(FIRST_TOKEN_CHAR + alphabet.length);
      codes.set(token, code);
      alphabet.push(token);
    }
    encoded += code;
  }
  return encoded;
}

/** The edit script turning `before` into `after`, token by token (words, term ids, …). */
export function diffTokens<T>(before: readonly T[], after: readonly T[]): TokenDiff<T>[] {
  const codes = new Map<T, string>();
  const alphabet: T[] = [];
  const encodedBefore = encode(before, codes, alphabet);
  const encodedAfter = encode(after, codes, alphabet);
  return differ.diff_main(encodedBefore, encodedAfter, false).map(([operation, chars]) => ({
    operation: OPERATIONS[operation] ?? 'equal',
    tokens: Array.from(chars, (char) => alphabet[(char.codePointAt(0) ?? FIRST_TOKEN_CHAR) - FIRST_TOKEN_CHAR] as T),
  }));
}

/** Share of tokens the two sequences keep in the same order: 2·|common| / (|a| + |b|). */
export function orderedOverlap<T>(before: readonly T[], after: readonly T[]): number {
  const total = before.length + after.length;
  if (total === 0) return 1;
  let common = 0;
  for (const step of diffTokens(before, after)) if (step.operation === 'equal') common += step.tokens.length;
  return (2 * common) / total;
}
