// What the Sources panel does with the ticked sources: remove them (one undo step), copy or move
// them to another story. Each ends with a message under the list saying what happened and what it
// cost (claims that lost evidence), with Undo while that step is the last one.
import type { Claim } from '../../core/model/claims';
import { claimsCiting, copyDocuments, moveDocuments, type ClaimLosingEvidence, type TransferOutcome } from '../../state/document-transfer';
import { useDocumentsStore } from '../../state/documents-store';
import { currentClaims } from '../export/current-project';
import { quoted } from '../claims/claim-labels';
import { useSourcesNotice } from './sources-notice';

/** Claims named in a message, before "and N more". */
const NAMED_CLAIMS = 3;

export function sourcesCount(count: number): string {
  return `${count} ${count === 1 ? 'source' : 'sources'}`;
}

/** "2 claims lose evidence here: “Invasion date”, “Lavrov quote”." or null when none does. */
export function describeLostEvidence(citing: readonly ClaimLosingEvidence[], verb = 'lose'): string | null {
  if (citing.length === 0) return null;
  const named = citing.slice(0, NAMED_CLAIMS).map((item) => quoted(item.claim.statement || 'Untitled claim', 60));
  const more = citing.length > NAMED_CLAIMS ? ` and ${citing.length - NAMED_CLAIMS} more` : '';
  const claims = citing.length === 1 ? '1 claim' : `${citing.length} claims`;
  return `${claims} ${citing.length === 1 ? `${verb}s` : verb} evidence: ${named.join(', ')}${more}.`;
}

export function claimsLosingEvidence(docIds: readonly string[]): ClaimLosingEvidence[] {
  const claims: Claim[] = currentClaims();
  return claimsCiting(claims, docIds);
}

export function removeSources(docIds: readonly string[]): void {
  if (docIds.length === 0) return;
  const detail = describeLostEvidence(claimsLosingEvidence(docIds), 'lose');
  useDocumentsStore.getState().removeDocuments(docIds);
  useSourcesNotice.getState().show({ text: `Removed ${sourcesCount(docIds.length)}.`, detail, undoable: true, openStory: null });
}

function alreadyThere(outcome: TransferOutcome, name: string): string {
  const count = outcome.alreadyThere.length;
  if (count === 0) return '';
  return ` ${count === 1 ? '1 was' : `${count} were`} already in “${name}”.`;
}

export async function transferSources(mode: 'move' | 'copy', fromId: string, to: { id: string; name: string }, docIds: readonly string[]): Promise<void> {
  const notice = useSourcesNotice.getState();
  if (mode === 'copy') {
    const outcome = await copyDocuments(fromId, to.id, docIds);
    notice.show({ text: `Copied ${sourcesCount(outcome.added.length)} to “${to.name}”.${alreadyThere(outcome, to.name)}`, detail: null, undoable: false, openStory: to });
    return;
  }
  const detail = describeLostEvidence(claimsLosingEvidence(docIds), 'lose');
  const outcome = await moveDocuments(fromId, to.id, to.name, docIds);
  notice.show({ text: `Moved ${sourcesCount(docIds.length)} to “${to.name}”.${alreadyThere(outcome, to.name)}`, detail, undoable: true, openStory: to });
}
