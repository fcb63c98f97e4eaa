// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { testDocument } from '../core/model/test-records';
import { useClaimsStore } from './claims-store';
import { claimsCiting, copyDocuments, moveDocuments } from './document-transfer';
import { getActiveDocuments, useDocumentsStore } from './documents-store';
import { getStoryDoc, registerStory } from './story-docs';
import { documentEdits } from './story-edits';
import { readDocuments, storyMaps } from './story-layout';
import { startFreshStory } from './story-test-support';

function doc(id: string, text = `Text of ${id}.`): SourceDocument {
  return testDocument(id, { text, published: '2024-03-01', contentHash: id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a') });
}

function activeIn(storyId: string): string[] {
  return Object.values(readDocuments(storyMaps(getStoryDoc(storyId))).documents)
    .filter((item) => item.removedAt === null)
    .map((item) => item.id)
    .sort();
}

let stories = 0;
function otherStory(): string {
  return registerStory({ id: `other-${++stories}`, name: `Other ${stories}`, kind: 'story' }).id;
}

describe('removing several sources', () => {
  it('is one undo step: Ctrl+Z brings all five back, redo removes them again', async () => {
    await startFreshStory();
    useDocumentsStore.getState().addDocuments(['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => doc(id)));
    useDocumentsStore.getState().removeDocuments(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(getActiveDocuments().map((item) => item.id)).toEqual(['a6']);
    expect(useClaimsStore.getState().history.past.at(-1)).toEqual({ label: 'remove 5 sources' });
    useClaimsStore.getState().undo();
    expect(getActiveDocuments().map((item) => item.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    useClaimsStore.getState().redo();
    expect(getActiveDocuments().map((item) => item.id)).toEqual(['a6']);
  });

  it('adding a document is not an undo step (Ctrl+Z after adding leaves it)', async () => {
    await startFreshStory();
    useDocumentsStore.getState().addDocuments([doc('b1')]);
    expect(useClaimsStore.getState().history.past).toEqual([]);
  });
});

describe('copying and moving documents between stories', () => {
  it('a copy leaves this story and its claims as they were', async () => {
    const here = await startFreshStory();
    const there = otherStory();
    useDocumentsStore.getState().addDocuments([doc('c1'), doc('c2')]);
    const claimId = useClaimsStore.getState().createClaim({ statement: 'cites c1', evidence: [{ docId: 'c1', start: 0, end: 4, stance: 'supports' }] });
    const outcome = await copyDocuments(here, there, ['c1']);
    expect(outcome.added.map((item) => item.id)).toEqual(['c1']);
    expect(activeIn(there)).toEqual(['c1']);
    expect(activeIn(here)).toEqual(['c1', 'c2']);
    expect(useClaimsStore.getState().claims.get(claimId)?.evidence.map((item) => item.docId)).toEqual(['c1']);
  });

  it('does not write a document the other story already holds by id or by text', async () => {
    const here = await startFreshStory();
    const there = otherStory();
    useDocumentsStore.getState().addDocuments([doc('d1'), doc('d2', 'Same words.')]);
    await copyDocuments(here, there, ['d1']);
    documentEdits.addDocuments(storyMaps(getStoryDoc(there)), null, [{ ...doc('other-id', 'Same words.'), contentHash: doc('d2', 'Same words.').contentHash }]);
    const outcome = await copyDocuments(here, there, ['d1', 'd2']);
    expect(outcome.added).toEqual([]);
    expect(outcome.alreadyThere.map((item) => item.id)).toEqual(['d1', 'd2']);
    expect(activeIn(there)).toEqual(['d1', 'other-id']);
  });

  it('a move takes the documents out of this story; undo brings them back and takes the copies out of the other', async () => {
    const here = await startFreshStory();
    const there = otherStory();
    useDocumentsStore.getState().addDocuments([doc('e1'), doc('e2'), doc('e3')]);
    await moveDocuments(here, there, 'Other', ['e1', 'e2']);
    expect(activeIn(here)).toEqual(['e3']);
    expect(activeIn(there)).toEqual(['e1', 'e2']);
    expect(useClaimsStore.getState().history.past.at(-1)).toEqual({ label: 'move 2 sources to “Other”' });
    useClaimsStore.getState().undo();
    expect(activeIn(here)).toEqual(['e1', 'e2', 'e3']);
    expect(activeIn(there)).toEqual([]);
    useClaimsStore.getState().redo();
    expect(activeIn(here)).toEqual(['e3']);
    expect(activeIn(there)).toEqual(['e1', 'e2']);
  });

  it('names the claims that cite the documents leaving, with how many spans', () => {
    const claim = (id: string, docIds: string[]) =>
      ({ id, statement: id, evidence: docIds.map((docId, index) => ({ id: `${id}-${index}`, docId })) }) as unknown as Parameters<typeof claimsCiting>[0][number];
    const citing = claimsCiting([claim('x', ['f1', 'f1', 'f2']), claim('y', ['f3'])], ['f1']);
    expect(citing.map((item) => [item.claim.id, item.spans])).toEqual([['x', 2]]);
  });
});
