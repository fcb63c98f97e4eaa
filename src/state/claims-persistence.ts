// How the claims saved before stories (zustand persist under "crosscheck-claims", versions 0
// and 1) are read for migration. Every record is kept: valid claims come back as claims, the
// others as damaged records with their raw value.
import type { Claim } from '../core/model/claims';
import { readEnvelope } from './documents-persistence';
import { parseStoredClaim } from './stored-records';
import type { DamagedRecord } from './story-layout';

export interface LegacyClaims {
  claims: Claim[];
  dismissedFindings: string[];
  damaged: DamagedRecord[];
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * Version 0 (the first prototype) kept claims in an array, called the status `verdict` in upper
 * case, had no tags, no origin and no dismissed findings.
 */
function upgradeVersionZero(item: unknown): unknown {
  const { verdict, ...rest } = asRecord(item);
  return { tags: [], origin: { kind: 'manual' }, note: '', evidence: [], ...rest, status: typeof verdict === 'string' ? verdict.toLowerCase() : verdict };
}

/** Reads a claims save of any version so far; nothing in it is dropped. */
export function readLegacyClaims(raw: unknown, storeName: string): LegacyClaims {
  const envelope = readEnvelope(raw);
  if (!envelope) return { claims: [], dismissedFindings: [], damaged: [{ place: 'recovery', kind: storeName, key: storeName, raw, problem: 'the saved value is not readable JSON of a known shape' }] };
  const state = asRecord(envelope.state);
  const claims: Claim[] = [];
  const damaged: DamagedRecord[] = [];
  const items = Array.isArray(state.claims) ? state.claims.map((item, index) => [String(asRecord(item).id ?? index), item] as const) : Object.entries(asRecord(state.claims));
  for (const [key, item] of items) {
    const parsed = parseStoredClaim(envelope.version === 0 ? upgradeVersionZero(item) : item);
    if (parsed.ok) claims.push(parsed.value);
    else damaged.push({ place: 'recovery', kind: 'claim', key, raw: item, problem: parsed.problem });
  }
  const dismissedFindings = Array.isArray(state.dismissedFindings) ? state.dismissedFindings.filter((id): id is string => typeof id === 'string') : [];
  return { claims, dismissedFindings, damaged };
}
