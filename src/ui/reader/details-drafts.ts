// Details typed into Edit details but neither saved nor cancelled when the analyst opened another
// source or view: kept until the page is closed, so coming back shows them again instead of
// dropping what was typed without a word.
import type { MetaDraft } from '../../core/ingest';

const drafts = new Map<string, MetaDraft>();

export function keptDetailsDraft(docId: string): MetaDraft | undefined {
  return drafts.get(docId);
}

export function keepDetailsDraft(docId: string, draft: MetaDraft): void {
  drafts.set(docId, draft);
}

export function dropDetailsDraft(docId: string): void {
  drafts.delete(docId);
}
