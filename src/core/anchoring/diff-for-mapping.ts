// The diff spans are mapped through (mapSpanThroughEdit), in its own module so diff-match-patch
// loads on demand rather than with the app:
// 1. the texts diffed line by line (diff-match-patch's line mode), cleaned up semantically;
// 2. each run of replaced lines diffed again by character and cleaned up semantically, so a changed
//    word is a changed word and a deleted sentence a deleted sentence.
import DiffMatchPatch from 'diff-match-patch';
import type { EditOp, TextEdit } from './map-through-edit';

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

