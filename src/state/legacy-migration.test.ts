import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { interpretLegacy, migrateLegacyLibrary } from './legacy-migration';
import { readClaims, readDocuments, readRecovery, storyMaps } from './story-layout';

// Every shape the library was ever saved in: documents versions 1 and 2, claims versions 0 and 1
// (zustand persist envelopes `{ state, version }` as JSON text under idb-keyval keys).

const T1 = '2024-01-01T00:00:00.000Z';
const T2 = '2024-02-01T00:00:00.000Z';
/** A distinct well-formed hash per document (texts are stored by content hash). */
const hashOf = (id: string) => [...id].map((c) => c.charCodeAt(0).toString(16)).join('').padEnd(64, '0').slice(0, 64);

const document = (id: string, extra: Record<string, unknown> = {}) => ({
  id, title: `Title ${id}`, outlet: 'Outlet', published: '2023-07-13', publishedBasis: 'stated', language: 'en', note: '', url: null, authors: [], proposedFrom: {},
  text: `Text of ${id}`, contentHash: hashOf(id), origin: { kind: 'pasted' }, updatedAt: T1, ...extra,
});
const seed = (id: string, extra: Record<string, unknown> = {}) => document(id, { origin: { kind: 'seed', file: `${id}.txt` }, ...extra });
const evidence = {
  id: 'e1', docId: 'a', stance: 'supports',
  quote: { type: 'TextQuoteSelector', exact: 'Text', prefix: '', suffix: ' of a' },
  position: { type: 'TextPositionSelector', start: 0, end: 4 }, createdAt: T1,
};
const claimV1 = (id: string, extra: Record<string, unknown> = {}) => ({
  id, statement: `Statement ${id}`, status: 'consistent', note: 'n', tags: ['t'], evidence: [evidence], origin: { kind: 'manual' }, createdAt: T1, updatedAt: T2, ...extra,
});
const envelope = (state: unknown, version: number) => JSON.stringify({ state, version });

function migrated(documentsValue: unknown, claimsValue: unknown) {
  const legacy = interpretLegacy(documentsValue, claimsValue);
  const doc = new Y.Doc();
  migrateLegacyLibrary(legacy, doc);
  const maps = storyMaps(doc);
  return { legacy, documents: readDocuments(maps), claims: readClaims(maps), recovery: readRecovery(maps), maps };
}

describe('migration of the library saved before stories', () => {
  it('documents version 2 (records with tombstones) come over unchanged, removed ones stay removed', () => {
    const removed = { ...document('gone'), addedAt: T1, removedAt: T2 };
    const { documents, legacy } = migrated(envelope({ documents: { a: { ...document('a'), addedAt: T1, removedAt: null }, gone: removed }, seedsInstalled: true }, 2), undefined);
    expect(documents.documents.a).toEqual({ ...document('a'), addedAt: T1, removedAt: null });
    expect(documents.documents.gone).toEqual(removed);
    expect(legacy.seedsInstalled).toBe(true);
    expect(legacy.seedsOnly).toBe(false);
  });

  it('documents version 1 (an array, removed seeds listed by id) get tombstones', () => {
    const { documents, legacy } = migrated(envelope({ documents: [seed('s1'), seed('s2'), document('mine')], removedSeedIds: ['s2'] }, 1), undefined);
    expect(documents.documents.s1!.removedAt).toBeNull();
    expect(documents.documents.s2!.removedAt).toBe(T1);
    expect(documents.documents.mine!.addedAt).toBe(T1);
    expect(legacy.seedsInstalled).toBe(true);
  });

  it('claims version 1 come over with evidence, tags, notes and dismissed findings', () => {
    const { claims, maps } = migrated(undefined, envelope({ claims: { c1: claimV1('c1') }, order: ['c1'], dismissedFindings: ['f1'], dismissedFindingsUpdatedAt: T1, deletedClaims: {} }, 1));
    expect(claims.claims.c1).toEqual(claimV1('c1'));
    expect([...maps.dismissed.keys()]).toEqual(['f1']);
  });

  it('claims version 0 (upper-case verdict, no tags or origin) are upgraded', () => {
    const { claims } = migrated(undefined, envelope({ claims: [{ id: 'old', statement: 's', verdict: 'DISCREPANT', note: 'n', evidence: [evidence], createdAt: T1, updatedAt: T2 }] }, 0));
    expect(claims.claims.old).toMatchObject({ status: 'discrepant', tags: [], origin: { kind: 'manual' }, evidence: [evidence] });
  });

  it('damaged records are kept aside with their raw value, never dropped', () => {
    const { documents, claims, recovery, legacy } = migrated(
      envelope({ documents: { a: { ...document('a'), addedAt: T1, removedAt: null }, bad: { ...document('bad', { published: '2024-3-1' }), addedAt: T1, removedAt: null } }, seedsInstalled: true }, 2),
      envelope({ claims: { c1: claimV1('c1'), v: claimV1('v', { status: 'VERIFIED' }), n: claimV1('n', { createdAt: undefined }) }, order: [] }, 1),
    );
    expect(Object.keys(documents.documents)).toEqual(['a']);
    expect(Object.keys(claims.claims)).toEqual(['c1']);
    expect(recovery.map((record) => `${record.kind}:${(record.raw as { id: string }).id}`).sort()).toEqual(['claim:n', 'claim:v', 'document:bad']);
    expect(recovery.find((record) => record.kind === 'document')!.raw).toMatchObject({ published: '2024-3-1' });
    expect(legacy.seedsOnly).toBe(false);
  });

  it('an unreadable saved value is kept whole in the recovery list', () => {
    const { recovery, documents } = migrated('{not json', undefined);
    expect(documents.documents).toEqual({});
    expect(recovery).toEqual([expect.objectContaining({ kind: 'crosscheck-documents', raw: '{not json' })]);
  });

  it('a library of untouched seeds becomes the sample story; nothing saved means a first start', () => {
    expect(interpretLegacy(envelope({ documents: { s1: { ...seed('s1'), addedAt: T1, removedAt: null } }, seedsInstalled: true }, 2), undefined).seedsOnly).toBe(true);
    expect(interpretLegacy(undefined, undefined)).toMatchObject({ empty: true, seedsOnly: false });
  });
});
