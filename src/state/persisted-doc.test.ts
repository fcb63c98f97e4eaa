import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPACT_AFTER, persistDoc, type PersistedDoc, type PersistenceProblem } from './persisted-doc';
import { memoryDatabases, memoryStorage, settle, storedDoc } from './story-test-support';
import { storageUnloadBackup, type UnloadBackup } from './unload-backup';

const fast = (run: () => void) => {
  const timer = setTimeout(run, 1);
  return () => clearTimeout(timer);
};
const opened: PersistedDoc[] = [];

/** Retries wait for retryNow(). */
const manual = () => () => undefined;

function open(databases = memoryDatabases(), name = 'story', schedule = fast, backup?: UnloadBackup, compactAfter?: number) {
  const doc = new Y.Doc();
  const problems: Array<PersistenceProblem | null> = [];
  const persistence = persistDoc(doc, databases.factory(name, doc), { onProblem: (problem) => problems.push(problem), schedule, backup, compactAfter });
  opened.push(persistence);
  return { doc, persistence, problems, databases };
}

afterEach(() => opened.splice(0).forEach((persistence) => persistence.destroy()));

describe('persisted doc', () => {
  it('writes nothing before the stored copy was read, then writes what was edited meanwhile', async () => {
    const databases = memoryDatabases();
    const first = open(databases);
    first.doc.getMap('m').set('stored', 1);
    await settle();
    databases.faults.failReads = 1;
    const second = open(databases, 'story', manual);
    second.doc.getMap('m').set('while loading', 2);
    const writesBefore = databases.writes;
    await settle(5);
    expect(second.persistence.status).toBe('read-failed');
    expect(databases.writes).toBe(writesBefore);
    expect(second.problems.at(-1)).toMatchObject({ operation: 'read' });
    second.persistence.retryNow();
    await settle(5);
    expect(second.persistence.status).toBe('loaded');
    expect(second.problems.at(-1)).toBeNull();
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ stored: 1, 'while loading': 2 });
  });

  it('a refused write is reported, retried with the whole state, and the report cleared once it works', async () => {
    const { doc, persistence, problems, databases } = open();
    await settle();
    databases.faults.failWrites = true;
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    await settle(3);
    expect(problems.at(-1)).toMatchObject({ operation: 'write' });
    expect(persistence.saveState).toBe('failed');
    databases.faults.failWrites = false;
    for (let i = 0; i < 20 && persistence.saveState !== 'saved'; i += 1) await settle();
    expect(problems.at(-1)).toBeNull();
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('when storage is refused altogether, the doc works in memory and says so', async () => {
    const databases = memoryDatabases();
    databases.faults.refuseOpen = true;
    const { persistence, problems } = open(databases);
    await expect(persistence.whenReady).resolves.toBe('unavailable');
    expect(problems).toEqual([expect.objectContaining({ operation: 'open' })]);
  });

  it('many small edits are compacted into one stored state', async () => {
    const { doc, databases } = open();
    await settle();
    for (let i = 0; i < 600; i += 1) doc.getMap('m').set(`k${i}`, i);
    await settle(5);
    expect(databases.updates.get('story')!.length).toBeLessThan(200);
    expect(Object.keys(storedDoc(databases, 'story').getMap('m').toJSON())).toHaveLength(600);
  });
});

