// The stored document type, sane timestamps, and how the libraries saved before stories
// (zustand persist under "crosscheck-documents", versions 1 and 2) are read for migration.
// Reading takes `unknown` and keeps every record: valid ones come back as documents, the
// others as damaged records with their raw value, never dropped.
import * as z from 'zod/mini';
import '../core/util/zod-without-eval';
import type { SourceDocument } from '../core/model/document';
import { parseStoredDocument } from './stored-records';
import type { DamagedRecord } from './story-layout';

/** A document as the store holds it: a tombstone (`removedAt`) keeps removal undoable and mergeable. */
export interface StoredDocument extends SourceDocument {
  removedAt: string | null;
  /** When it entered this story; orders non-seed documents. */
  addedAt: string;
}

export interface LegacyDocuments {
  documents: StoredDocument[];
  seedsInstalled: boolean;
  damaged: DamagedRecord[];
}

const EARLIEST_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** `ms` held between 2000-01-01 and a day from now (clocks and files can be wrong). */
export function clampInstant(ms: number, nowMs: number = Date.now()): number {
  if (!Number.isFinite(ms)) return nowMs;
  return Math.min(Math.max(ms, EARLIEST_MS), nowMs + DAY_MS);
}

/** An ISO timestamp within the sane range (see clampInstant); unreadable ones become now. */
export function clampTimestamp(iso: string, now: Date = new Date()): string {
  const ms = Date.parse(iso);
  const clamped = clampInstant(ms, now.getTime());
  return clamped === ms ? iso : new Date(clamped).toISOString();
}

/**
 * An ISO timestamp after `previous` (so two edits in one millisecond still order), compared as
 * instants; a previous stamp far in the future does not drag later edits with it.
 */
export function timestampAfter(previous: string | null | undefined, now: Date = new Date()): string {
  const floor = previous ? clampInstant(Date.parse(previous) + 1, now.getTime()) : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

const envelopeSchema = z.object({ state: z.unknown(), version: z.int() });

/** A zustand persist save: `{ state, version }` as JSON text (or already parsed). */
export function readEnvelope(raw: unknown): { state: unknown; version: number } | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }
  const parsed = envelopeSchema.safeParse(value);
  return parsed.success ? { state: parsed.data.state, version: parsed.data.version } : null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function entries(value: unknown): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.map((item, index) => [String(asRecord(item).id ?? index), item]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return [];
}

/** Reads a documents save of any version so far; nothing in it is dropped. */
export function readLegacyDocuments(raw: unknown, storeName: string): LegacyDocuments {
  const envelope = readEnvelope(raw);
  if (!envelope) return { documents: [], seedsInstalled: false, damaged: [{ place: 'recovery', kind: storeName, key: storeName, raw, problem: 'the saved value is not readable JSON of a known shape' }] };
  const state = asRecord(envelope.state);
  const documents: StoredDocument[] = [];
  const damaged: DamagedRecord[] = [];
  // Version 1 kept an array of documents and listed removed seeds by id (no tombstones).
  const removedSeeds = new Set(envelope.version <= 1 && Array.isArray(state.removedSeedIds) ? state.removedSeedIds.map(String) : []);
  for (const [key, item] of entries(state.documents)) {
    const record = asRecord(item);
    const upgraded =
      envelope.version <= 1
        ? { ...record, addedAt: record.updatedAt, removedAt: removedSeeds.has(String(record.id)) ? record.updatedAt : null }
        : record;
    const parsed = parseStoredDocument(upgraded);
    if (parsed.ok) documents.push(parsed.value);
    else damaged.push({ place: 'recovery', kind: 'document', key, raw: item, problem: parsed.problem });
  }
  const seedsInstalled = envelope.version <= 1 ? documents.some((doc) => doc.origin.kind === 'seed') : state.seedsInstalled === true;
  return { documents, seedsInstalled, damaged };
}
