// What "New claim", "Add to claim", the status keys and undo/redo do, callable from buttons, the
// floating toolbar and keyboard shortcuts alike. Every outcome is announced and shown inline.
import type { ClaimStatus } from '../../core/model/claims';
import { EvidenceError, useClaimsStore } from '../../state/claims-store';
import { getActiveDocuments } from '../../state/documents-store';
import { useUiStore, type LastSelection } from '../../state/ui-store';
import { selectionToSpan } from '../text/selection-span';
import { STATUS_LABEL, shorten } from './claim-labels';
import { useClaimNotice, type ClaimNotice } from './claim-notice';
import { sourceLabel } from './source-label';

function tell(text: string, tone: ClaimNotice['tone'] = 'info'): void {
  useClaimNotice.setState({ notice: { text, tone } });
  useUiStore.getState().announce(text, tone);
}

/** The live selection if it is in a document, else the last one made in a document. */
export function currentSelection(): LastSelection | null {
  const outcome = selectionToSpan(window.getSelection());
  if (outcome.kind === 'span') return { kind: 'span', ...outcome.span };
  if (outcome.kind === 'across-documents') return outcome;
  return useUiStore.getState().lastSelection;
}

type SpanSelection = Extract<LastSelection, { kind: 'span' }>;

function requireSpan(selection: LastSelection | null, action: string): SpanSelection | null {
  if (selection === null) {
    tell(`Select some text in a source first, then ${action}.`, 'error');
    return null;
  }
  if (selection.kind === 'across-documents') {
    tell(`The selection spans two sources. Select text within one source, then ${action}.`, 'error');
    return null;
  }
  return selection;
}

function clearSelection(): void {
  window.getSelection()?.removeAllRanges();
  useUiStore.getState().setLastSelection(null);
}

function documentTitle(docId: string): string {
  const doc = getActiveDocuments().find((d) => d.id === docId);
  return doc ? sourceLabel(doc) : docId;
}

/** Runs a claims-store edit; an EvidenceError (bad span, missing document) is told, not thrown. */
function tellingEvidenceErrors<T>(edit: () => T, onError: T): T {
  try {
    return edit();
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    tell(error.message, 'error');
    return onError;
  }
}

export function createClaimFromSelection(): string | null {
  const span = requireSpan(currentSelection(), 'press “New claim”');
  if (!span) return null;
  const doc = getActiveDocuments().find((d) => d.id === span.docId);
  const statement = doc ? doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
  if (statement === '') {
    tell('The selection holds only spaces. Select some words, then press “New claim”.', 'error');
    return null;
  }
  return tellingEvidenceErrors(() => {
    const id = useClaimsStore.getState().createClaim({
      statement,
      evidence: [{ docId: span.docId, start: span.start, end: span.end, stance: 'supports' }],
    });
    const ui = useUiStore.getState();
    ui.selectClaim(id);
    ui.showSidePanel('claims');
    clearSelection();
    tell(`Claim created from ${documentTitle(span.docId)}: “${shorten(statement, 60)}”.`);
    return id;
  }, null);
}

export function addSelectionToClaim(): boolean {
  const claimId = useUiStore.getState().selectedClaimId;
  const claim = claimId ? useClaimsStore.getState().claims[claimId] : undefined;
  if (!claim) {
    tell('Open a claim in the Claims panel first, then add the selected text to it.', 'error');
    return false;
  }
  const span = requireSpan(currentSelection(), 'press “Add to claim”');
  if (!span) return false;
  if (claim.evidence.some((e) => e.docId === span.docId && e.position.start === span.start && e.position.end === span.end)) {
    tell('That passage is already evidence for this claim.', 'error');
    return false;
  }
  return tellingEvidenceErrors(() => {
    useClaimsStore.getState().addEvidence(claim.id, { docId: span.docId, start: span.start, end: span.end, stance: 'mentions' });
    clearSelection();
    tell(`Evidence from ${documentTitle(span.docId)} added to “${shorten(claim.statement, 50)}”. Set its stance in the claim.`);
    return true;
  }, false);
}

export function setSelectedClaimStatus(status: ClaimStatus): void {
  const claimId = useUiStore.getState().selectedClaimId;
  if (!claimId || !useClaimsStore.getState().claims[claimId]) {
    tell('Open a claim first to set its status.', 'error');
    return;
  }
  useClaimsStore.getState().updateClaim(claimId, { status });
  tell(`Status set to ${STATUS_LABEL[status]}.`);
}

export function undoClaimEdit(): void {
  const label = useClaimsStore.getState().history.past.at(-1)?.label;
  if (!label) return tell('Nothing to undo.');
  useClaimsStore.getState().undo();
  tell(`Undone: ${label}.`);
}

export function redoClaimEdit(): void {
  const label = useClaimsStore.getState().history.future.at(-1)?.label;
  if (!label) return tell('Nothing to redo.');
  useClaimsStore.getState().redo();
  tell(`Redone: ${label}.`);
}
