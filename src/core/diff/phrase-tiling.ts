// The reader's diff of a paraphrase: shared phrases first, wherever they stand.
//
// 1. Greedy string tiling: take the longest run of tokens both passages share (at least two
//    words), mark it, repeat until no such run is left — so "Lavrov on the sidelines of the
//    Association of" is found whole even when everything around it was rewritten.
// 2. The tiles that keep both passages' order and cover the most words are anchors: shown as equal.
// 3. The other tiles, when they hold a real phrase (see isMovablePhrase), moved: shown in both places,
//    linked by one move id, instead of struck on one side and inserted on the other.
// 4. Between anchors, the plain shortest edit script, with moved tokens kept out of it.
import { diffKeys, type TokenRangeOp } from './token-ops';
import { appendAll, numericExtent } from '../util/arrays';

export interface TiledTokens {
  keys: readonly string[];
  /** Per token: 1 for a word, 0 for whitespace or punctuation. */
  isWord: readonly number[];
  /** Per token: 1 for a word that is not a stop word. */
  isContent: readonly number[];
}

interface Tile {
  left: number;
  right: number;
  length: number;
  words: number;
  content: number;
}

/** Over this many token pairs a passage pair is diffed without tiling (each tiling pass is n × m). */
export const MAX_TILING_CELLS = 250_000;
const MIN_TILE_WORDS = 2;

function prefixSums(flags: readonly number[]): Int32Array {
  const sums = new Int32Array(flags.length + 1);
  flags.forEach((flag, index) => (sums[index + 1] = sums[index]! + flag));
  return sums;
}

function keyIds(left: readonly string[], right: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  return [Int32Array.from(left, idOf), Int32Array.from(right, idOf)];
}

/**
 * Longest shared runs of unmarked tokens, longest (in words) first, trimmed to start and end on
 * words. Each pass collects every maximal shared run and takes those that do not overlap a run
 * already taken, longest first (as Wise's greedy string tiling does); a run cut short by a
 * longer one is found again, shorter, by the next pass.
 */
function greedyTiles(left: TiledTokens, right: TiledTokens): Tile[] {
  const n = left.keys.length;
  const m = right.keys.length;
  const [leftIds, rightIds] = keyIds(left.keys, right.keys);
  const leftWords = prefixSums(left.isWord);
  const leftContent = prefixSums(left.isContent);
  const leftMarked = new Uint8Array(n);
  const rightMarked = new Uint8Array(m);
  const tiles: Tile[] = [];
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  const open = (i: number, j: number) => i < n && j < m && !leftMarked[i] && !rightMarked[j] && leftIds[i] === rightIds[j];
  for (;;) {
    const found: Tile[] = [];
    previous.fill(0);
    for (let i = 1; i <= n; i += 1) {
      current[0] = 0;
      for (let j = 1; j <= m; j += 1) {
        if (!open(i - 1, j - 1)) {
          current[j] = 0;
          continue;
        }
        const length = previous[j - 1]! + 1;
        current[j] = length;
        if (open(i, j)) continue;
        const words = leftWords[i]! - leftWords[i - length]!;
        if (words >= MIN_TILE_WORDS) found.push({ left: i - length, right: j - length, length, words, content: 0 });
      }
      [previous, current] = [current, previous];
    }
    found.sort((a, b) => b.words - a.words || b.length - a.length || a.left - b.left || a.right - b.right);
    let taken = 0;
    for (const tile of found) {
      if (leftMarked.subarray(tile.left, tile.left + tile.length).some(Boolean) || rightMarked.subarray(tile.right, tile.right + tile.length).some(Boolean)) continue;
      while (!left.isWord[tile.left]) {
        tile.left += 1;
        tile.right += 1;
        tile.length -= 1;
      }
      while (!left.isWord[tile.left + tile.length - 1]) tile.length -= 1;
      tile.content = leftContent[tile.left + tile.length]! - leftContent[tile.left]!;
      leftMarked.fill(1, tile.left, tile.left + tile.length);
      rightMarked.fill(1, tile.right, tile.right + tile.length);
      tiles.push(tile);
      taken += 1;
    }
    if (taken === 0) return tiles;
  }
}

