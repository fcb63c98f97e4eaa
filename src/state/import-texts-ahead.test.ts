// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { testDocument } from '../core/model/test-records';
import { useClaimsStore } from './claims-store';
import { getActiveDocuments, useDocumentsStore } from './documents-store';
import { getStoryDoc } from './story-docs';
import { storyMaps } from './story-layout';
import { startFreshStory } from './story-test-support';

// A large import stores its texts ahead, a slice per transaction, and then its records in one
// step (claimEdits.importChanges): nothing shows until the records come.

/** 30 documents of 100,000 characters: 3 MB of text, more than one slice. */
function largeDocuments(): SourceDocument[] {
  return Array.from({ length: 30 }, (_, index) => {
    const text = `Report ${index}. ${'The council met again. '.repeat(4_400)}`.slice(0, 100_000);
    return testDocument(`big-${index}`, { text, contentHash: index.toString(16).padStart(64, 'a') });
  });
}

describe('storing an import’s texts ahead of its records', () => {
  it('writes the texts over several transactions, and shows nothing until the records come', async () => {
    const storyId = await startFreshStory();
    const documents = largeDocuments();
    const doc = getStoryDoc(storyId);
    const maps = storyMaps(doc);
    let textTransactions = 0;
    const texts: unknown = maps.texts;
    const count = (transaction: Y.Transaction) => {
      if ([...transaction.changed.keys()].some((type) => type === texts)) textTransactions += 1;
    };
    doc.on('afterTransaction', count);
    await useDocumentsStore.getState().storeTextsAhead(documents);
    doc.off('afterTransaction', count);

    expect(textTransactions).toBeGreaterThan(1);
    expect(maps.texts.size).toBe(documents.length);
    expect(getActiveDocuments()).toEqual([]);

    await useClaimsStore.getState().importChanges({ documents, claims: [], dismissedFindings: [] });
    expect(getActiveDocuments().map((item) => item.id).sort()).toEqual(documents.map((item) => item.id).sort());
    expect(getActiveDocuments().find((item) => item.id === 'big-7')?.text).toBe(documents[7]!.text);
  });

  it('writes a text already stored no second time', async () => {
    const storyId = await startFreshStory();
    const [first] = largeDocuments();
    await useDocumentsStore.getState().storeTextsAhead([first!]);
    const doc = getStoryDoc(storyId);
    let transactions = 0;
    const count = () => (transactions += 1);
    doc.on('update', count);
    await useDocumentsStore.getState().storeTextsAhead([first!]);
    doc.off('update', count);
    expect(transactions).toBe(0);
  });
});
