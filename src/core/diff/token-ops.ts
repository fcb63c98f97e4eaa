// Diffs of token keys: the ops a word diff is built from. Each op covers a count of compared
// tokens; a delete or insert may carry a move id, linking a phrase to the place it moved to.
import DiffMatchPatch from 'diff-match-patch';
import type { WordToken } from './word-tokens';

export interface TokenRangeOp {
  op: 'equal' | 'delete' | 'insert';
  /** Count of compared tokens this op covers. */
  count: number;
  /** Same number on a delete and an insert: one phrase, moved from here to there. */
  moveId?: number;
}

// Characters for token keys start past ASCII (which diff-match-patch's cleanup heuristics treat as
// letters or spaces) and skip the surrogate range, which is not a valid lone character.
const FIRST_TOKEN_CODE = 0x100;
const SURROGATES_START = 0xd800;
const SURROGATES_END = 0xdfff;
const LAST_TOKEN_CODE = 0xffff;

/** One character per distinct key, as diff-match-patch's diff_linesToChars_ does for lines. */
export class TokenAlphabet {
  private readonly codes = new Map<string, string>();
  private next = FIRST_TOKEN_CODE;

  encode(keys: readonly string[]): string | null {
    let out = '';
    for (const key of keys) {
      let char = this.codes.get(key);
      if (char === undefined) {
        if (this.next === SURROGATES_START) this.next = SURROGATES_END + 1;
        if (this.next > LAST_TOKEN_CODE) return null;
        char = String.fromCharCode(this.next);
        this.next += 1;
        this.codes.set(key, char);
      }
      out += char;
    }
    return out;
  }
}

const keysOf = (tokens: readonly WordToken[]): string[] => tokens.map((t) => t.key);

/** The shortest edit script between two key sequences, optionally cleaned up semantically. */
export function diffKeys(left: readonly string[], right: readonly string[], semanticCleanup: boolean): TokenRangeOp[] {
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
  // No timeout: inputs are passages, so the result must not depend on machine speed.
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(leftChars, rightChars, false);
  if (semanticCleanup) dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, chars]) => ({
    op: op === DiffMatchPatch.DIFF_EQUAL ? 'equal' : op === DiffMatchPatch.DIFF_DELETE ? 'delete' : 'insert',
    count: chars.length,
  }));
}

/** Today's diff of record: shortest edit script, then semantic cleanup (changes read as whole phrases). */
export function semanticTokenOps(left: readonly WordToken[], right: readonly WordToken[]): TokenRangeOp[] {
  return diffKeys(keysOf(left), keysOf(right), true);
}
