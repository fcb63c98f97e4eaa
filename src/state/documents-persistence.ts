// What the documents store saves, how older saves are brought up to date, and how two copies
// (storage vs memory, or this tab vs another) are reconciled. Restoring takes `unknown`, keeps
// every valid document and drops the rest, so one damaged record never costs the whole library.
import { z } from 'zod';
import './zod-without-eval';
import type { SourceDocument } from '../core/model/document';

/** A document as the store holds it: a tombstone (`removedAt`) keeps removal undoable and mergeable. */
export interface StoredDocument extends SourceDocument {
  removedAt: string | null;
  /** When it entered this library; orders non-seed documents. */
  addedAt: string;
}

export interface PersistedDocuments {
  documents: Record<string, StoredDocument>;
  /** Set once the seeds were put in the library, so that removed seeds stay removed on reload. */
  seedsInstalled: boolean;
}

export const DOCUMENTS_STORE_VERSION = 2;

const originSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('seed'), file: z.string() }),
  z.object({ kind: z.literal('pasted') }),
  z.object({ kind: z.literal('file'), fileName: z.string(), format: z.enum(['text', 'markdown', 'html']) }),
  z.object({ kind: z.literal('imported'), projectFile: z.string() }),
]);

const sourceDocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  publishedBasis: z.enum(['stated', 'inferred', 'analyst']).nullable(),
  language: z.string(),
  note: z.string(),
  text: z.string(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  origin: originSchema,
  updatedAt: z.string(),
});

const storedDocumentSchema = sourceDocumentSchema.extend({
  removedAt: z.string().nullable(),
  addedAt: z.string(),
});

/** Version 1 kept an array of documents and listed removed seeds by id (no tombstones). */
const versionOneSchema = z.object({
  documents: z.array(z.unknown()),
  removedSeedIds: z.array(z.string()).default([]),
});

function keepValid<T>(schema: z.ZodType<T>, items: Iterable<unknown>): T[] {
  const valid: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
  }
  return valid;
}

function byId(documents: StoredDocument[]): Record<string, StoredDocument> {
  return Object.fromEntries(documents.map((document) => [document.id, document]));
}

/** The current-version slice from whatever storage held; invalid documents are dropped. */
export function restorePersistedDocuments(persisted: unknown): PersistedDocuments {
  const record = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const documents = typeof record.documents === 'object' && record.documents !== null ? Object.values(record.documents) : [];
  return {
    documents: byId(keepValid(storedDocumentSchema, documents)),
    seedsInstalled: record.seedsInstalled === true,
  };
}

/** Brings a save written by an older version to the current shape. */
export function migrateDocuments(persisted: unknown, version: number): PersistedDocuments {
  if (version <= 1) {
    const old = versionOneSchema.safeParse(persisted);
    if (!old.success) return { documents: {}, seedsInstalled: false };
    const removed = new Set(old.data.removedSeedIds);
    const documents = keepValid(sourceDocumentSchema, old.data.documents).map(
      (document): StoredDocument => ({
        ...document,
        addedAt: document.updatedAt,
        removedAt: removed.has(document.id) ? document.updatedAt : null,
      }),
    );
    return { documents: byId(documents), seedsInstalled: documents.some((d) => d.origin.kind === 'seed') };
  }
  return restorePersistedDocuments(persisted);
}

/**
 * Folds `incoming` into `local` document by document, the newer `updatedAt` winning (ties keep
 * the local copy). Returns `local` itself when nothing is newer, which is what lets tabs stop
 * echoing each other.
 */
export function mergeDocumentRecords(
  local: Record<string, StoredDocument>,
  incoming: Record<string, StoredDocument>,
): Record<string, StoredDocument> {
  let merged: Record<string, StoredDocument> | null = null;
  for (const [id, theirs] of Object.entries(incoming)) {
    const ours = local[id];
    if (ours && ours.updatedAt >= theirs.updatedAt) continue;
    merged ??= { ...local };
    merged[id] = theirs;
  }
  return merged ?? local;
}

/** An ISO timestamp strictly after `previous`, so two edits in one millisecond still order. */
export function timestampAfter(previous: string | null | undefined, now: Date = new Date()): string {
  const floor = previous ? Date.parse(previous) + 1 : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}
