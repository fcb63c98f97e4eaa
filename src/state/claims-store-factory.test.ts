import { describe, expect, it } from 'vitest';
import { EvidenceError } from './claims-edits';
import { memoryStorage, savedState, testStore, TEXTS } from './claims-test-support';

const span = (docId: 'a' | 'b', phrase: string, stance: 'supports' | 'contradicts' | 'mentions' = 'supports') => {
  const start = TEXTS[docId]!.indexOf(phrase);
  return { docId, start, end: start + phrase.length, stance };
};

describe('claims store edits', () => {
  it('creates a claim anchored with quote and position selectors', async () => {
    const store = await testStore();
    const id = store.getState().createClaim({ statement: 'Invasion in February 2021', evidence: [span('a', 'February 2021')] });
    const claim = store.getState().claims[id]!;
    expect(claim.status).toBe('unverified');
    expect(claim.origin).toEqual({ kind: 'manual' });
    expect(claim.evidence[0]!.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'February 2021',
      prefix: 'Moscow invaded Ukraine in ',
      suffix: ', the report says.',
    });
    expect(claim.evidence[0]!.position).toEqual({ type: 'TextPositionSelector', start: 26, end: 39 });
    expect(store.getState().order).toEqual([id]);
  });

  it('refuses evidence from a missing document or an empty span, creating nothing', async () => {
    const store = await testStore();
    expect(() => store.getState().createClaim({ statement: 'x', evidence: [{ docId: 'zz', start: 0, end: 3, stance: 'supports' }] })).toThrow(
      /document "zz"/,
    );
    expect(() => store.getState().createClaim({ statement: 'x', evidence: [{ docId: 'a', start: 4, end: 4, stance: 'supports' }] })).toThrow(
      EvidenceError,
    );
    expect(store.getState().order).toEqual([]);
    expect(store.getState().history.past).toEqual([]);
  });

  it('does not cite the same span twice', async () => {
    const store = await testStore();
    const id = store.getState().createClaim({ statement: 's', evidence: [span('a', 'February 2021')] });
    store.getState().addEvidence(id, span('a', 'February 2021', 'mentions'));
    expect(store.getState().claims[id]!.evidence).toHaveLength(1);
  });

  it('normalises tags: trimmed, no blanks, no case-insensitive duplicates', async () => {
    const store = await testStore();
    const id = store.getState().createClaim({ statement: 's', evidence: [] });
    store.getState().updateClaim(id, { tags: [' dates ', 'Dates', '', 'ukraine'] });
    expect(store.getState().claims[id]!.tags).toEqual(['dates', 'ukraine']);
  });
});

describe('claims undo and redo', () => {
  type Store = Awaited<ReturnType<typeof testStore>>;
  const edits: Array<{ name: string; apply: (store: Store, id: string) => void; observe: (store: Store, id: string) => unknown }> = [
    { name: 'add evidence', apply: (s, id) => s.getState().addEvidence(id, span('b', 'last year', 'contradicts')), observe: (s, id) => s.getState().claims[id]?.evidence.length },
    {
      name: 'remove evidence',
      apply: (s, id) => s.getState().removeEvidence(id, s.getState().claims[id]!.evidence[0]!.id),
      observe: (s, id) => s.getState().claims[id]?.evidence.length,
    },
    {
      name: 'change stance',
      apply: (s, id) => s.getState().setEvidenceStance(id, s.getState().claims[id]!.evidence[0]!.id, 'contradicts'),
      observe: (s, id) => s.getState().claims[id]?.evidence[0]?.stance,
    },
    { name: 'set status', apply: (s, id) => s.getState().updateClaim(id, { status: 'discrepant' }), observe: (s, id) => s.getState().claims[id]?.status },
    { name: 'edit note', apply: (s, id) => s.getState().updateClaim(id, { note: 'checked' }), observe: (s, id) => s.getState().claims[id]?.note },
    { name: 'change tags', apply: (s, id) => s.getState().updateClaim(id, { tags: ['dates'] }), observe: (s, id) => s.getState().claims[id]?.tags },
    { name: 'edit statement', apply: (s, id) => s.getState().updateClaim(id, { statement: 'new' }), observe: (s, id) => s.getState().claims[id]?.statement },
    { name: 'delete claim', apply: (s, id) => s.getState().deleteClaim(id), observe: (s, id) => s.getState().claims[id] !== undefined },
    {
      name: 'import claims',
      apply: (s, id) => s.getState().upsertClaims([{ ...s.getState().claims[id]!, statement: 'imported', updatedAt: '2020-01-01T00:00:00.000Z' }]),
      observe: (s, id) => s.getState().claims[id]?.statement,
    },
  ];

  for (const { name, apply, observe } of edits) {
    it(`undoes and redoes "${name}"`, async () => {
      const store = await testStore();
      const id = store.getState().createClaim({ statement: 'old', evidence: [span('a', 'February 2021')] });
      const before = observe(store, id);
      apply(store, id);
      const after = observe(store, id);
      expect(after).not.toEqual(before);
      expect(store.getState().history.past.at(-1)!.label).toBe(name);
      store.getState().undo();
      expect(observe(store, id)).toEqual(before);
      store.getState().redo();
      expect(observe(store, id)).toEqual(after);
    });
  }

  it('undoes claim creation and forgets redo after a new edit', async () => {
    const store = await testStore();
    const id = store.getState().createClaim({ statement: 'x', evidence: [] });
    store.getState().undo();
    expect(store.getState().claims[id]).toBeUndefined();
    expect(store.getState().order).toEqual([]);
    store.getState().createClaim({ statement: 'y', evidence: [] });
    store.getState().redo();
    expect(store.getState().claims[id]).toBeUndefined();
  });

  it('makes an undone deletion newer than the tombstone, so other tabs take the claim back', async () => {
    const store = await testStore();
    const id = store.getState().createClaim({ statement: 'x', evidence: [] });
    store.getState().deleteClaim(id);
    const deletedAt = store.getState().deletedClaims[id]!;
    store.getState().undo();
    expect(store.getState().deletedClaims[id]).toBeUndefined();
    expect(store.getState().claims[id]!.updatedAt > deletedAt).toBe(true);
  });
});

describe('claims persistence', () => {
  it('saves every change at once and restores it in a new store', async () => {
    const storage = memoryStorage();
    const store = await testStore(storage);
    const id = store.getState().createClaim({ statement: 'x', evidence: [span('a', 'February 2021')] });
    store.getState().updateClaim(id, { status: 'discrepant' });
    await Promise.resolve();
    expect(savedState(storage)?.version).toBe(1);
    const reloaded = await testStore(storage);
    expect(reloaded.getState().claims[id]).toEqual(store.getState().claims[id]);
    expect(reloaded.getState().hydrated).toBe(true);
  });

  it('migrates a version-0 save: verdict becomes status, tags and origin are added', async () => {
    const v0 = {
      claims: [
        {
          id: 'old-1',
          statement: 'Invaded in February 2021',
          verdict: 'DISCREPANT',
          evidence: [],
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-02T00:00:00.000Z',
        },
      ],
    };
    const storage = memoryStorage({ 'claims-test': JSON.stringify({ state: v0, version: 0 }) });
    const store = await testStore(storage);
    expect(store.getState().claims['old-1']).toMatchObject({ status: 'discrepant', tags: [], note: '', origin: { kind: 'manual' } });
    expect(store.getState().order).toEqual(['old-1']);
    expect(savedState(storage)?.version).toBe(1);
  });
});
