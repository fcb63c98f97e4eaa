import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../core/model/claims';
import { testClaim, testDocument } from '../core/model/test-records';
import type { StoredDocument } from './documents-persistence';
import { claimEdits, documentEdits } from './story-edits';
import { readClaims, readDocuments, storyMaps, writeClaim, writeDocument } from './story-layout';

const T = '2024-01-01T00:00:00.000Z';

function doc(id: string, overrides: Partial<StoredDocument> = {}): StoredDocument {
  return { ...testDocument(id, { text: `Text of ${id}`, updatedAt: T }), addedAt: T, removedAt: null, ...overrides };
}

const claim = (id: string, overrides: Partial<Claim> = {}): Claim => testClaim(id, { createdAt: T, updatedAt: T, ...overrides });

describe('story layout', () => {
  it('reads back documents and claims as written; texts are stored once per content hash', () => {
    const maps = storyMaps(new Y.Doc());
    writeDocument(maps, doc('a'));
    writeDocument(maps, doc('b', { text: 'Text of a' }));
    writeClaim(maps, claim('c1', { tags: ['x'], note: 'n' }));
    expect(readDocuments(maps).documents.a).toEqual(doc('a'));
    expect(maps.texts.size).toBe(1);
    expect(readClaims(maps).claims.c1).toEqual(claim('c1', { tags: ['x'], note: 'n' }));
  });

  it('keeps damaged records in the doc and lists them with their raw value instead of dropping them', () => {
    const maps = storyMaps(new Y.Doc());
    writeDocument(maps, doc('good'));
    writeDocument(maps, doc('bad-date', { published: '2024-3-1' }));
    writeClaim(maps, claim('bad-status', { status: 'VERIFIED' as Claim['status'] }));
    writeClaim(maps, claim('no-created', { createdAt: undefined as unknown as string }));
    const documents = readDocuments(maps);
    expect(Object.keys(documents.documents)).toEqual(['good']);
    expect(documents.damaged).toEqual([expect.objectContaining({ place: 'documents', key: 'bad-date', problem: expect.stringContaining('published') })]);
    expect((documents.damaged[0]!.raw as StoredDocument).published).toBe('2024-3-1');
    const claims = readClaims(maps);
    expect(claims.claims).toEqual({});
    expect(claims.damaged.map((record) => record.key).sort()).toEqual(['bad-status', 'no-created']);
    expect(maps.claims.size).toBe(2);
  });

  it('reads a document stored before URLs and authors existed as having neither, and leaves the record as it was', () => {
    const maps = storyMaps(new Y.Doc());
    writeDocument(maps, doc('old'));
    const record = maps.documents.get('old')!;
    for (const field of ['url', 'authors', 'proposedFrom']) record.delete(field);
    expect(readDocuments(maps).documents.old).toEqual(doc('old'));
    expect(record.has('url')).toBe(false);
  });

  it('a URL or author list that fails the schema keeps the document aside as damaged', () => {
    const maps = storyMaps(new Y.Doc());
    writeDocument(maps, doc('script', { url: 'javascript:alert(1)' }));
    writeDocument(maps, doc('authors', { authors: 'Ana' as unknown as string[] }));
    const reading = readDocuments(maps);
    expect(reading.documents).toEqual({});
    expect(reading.damaged.map((record) => [record.key, record.problem.split(':')[0]]).sort()).toEqual([['authors', 'authors'], ['script', 'url']]);
  });

  it('one tab setting the URL while another sets the authors keeps both', () => {
    const base = new Y.Doc();
    writeDocument(storyMaps(base), doc('d'));
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    Y.applyUpdate(a, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(base));
    documentEdits.updateMeta(storyMaps(a), 'local', 'd', { url: 'https://news.example.org/a', proposedFrom: {} });
    documentEdits.updateMeta(storyMaps(b), 'local', 'd', { authors: ['Ana Lima'] });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const tab of [a, b]) expect(readDocuments(storyMaps(tab)).documents.d).toMatchObject({ url: 'https://news.example.org/a', authors: ['Ana Lima'] });
  });

  it('concurrent edits to different fields of one claim in two tabs both survive', () => {
    const base = new Y.Doc();
    writeClaim(storyMaps(base), claim('c'));
    // Both tabs edit at the same moment, then exchange their updates.
    const offlineA = new Y.Doc();
    const offlineB = new Y.Doc();
    Y.applyUpdate(offlineA, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(offlineB, Y.encodeStateAsUpdate(base));
    claimEdits.updateClaim(storyMaps(offlineA), 'local', 'c', { status: 'discrepant' });
    claimEdits.updateClaim(storyMaps(offlineB), 'local', 'c', { note: 'Checked with the agency.' });
    Y.applyUpdate(offlineA, Y.encodeStateAsUpdate(offlineB));
    Y.applyUpdate(offlineB, Y.encodeStateAsUpdate(offlineA));
    for (const tab of [offlineA, offlineB]) {
      expect(readClaims(storyMaps(tab)).claims.c).toMatchObject({ status: 'discrepant', note: 'Checked with the agency.' });
    }
  });

  it('two tabs typing in one note merge their text instead of one replacing the other', () => {
    const base = new Y.Doc();
    writeClaim(storyMaps(base), claim('c', { note: 'Agency says March.' }));
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    Y.applyUpdate(a, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(base));
    claimEdits.updateClaim(storyMaps(a), 'local', 'c', { note: 'Reuters: Agency says March.' });
    claimEdits.updateClaim(storyMaps(b), 'local', 'c', { note: 'Agency says March. Confirmed.' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readClaims(storyMaps(a)).claims.c!.note).toBe('Reuters: Agency says March. Confirmed.');
  });

  it('evidence keeps the order it was cited in', () => {
    const maps = storyMaps(new Y.Doc());
    const texts: Record<string, string> = { d: 'one two three four five' };
    let next = 0;
    const context = { documentText: (id: string) => texts[id], newId: () => ['z', 'm', 'a', 'k'][next++]! };
    const id = claimEdits.createClaim(maps, 'local', context, {
      statement: 's',
      evidence: [
        { docId: 'd', start: 8, end: 13, stance: 'supports' },
        { docId: 'd', start: 0, end: 3, stance: 'mentions' },
      ],
    });
    claimEdits.addEvidence(maps, 'local', context, id, { docId: 'd', start: 4, end: 7, stance: 'contradicts' });
    expect(readClaims(maps).claims[id]!.evidence.map((item) => item.quote.exact)).toEqual(['three', 'one', 'two']);
  });

  it('an edit after a far-future updatedAt is stamped within a day of now, so the claim stays valid', () => {
    const maps = storyMaps(new Y.Doc());
    claimEdits.upsertClaims(maps, 'local', [claim('c', { updatedAt: '9999-12-31T23:59:59.000Z' })]);
    claimEdits.updateClaim(maps, 'local', 'c', { status: 'consistent' });
    const updated = Date.parse(readClaims(maps).claims.c!.updatedAt);
    expect(updated).toBeLessThanOrEqual(Date.now() + 24 * 3600 * 1000);
    expect(readClaims(maps).damaged).toEqual([]);
  });

  it('removing several documents is one change that one undo brings back', () => {
    const maps = storyMaps(new Y.Doc());
    documentEdits.addDocuments(maps, 'local', ['a', 'b', 'c'].map((id) => doc(id)));
    documentEdits.removeDocuments(maps, 'local', ['a', 'b']);
    const removed = Object.values(readDocuments(maps).documents).filter((d) => d.removedAt !== null).map((d) => d.id);
    expect(removed.sort()).toEqual(['a', 'b']);
    documentEdits.undoRemove(maps, 'local', ['a', 'b']);
    expect(Object.values(readDocuments(maps).documents).every((d) => d.removedAt === null)).toBe(true);
  });

  it('installSeeds does not resurrect a removed seed, restoreSeeds does', () => {
    const maps = storyMaps(new Y.Doc());
    const seed = doc('s1', { origin: { kind: 'seed', file: 's1.txt' } });
    documentEdits.installSeeds(maps, 'seed', [seed]);
    documentEdits.removeDocuments(maps, 'local', ['s1']);
    documentEdits.installSeeds(maps, 'seed', [seed]);
    expect(readDocuments(maps).documents.s1!.removedAt).not.toBeNull();
    documentEdits.restoreSeeds(maps, 'local');
    expect(readDocuments(maps).documents.s1!.removedAt).toBeNull();
    expect(maps.meta.get('seedsInstalled')).toBe(false);
  });

  it('fields added to documents later (e.g. by the exports) are stored and read without a layout change', () => {
    const maps = storyMaps(new Y.Doc());
    writeDocument(maps, { ...doc('a'), extra: 'kept' } as StoredDocument);
    expect(maps.documents.get('a')!.get('extra')).toBe('kept');
  });

  it('documents and claims with ids named like Object.prototype members are ordinary records', async () => {
    const ids = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
    const maps = storyMaps(new Y.Doc());
    await claimEdits.importChanges(maps, 'local', { documents: ids.map((id) => doc(id)), claims: ids.map((id) => claim(id)), dismissedFindings: ids });
    const { documents } = readDocuments(maps);
    const { claims, order } = readClaims(maps);
    expect(Object.keys(documents).sort()).toEqual([...ids].sort());
    expect(Object.keys(claims).sort()).toEqual([...ids].sort());
    expect(order.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(Object.getOwnPropertyDescriptor(documents, id)?.value).toMatchObject({ id, title: `Title ${id}` });
      expect(Object.getOwnPropertyDescriptor(claims, id)?.value).toMatchObject({ id, statement: `Statement ${id}` });
    }
    expect([...maps.dismissed.keys()].sort()).toEqual([...ids].sort());
    expect(readDocuments(maps, documents).documents.__proto__).toBe(documents.__proto__);
  });

  it('an import that fails part-way leaves nothing of it behind', async () => {
    const doc0 = new Y.Doc();
    const maps = storyMaps(doc0);
    writeDocument(maps, doc('kept'));
    const before = Y.encodeStateVector(doc0);
    const unstorable = claim('second', { origin: (() => 'not data') as unknown as Claim['origin'] });
    await expect(
      claimEdits.importChanges(maps, 'local', { documents: [doc('new', { text: 'New text', contentHash: 'b'.repeat(64) })], claims: [claim('first'), unstorable], dismissedFindings: ['f1'] }),
    ).rejects.toThrow();
    expect(Object.keys(readDocuments(maps).documents)).toEqual(['kept']);
    expect(maps.texts.has('b'.repeat(64))).toBe(false);
    expect(Object.keys(readClaims(maps).claims)).toEqual([]);
    expect(maps.dismissed.size).toBe(0);
    expect(Y.encodeStateVector(doc0)).not.toEqual(before);
  });
});