/** The tiles in the same order in both passages that cover the most words (a weighted chain). */
function orderedAnchors(tiles: readonly Tile[]): Set<Tile> {
  const sorted = [...tiles].sort((a, b) => a.left - b.left);
  const score = sorted.map((tile) => tile.words);
  const before = sorted.map(() => -1);
  sorted.forEach((tile, i) => {
    for (let j = 0; j < i; j += 1) {
      const earlier = sorted[j]!;
      if (earlier.right + earlier.length <= tile.right && score[j]! + tile.words > score[i]!) {
        score[i] = score[j]! + tile.words;
        before[i] = j;
      }
    }
  });
  const anchors = new Set<Tile>();
  let at = score.indexOf(Math.max(numericExtent(score)?.max ?? 0, 0));
  while (at >= 0 && sorted.length > 0) {
    anchors.add(sorted[at]!);
    at = before[at]!;
  }
  return anchors;
}

/** A phrase worth showing as moved: three words, or two that are not both stop words ("of the"). */
function isMovablePhrase(tile: Tile): boolean {
  return tile.words >= 3 || tile.content >= 1;
}

export function phraseTokenOps(left: TiledTokens, right: TiledTokens): TokenRangeOp[] {
  const tiles = greedyTiles(left, right);
  const anchors = orderedAnchors(tiles);
  const leftMove = new Int32Array(left.keys.length).fill(-1);
  const rightMove = new Int32Array(right.keys.length).fill(-1);
  let moves = 0;
  for (const tile of [...tiles].sort((a, b) => a.left - b.left)) {
    if (anchors.has(tile) || !isMovablePhrase(tile)) continue;
    leftMove.fill(moves, tile.left, tile.left + tile.length);
    rightMove.fill(moves, tile.right, tile.right + tile.length);
    moves += 1;
  }
  const ops: TokenRangeOp[] = [];
  let leftAt = 0;
  let rightAt = 0;
  for (const anchor of [...anchors].sort((a, b) => a.left - b.left)) {
    appendAll(ops, gapOps(left, right, leftMove, rightMove, leftAt, anchor.left, rightAt, anchor.right));
    ops.push({ op: 'equal', count: anchor.length });
    leftAt = anchor.left + anchor.length;
    rightAt = anchor.right + anchor.length;
  }
  appendAll(ops, gapOps(left, right, leftMove, rightMove, leftAt, left.keys.length, rightAt, right.keys.length));
  return ops;
}

/** The edit script of the stretch between two anchors; moved tokens never match anything here. */
function gapOps(left: TiledTokens, right: TiledTokens, leftMove: Int32Array, rightMove: Int32Array, leftFrom: number, leftTo: number, rightFrom: number, rightTo: number): TokenRangeOp[] {
  const leftKeys = left.keys.slice(leftFrom, leftTo).map((key, i) => (leftMove[leftFrom + i]! >= 0 ? `\u0000<${i}` : key));
  const rightKeys = right.keys.slice(rightFrom, rightTo).map((key, i) => (rightMove[rightFrom + i]! >= 0 ? `\u0000>${i}` : key));
  const ops: TokenRangeOp[] = [];
  let l = leftFrom;
  let r = rightFrom;
  for (const { op, count } of diffKeys(leftKeys, rightKeys, false)) {
    if (op === 'equal') {
      ops.push({ op, count });
      l += count;
      r += count;
      continue;
    }
    const moveIds = op === 'delete' ? leftMove : rightMove;
    const from = op === 'delete' ? l : r;
    for (let at = from; at < from + count; ) {
      const id = moveIds[at]!;
      let end = at + 1;
      while (end < from + count && moveIds[end] === id) end += 1;
      ops.push(id >= 0 ? { op, count: end - at, moveId: id } : { op, count: end - at });
      at = end;
    }
    if (op === 'delete') l += count;
    else r += count;
  }
  return ops;
}
