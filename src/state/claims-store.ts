// The current story's claims, projected from its Y.Doc. Every edit is a transaction with this
// tab's origin; undo and redo (Y.UndoManager) step back only this tab's own edits, as inverse
// operations, so undoing here never removes a claim made in another tab. Evidence is re-anchored
// whenever a document's text is replaced.
import { currentStoryReadOnly, READ_ONLY_MESSAGE, refuseIfReadOnly } from './story-sharing';
import * as Y from 'yjs';
import { create } from 'zustand';
import { placedSpans, type Reanchoring, type TextEdit } from '../core/anchoring';
import type { ImportChanges } from '../core/import-plan';
import type { Claim, Stance } from '../core/model/claims';
import type { NewEvidence } from './claims-edits';
import { labelled, redo, undo, undoLabels, undoManagerFor, type UndoLabels } from './claims-undo';
import { currentStoryDoc, currentStoryId } from './current-story';
import { holdingProjection, useDocumentsStore } from './documents-store';
import { LOCAL_ORIGIN, SEED_ORIGIN } from './story-docs';
import { claimEdits, type ClaimPatch, type NewClaim } from './story-edits';
import { claimsTouchedBy, projectClaims, rereadClaims, storyMaps, type ClaimsProjection, type DamagedRecord, type DeletedWhileEdited, type StoryMaps } from './story-layout';
import { useShareStore } from './share-store';
import { ownValue } from '../core/util/id-record';
import { projectCurrentStory } from './story-projection';
import { publishPlacementReport } from './placement-reports';

export type { NewEvidence } from './claims-edits';
import { EvidenceError } from './claims-edits';
export { EvidenceError };
export type { NewClaim, ClaimPatch } from './story-edits';

/** What "Undo <label>" and "Redo <label>" name, newest last. */
export type ClaimsHistory = UndoLabels;

export interface ClaimsState {
  claims: ReadonlyMap<string, Claim>;
  /** The claims in the order they were created (the panel lists newest first). */
  list: readonly Claim[];
  dismissedFindings: string[];
  hydrated: boolean;
  history: ClaimsHistory;
  /** Claims of this story that do not validate: kept in storage, listed for export or discard. */
  damaged: DamagedRecord[];
  /** Claims deleted by someone while someone else edited them: shown with a note until decided. */
  deletedWhileEdited: DeletedWhileEdited[];
  /** Brings back a claim deleted while someone else edited it. */
  restoreClaim: (id: string) => void;
  /** Returns the new claim's id. Throws EvidenceError when a span cannot be cited or the story is read-only. */
  createClaim: (input: NewClaim) => string;
  /** Throws EvidenceError when the span cannot be cited; citing the same span twice is a no-op. */
  addEvidence: (claimId: string, evidence: NewEvidence) => void;
  removeEvidence: (claimId: string, evidenceId: string) => void;
  setEvidenceStance: (claimId: string, evidenceId: string, stance: Stance) => void;
  updateClaim: (id: string, patch: ClaimPatch) => void;
  deleteClaim: (id: string) => void;
  /**
   * A confirmed project or annotation import: documents, claims and dismissed suggestions land
   * whole or not at all, the documents a slice at a time and listed once all are in. Documents are
   * added without an undo step, like any added document; the claims are one.
   */
  importChanges: (changes: ImportChanges) => Promise<void>;
  dismissFinding: (findingId: string) => void;
  restoreFinding: (findingId: string) => void;
  setDismissedFindings: (ids: string[]) => void;
  /** Keeps a span that moved or was placed approximately where it is: its mark goes. */
  confirmPlacement: (claimId: string, evidenceId: string) => void;
  /** Makes a span cite other words of its source. Throws EvidenceError when the span cannot be cited. */
  reselectEvidence: (claimId: string, evidenceId: string, span: Omit<NewEvidence, 'stance'>) => void;
  /** After a document's text changed: moves its evidence to where the quotes now are (not undoable). */
  reanchorDocument: (docId: string, text: string, edit?: TextEdit) => Reanchoring | undefined;
  undo: () => void;
  redo: () => void;
}

