// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../core/model/claims';
import { testClaim, testDocument } from '../core/model/test-records';
import { useClaimsStore } from './claims-store';
import { getActiveDocuments, useDocumentsStore } from './documents-store';
import { getStoryDoc } from './story-docs';
import { readDocuments, storyMaps } from './story-layout';
import { startFreshStory } from './story-test-support';

// A confirmed import writes its documents' records a slice per transaction (5,000 in one froze the
// tab), lists them once, with its claims, and still lands whole or not at all.

const MANY = 400;

function documents(prefix: string) {
  return Array.from({ length: MANY }, (_, n) => testDocument(`${prefix}-${n}`, { contentHash: n.toString(16).padStart(64, 'c') }));
}

describe('importing many documents', () => {
  it('writes their records over several transactions with the tab free between them, and lists them once, with the claims', async () => {
    const storyId = await startFreshStory();
    const doc = getStoryDoc(storyId);
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    const incoming = documents('imported');
    const importing = useClaimsStore.getState().importChanges({ documents: incoming, claims: [testClaim('imported-claim')], dismissedFindings: ['finding-1'] });
    const inStory = () => Object.keys(readDocuments(storyMaps(doc)).documents).length;
    let between: { stored: number; listed: number; claims: number } | null = null;
    setTimeout(() => (between = { stored: inStory(), listed: getActiveDocuments().length, claims: useClaimsStore.getState().list.length }), 0);
    await importing;
    expect(transactions).toBeGreaterThan(2);
    expect(between).not.toBeNull();
    expect(between!.stored).toBeGreaterThan(0);
    expect(between!.stored).toBeLessThan(MANY);
    expect(between!.listed).toBe(0);
    expect(between!.claims).toBe(0);
    expect(getActiveDocuments().map((item) => item.id).sort()).toEqual(incoming.map((item) => item.id).sort());
    expect(useClaimsStore.getState().list.map((claim) => claim.id)).toEqual(['imported-claim']);
    expect(useClaimsStore.getState().dismissedFindings).toEqual(['finding-1']);
    expect(useClaimsStore.getState().history.past.map((step) => step.label)).toEqual(['import']);
  });

  it('that fails at its claims leaves none of its documents behind, and keeps an edit made between its slices', async () => {
    const storyId = await startFreshStory();
    await useDocumentsStore.getState().addDocuments([testDocument('kept')]);
    const unstorable = testClaim('broken', { origin: (() => 'not data') as unknown as Claim['origin'] });
    const importing = useClaimsStore.getState().importChanges({ documents: documents('failed'), claims: [testClaim('first'), unstorable], dismissedFindings: [] });
    setTimeout(() => useDocumentsStore.getState().updateMeta('kept', { title: 'Edited meanwhile' }), 0);
    await expect(importing).rejects.toThrow();
    expect(Object.keys(readDocuments(storyMaps(getStoryDoc(storyId))).documents)).toEqual(['kept']);
    expect(getActiveDocuments().map((item) => [item.id, item.title])).toEqual([['kept', 'Edited meanwhile']]);
    expect(useClaimsStore.getState().list).toEqual([]);
  });
});
