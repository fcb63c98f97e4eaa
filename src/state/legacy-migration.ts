// Libraries saved before stories lived under two idb-keyval keys ("crosscheck-documents",
// "crosscheck-claims"). On first start they become one story: every valid record is written into
// it, every record that does not validate is kept aside with its raw value (the recovery list),
// and the old keys are left in place as a backup.
import type * as Y from 'yjs';
import { get } from 'idb-keyval';
import type { Claim } from '../core/model/claims';
import { readLegacyClaims } from './claims-persistence';
import { readLegacyDocuments, type StoredDocument } from './documents-persistence';
import { SEED_ORIGIN } from './story-docs';
import { storyMaps, writeClaim, writeDocument, type DamagedRecord } from './story-layout';

export const LEGACY_DOCUMENTS_KEY = 'crosscheck-documents';
export const LEGACY_CLAIMS_KEY = 'crosscheck-claims';

export interface LegacyLibrary {
  documents: StoredDocument[];
  seedsInstalled: boolean;
  claims: Claim[];
  dismissedFindings: string[];
  damaged: DamagedRecord[];
  /** Nothing was saved (first start ever). */
  empty: boolean;
  /** Only the seed documents, untouched by the analyst: it becomes the sample story. */
  seedsOnly: boolean;
}

/** Interprets the two saved values (either may be undefined: never saved). */
export function interpretLegacy(documentsValue: unknown, claimsValue: unknown): LegacyLibrary {
  const documents =
    documentsValue === undefined ? { documents: [], seedsInstalled: false, damaged: [] } : readLegacyDocuments(documentsValue, LEGACY_DOCUMENTS_KEY);
  const claims = claimsValue === undefined ? { claims: [], dismissedFindings: [], damaged: [] } : readLegacyClaims(claimsValue, LEGACY_CLAIMS_KEY);
  const damaged = [...documents.damaged, ...claims.damaged];
  const empty = documentsValue === undefined && claimsValue === undefined;
  return {
    documents: documents.documents,
    seedsInstalled: documents.seedsInstalled,
    claims: claims.claims,
    dismissedFindings: claims.dismissedFindings,
    damaged,
    empty,
    seedsOnly:
      !empty &&
      damaged.length === 0 &&
      claims.claims.length === 0 &&
      claims.dismissedFindings.length === 0 &&
      documents.documents.every((doc) => doc.origin.kind === 'seed' && doc.removedAt === null),
  };
}

/** Reads both saved values; rejects when storage refuses the read (the caller retries). */
export async function readLegacyLibrary(): Promise<LegacyLibrary> {
  const [documentsValue, claimsValue] = await Promise.all([get<unknown>(LEGACY_DOCUMENTS_KEY), get<unknown>(LEGACY_CLAIMS_KEY)]);
  return interpretLegacy(documentsValue, claimsValue);
}

/** Writes the legacy library into the story's doc, damaged records into its recovery list. */
export function migrateLegacyLibrary(legacy: LegacyLibrary, doc: Y.Doc): void {
  const maps = storyMaps(doc);
  doc.transact(() => {
    for (const document of legacy.documents) writeDocument(maps, document);
    for (const claim of legacy.claims) writeClaim(maps, claim);
    for (const id of legacy.dismissedFindings) maps.dismissed.set(id, true);
    legacy.damaged.forEach((record, index) => {
      maps.recovery.set(`${record.kind}:${record.key}:${index}`, JSON.stringify({ kind: record.kind, raw: record.raw, problem: record.problem }));
    });
    maps.meta.set('seedsInstalled', legacy.seedsInstalled);
    maps.meta.set('migratedFrom', [LEGACY_DOCUMENTS_KEY, LEGACY_CLAIMS_KEY]);
  }, SEED_ORIGIN);
}
