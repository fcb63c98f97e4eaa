// The claims store: every edit is one undoable step, saved at once (with retry on failure) and
// shared with other tabs. Built by a factory so tests can give it their own storage and texts.
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { reanchorClaims } from '../core/anchoring';
import type { Claim, ClaimOrigin, ClaimStatus, Stance } from '../core/model/claims';
import { EMPTY_HISTORY, recordEdit, redoStep, undoStep, type ClaimsHistory, type ClaimsSnapshot } from './claims-history';
import { buildEvidence, cleanTags, sameSpan, touchClaim, type EditContext, type NewEvidence } from './claims-edits';
import { CLAIMS_STORE_VERSION, EMPTY_CLAIMS, mergeClaimStates, migrateClaims, restorePersistedClaims, type PersistedClaims } from './claims-persistence';
import { retryDelay, withSaveRetry } from './claims-save-retry';
import { describeStorageError } from './storage-health';
import { applyHistoryStep } from './claims-undo-stamps';
import { timestampAfter } from './documents-persistence';

export interface NewClaim {
  statement: string;
  evidence: NewEvidence[];
  status?: ClaimStatus;
  origin?: ClaimOrigin;
  note?: string;
  tags?: string[];
}

export type ClaimPatch = Partial<Pick<Claim, 'statement' | 'status' | 'note' | 'tags'>>;

export interface ClaimsState extends PersistedClaims {
  /** Why the last write failed, while changes wait for a retry; null when everything is saved. */
  saveError: string | null;
  hydrated: boolean;
  history: ClaimsHistory;
  /** Returns the new claim's id. Throws EvidenceError when a span cannot be cited. */
  createClaim: (input: NewClaim) => string;
  /** Throws EvidenceError when the span cannot be cited; citing the same span twice is a no-op. */
  addEvidence: (claimId: string, evidence: NewEvidence) => void;
  removeEvidence: (claimId: string, evidenceId: string) => void;
  setEvidenceStance: (claimId: string, evidenceId: string, stance: Stance) => void;
  updateClaim: (id: string, patch: ClaimPatch) => void;
  deleteClaim: (id: string) => void;
  /** Project or annotation import: adds or replaces claims by id as one undo step. */
  upsertClaims: (claims: Claim[]) => void;
  dismissFinding: (findingId: string) => void;
  restoreFinding: (findingId: string) => void;
  setDismissedFindings: (ids: string[]) => void;
  /** After a document's text changed: moves its evidence to where the quotes now are (not undoable). */
  reanchorDocument: (docId: string, text: string) => void;
  undo: () => void;
  redo: () => void;
}

export interface ClaimsStoreOptions extends EditContext {
  name: string;
  /** Where claims are saved; failed writes are retried by the store. */
  storage: StateStorage<unknown>;
  /** Told the reason when saving fails, and null once it works again (e.g. app-wide storage health). */
  onSaveProblem?: (reason: string | null) => void;
}

function snapshotOf(state: ClaimsState): ClaimsSnapshot {
  return { claims: state.claims, order: state.order };
}

export function partializeClaims(state: ClaimsState): PersistedClaims {
  const { claims, order, dismissedFindings, dismissedFindingsUpdatedAt, deletedClaims } = state;
  return { claims, order, dismissedFindings, dismissedFindingsUpdatedAt, deletedClaims };
}

