// Copying and moving documents from one story to another.
//
// A copy writes the documents into the other story and changes nothing here: claims stay where
// they are, citing the documents that stayed. A move does the same and then removes the documents
// from this story as one undo step; undoing it (Undo in the message, or Ctrl+Z) brings them back
// here and takes the copies out of the other story again. Claims never travel: a claim belongs to
// the story it was made in, so after a move its evidence in the moved documents reads as orphaned
// (as after a removal), and the move names those claims before it happens.
import type { Claim } from '../core/model/claims';
import type { SourceDocument } from '../core/model/document';
import { labelled } from './claims-undo';
import { sourcesLabel } from './documents-store';
import { getStoryDoc, getStoryPersistence, LOCAL_ORIGIN, UNDO_EXEMPT_ORIGIN } from './story-docs';
import { documentEdits } from './story-edits';
import { readDocuments, storyMaps } from './story-layout';
import { undoManagerFor } from './claims-undo';

export interface TransferOutcome {
  /** Documents written into the other story. */
  added: SourceDocument[];
  /** Documents the other story already held (same id or the same text): not written twice. */
  alreadyThere: SourceDocument[];
}

export interface ClaimLosingEvidence {
  claim: Claim;
  /** Evidence spans of the claim in the documents that leave. */
  spans: number;
}

/** The claims that cite any of `docIds`, with how many of their spans do. */
export function claimsCiting(claims: readonly Claim[], docIds: readonly string[]): ClaimLosingEvidence[] {
  const leaving = new Set(docIds);
  return claims.flatMap((claim) => {
    const spans = claim.evidence.filter((item) => leaving.has(item.docId)).length;
    return spans > 0 ? [{ claim, spans }] : [];
  });
}

function activeDocuments(storyId: string): SourceDocument[] {
  return Object.values(readDocuments(storyMaps(getStoryDoc(storyId))).documents).filter((doc) => doc.removedAt === null);
}

/** Writes the chosen documents of `fromId` into `toId` (after reading `toId`'s stored copy). */
async function writeInto(fromId: string, toId: string, docIds: readonly string[]): Promise<TransferOutcome> {
  await getStoryPersistence(toId).whenReady;
  const wanted = new Set(docIds);
  const documents = activeDocuments(fromId).filter((doc) => wanted.has(doc.id));
  const there = activeDocuments(toId);
  const ids = new Set(there.map((doc) => doc.id));
  const hashes = new Set(there.map((doc) => doc.contentHash));
  const added: SourceDocument[] = [];
  const alreadyThere: SourceDocument[] = [];
  for (const doc of documents) (ids.has(doc.id) || hashes.has(doc.contentHash) ? alreadyThere : added).push(doc);
  documentEdits.addDocuments(storyMaps(getStoryDoc(toId)), UNDO_EXEMPT_ORIGIN, added);
  return { added, alreadyThere };
}

/** Copies documents into another story; this story and its claims are unchanged. */
export function copyDocuments(fromId: string, toId: string, docIds: readonly string[]): Promise<TransferOutcome> {
  return writeInto(fromId, toId, docIds);
}

/**
 * Moves documents into another story: written there, then removed here as one undo step of this
 * tab, whose undo also takes the written copies out of the other story (and redo puts them back).
 */
export async function moveDocuments(fromId: string, toId: string, toName: string, docIds: readonly string[]): Promise<TransferOutcome> {
  const outcome = await writeInto(fromId, toId, docIds);
  const from = getStoryDoc(fromId);
  const target = () => storyMaps(getStoryDoc(toId));
  const addedIds = outcome.added.map((doc) => doc.id);
  const leaving = [...outcome.added, ...outcome.alreadyThere].map((doc) => doc.id);
  undoManagerFor(from);
  labelled(`${sourcesLabel('move', leaving.length)} to “${toName}”`, () => documentEdits.removeDocuments(storyMaps(from), LOCAL_ORIGIN, leaving), {
    onUndo: () => documentEdits.removeDocuments(target(), UNDO_EXEMPT_ORIGIN, addedIds),
    onRedo: () => documentEdits.undoRemove(target(), UNDO_EXEMPT_ORIGIN, addedIds),
  });
  return outcome;
}
