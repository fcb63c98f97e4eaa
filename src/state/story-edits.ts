// The edits the app makes to a story, as Yjs transactions over its layout (story-layout.ts).
// Each takes the origin to stamp the transaction with: the tab's undoable origin for the
// analyst's own steps, an untracked one for bookkeeping (re-anchoring, seeding).
import * as Y from 'yjs';
import { needsReview, reanchorClaims, type Reanchoring, type TextEdit } from '../core/anchoring';
import type { Claim, Stance } from '../core/model/claims';
import type { DocumentMeta, SourceDocument } from '../core/model/document';
import type { ImportChanges } from '../core/import-plan';
import { ownValue } from '../core/util/id-record';
import { buildEvidence, cleanTags, sameSpan, type EditContext, type NewEvidence } from './claims-edits';
import { clampTimestamp, timestampAfter, type StoredDocument } from './documents-persistence';
import {
  addEvidenceRecord,
  claimEvidence,
  readClaim,
  readClaims,
  setClaimText,
  patchRecord,
  writeClaim,
  writeDocument,
  writeText,
  writeTextEntry,
  DELETED_AT,
  DELETED_BY,
  type DamagedRecord,
  type StoredText,
  type StoryMaps,
} from './story-layout';
import { FIRST_RECORDS_SLICE, writeInSlices } from './write-in-slices';

export interface NewClaim {
  statement: string;
  evidence: NewEvidence[];
  status?: Claim['status'];
  origin?: Claim['origin'];
  note?: string;
  tags?: string[];
}

export type ClaimPatch = Partial<Pick<Claim, 'statement' | 'status' | 'note' | 'tags'>>;

function transact(maps: StoryMaps, origin: unknown, change: () => void): void {
  const doc = maps.meta.doc;
  if (doc) doc.transact(change, origin);
  else change();
}

/**
 * Edits that land whole or not at all, over several transactions and tasks. A Yjs transaction that
 * throws keeps what it wrote before the throw, so a throw-away undo manager records the
 * transactions made with `origin` (one no other edit uses, so that none made between the slices
 * is undone) and undoes them all before the error goes on. `run` may name more origins to track
 * (`track`) right before a last transaction with one of them.
 */