describe('compaction', () => {
  it('is left to the store (a worker): the page writes each edit as its own update and never a whole state', async () => {
    const { doc, databases } = open();
    await settle();
    const appended: number[] = [];
    for (let i = 0; i < COMPACT_AFTER + 100; i += 1) {
      const before = databases.updates.get('story')?.length ?? 0;
      doc.getMap('m').set(`k${i}`, i);
      await settle(1);
      appended.push((databases.updates.get('story')?.length ?? 0) - before);
    }
    await settle(3);
    expect(databases.replacements).toBe(0);
    expect(databases.compactions).toBe(1);
    // One update more per edit, except at the compaction, which replaced COMPACT_AFTER of them by its parts.
    expect(appended.filter((added) => added !== 1)).toHaveLength(1);
    expect(databases.updates.get('story')!.length).toBeLessThan(110);
    expect(Object.keys(storedDoc(databases, 'story').getMap('m').toJSON())).toHaveLength(COMPACT_AFTER + 100);
  });

  it('is done once a story read holds that many updates, with no edit needed', async () => {
    const databases = memoryDatabases();
    const first = open(databases, 'story', fast, undefined, 100);
    await settle();
    for (let i = 0; i < 5; i += 1) {
      first.doc.getMap('m').set(`k${i}`, i);
      await settle(1);
    }
    first.persistence.destroy();
    expect(databases.updates.get('story')).toHaveLength(5);
    const second = open(databases, 'story', fast, undefined, 5);
    await second.persistence.whenReady;
    await settle(2);
    expect(databases.compactions).toBe(1);
    expect(databases.updates.get('story')!.length).toBeLessThan(5);
    expect(Object.keys(storedDoc(databases, 'story').getMap('m').toJSON())).toHaveLength(5);
  });

  it('keeps the edits stored while it ran after its parts, every edit stored once', async () => {
    const databases = memoryDatabases();
    const { doc } = open(databases, 'story', fast, undefined, 5);
    await settle();
    const release = databases.holdCompactions();
    for (let i = 0; i < 5; i += 1) {
      doc.getMap('m').set(`k${i}`, i);
      await settle(1);
    }
    expect(databases.compactions).toBe(1);
    doc.getMap('m').set('meanwhile', 'kept');
    await settle(1);
    expect(databases.updates.get('story')).toHaveLength(6);
    const meanwhile = databases.updates.get('story')!.at(-1);
    release();
    await settle(2);
    const stored = databases.updates.get('story')!;
    expect(stored.length).toBeLessThan(6);
    expect(stored.at(-1)).toBe(meanwhile);
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, meanwhile: 'kept' });
  });

  it('loses nothing when the tab closes while it runs: the updates stay as they were', async () => {
    const databases = memoryDatabases();
    const first = open(databases, 'story', fast, undefined, 5);
    await settle();
    const release = databases.holdCompactions();
    for (let i = 0; i < 6; i += 1) {
      first.doc.getMap('m').set(`k${i}`, i);
      await settle(1);
    }
    const before = [...databases.updates.get('story')!];
    first.persistence.destroy();
    release();
    await settle(2);
    expect(databases.updates.get('story')).toEqual(before);
    const second = open(databases, 'story', fast, undefined, 5);
    await second.persistence.whenReady;
    expect(Object.keys(second.doc.getMap('m').toJSON())).toHaveLength(6);
  });

  it('when refused changes nothing stored, is not reported (every edit is stored), and is tried again', async () => {
    const databases = memoryDatabases();
    databases.faults.failCompactions = 1;
    const { doc, persistence, problems } = open(databases, 'story', fast, undefined, 5);
    await settle();
    for (let i = 0; i < 5; i += 1) {
      doc.getMap('m').set(`k${i}`, i);
      await settle(1);
    }
    expect(databases.compactions).toBe(1);
    expect(databases.updates.get('story')).toHaveLength(5);
    expect(problems).toEqual([]);
    expect(persistence.saveState).toBe('saved');
    await expect.poll(() => databases.compactions).toBe(2);
    await settle(2);
    expect(databases.updates.get('story')!.length).toBeLessThan(5);
    expect(Object.keys(storedDoc(databases, 'story').getMap('m').toJSON())).toHaveLength(5);
  });
});

describe('save state', () => {
  it('is saving from the edit until its write is stored, then saved', async () => {
    const { doc, persistence, databases } = open();
    await settle();
    expect(persistence.saveState).toBe('saved');
    const release = databases.holdWrites();
    doc.getMap('m').set('outlet', 'Edited Wire');
    expect(persistence.saveState).toBe('saving');
    await settle();
    expect(persistence.saveState).toBe('saving');
    release();
    await settle();
    expect(persistence.saveState).toBe('saved');
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ outlet: 'Edited Wire' });
  });

  it('an edit made while an earlier write is slow is written too when the tab closes before it ends', async () => {
    const { doc, persistence, databases } = open();
    await settle();
    const release = databases.holdWrites();
    doc.getMap('m').set('first', 1);
    await settle();
    doc.getMap('m').set('second', 2);
    await settle();
    // The tab goes (reload, close): only writes already begun can still reach the disk.
    persistence.destroy();
    release();
    await settle();
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ first: 1, second: 2 });
  });

  it('is failed while writes are refused and retried, and saved once the whole state is stored', async () => {
    const { doc, persistence, databases } = open(memoryDatabases(), 'story', manual);
    await settle();
    databases.faults.failWrites = true;
    doc.getMap('m').set('a', 1);
    await settle();
    expect(persistence.saveState).toBe('failed');
    doc.getMap('m').set('b', 2);
    await settle();
    expect(persistence.saveState).toBe('failed');
    databases.faults.failWrites = false;
    persistence.retryNow();
    await settle();
    expect(persistence.saveState).toBe('saved');
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('reading (or failing to read) with nothing edited is not unsaved work; an edit held back is', async () => {
    const databases = memoryDatabases();
    databases.faults.failReads = 1;
    const { doc, persistence } = open(databases, 'story', manual);
    expect(persistence.status).toBe('loading');
    expect(persistence.saveState).toBe('saved');
    await settle();
    expect(persistence.status).toBe('read-failed');
    expect(persistence.saveState).toBe('saved');
    doc.getMap('m').set('held', 1);
    expect(persistence.saveState).toBe('failed');
    persistence.retryNow();
    await settle();
    expect(persistence.saveState).toBe('saved');
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ held: 1 });
  });

  it('edits without storage at all are failed: they live in this tab only', async () => {
    const databases = memoryDatabases();
    databases.faults.refuseOpen = true;
    const { doc, persistence } = open(databases);
    await persistence.whenReady;
    expect(persistence.saveState).toBe('saved');
    doc.getMap('m').set('only here', 1);
    expect(persistence.saveState).toBe('failed');
  });

  it('tells its subscribers when the save state changes', async () => {
    const { doc, persistence, databases } = open();
    await settle();
    const seen: string[] = [];
    persistence.subscribe(() => {
      if (seen.at(-1) !== persistence.saveState) seen.push(persistence.saveState);
    });
    const release = databases.holdWrites();
    doc.getMap('m').set('a', 1);
    await settle();
    release();
    await settle();
    expect(seen).toEqual(['saving', 'saved']);
  });
});