const EMPTY_HISTORY: ClaimsHistory = { past: [], future: [] };

function publishHistory(doc: Y.Doc): void {
  if (currentStoryDoc() !== doc) return;
  useClaimsStore.setState({ history: undoLabels(undoManagerFor(doc, publishHistory)) });
}

function withStory<T>(fallback: T, edit: (maps: StoryMaps) => T): T {
  const doc = currentStoryDoc();
  if (!doc || refuseIfReadOnly()) return fallback;
  undoManagerFor(doc, publishHistory);
  return edit(storyMaps(doc));
}

/** Who the desk (or another tab) is told deleted a claim. */
function deleterName(): string {
  return useShareStore.getState().identity?.name ?? 'another tab';
}

function activeDocumentText(docId: string): string | undefined {
  const doc = ownValue(useDocumentsStore.getState().documents, docId);
  return doc && doc.removedAt === null ? doc.text : undefined;
}

const context = { documentText: activeDocumentText, newId: () => crypto.randomUUID() };

function labelForPatch(patch: ClaimPatch): string {
  const keys = Object.keys(patch);
  if (keys.length !== 1) return 'edit claim';
  return { statement: 'edit statement', status: 'set status', note: 'edit note', tags: 'change tags' }[keys[0] as keyof ClaimPatch];
}

export const useClaimsStore = create<ClaimsState>()((_set, get) => ({
  claims: new Map(),
  list: [],
  dismissedFindings: [],
  hydrated: false,
  history: EMPTY_HISTORY,
  damaged: [],
  deletedWhileEdited: [],
  createClaim: (input) => {
    if (currentStoryReadOnly()) throw new EvidenceError(READ_ONLY_MESSAGE);
    return withStory('', (maps) => labelled('create claim', () => claimEdits.createClaim(maps, LOCAL_ORIGIN, context, input)));
  },
  addEvidence: (claimId, evidence) => {
    if (currentStoryReadOnly()) throw new EvidenceError(READ_ONLY_MESSAGE);
    withStory(undefined, (maps) => void labelled('add evidence', () => claimEdits.addEvidence(maps, LOCAL_ORIGIN, context, claimId, evidence)));
  },
  removeEvidence: (claimId, evidenceId) =>
    withStory(undefined, (maps) => void labelled('remove evidence', () => claimEdits.removeEvidence(maps, LOCAL_ORIGIN, claimId, evidenceId))),
  setEvidenceStance: (claimId, evidenceId, stance) =>
    withStory(undefined, (maps) => void labelled('change stance', () => claimEdits.setEvidenceStance(maps, LOCAL_ORIGIN, claimId, evidenceId, stance))),
  updateClaim: (id, patch) => withStory(undefined, (maps) => void labelled(labelForPatch(patch), () => claimEdits.updateClaim(maps, LOCAL_ORIGIN, id, patch))),
  deleteClaim: (id) => withStory(undefined, (maps) => void labelled('delete claim', () => claimEdits.deleteClaim(maps, LOCAL_ORIGIN, id, deleterName()))),
  restoreClaim: (id) => withStory(undefined, (maps) => void labelled('restore claim', () => claimEdits.restoreClaim(maps, LOCAL_ORIGIN, id))),
  importChanges: (changes) =>
    withStory(Promise.resolve(), (maps) => {
      const storyId = currentStoryId();
      const importing = () => claimEdits.importChanges(maps, LOCAL_ORIGIN, changes, (write) => labelled('import', write));
      return storyId === null ? importing() : holdingProjection(storyId, maps, importing);
    }),
  dismissFinding: (findingId) => {
    const { dismissedFindings } = get();
    if (!dismissedFindings.includes(findingId)) get().setDismissedFindings([...dismissedFindings, findingId]);
  },
  restoreFinding: (findingId) => get().setDismissedFindings(get().dismissedFindings.filter((id) => id !== findingId)),
  setDismissedFindings: (ids) => withStory(undefined, (maps) => claimEdits.setDismissedFindings(maps, LOCAL_ORIGIN, ids)),
  confirmPlacement: (claimId, evidenceId) =>
    withStory(undefined, (maps) => void labelled('confirm placement', () => claimEdits.confirmPlacement(maps, LOCAL_ORIGIN, claimId, evidenceId))),
  reselectEvidence: (claimId, evidenceId, span) => {
    if (currentStoryReadOnly()) throw new EvidenceError(READ_ONLY_MESSAGE);
    withStory(undefined, (maps) => void labelled('re-select evidence', () => claimEdits.reselectEvidence(maps, LOCAL_ORIGIN, context, claimId, evidenceId, span)));
  },
  reanchorDocument: (docId, text, edit) => withStory(undefined, (maps) => claimEdits.reanchorDocument(maps, SEED_ORIGIN, docId, text, edit)),
  undo: () => withStory(undefined, (maps) => maps.meta.doc && undo(undoManagerFor(maps.meta.doc, publishHistory))),
  redo: () => withStory(undefined, (maps) => maps.meta.doc && redo(undoManagerFor(maps.meta.doc, publishHistory))),
}));

