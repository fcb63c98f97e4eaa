// What "New claim", "Add to claim", the status keys and undo/redo do, callable from buttons, the
// floating toolbar and keyboard shortcuts alike. Every outcome is shown inline and read out.
import type { Claim, ClaimStatus, Evidence } from '../../core/model/claims';
import { EvidenceError, useClaimsStore } from '../../state/claims-store';
import { getActiveDocuments } from '../../state/documents-store';
import { useUiStore, type LastSelection } from '../../state/ui-store';
import { selectionToSpan } from '../text/selection-span';
import { quoted, STATUS_LABEL } from './claim-labels';
import { useClaimNotice, type ClaimNotice } from './claim-notice';
import { labelOf } from '../../core/model/source-label';
import { getSourceLabels } from '../../state/source-labels';

/** Says the outcome of a claim action in the Claims panel's notice, and to screen readers. */
export function tellClaimOutcome(text: string, tone: ClaimNotice['tone'] = 'info'): void {
  useClaimNotice.setState({ notice: { text, tone } });
  useUiStore.getState().announce(text, tone, 'claims-notice');
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
    tellClaimOutcome(`Select some text in a source first, then ${action}.`, 'error');
    return null;
  }
  if (selection.kind === 'across-documents') {
    tellClaimOutcome(`The selection spans two sources. Select text within one source, then ${action}.`, 'error');
    return null;
  }
  return selection;
}

function clearSelection(): void {
  window.getSelection()?.removeAllRanges();
  useUiStore.getState().setLastSelection(null);
}

function documentTitle(docId: string): string {
  return labelOf(getSourceLabels(), docId);
}

/** Runs a claims-store edit; an EvidenceError (bad span, missing document) is told, not thrown. */
function tellingEvidenceErrors<T>(edit: () => T, onError: T): T {
  try {
    return edit();
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    tellClaimOutcome(error.message, 'error');
    return onError;
  }
}

export function createClaimFromSelection(): string | null {
  const span = requireSpan(currentSelection(), 'press “New claim”');
  if (!span) return null;
  const doc = getActiveDocuments().find((d) => d.id === span.docId);
  const statement = doc ? doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
  if (statement === '') {
    tellClaimOutcome('The selection holds only spaces. Select some words, then press “New claim”.', 'error');
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
    revealClaim(id);
    tellClaimOutcome(`Claim created from ${documentTitle(span.docId)}: ${quoted(statement, 60)}.`);
    return id;
  }, null);
}

/** The claim "Add to claim" and the status keys act on: the last one opened, open or not. */
export function activeClaim(): Claim | undefined {
  const claimId = useUiStore.getState().activeClaimId;
  return claimId ? useClaimsStore.getState().claims.get(claimId) : undefined;
}

export function addSelectionToClaim(): boolean {
  const claim = activeClaim();
  if (!claim) {
    tellClaimOutcome('Open a claim in the Claims panel first, then add the selected text to it.', 'error');
    return false;
  }
  const span = requireSpan(currentSelection(), 'press “Add to claim”');
  if (!span) return false;
  if (claim.evidence.some((e) => e.docId === span.docId && e.position.start === span.start && e.position.end === span.end)) {
    tellClaimOutcome('That passage is already evidence for this claim.', 'error');
    return false;
  }
  return tellingEvidenceErrors(() => {
    useClaimsStore.getState().addEvidence(claim.id, { docId: span.docId, start: span.start, end: span.end, stance: 'mentions' });
    clearSelection();
    tellClaimOutcome(`Evidence from ${documentTitle(span.docId)} added to ${quoted(claim.statement, 50)}. Set its stance in the claim.`);
    return true;
  }, false);
}

/** Keeps a span that moved or was placed approximately where it now is; its mark goes. */
export function confirmEvidencePlacement(claimId: string, evidenceId: string): void {
  useClaimsStore.getState().confirmPlacement(claimId, evidenceId);
  tellClaimOutcome('Placement confirmed: the evidence stays on these words.');
}

/**
 * Makes a span cite the words selected in its own source. Without such a selection, shows the span
 * in its source (through `show`) and says what to do.
 */
export function reselectEvidence(claimId: string, evidence: Evidence, show: (span: { docId: string; start: number; end: number }) => void): void {
  const selection = currentSelection();
  const source = documentTitle(evidence.docId);
  if (selection?.kind !== 'span' || selection.docId !== evidence.docId) {
    show({ docId: evidence.docId, start: evidence.position.start, end: evidence.position.end });
    tellClaimOutcome(`Select the right words in ${source}, then press “Re-select” again.`);
    return;
  }
  tellingEvidenceErrors(() => {
    useClaimsStore.getState().reselectEvidence(claimId, evidence.id, { docId: selection.docId, start: selection.start, end: selection.end });
    clearSelection();
    tellClaimOutcome(`Evidence from ${source} re-selected.`);
  }, undefined);
}

export function setActiveClaimStatus(status: ClaimStatus): void {
  const claim = activeClaim();
  if (!claim) {
    tellClaimOutcome('Open a claim first to set its status.', 'error');
    return;
  }
  useClaimsStore.getState().updateClaim(claim.id, { status });
  tellClaimOutcome(`Status of ${quoted(claim.statement, 50)} set to ${STATUS_LABEL[status]}.`);
}

/** Opens the active claim in the Claims panel and puts the keyboard focus on it. */
export function focusActiveClaim(): void {
  const claim = activeClaim();
  if (!claim) {
    tellClaimOutcome('No claim yet: select text in a source and press c to make one.', 'error');
    return;
  }
  const ui = useUiStore.getState();
  ui.showSidePanel('claims');
  ui.selectClaim(claim.id);
  revealClaim(claim.id);
}

/**
 * The claim's card brought into the Claims panel's view and its header focused, once the panel has
 * rendered it (ClaimsList); a claim the filters hide leaves the focus on the Claims tab.
 */
export function revealClaim(claimId: string): void {
  useUiStore.getState().revealClaim(claimId);
}

/**
 * Undo steps are Yjs' own (claims-undo.ts): they live in this page, and the content a delete
 * removed is collected once the story is stored compacted, so a step cannot outlive a reload.
 * The analyst is told so rather than left pressing an Undo that does nothing.
 */
export const NOTHING_TO_UNDO = 'Nothing to undo since this page was opened: undo reaches back only to then, so edits made before a reload stay as they are.';

export function undoClaimEdit(): void {
  const label = useClaimsStore.getState().history.past.at(-1)?.label;
  if (!label) return tellClaimOutcome(NOTHING_TO_UNDO);
  useClaimsStore.getState().undo();
  tellClaimOutcome(`Undone: ${label}.`);
}

export function redoClaimEdit(): void {
  const label = useClaimsStore.getState().history.future.at(-1)?.label;
  if (!label) return tellClaimOutcome('Nothing to redo.');
  useClaimsStore.getState().redo();
  tellClaimOutcome(`Redone: ${label}.`);
}
