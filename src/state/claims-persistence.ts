// What the claims store saves, how saves from older versions are brought up to date, and how two
// copies (storage vs memory, this tab vs another) are reconciled claim by claim. Restoring takes
// `unknown` and keeps every valid claim, so one damaged record never costs the analyst the rest.
import { z } from 'zod';
import type { Claim } from '../core/model/claims';
import { claimSchema } from '../core/formats/project-schema';

export interface PersistedClaims {
  claims: Record<string, Claim>;
  /** Claim ids in the order the analyst created them (the panel lists newest first). */
  order: string[];
  dismissedFindings: string[];
  /** When the dismissed list last changed: the newer list wins when tabs merge. */
  dismissedFindingsUpdatedAt: string | null;
  /**
   * Claim id → when it was deleted. Without this another tab's older copy of a deleted claim
   * would bring it back when the tabs merge.
   */
  deletedClaims: Record<string, string>;
}

export const CLAIMS_STORE_VERSION = 1;

export const EMPTY_CLAIMS: PersistedClaims = {
  claims: {},
  order: [],
  dismissedFindings: [],
  dismissedFindingsUpdatedAt: null,
  deletedClaims: {},
};

function keepValidClaims(items: Iterable<unknown>): Claim[] {
  const valid: Claim[] = [];
  for (const item of items) {
    const parsed = claimSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
  }
  return valid;
}

const stringList = z.array(z.string()).catch([]);
const tombstones = z.record(z.string(), z.string()).catch({});

/** Known ids first in their saved order, then any claim the order missed, oldest first. */
function repairOrder(order: readonly string[], claims: Record<string, Claim>): string[] {
  const listed = new Set<string>();
  const repaired: string[] = [];
  for (const id of order) {
    if (claims[id] && !listed.has(id)) {
      listed.add(id);
      repaired.push(id);
    }
  }
  const missing = Object.values(claims)
    .filter((claim) => !listed.has(claim.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((claim) => claim.id);
  return [...repaired, ...missing];
}

/** The current-version slice from whatever storage held; invalid claims are dropped. */
export function restorePersistedClaims(persisted: unknown): PersistedClaims {
  const record = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const rawClaims = typeof record.claims === 'object' && record.claims !== null ? Object.values(record.claims) : [];
  const claims = Object.fromEntries(keepValidClaims(rawClaims).map((claim) => [claim.id, claim]));
  return {
    claims,
    order: repairOrder(stringList.parse(record.order), claims),
    dismissedFindings: stringList.parse(record.dismissedFindings),
    dismissedFindingsUpdatedAt: typeof record.dismissedFindingsUpdatedAt === 'string' ? record.dismissedFindingsUpdatedAt : null,
    deletedClaims: tombstones.parse(record.deletedClaims),
  };
}

/**
 * Version 0 (the first prototype) kept claims in an array, called the status `verdict` in upper
 * case, had no tags, no origin and no dismissed findings.
 */
const versionZeroClaimSchema = z.object({
  id: z.string(),
  statement: z.string(),
  verdict: z.enum(['UNVERIFIED', 'CONSISTENT', 'DISCREPANT']),
  note: z.string().default(''),
  evidence: z.array(z.unknown()).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const versionZeroSchema = z.object({ claims: z.array(z.unknown()) });

function migrateVersionZero(persisted: unknown): PersistedClaims {
  const old = versionZeroSchema.safeParse(persisted);
  if (!old.success) return EMPTY_CLAIMS;
  const upgraded = old.data.claims.flatMap((item) => {
    const claim = versionZeroClaimSchema.safeParse(item);
    if (!claim.success) return [];
    const { verdict, ...rest } = claim.data;
    return [{ ...rest, status: verdict.toLowerCase(), tags: [], origin: { kind: 'manual' } }];
  });
  return restorePersistedClaims({ claims: upgraded, order: upgraded.map((claim) => claim.id) });
}

/** Brings a save written by an older version to the current shape. */
export function migrateClaims(persisted: unknown, version: number): PersistedClaims {
  return version === 0 ? migrateVersionZero(persisted) : restorePersistedClaims(persisted);
}

function newerClaim(ours: Claim | undefined, theirs: Claim): boolean {
  return ours === undefined || theirs.updatedAt > ours.updatedAt;
}

/**
 * Folds `incoming` into `local` claim by claim: the newer `updatedAt` wins (ties keep ours), and a
 * deletion wins over any copy not edited after it. Returns `local` itself when `incoming` adds
 * nothing newer, which is what lets tabs stop echoing each other.
 */
export function mergeClaimStates(local: PersistedClaims, incoming: PersistedClaims): PersistedClaims {
  let claims: Record<string, Claim> | null = null;
  let deletedClaims: Record<string, string> | null = null;

  for (const [id, deletedAt] of Object.entries(incoming.deletedClaims)) {
    const ours = local.deletedClaims[id];
    if (ours !== undefined && ours >= deletedAt) continue;
    deletedClaims ??= { ...local.deletedClaims };
    deletedClaims[id] = deletedAt;
  }
  const allDeleted = deletedClaims ?? local.deletedClaims;

  for (const theirs of Object.values(incoming.claims)) {
    const deletedAt = allDeleted[theirs.id];
    if (deletedAt !== undefined && deletedAt >= theirs.updatedAt) continue;
    if (!newerClaim(local.claims[theirs.id], theirs)) continue;
    claims ??= { ...local.claims };
    claims[theirs.id] = theirs;
  }
  for (const ours of Object.values(local.claims)) {
    const deletedAt = allDeleted[ours.id];
    if (deletedAt !== undefined && deletedAt >= ours.updatedAt) {
      claims ??= { ...local.claims };
      delete claims[ours.id];
    }
  }

  const dismissedNewer = (incoming.dismissedFindingsUpdatedAt ?? '') > (local.dismissedFindingsUpdatedAt ?? '');
  if (!claims && !deletedClaims && !dismissedNewer) return local;

  const mergedClaims = claims ?? local.claims;
  return {
    claims: mergedClaims,
    order: repairOrder([...local.order, ...incoming.order], mergedClaims),
    dismissedFindings: dismissedNewer ? incoming.dismissedFindings : local.dismissedFindings,
    dismissedFindingsUpdatedAt: dismissedNewer ? incoming.dismissedFindingsUpdatedAt : local.dismissedFindingsUpdatedAt,
    deletedClaims: allDeleted,
  };
}
