// Where a span of a document's old text is in its new text, read from a diff of the two
// (diffForMapping, loaded on demand with diff-match-patch) rather than from the words alone — so a
// near copy of the cited passage (a caption repeated as alt text, a headline repeated in the body)
// is never taken for the passage itself once that was deleted. mapSpanThroughEdit walks the span's
// old offsets through the diff: which of its characters survive, and where they (and what replaced
// the rest) are now.

/** A run of the diff: `coarse` runs are replaced lines too long to diff by character. */
export interface EditOp {
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
