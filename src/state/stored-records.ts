// What a stored document or claim must look like to be shown: the core project schema (one
// definition of each record), plus the fields only the library keeps. A record that fails is
// reported with a readable problem and kept aside by the caller, never dropped.
import * as z from 'zod/mini';
import '../core/util/zod-without-eval';
import type { Claim } from '../core/model/claims';
import { claimSchema, projectDocumentSchema } from '../core/formats/project-schema';
import type { StoredDocument } from './documents-persistence';

const isoTimestamp = z.iso.datetime({ offset: true });

export const storedDocumentSchema = z.extend(projectDocumentSchema, {
  text: z.string(),
  updatedAt: isoTimestamp,
  addedAt: isoTimestamp,
  removedAt: z.nullable(isoTimestamp),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`)
    .join('; ');
}

export function parseStoredDocument(raw: unknown): Parsed<StoredDocument> {
  const parsed = storedDocumentSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data as StoredDocument } : { ok: false, problem: describeIssues(parsed.error) };
}

export function parseStoredClaim(raw: unknown): Parsed<Claim> {
  const parsed = claimSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: describeIssues(parsed.error) };
}
