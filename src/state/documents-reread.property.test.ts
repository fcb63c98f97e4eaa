import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from './documents-persistence';
import { documentEdits } from './story-edits';
import { documentsTouchedBy, readDocuments, rereadDocuments, storyMaps, writeDocument, type DocumentsReading } from './story-layout';

// The documents projection re-reads only the documents a transaction touched (rereadDocuments);
// reading every document (readDocuments) is the reference it must always equal, whatever the edits
// and wherever they come from (this tab, another tab's update, a text that arrives after its
// record, a damaged write, a record or text deleted outright).

const IDS = ['a', 'b', 'c', '__proto__', 'toString'];
const TEXTS = ['First text.', 'Second text.', 'Third text.'];
const hashOf = (text: string) => `${TEXTS.indexOf(text)}`.padStart(64, '0');
const LOCAL = Symbol('local');
const T = '2024-01-01T00:00:00.000Z';

function document(id: string, text: string): StoredDocument {
  return {
    id, title: `Title ${id}`, outlet: 'Outlet', published: null, publishedBasis: null, language: 'en', note: '', url: null, authors: [], proposedFrom: {},
    text, contentHash: hashOf(text), origin: { kind: 'pasted' }, updatedAt: T, addedAt: T, removedAt: null,
  };
}

type Step =
  | { kind: 'add'; ids: string[]; text: string }
  | { kind: 'title'; id: string; title: string }
  | { kind: 'replace-text'; id: string; text: string }
  | { kind: 'remove'; id: string }
  | { kind: 'undo-remove'; id: string }
  | { kind: 'damage'; id: string }
  | { kind: 'delete-record'; id: string }
  | { kind: 'delete-text'; text: string }
  | { kind: 'record-before-text'; id: string; text: string }
  | { kind: 'from-other-tab'; id: string; title: string };

const id = fc.constantFrom(...IDS);
const text = fc.constantFrom(...TEXTS);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), ids: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }), text }),
  fc.record({ kind: fc.constant('title' as const), id, title: fc.string({ minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('replace-text' as const), id, text }),
  fc.record({ kind: fc.constant('remove' as const), id }),
  fc.record({ kind: fc.constant('undo-remove' as const), id }),
  fc.record({ kind: fc.constant('damage' as const), id }),
  fc.record({ kind: fc.constant('delete-record' as const), id }),
  fc.record({ kind: fc.constant('delete-text' as const), text }),
  fc.record({ kind: fc.constant('record-before-text' as const), id, text }),
  fc.record({ kind: fc.constant('from-other-tab' as const), id, title: fc.string({ minLength: 1, maxLength: 5 }) }),
);

function apply(doc: Y.Doc, other: Y.Doc, item: Step): void {
  const maps = storyMaps(doc);
  switch (item.kind) {
    case 'add':
      documentEdits.addDocuments(maps, LOCAL, item.ids.map((docId) => document(docId, item.text)));
      return;
    case 'title':
      documentEdits.updateMeta(maps, LOCAL, item.id, { title: item.title });
      return;
    case 'replace-text':
      documentEdits.replaceText(maps, LOCAL, item.id, item.text, hashOf(item.text));
      return;
    case 'remove':
      documentEdits.removeDocuments(maps, LOCAL, [item.id]);
      return;
    case 'undo-remove':
      documentEdits.undoRemove(maps, LOCAL, [item.id]);
      return;
    case 'damage': {
      const record = maps.documents.get(item.id);
      if (record instanceof Y.Map) doc.transact(() => record.set('published', '2024-3-1'), LOCAL);
      return;
    }
    case 'delete-record':
      doc.transact(() => maps.documents.delete(item.id), LOCAL);
      return;
    case 'delete-text':
      doc.transact(() => maps.texts.delete(hashOf(item.text)), LOCAL);
      return;
    case 'record-before-text': {
      // Another tab's record arrives first, its text in a later update.
      const { text: body, ...meta } = document(item.id, item.text);
      doc.transact(() => {
        const record = new Y.Map<unknown>();
        maps.documents.set(item.id, record);
        for (const [key, value] of Object.entries(meta)) record.set(key, value);
      }, 'other tab');
      doc.transact(() => maps.texts.set(meta.contentHash, body), 'other tab');
      return;
    }
    case 'from-other-tab': {
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      const before = Y.encodeStateVector(other);
      documentEdits.updateMeta(storyMaps(other), LOCAL, item.id, { title: item.title });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), 'other tab');
      return;
    }
  }
}

describe('re-reading the documents a transaction touched', () => {
  it('always equals reading every document, and keeps the objects of documents it did not touch', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const doc = new Y.Doc();
        const other = new Y.Doc();
        const maps = storyMaps(doc);
        let reading: DocumentsReading = readDocuments(maps);
        doc.on('afterTransaction', (transaction: Y.Transaction) => {
          const before = reading;
          const touched = documentsTouchedBy(maps, transaction, before);
          reading = rereadDocuments(maps, before, touched);
          const full = readDocuments(maps);
          expect({ ...reading.documents }).toEqual({ ...full.documents });
          expect(Object.keys(reading.documents).sort()).toEqual(Object.keys(full.documents).sort());
          expect(reading.damaged).toEqual(expect.arrayContaining(full.damaged));
          expect(reading.damaged).toHaveLength(full.damaged.length);
          for (const [docId, value] of Object.entries(before.documents)) if (!touched.has(docId) && Object.hasOwn(reading.documents, docId)) expect(reading.documents[docId]).toBe(value);
        });
        for (const item of steps) apply(doc, other, item);
      }),
      { numRuns: 200 },
    );
  });

  it('names the documents an edit touched, the documents sharing a text that arrives, and nothing for other parts of the story', () => {
    const doc = new Y.Doc();
    const maps = storyMaps(doc);
    doc.transact(() => {
      writeDocument(maps, document('a', TEXTS[0]!));
      writeDocument(maps, document('b', TEXTS[0]!));
      writeDocument(maps, document('c', TEXTS[1]!));
    });
    const touched: Array<string[]> = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => touched.push([...documentsTouchedBy(maps, transaction, readDocuments(maps))].sort()));
    documentEdits.updateMeta(maps, LOCAL, 'b', { title: 'Checked' });
    doc.transact(() => maps.texts.set(hashOf(TEXTS[0]!), TEXTS[0]!), LOCAL);
    doc.transact(() => maps.meta.set('name', 'Harbour story'), LOCAL);
    expect(touched).toEqual([['b'], ['a', 'b'], []]);
  });
});
