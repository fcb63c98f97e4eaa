import { describe, expect, it } from 'vitest';
import type { Claim } from '../core/model/claims';
import { EMPTY_CLAIMS, mergeClaimStates, migrateClaims, restorePersistedClaims, type PersistedClaims } from './claims-persistence';

function claim(id: string, updatedAt: string, statement = id): Claim {
  return { id, statement, status: 'unverified', note: '', tags: [], evidence: [], origin: { kind: 'manual' }, createdAt: '2024-01-01T00:00:00.000Z', updatedAt };
}

function state(claims: Claim[], extra: Partial<PersistedClaims> = {}): PersistedClaims {
  return { ...EMPTY_CLAIMS, claims: Object.fromEntries(claims.map((c) => [c.id, c])), order: claims.map((c) => c.id), ...extra };
}

const T1 = '2024-05-01T10:00:00.000Z';
const T2 = '2024-05-01T11:00:00.000Z';
const T3 = '2024-05-01T12:00:00.000Z';

describe('restorePersistedClaims', () => {
  it('keeps valid claims, drops damaged ones and repairs the order', () => {
    const restored = restorePersistedClaims({
      claims: { good: claim('good', T1), bad: { id: 'bad', statement: 3 } },
      order: ['ghost', 'good', 'good'],
      dismissedFindings: 'not a list',
    });
    expect(Object.keys(restored.claims)).toEqual(['good']);
    expect(restored.order).toEqual(['good']);
    expect(restored.dismissedFindings).toEqual([]);
  });

  it('reads garbage as an empty collection', () => {
    expect(restorePersistedClaims(null)).toEqual(EMPTY_CLAIMS);
    expect(restorePersistedClaims('x')).toEqual(EMPTY_CLAIMS);
  });
});

describe('migrateClaims from version 0', () => {
  it('turns the upper-case verdict into a status and keeps evidence', () => {
    const evidence = {
      id: 'e1',
      docId: '002',
      stance: 'supports',
      quote: { type: 'TextQuoteSelector', exact: 'February 2021', prefix: 'in ', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 10, end: 23 },
      createdAt: T1,
    };
    const migrated = migrateClaims(
      { claims: [{ id: 'c1', statement: 's', verdict: 'CONSISTENT', note: 'n', evidence: [evidence], createdAt: T1, updatedAt: T2 }, { id: 'broken' }] },
      0,
    );
    expect(migrated.claims.c1).toEqual({ ...claim('c1', T2, 's'), createdAt: T1, status: 'consistent', note: 'n', evidence: [evidence] });
    expect(migrated.order).toEqual(['c1']);
  });

  it('gives an empty collection for a version-0 save of the wrong shape', () => {
    expect(migrateClaims({ claims: 'nope' }, 0)).toEqual(EMPTY_CLAIMS);
  });
});

describe('mergeClaimStates', () => {
  it('returns the local state itself when the other copy has nothing newer', () => {
    const local = state([claim('a', T2)]);
    expect(mergeClaimStates(local, state([claim('a', T1)]))).toBe(local);
    expect(mergeClaimStates(local, state([claim('a', T2, 'tie')]))).toBe(local);
  });

  it('takes the newer copy of each claim and adds claims it did not have', () => {
    const local = state([claim('a', T1, 'old a'), claim('b', T3, 'local b')]);
    const merged = mergeClaimStates(local, state([claim('c', T1), claim('a', T2, 'new a'), claim('b', T1, 'stale b')]));
    expect(merged.claims.a!.statement).toBe('new a');
    expect(merged.claims.b!.statement).toBe('local b');
    expect(merged.order).toEqual(['a', 'b', 'c']);
  });

  it('lets a deletion win over copies not edited after it, but not over later edits', () => {
    const local = state([claim('a', T1), claim('b', T3)]);
    const merged = mergeClaimStates(local, state([], { deletedClaims: { a: T2, b: T2 } }));
    expect(Object.keys(merged.claims)).toEqual(['b']);
    expect(merged.deletedClaims).toEqual({ a: T2, b: T2 });
    const other = mergeClaimStates(state([], { deletedClaims: { a: T2 } }), state([claim('a', T1)]));
    expect(other.claims.a).toBeUndefined();
  });

  it('takes the newer list of dismissed findings, so a restore in another tab sticks', () => {
    const local = state([], { dismissedFindings: ['f1', 'f2'], dismissedFindingsUpdatedAt: T1 });
    expect(mergeClaimStates(local, state([], { dismissedFindings: ['f1'], dismissedFindingsUpdatedAt: T2 })).dismissedFindings).toEqual(['f1']);
    expect(mergeClaimStates(local, state([], { dismissedFindings: [], dismissedFindingsUpdatedAt: null }))).toBe(local);
  });
});
