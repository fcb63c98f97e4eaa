// The diff a reader needs for one row. Near-duplicates (most words shared in order) get the
// shortest edit script; paraphrases get shared phrases first, moves included (phrase-tiling.ts).
// Either way, an equal run between changes stays unmarked when it holds two words or one content
// word; a lone stop word or comma there joins the change around it, so changes read as phrases
// without semantic cleanup swallowing short shared phrases.
import { MAX_TILING_CELLS, phraseTokenOps, type TiledTokens } from './phrase-tiling';
import { diffKeys, type TokenRangeOp } from './token-ops';

/** From this share of words kept in order, a passage pair is read as an edited copy. */
export const NEAR_DUPLICATE_SHARE = 0.7;

export type ReaderStrategy = 'edits' | 'phrases';

export function readerTokenOps(left: TiledTokens, right: TiledTokens): { strategy: ReaderStrategy; ops: TokenRangeOp[] } {
  const edits = diffKeys(left.keys, right.keys, false);
  const totalWords = sum(left.isWord, 0, left.keys.length) + sum(right.isWord, 0, right.keys.length);
  let keptWords = 0;
  let at = 0;
  for (const { op, count } of edits) {
    if (op === 'equal') keptWords += 2 * sum(left.isWord, at, at + count);
    if (op !== 'insert') at += count;
  }
  const nearDuplicate = totalWords === 0 || keptWords >= NEAR_DUPLICATE_SHARE * totalWords;
  if (nearDuplicate || left.keys.length * right.keys.length > MAX_TILING_CELLS) return { strategy: 'edits', ops: joinLoneWords(edits, left) };
  return { strategy: 'phrases', ops: joinLoneWords(phraseTokenOps(left, right), left) };
}

function sum(flags: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let index = from; index < to; index += 1) total += flags[index]!;
  return total;
}

/**
 * Equal runs between changes that hold neither two words nor a content word become part of the
 * change; within each change, what the left loses comes before what the right gains.
 */
function joinLoneWords(ops: readonly TokenRangeOp[], left: TiledTokens): TokenRangeOp[] {
  const out: TokenRangeOp[] = [];
  let pending: TokenRangeOp[] = [];
  const flush = () => {
    const deletes = pending.filter((op) => op.op === 'delete');
    const inserts = pending.filter((op) => op.op === 'insert');
    for (const op of [...deletes, ...inserts]) {
      const last = out[out.length - 1];
      if (last && last.op === op.op && last.moveId === op.moveId) last.count += op.count;
      else out.push({ ...op });
    }
    pending = [];
  };
  let leftAt = 0;
  ops.forEach((op, index) => {
    if (op.op === 'equal') {
      const between = pending.length > 0 && ops.slice(index + 1).some((later) => later.op !== 'equal');
      const lone = sum(left.isWord, leftAt, leftAt + op.count) < 2 && sum(left.isContent, leftAt, leftAt + op.count) === 0;
      if (between && lone) {
        pending.push({ op: 'delete', count: op.count }, { op: 'insert', count: op.count });
      } else {
        flush();
        const last = out[out.length - 1];
        if (last?.op === 'equal') last.count += op.count;
        else out.push({ ...op });
      }
    } else pending.push(op);
    if (op.op !== 'insert') leftAt += op.count;
  });
  flush();
  return out;
}
