// Turns a row's word diff into what each column shows. Every piece names the document its text
// comes from and the offset there, so a selection in a cell maps to exact document offsets —
// even a deleted stretch shown inside another source's column.
import { wordDiff, type DiffReading, type WordDiffOptions } from '../../core/diff';
import type { Passage } from '../../core/model/analysis';

/** 'moved': shared text that stands elsewhere in the other passage (see moveId). */
export type PieceMark = 'same' | 'deleted' | 'inserted' | 'moved';

export interface DiffPiece {
  docId: string;
  /** Document offsets, end exclusive. */
  start: number;
  end: number;
  mark: PieceMark;
  /** A changed number, date or name. */
  strong: boolean;
  /** For 'moved': the same number marks the phrase's other place in the row (1-based). */
  moveId?: number;
}

/** Per document: the words it writes in lower case (a capitalised one is then no name). */
export type LowerCaseWords = ReadonlyMap<string, ReadonlySet<string>>;

export interface RowDiff {
  /** Column every other column was diffed against, or null for a left/right pair. */
  referenceColumn: number | null;
  /** One list per column; empty where the row has no passage in that column. */
  pieces: DiffPiece[][];
  /** Per column: reworded from the reference, so its deletions are left out (see below). */
  reworded: boolean[];
}

/**
 * Below this share of the base's characters kept, a column is a rewording rather than an edit:
 * striking through nearly the whole base in it repeats the base column and buries its own text,
 * so only its own text (with insertions) is shown.
 */
export const MIN_KEPT_SHARE_FOR_INLINE_DELETIONS = 0.35;

const whole = (passage: Passage): DiffPiece[] => [{ docId: passage.doc, start: passage.start, end: passage.end, mark: 'same', strong: false }];

/**
 * Two columns: the left shows what the right lacks (deleted), the right what it adds (inserted).
 * Three or four: the reference (the base, or the first column present when the base is not) reads
 * plain; every other column shows its own text with insertions, and the reference's words it
 * lacks as deletions in place.
 */
export function diffRow(cells: ReadonlyArray<Passage | null>, baseColumn: number, options: WordDiffOptions, lowerCase: LowerCaseWords = new Map()): RowDiff {
  const present = cells.flatMap((cell, column) => (cell ? [column] : []));
  const reading = (a: Passage, b: Passage): DiffReading => ({ strategy: 'reader', lowerCaseWords: [a.doc, b.doc].flatMap((doc) => lowerCase.get(doc) ?? []) });
  if (cells.length === 2 && present.length === 2) return diffPair(cells[0]!, cells[1]!, options, reading(cells[0]!, cells[1]!));
  const reference = cells[baseColumn] ? baseColumn : (present[0] ?? null);
  const columns = cells.map((cell, column) => {
    if (!cell) return { pieces: [], reworded: false };
    if (reference === null || column === reference) return { pieces: whole(cell), reworded: false };
    return diffAgainst(cells[reference]!, cell, options, reading(cells[reference]!, cell));
  });
  return { referenceColumn: reference, pieces: columns.map((c) => c.pieces), reworded: columns.map((c) => c.reworded) };
}

interface KeptDiff {
  baseColumn: number;
  options: WordDiffOptions;
  lowerCase: LowerCaseWords;
  diff: RowDiff;
}

const keptDiffs = new WeakMap<object, KeptDiff>();

/**
 * diffRow of a row's cells, kept with the row while the options stay: the change list and the
 * rows on screen diff each row once, and a row scrolled away and back is not diffed again.
 */
export function diffRowOnce(row: { cells: ReadonlyArray<Passage | null> }, baseColumn: number, options: WordDiffOptions, lowerCase: LowerCaseWords): RowDiff {
  const kept = keptDiffs.get(row);
  if (kept && kept.baseColumn === baseColumn && kept.options === options && kept.lowerCase === lowerCase) return kept.diff;
  const diff = diffRow(row.cells, baseColumn, options, lowerCase);
  keptDiffs.set(row, { baseColumn, options, lowerCase, diff });
  return diff;
}

const moved = (moveId: number | undefined) => (moveId === undefined ? {} : { mark: 'moved' as const, moveId: moveId + 1 });

function diffPair(left: Passage, right: Passage, options: WordDiffOptions, reading: DiffReading): RowDiff {
  const leftPieces: DiffPiece[] = [];
  const rightPieces: DiffPiece[] = [];
  for (const segment of wordDiff(left.text, right.text, options, reading)) {
    if (segment.op !== 'insert') {
      const start = left.start + segment.leftStart;
      const mark = segment.op === 'equal' ? 'same' : 'deleted';
      leftPieces.push({ docId: left.doc, start, end: start + segment.text.length, mark, strong: segment.significance === 'strong', ...(segment.op === 'delete' && moved(segment.moveId)) });
    }
    if (segment.op !== 'delete') {
      const start = right.start + segment.rightStart;
      const length = segment.op === 'equal' ? segment.rightText.length : segment.text.length;
      const mark = segment.op === 'equal' ? 'same' : 'inserted';
      rightPieces.push({ docId: right.doc, start, end: start + length, mark, strong: segment.significance === 'strong', ...(segment.op === 'insert' && moved(segment.moveId)) });
    }
  }
  return { referenceColumn: null, pieces: [leftPieces, rightPieces], reworded: [false, false] };
}

/** Against a reference, the reference's moved words are shown where this column has them, not where they left. */
function diffAgainst(reference: Passage, own: Passage, options: WordDiffOptions, reading: DiffReading): { pieces: DiffPiece[]; reworded: boolean } {
  const segments = wordDiff(reference.text, own.text, options, reading);
  const kept = segments.reduce((sum, s) => (s.op === 'equal' || (s.op === 'insert' && s.moveId !== undefined) ? sum + s.text.length : sum), 0);
  const reworded = kept < reference.text.length * MIN_KEPT_SHARE_FOR_INLINE_DELETIONS;
  const shown = segments.filter((segment) => !(segment.op === 'delete' && (reworded || segment.moveId !== undefined)));
  const pieces = shown.map((segment): DiffPiece => {
    switch (segment.op) {
      case 'equal':
        return { docId: own.doc, start: own.start + segment.rightStart, end: own.start + segment.rightStart + segment.rightText.length, mark: 'same', strong: false };
      case 'delete':
        return { docId: reference.doc, start: reference.start + segment.leftStart, end: reference.start + segment.leftStart + segment.text.length, mark: 'deleted', strong: segment.significance === 'strong' };
      case 'insert':
        return { docId: own.doc, start: own.start + segment.rightStart, end: own.start + segment.rightStart + segment.text.length, mark: 'inserted', strong: segment.significance === 'strong', ...moved(segment.moveId) };
    }
  });
  return { pieces, reworded };
}

/** Consecutive pieces with the same mark, document and move, so each change is one <del>, <ins> or moved phrase. */
export function runsOfPieces(pieces: readonly DiffPiece[]): DiffPiece[][] {
  const runs: DiffPiece[][] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.mark === piece.mark && last[0]!.docId === piece.docId && last[0]!.moveId === piece.moveId) last.push(piece);
    else runs.push([piece]);
  }
  return runs;
}
