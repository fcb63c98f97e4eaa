import type { Locator, Page } from '@playwright/test';
import * as Y from 'yjs';

const STORY_PREFIX = 'crosscheck-story-';

/**
 * The app's IndexedDB as a test sees it: stories live in "crosscheck-workspace" and
 * "crosscheck-story-<id>" (Yjs updates); libraries of earlier versions under idb-keyval keys.
 */
export class BrowserStorage {
  constructor(private readonly page: Page) {}

  /**
   * Replaces everything the app stored by a library as an earlier version saved it
   * (`crosscheck-documents` / `crosscheck-claims` values), then opens the app, which migrates it.
   * Works from a same-origin page that does not run the app, so no database is held open.
   */
  async startFromLegacyLibrary(values: { documents?: unknown; claims?: unknown }, hash = '#/'): Promise<void> {
    await this.page.goto('/favicon.svg');
    await this.page.evaluate(async (legacy) => {
      const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
      for (const { name } of await indexedDB.databases()) {
        if (name) await new Promise<void>((resolve, reject) => {
          const deletion = indexedDB.deleteDatabase(name);
          deletion.onsuccess = () => resolve();
          deletion.onerror = () => reject(deletion.error);
          deletion.onblocked = () => reject(new Error(`database ${name} is still open`));
        });
      }
      const open = indexedDB.open('keyval-store');
      open.onupgradeneeded = () => open.result.createObjectStore('keyval');
      const db = await request(open);
      const transaction = db.transaction('keyval', 'readwrite');
      if (legacy.documents !== undefined) transaction.objectStore('keyval').put(legacy.documents, 'crosscheck-documents');
      if (legacy.claims !== undefined) transaction.objectStore('keyval').put(legacy.claims, 'crosscheck-claims');
      await new Promise<void>((resolve, reject) => ((transaction.oncomplete = () => resolve()), (transaction.onerror = () => reject(transaction.error))));
      db.close();
    }, values);
    await this.page.goto(`/${hash}`);
  }

  /**
   * Before the app starts: makes the app's databases refuse writes, and the next `failReads`
   * reads, while `window.__storageFaults` says so (kept across reloads of the tab). Call before
   * the first navigation.
   */
  async injectFaults(initial: { failWrites?: boolean; failReads?: number } = {}): Promise<void> {
    await this.page.addInitScript((start) => {
      const saved = sessionStorage.getItem('storage-faults');
      const faults = saved ? (JSON.parse(saved) as typeof start) : { failWrites: start.failWrites ?? false, failReads: start.failReads ?? 0 };
      (window as unknown as { __storageFaults: typeof faults }).__storageFaults = faults;
      const isStory = (store: IDBObjectStore) => store.transaction.db.name.startsWith('crosscheck-');
      for (const method of ['add', 'put'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (faults.failWrites && isStory(this)) throw new DOMException('Quota exceeded', 'QuotaExceededError');
          return original.apply(this, args);
        } as typeof original;
      }
      const getAll = IDBObjectStore.prototype.getAll;
      IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
        if ((faults.failReads ?? 0) > 0 && isStory(this)) {
          faults.failReads! -= 1;
          throw new DOMException('The read was refused.', 'UnknownError');
        }
        return getAll.apply(this, args);
      };
    }, initial);
  }

  /** With `thenClick`, clicks it in the same task of the page, so no timer of the app runs in between. */
  async setFaults(faults: { failWrites?: boolean; failReads?: number }, thenClick?: Locator): Promise<void> {
    await (thenClick ?? this.page.locator(':root')).evaluate((element, { next, click }) => {
      const current = Object.assign((window as unknown as { __storageFaults: object }).__storageFaults, next);
      sessionStorage.setItem('storage-faults', JSON.stringify(current));
      if (click) (element as HTMLElement).click();
    }, { next: faults, click: thenClick !== undefined });
  }

  /**
   * Before the app starts: lets `holdWrites` keep the app's write transactions open (a slow disk),
   * so that a reload or close arrives while a write is in flight. Call before the first navigation.
   */
  async allowSlowWrites(): Promise<void> {
    await this.page.addInitScript(() => {
      const slow = { held: false, open: 0 };
      (window as unknown as { __slowWrites: typeof slow }).__slowWrites = slow;
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
        const made = transaction.apply(this, args);
        if (!slow.held || args[1] !== 'readwrite' || !this.name.startsWith('crosscheck-')) return made;
        // The transaction stays open while the hold lasts: a request keeps it busy and each answer asks again.
        const store = made.objectStore(made.objectStoreNames[0]!);
        const commit = made.commit.bind(made);
        let commitAsked = false;
        made.commit = () => void (commitAsked = true);
        let open = true;
        const done = () => {
          if (open) slow.open -= 1;
          open = false;
        };
        slow.open += 1;
        const keepBusy = () => {
          if (slow.held) {
            store.count().onsuccess = keepBusy;
            return;
          }
          done();
          if (commitAsked) commit();
        };
        keepBusy();
        made.addEventListener('abort', done);
        return made;
      } as typeof transaction;
    });
  }

  /** Keeps every write begun from now on in flight until `releaseWrites` (see allowSlowWrites). */
  async holdWrites(): Promise<void> {
    await this.page.evaluate(() => ((window as unknown as { __slowWrites: { held: boolean } }).__slowWrites.held = true));
  }

  async releaseWrites(): Promise<void> {
    await this.page.evaluate(() => ((window as unknown as { __slowWrites: { held: boolean } }).__slowWrites.held = false));
  }

  /** How many of the app's writes are being held. */
  async heldWrites(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __slowWrites: { open: number } }).__slowWrites.open);
  }

  /** The number of stored updates of every story database. */
  storedUpdateCounts(): Promise<number[]> {
    return this.page.evaluate(async (prefix) => {
      const stories = (await indexedDB.databases()).map(({ name }) => name ?? '').filter((name) => name.startsWith(prefix));
      return Promise.all(stories.map(async (name) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const request = db.transaction('updates', 'readonly').objectStore('updates').count();
        const count = await new Promise<number>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        db.close();
        return count;
      }));
    }, STORY_PREFIX);
  }

  /**
   * Appends empty updates (they change nothing) to every story database until it holds `count`:
   * after a reload, the app's next stored edit is the one that compacts the story.
   */
  async padStoredUpdates(count: number): Promise<void> {
    const empty = Array.from(Y.encodeStateAsUpdate(new Y.Doc()));
    await this.page.evaluate(async ({ prefix, count, empty }) => {
      const stories = (await indexedDB.databases()).map(({ name }) => name ?? '').filter((name) => name.startsWith(prefix));
      for (const name of stories) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const transaction = db.transaction('updates', 'readwrite');
        const updates = transaction.objectStore('updates');
        const counted = updates.count();
        counted.onsuccess = () => {
          for (let stored = counted.result; stored < count; stored += 1) updates.add(Uint8Array.from(empty));
        };
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      }
    }, { prefix: STORY_PREFIX, count, empty });
  }
}