async function atomically(maps: StoryMaps, origin: unknown, run: (track: (origin: unknown) => void) => Promise<void>): Promise<void> {
  if (!maps.meta.doc) return run(() => undefined);
  const rollback = new Y.UndoManager([maps.documents, maps.texts, maps.claims, maps.dismissed], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  try {
    await run((more) => rollback.addTrackedOrigin(more));
  } catch (failure) {
    while (rollback.undoStack.length > 0) rollback.undo();
    throw failure;
  } finally {
    rollback.destroy();
  }
}

function stored(document: SourceDocument, addedAt: string): StoredDocument {
  return { ...document, updatedAt: clampTimestamp(document.updatedAt), removedAt: null, addedAt };
}

function documentRecord(maps: StoryMaps, id: string): Y.Map<unknown> | undefined {
  const record = maps.documents.get(id);
  return record instanceof Y.Map ? record : undefined;
}

function stringField(record: Y.Map<unknown>, key: string): string | null {
  const value = record.get(key);
  return typeof value === 'string' ? value : null;
}

function touchDocument(maps: StoryMaps, id: string, fields: Record<string, unknown>): void {
  const record = documentRecord(maps, id);
  if (!record) return;
  patchRecord(record, { ...fields, updatedAt: timestampAfter(stringField(record, 'updatedAt')) });
}

export const documentEdits = {
  /** Entries of texts (textEntries), as one transaction; the records that name the texts can follow in another. */
  writeTextEntries(maps: StoryMaps, origin: unknown, entries: ReadonlyArray<[string, StoredText]>): void {
    transact(maps, origin, () => {
      for (const entry of entries) writeTextEntry(maps, entry);
    });
  },
  addDocuments(maps: StoryMaps, origin: unknown, docs: readonly SourceDocument[]): void {
    transact(maps, origin, () => {
      const now = new Date().toISOString();
      for (const doc of docs) {
        const existing = documentRecord(maps, doc.id);
        if (existing && existing.get('removedAt') === null) continue;
        const updatedAt = existing ? timestampAfter(stringField(existing, 'updatedAt')) : doc.updatedAt;
        writeDocument(maps, stored({ ...doc, updatedAt }, now));
      }
    });
  },
  updateMeta(maps: StoryMaps, origin: unknown, id: string, patch: Partial<Omit<DocumentMeta, 'id'>>): void {
    transact(maps, origin, () => touchDocument(maps, id, patch));
  },
  replaceText(maps: StoryMaps, origin: unknown, id: string, text: string, contentHash: string): void {
    transact(maps, origin, () => {
      writeText(maps, contentHash, text);
      touchDocument(maps, id, { contentHash });
    });
  },
  removeDocuments(maps: StoryMaps, origin: unknown, ids: readonly string[]): void {
    transact(maps, origin, () => {
      for (const id of ids) {
        const record = documentRecord(maps, id);
        if (record && record.get('removedAt') === null) touchDocument(maps, id, { removedAt: timestampAfter(stringField(record, 'updatedAt')) });
      }
    });
  },
  undoRemove(maps: StoryMaps, origin: unknown, ids: readonly string[]): void {
    transact(maps, origin, () => {
      for (const id of ids) touchDocument(maps, id, { removedAt: null });
    });
  },
  restoreSeeds(maps: StoryMaps, origin: unknown): void {
    transact(maps, origin, () => {
      maps.documents.forEach((record, id) => {
        const kind = record instanceof Y.Map ? (record.get('origin') as { kind?: string } | undefined)?.kind : undefined;
        if (kind === 'seed' && record.get('removedAt') !== null) touchDocument(maps, id, { removedAt: null });
      });
      maps.meta.set('seedsInstalled', false);
    });
  },
  upsertDocuments(maps: StoryMaps, origin: unknown, docs: SourceDocument[]): void {
    transact(maps, origin, () => {
      const now = new Date().toISOString();
      for (const doc of docs) {
        const existing = documentRecord(maps, doc.id);
        const updatedAt = timestampAfter(existing ? stringField(existing, 'updatedAt') : null);
        writeDocument(maps, stored({ ...doc, updatedAt }, (existing && stringField(existing, 'addedAt')) ?? now));
      }
    });
  },
  installSeeds(maps: StoryMaps, origin: unknown, docs: SourceDocument[]): void {
    transact(maps, origin, () => {
      const now = new Date().toISOString();
      for (const doc of docs) if (!maps.documents.has(doc.id)) writeDocument(maps, stored(doc, now));
      maps.meta.set('seedsInstalled', true);
    });
  },
};

/** Deletes damaged records for good (after the analyst chose Discard). */
export function discardDamaged(maps: StoryMaps, origin: unknown, records: readonly DamagedRecord[]): void {
  transact(maps, origin, () => {
    for (const record of records) {
      if (record.place === 'documents') maps.documents.delete(record.key);
      else if (record.place === 'claims') maps.claims.delete(record.key);
      else maps.recovery.delete(record.key);
    }
  });
}

function claimRecord(maps: StoryMaps, id: string): Y.Map<unknown> | undefined {
  const record = maps.claims.get(id);
  return record instanceof Y.Map ? record : undefined;
}

function touchClaim(record: Y.Map<unknown>): void {
  record.set('updatedAt', timestampAfter(stringField(record, 'updatedAt')));
}

export const claimEdits = {
  createClaim(maps: StoryMaps, origin: unknown, context: EditContext, input: NewClaim): string {
    const now = new Date().toISOString();
    const claim: Claim = {
      id: context.newId(),
      statement: input.statement,
      status: input.status ?? 'unverified',
      note: input.note ?? '',
      tags: cleanTags(input.tags ?? []),
      evidence: input.evidence.map((item) => buildEvidence(context, item, now)),
      origin: input.origin ?? { kind: 'manual' },
      createdAt: now,
      updatedAt: now,
    };
    transact(maps, origin, () => writeClaim(maps, claim));
    return claim.id;
  },
  /** Returns false when there was nothing to do (unknown claim, or the span is already cited). */
  addEvidence(maps: StoryMaps, origin: unknown, context: EditContext, claimId: string, input: NewEvidence): boolean {
    const record = claimRecord(maps, claimId);
    const claim = readClaim(maps, claimId);
    if (!record || !claim || claim.evidence.some((item) => sameSpan(item, input))) return false;
    const evidence = buildEvidence(context, input, new Date().toISOString());
    transact(maps, origin, () => {
      addEvidenceRecord(record, evidence);
      touchClaim(record);
    });
    return true;
  },
  removeEvidence(maps: StoryMaps, origin: unknown, claimId: string, evidenceId: string): boolean {
    const record = claimRecord(maps, claimId);
    if (!record || !claimEvidence(record).has(evidenceId)) return false;
    transact(maps, origin, () => {
      claimEvidence(record).delete(evidenceId);
      touchClaim(record);
    });
    return true;
  },
  setEvidenceStance(maps: StoryMaps, origin: unknown, claimId: string, evidenceId: string, stance: Stance): boolean {
    const record = claimRecord(maps, claimId);
    const item = record ? claimEvidence(record).get(evidenceId) : undefined;
    if (!record || !(item instanceof Y.Map) || item.get('stance') === stance) return false;
    transact(maps, origin, () => {
      item.set('stance', stance);
      touchClaim(record);
    });
    return true;
  },
  updateClaim(maps: StoryMaps, origin: unknown, id: string, patch: ClaimPatch): boolean {
    const record = claimRecord(maps, id);
    const claim = readClaim(maps, id);
    if (!record || !claim) return false;
    const change: ClaimPatch = patch.tags ? { ...patch, tags: cleanTags(patch.tags) } : patch;
    const differs = (Object.keys(change) as Array<keyof ClaimPatch>).some((key) => JSON.stringify(change[key]) !== JSON.stringify(claim[key]));
    if (!differs) return false;
    transact(maps, origin, () => {
      if (change.statement !== undefined) setClaimText(record, 'statement', change.statement);
      if (change.note !== undefined) setClaimText(record, 'note', change.note);
      if (change.status !== undefined) record.set('status', change.status);
      if (change.tags !== undefined) record.set('tags', change.tags);
      touchClaim(record);
    });
    return true;
  },
  /** Marks the claim deleted by `by` (see DELETED_AT): an edit made elsewhere meanwhile brings it back with a note. */
  deleteClaim(maps: StoryMaps, origin: unknown, id: string, by: string): boolean {
    const record = claimRecord(maps, id);
    if (!record) return false;
    transact(maps, origin, () => {
      record.set(DELETED_AT, timestampAfter(stringField(record, 'updatedAt')));
      record.set(DELETED_BY, by);
    });
    return true;
  },
  /** Undoes a deletion that met an edit made elsewhere: the claim is an ordinary claim again. */
  restoreClaim(maps: StoryMaps, origin: unknown, id: string): void {
    const record = claimRecord(maps, id);
    if (!record) return;
    transact(maps, origin, () => {
      record.delete(DELETED_AT);
      record.delete(DELETED_BY);
    });
  },
  /** Import: adds or replaces claims by id. */
  upsertClaims(maps: StoryMaps, origin: unknown, claims: Claim[]): boolean {
    if (claims.length === 0) return false;
    transact(maps, origin, () => {
      for (const claim of claims) {
        writeClaim(maps, { ...claim, createdAt: clampTimestamp(claim.createdAt), updatedAt: clampTimestamp(claim.updatedAt) });
      }
    });
    return true;
  },
  /**
   * A confirmed import that lands whole or not at all: documents first (so the claims' evidence
   * finds its texts), in slices with the tab free between them (writeInSlices), then claims and
   * dismissed suggestions as one transaction with `claimsOrigin`, made inside `asStep` (which may
   * name it as an undo step).
   */
  async importChanges(maps: StoryMaps, claimsOrigin: unknown, changes: ImportChanges, asStep: (write: () => void) => void = (write) => write()): Promise<void> {
    const slices = Symbol('this import, not undoable');
    await atomically(maps, slices, async (track) => {
      await writeInSlices(changes.documents, (slice) => documentEdits.upsertDocuments(maps, slices, slice), { first: FIRST_RECORDS_SLICE });
      track(claimsOrigin);
      asStep(() =>
        transact(maps, claimsOrigin, () => {
          claimEdits.upsertClaims(maps, claimsOrigin, changes.claims);
          claimEdits.setDismissedFindings(maps, claimsOrigin, changes.dismissedFindings);
        }),
      );
    });
  },
  setDismissedFindings(maps: StoryMaps, origin: unknown, ids: readonly string[]): void {
    transact(maps, origin, () => {
      const keep = new Set(ids);
      for (const id of [...maps.dismissed.keys()]) if (!keep.has(id)) maps.dismissed.delete(id);
      for (const id of keep) if (!maps.dismissed.has(id)) maps.dismissed.set(id, true);
    });
  },
  /** The analyst looked at a span that moved or was placed approximately and keeps it there. */
  confirmPlacement(maps: StoryMaps, origin: unknown, claimId: string, evidenceId: string): boolean {
    const record = claimRecord(maps, claimId);
    const item = record ? claimEvidence(record).get(evidenceId) : undefined;
    const evidence = readClaim(maps, claimId)?.evidence.find((candidate) => candidate.id === evidenceId);
    if (!record || !(item instanceof Y.Map) || !evidence?.placement || !needsReview(evidence.placement)) return false;
    const confirmedAt = new Date().toISOString();
    transact(maps, origin, () => {
      item.set('placement', { ...evidence.placement, confirmedAt });
      touchClaim(record);
    });
    return true;
  },
  /** The analyst selected the right words for a span: it cites them, as if newly selected (no placement). */
  reselectEvidence(maps: StoryMaps, origin: unknown, context: EditContext, claimId: string, evidenceId: string, span: Omit<NewEvidence, 'stance'>): boolean {
    const record = claimRecord(maps, claimId);
    const item = record ? claimEvidence(record).get(evidenceId) : undefined;
    const current = readClaim(maps, claimId)?.evidence.find((candidate) => candidate.id === evidenceId);
    if (!record || !(item instanceof Y.Map) || !current) return false;
    const { quote, position } = buildEvidence(context, { ...span, stance: current.stance }, current.createdAt);
    transact(maps, origin, () => {
      patchRecord(item, { docId: span.docId, quote, position });
      item.delete('placement');
      touchClaim(record);
    });
    return true;
  },
  /** After a document's text changed: moves its evidence to where the quotes now are (following
   * `edit`, the diff from the text before, when known), and says how each span was placed. */
  reanchorDocument(maps: StoryMaps, origin: unknown, docId: string, text: string, edit?: TextEdit): Reanchoring {
    const { claims, order } = readClaims(maps);
    const list = order.map((id) => ownValue(claims, id)!);
    const reanchoring = reanchorClaims(list, docId, text, edit === undefined ? {} : { edit });
    const moved = reanchoring.claims;
    transact(maps, origin, () => {
      moved.forEach((claim, index) => {
        if (claim === list[index]) return;
        const evidence = claimRecord(maps, claim.id) ? claimEvidence(claimRecord(maps, claim.id)!) : null;
        claim.evidence.forEach((item, itemIndex) => {
          const record = evidence?.get(item.id);
          if (item === list[index]!.evidence[itemIndex] || !(record instanceof Y.Map)) return;
          patchRecord(record, { quote: item.quote, position: item.position, ...(item.placement ? { placement: item.placement } : {}) });
        });
      });
    });
    return reanchoring;
  },
};
