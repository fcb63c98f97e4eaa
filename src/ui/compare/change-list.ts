// Every difference in the current comparison, for the side list: the story's disagreements the
// compared sources take part in (finding-changes), then changed numbers, names and dates, then
// wording, then passages only one source has. Each entry points at its row.
import type { WordDiffOptions } from '../../core/diff';
import type { CompareRow } from './compare-rows';
import { diffRowOnce, runsOfPieces, type DiffPiece, type LowerCaseWords } from './row-diff';

export type ChangeKind = 'finding' | 'fact' | 'wording' | 'only';

export interface ChangeEntry {
  row: number;
  kind: ChangeKind;
  /** "Sergey → Sergei", "“the head of” → “Russian Foreign Minister”", or a passage's opening words. */
  summary: string;
  /** Column the entry is about (the one that differs from the reference, or holds the passage). */
  column: number;
}

export const CHANGE_KIND_ORDER: readonly ChangeKind[] = ['finding', 'fact', 'wording', 'only'];
const SUMMARY_LENGTH = 60;

export interface ChangeContext {
  baseColumn: number;
  diff: WordDiffOptions;
  lowerCase: LowerCaseWords;
  texts: ReadonlyMap<string, string>;
}

const clip = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
};

const textOf = (pieces: readonly DiffPiece[], texts: ReadonlyMap<string, string>) => pieces.map((p) => (texts.get(p.docId) ?? '').slice(p.start, p.end)).join(' ');

/** The entries of one row (none for an identical row or folded furniture). */
export function changesOfRow(row: CompareRow, index: number, context: ChangeContext): ChangeEntry[] {
  if (row.kind === 'fold') return [];
  if (row.kind === 'single') {
    if (row.passages[0]!.boilerplate !== null) return [];
    return [{ row: index, kind: 'only', summary: clip(row.passages.map((p) => p.text).join(' ')), column: row.column }];
  }
  if (row.group.kind === 'identical') return [];
  const { pieces, referenceColumn } = diffRowOnce(row, context.baseColumn, context.diff, context.lowerCase);
  const entries: ChangeEntry[] = [];
  pieces.forEach((own, column) => {
    if (column === referenceColumn || own.length === 0) return;
    // A pair: the left column's deletions face the right column's insertions.
    const theirs = referenceColumn === null ? (column === 1 ? pieces[0]! : []) : own.filter((p) => p.mark === 'deleted');
    const gained = own.filter((p) => p.mark === 'inserted');
    const lost = referenceColumn === null ? theirs.filter((p) => p.mark === 'deleted') : theirs;
    if (referenceColumn === null && column === 0) return;
    const strongLost = lost.filter((p) => p.strong);
    const strongGained = gained.filter((p) => p.strong);
    if (strongLost.length > 0 || strongGained.length > 0) {
      entries.push({ row: index, kind: 'fact', summary: `${textOf(strongLost, context.texts) || '—'} → ${textOf(strongGained, context.texts) || '—'}`, column });
    } else if (lost.length > 0 || gained.length > 0) {
      const first = (list: DiffPiece[]) => (list[0] ? `“${clip(textOf([list[0]], context.texts))}”` : '—');
      const changes = Math.max(runsOfPieces(lost).length, runsOfPieces(gained).length);
      entries.push({ row: index, kind: 'wording', summary: `${first(lost)} → ${first(gained)}${changes > 1 ? ` (+${changes - 1} more)` : ''}`, column });
    }
  });
  return entries;
}