let projectedStory: string | null = null;
let projection: ClaimsProjection | null = null;

projectCurrentStory(
  ['claims', 'dismissed'],
  ({ storyId, maps, hydrated, transaction }) => {
    const state = useClaimsStore.getState();
    const previous = projectedStory === storyId && projection !== null ? projection : null;
    const next = previous && transaction ? rereadClaims(maps, previous, claimsTouchedBy(maps, transaction)) : projectClaims(maps, previous ?? undefined);
    projectedStory = storyId;
    projection = next;
    const dismissed = [...maps.dismissed.keys()];
    const sameDismissed = dismissed.length === state.dismissedFindings.length && dismissed.every((id, index) => id === state.dismissedFindings[index]);
    useClaimsStore.setState({
      ...(next === previous ? {} : { claims: next.byId, list: next.list, damaged: next.damaged, deletedWhileEdited: next.deletedWhileEdited }),
      hydrated,
      dismissedFindings: sameDismissed ? state.dismissedFindings : dismissed,
    });
  },
  ({ doc }) => publishHistory(doc),
);

// The diff that lets spans follow an edit brings diff-match-patch, which the app does not need to
// start: it is fetched right after start-up. A text replaced before it arrives (or if it cannot be
// fetched) is placed by the words alone, as imported annotations are.
let diffForMapping: ((oldText: string, newText: string) => TextEdit) | null = null;
import('../core/anchoring/diff-for-mapping').then(
  (module) => {
    diffForMapping = module.diffForMapping;
  },
  () => undefined,
);

// When a document's text is replaced in this story (here, in another tab or by someone sharing
// it), its evidence spans follow the diff from the text before to the text now, and the report
// says how each was placed.
useDocumentsStore.subscribe((next, previous) => {
  if (next.storyId !== previous.storyId || next.documents === previous.documents) return;
  for (const [id, doc] of Object.entries(next.documents)) {
    const before = ownValue(previous.documents, id);
    if (!before || before.contentHash === doc.contentHash) continue;
    const cited = useClaimsStore.getState().list.some((claim) => claim.evidence.some((item) => item.docId === id));
    const edit = cited ? diffForMapping?.(before.text, doc.text) : undefined;
    const reanchoring = useClaimsStore.getState().reanchorDocument(id, doc.text, edit);
    if (reanchoring && reanchoring.outcomes.length > 0) publishPlacementReport({ docId: id, cause: 'replaced', spans: placedSpans(reanchoring) });
  }
});