export function createClaimsStore(options: ClaimsStoreOptions) {
  let readFailures = 0;
  const storage = withSaveRetry(options.storage, {
    held: true,
    onProblem: (reason) => {
      options.onSaveProblem?.(reason);
      if (useStore.getState().saveError !== reason) useStore.setState({ saveError: reason });
    },
  });

  const useStore = create<ClaimsState>()(
    persist(
      (set, get) => {
        /** Applies one edit to the claims as an undo step; `change` returns null for "nothing to do". */
        const edit = (label: string, change: (state: ClaimsState) => Partial<PersistedClaims> | null) => {
          const state = get();
          const next = change(state);
          if (next === null) return;
          set({ ...next, history: recordEdit(state.history, label, snapshotOf(state)) });
        };
        const editClaim = (label: string, id: string, change: (claim: Claim) => Claim | null) =>
          edit(label, (state) => {
            const claim = state.claims[id];
            const changed = claim ? change(claim) : null;
            return changed ? { claims: { ...state.claims, [id]: changed } } : null;
          });

        return {
          ...EMPTY_CLAIMS,
          saveError: null,
          hydrated: false,
          history: EMPTY_HISTORY,

          createClaim: (input) => {
            const now = new Date().toISOString();
            const claim: Claim = {
              id: options.newId(),
              statement: input.statement,
              status: input.status ?? 'unverified',
              note: input.note ?? '',
              tags: cleanTags(input.tags ?? []),
              evidence: input.evidence.map((item) => buildEvidence(options, item, now)),
              origin: input.origin ?? { kind: 'manual' },
              createdAt: now,
              updatedAt: now,
            };
            edit('create claim', (state) => ({ claims: { ...state.claims, [claim.id]: claim }, order: [...state.order, claim.id] }));
            return claim.id;
          },

          addEvidence: (claimId, input) => {
            const claim = get().claims[claimId];
            if (!claim || claim.evidence.some((item) => sameSpan(item, input))) return;
            const evidence = buildEvidence(options, input, new Date().toISOString());
            editClaim('add evidence', claimId, (current) => touchClaim(current, { evidence: [...current.evidence, evidence] }));
          },

          removeEvidence: (claimId, evidenceId) =>
            editClaim('remove evidence', claimId, (claim) =>
              claim.evidence.some((item) => item.id === evidenceId)
                ? touchClaim(claim, { evidence: claim.evidence.filter((item) => item.id !== evidenceId) })
                : null,
            ),

          setEvidenceStance: (claimId, evidenceId, stance) =>
            editClaim('change stance', claimId, (claim) =>
              claim.evidence.some((item) => item.id === evidenceId && item.stance !== stance)
                ? touchClaim(claim, { evidence: claim.evidence.map((item) => (item.id === evidenceId ? { ...item, stance } : item)) })
                : null,
            ),

          updateClaim: (id, patch) =>
            editClaim(labelForPatch(patch), id, (claim) => {
              const change: ClaimPatch = patch.tags ? { ...patch, tags: cleanTags(patch.tags) } : patch;
              const differs = (Object.keys(change) as Array<keyof ClaimPatch>).some(
                (key) => JSON.stringify(change[key]) !== JSON.stringify(claim[key]),
              );
              return differs ? touchClaim(claim, change) : null;
            }),

          deleteClaim: (id) =>
            edit('delete claim', (state) => {
              const claim = state.claims[id];
              if (!claim) return null;
              const { [id]: _deleted, ...claims } = state.claims;
              return {
                claims,
                order: state.order.filter((other) => other !== id),
                deletedClaims: { ...state.deletedClaims, [id]: timestampAfter(claim.updatedAt) },
              };
            }),

          upsertClaims: (incoming) =>
            edit('import claims', (state) => {
              if (incoming.length === 0) return null;
              const claims = { ...state.claims };
              const deletedClaims = { ...state.deletedClaims };
              const order = [...state.order];
              for (const claim of incoming) {
                const existing = claims[claim.id];
                const floor = [existing?.updatedAt, deletedClaims[claim.id]].filter((t): t is string => t !== undefined).sort().at(-1);
                claims[claim.id] = floor !== undefined && floor >= claim.updatedAt ? { ...claim, updatedAt: timestampAfter(floor) } : claim;
                delete deletedClaims[claim.id];
                if (!existing) order.push(claim.id);
              }
              return { claims, order, deletedClaims };
            }),

          dismissFinding: (findingId) => {
            const { dismissedFindings } = get();
            if (!dismissedFindings.includes(findingId)) get().setDismissedFindings([...dismissedFindings, findingId]);
          },
          restoreFinding: (findingId) => get().setDismissedFindings(get().dismissedFindings.filter((id) => id !== findingId)),
          setDismissedFindings: (ids) =>
            set((state) => ({
              dismissedFindings: [...new Set(ids)],
              dismissedFindingsUpdatedAt: timestampAfter(state.dismissedFindingsUpdatedAt),
            })),

          reanchorDocument: (docId, text) =>
            set((state) => {
              const list = state.order.map((id) => state.claims[id]!);
              const moved = reanchorClaims(list, docId, text).claims;
              if (moved.every((claim, index) => claim === list[index])) return state;
              return { claims: Object.fromEntries(moved.map((claim) => [claim.id, claim])) };
            }),

          undo: () => {
            const state = get();
            const step = undoStep(state.history, snapshotOf(state));
            if (step) set({ ...applyHistoryStep(state, step.snapshot), history: step.history });
          },
          redo: () => {
            const state = get();
            const step = redoStep(state.history, snapshotOf(state));
            if (step) set({ ...applyHistoryStep(state, step.snapshot), history: step.history });
          },
        };
      },
      {
        name: options.name,
        version: CLAIMS_STORE_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: partializeClaims,
        migrate: (persisted, version) => migrateClaims(persisted, version),
        merge: (persisted, current) => {
          const local = partializeClaims(current);
          const merged = mergeClaimStates(local, restorePersistedClaims(persisted));
          return merged === local ? current : { ...current, ...merged };
        },
        onRehydrateStorage: () => (_state, error) => {
          if (error !== undefined) {
            // Saving now would overwrite claims we could not read: keep writes held and read again later.
            readFailures += 1;
            useStore.setState({ hydrated: true, saveError: `the saved claims could not be read (${describeStorageError(error)})` });
            setTimeout(() => void useStore.persist.rehydrate(), retryDelay(readFailures));
            return;
          }
          readFailures = 0;
          storage.release();
          // Writes the merged state once: edits made while loading were held back until now.
          useStore.setState({ hydrated: true, saveError: null });
        },
      },
    ),
  );
  return useStore;
}

export type ClaimsStore = ReturnType<typeof createClaimsStore>;

function labelForPatch(patch: ClaimPatch): string {
  const keys = Object.keys(patch);
  if (keys.length !== 1) return 'edit claim';
  return { statement: 'edit statement', status: 'set status', note: 'edit note', tags: 'change tags' }[keys[0] as keyof ClaimPatch];
}