describe('unload backup', () => {
  it('an edit whose write the closing page aborted is restored by the next page, stored, then forgotten', async () => {
    const databases = memoryDatabases();
    const storage = memoryStorage();
    const first = open(databases, 'story', fast, storageUnloadBackup('story', storage));
    first.doc.getMap('m').set('stored', 1);
    await settle();
    const release = databases.holdWrites();
    first.doc.getMap('m').set('outlet', 'Slow Disk Wire');
    await settle();
    // pagehide, then the browser aborts the write that had not finished.
    first.persistence.keepUnsaved();
    first.persistence.destroy();
    databases.faults.failWrites = true;
    release();
    await settle();
    databases.faults.failWrites = false;
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ stored: 1 });
    expect(storage.length).toBe(1);

    const second = open(databases, 'story', fast, storageUnloadBackup('story', storage));
    await second.persistence.whenReady;
    expect(second.doc.getMap('m').toJSON()).toEqual({ stored: 1, outlet: 'Slow Disk Wire' });
    await settle();
    expect(second.persistence.saveState).toBe('saved');
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ stored: 1, outlet: 'Slow Disk Wire' });
    expect(storage.length).toBe(0);
  });

  it('a page with every edit stored keeps nothing', async () => {
    const storage = memoryStorage();
    const { doc, persistence } = open(memoryDatabases(), 'story', fast, storageUnloadBackup('story', storage));
    doc.getMap('m').set('a', 1);
    await settle();
    persistence.keepUnsaved();
    expect(storage.length).toBe(0);
  });

  it('edits kept while writes were refused are restored after the refusal, and what was stored is not changed', async () => {
    const databases = memoryDatabases();
    const storage = memoryStorage();
    const first = open(databases, 'story', manual, storageUnloadBackup('story', storage));
    first.doc.getMap('m').set('title', 'Stored title');
    await settle();
    databases.faults.failWrites = true;
    first.doc.getMap('m').set('note', 'typed while the disk was full');
    await settle();
    expect(first.persistence.saveState).toBe('failed');
    first.persistence.keepUnsaved();
    first.persistence.destroy();
    databases.faults.failWrites = false;

    const second = open(databases, 'story', fast, storageUnloadBackup('story', storage));
    await settle();
    expect(storedDoc(databases, 'story').getMap('m').toJSON()).toEqual({ title: 'Stored title', note: 'typed while the disk was full' });
    expect(second.persistence.saveState).toBe('saved');
  });

  it('a kept value that is not an update is left where it is, and the rest still loads', async () => {
    const databases = memoryDatabases();
    const storage = memoryStorage();
    storage.setItem('crosscheck-unsaved:story:damaged', 'not base64 at all!');
    const { doc, persistence } = open(databases, 'story', fast, storageUnloadBackup('story', storage));
    await persistence.whenReady;
    doc.getMap('m').set('a', 1);
    await settle();
    expect(persistence.saveState).toBe('saved');
    expect(storage.getItem('crosscheck-unsaved:story:damaged')).toBe('not base64 at all!');
  });

  it('another database’s kept edits are not applied here', async () => {
    const storage = memoryStorage();
    storageUnloadBackup('other', storage).keep(Y.encodeStateAsUpdate(docWith('x', 1)));
    const { doc, persistence } = open(memoryDatabases(), 'story', fast, storageUnloadBackup('story', storage));
    await persistence.whenReady;
    expect(doc.getMap('m').toJSON()).toEqual({});
    expect(storage.length).toBe(1);
  });
});

function docWith(key: string, value: number): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return doc;
}

