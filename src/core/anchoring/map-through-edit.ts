// Where a span of a document's old text is in its new text, read from a diff of the two rather
// than from the words alone — so a near copy of the cited passage (a caption repeated as alt text,
// a headline repeated in the body) is never taken for the passage itself once that was deleted.
// 1. diffForMapping: the texts diffed line by line (diff-match-patch's line mode), then each run of
//    replaced lines diffed again by character and cleaned up semantically, so a changed word is a
//    changed word and a deleted sentence a deleted sentence;
// 2. mapSpanThroughEdit: the span's old offsets walked through those ops — which of its characters
//    survive, and where its surviving characters (and what replaced the rest) are now.
import DiffMatchPatch from 'diff-match-patch';

/** A run of the diff: `coarse` runs are replaced lines too long to diff by character. */
interface EditOp {
  op: 'equal' | 'delete' | 'insert';
  length: number;
  coarse: boolean;
}

/** The edit from one text of a document to the next, ready to map spans through. */
export interface TextEdit {
  oldText: string;
  ops: readonly EditOp[];
}

/**
 * What became of a span: `kept` when some of its characters survive (or were replaced in place),
 * with the region of the new text they and their replacements now cover and how many characters
 * survived unchanged; `deleted` when its words are gone without replacement; `unmapped` when it lay
 * in a rewrite too large to diff by character, where only the words can tell.
 */
export type SpanAfterEdit = { kind: 'kept'; start: number; end: number; unchanged: number } | { kind: 'deleted' } | { kind: 'unmapped' };

/** Replaced runs of lines are diffed by character up to this many character pairs (old × new):
 * Myers' diff costs up to their product when the runs differ throughout, and a pair of paragraphs
 * rewritten end to end (2,000 × 2,000) still diffs in well under a second. */
const MAX_CHARACTER_PAIRS = 4_000_000;

function opName(op: number): EditOp['op'] {
  return op === DiffMatchPatch.DIFF_EQUAL ? 'equal' : op === DiffMatchPatch.DIFF_DELETE ? 'delete' : 'insert';
}

function characterOps(dmp: DiffMatchPatch, deleted: string, inserted: string): EditOp[] {
  if (deleted.length * inserted.length > MAX_CHARACTER_PAIRS) {
    return [
      { op: 'delete', length: deleted.length, coarse: true },
      { op: 'insert', length: inserted.length, coarse: true },
    ].filter((run) => run.length > 0) as EditOp[];
  }
  const diffs = dmp.diff_main(deleted, inserted, false);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ op: opName(op), length: text.length, coarse: false }));
}

/** The diff of `oldText` to `newText` that spans are mapped through (see the map above). */
export function diffForMapping(oldText: string, newText: string): TextEdit {
  const dmp = new DiffMatchPatch();
  // No timeout: the mapping must not depend on machine speed; MAX_CHARACTER_PAIRS bounds the work.
  dmp.Diff_Timeout = 0;
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(oldText, newText);
  const lines = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(lines, lineArray);
  dmp.diff_cleanupSemantic(lines);
  const ops: EditOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted.length > 0 || inserted.length > 0) ops.push(...characterOps(dmp, deleted, inserted));
    deleted = '';
    inserted = '';
  };
  for (const [op, text] of lines) {
    if (op === DiffMatchPatch.DIFF_DELETE) deleted += text;
    else if (op === DiffMatchPatch.DIFF_INSERT) inserted += text;
    else {
      flush();
      ops.push({ op: 'equal', length: text.length, coarse: false });
    }
  }
  flush();
  return { oldText, ops };
}

/** Where the span `start`–`end` of the edit's old text is in its new text (see SpanAfterEdit). */
export function mapSpanThroughEdit(edit: TextEdit, start: number, end: number): SpanAfterEdit {
  let oldAt = 0;
  let newAt = 0;
  let unchanged = 0;
  let from: number | null = null;
  let to = 0;
  let coarse = false;
  // Whether the last delete took some of the span: an insert right after it replaced those words.
  let deletedFromSpan = false;
  for (const { op, length, coarse: isCoarse } of edit.ops) {
    if (op === 'insert') {
      if (deletedFromSpan && length > 0) {
        from ??= newAt;
        to = newAt + length;
      }
      newAt += length;
      continue;
    }
    const overlapFrom = Math.max(start, oldAt);
    const overlapTo = Math.min(end, oldAt + length);
    const overlaps = overlapFrom < overlapTo;
    if (op === 'equal') {
      deletedFromSpan = false;
      if (overlaps) {
        unchanged += overlapTo - overlapFrom;
        from ??= newAt + (overlapFrom - oldAt);
        to = newAt + (overlapTo - oldAt);
      }
      newAt += length;
    } else {
      deletedFromSpan = overlaps;
      if (overlaps && isCoarse) coarse = true;
    }
    oldAt += length;
    if (oldAt >= end && !deletedFromSpan) break;
  }
  if (coarse) return { kind: 'unmapped' };
  return from === null ? { kind: 'deleted' } : { kind: 'kept', start: from, end: to, unchanged };
}
