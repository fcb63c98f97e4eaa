// The browser bench's compacted stories: a story's stored updates rewritten as an earlier version
// compacted them (after 500 stored edits, or after a refused write): the whole state as one update,
// and no stored format. Driving 500 edits through the page at 5,000 documents would take longer
// than the rest of the bench; the app stores such a state again in parts once it has read it
// (update-stores' `outdated`), which is the state a compaction by this version leaves.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';

const STORY_PREFIX = 'crosscheck-story-';

/** The stored updates of every story database in the page, base64 (a page can hand over strings only). */
function readStories(page: Page): Promise<Array<{ name: string; updates: string[] }>> {
  // No named functions inside: tsx wraps them in a helper (__name) the page does not have.
  return page.evaluate(async (prefix) => {
    const stories = (await indexedDB.databases()).map(({ name }) => name ?? '').filter((name) => name.startsWith(prefix));
    return Promise.all(stories.map(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const request = db.transaction('updates', 'readonly').objectStore('updates').getAll() as IDBRequest<Uint8Array[]>;
      const updates = await new Promise<Uint8Array[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return {
        name,
        updates: updates.map((bytes) => {
          let binary = '';
          for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
          return btoa(binary);
        }),
      };
    }));
  }, STORY_PREFIX);
}

/** Rewrites each story database in the page as an earlier version's compaction left it. */
export async function compactAsEarlierVersion(page: Page): Promise<void> {
  for (const { name, updates } of await readStories(page)) {
    const whole = Y.mergeUpdates(updates.map((update) => Uint8Array.from(Buffer.from(update, 'base64'))));
    await page.evaluate(async ({ name, state }) => {
      const bytes = Uint8Array.from(atob(state), (char) => char.charCodeAt(0));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction(['updates', 'custom'], 'readwrite');
      transaction.objectStore('updates').clear();
      transaction.objectStore('updates').add(bytes);
      transaction.objectStore('custom').delete('crosscheck-format');
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }, { name, state: Buffer.from(whole).toString('base64') });
  }
}

/** Whether every story database in the page is stored in this version's format (2) again. */
export function storedInParts(page: Page): Promise<boolean> {
  return page.evaluate(async (prefix) => {
    const stories = (await indexedDB.databases()).map(({ name }) => name ?? '').filter((name) => name.startsWith(prefix));
    const formats = await Promise.all(stories.map(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const request = db.transaction('custom', 'readonly').objectStore('custom').get('crosscheck-format');
      const format = await new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return format;
    }));
    return formats.every((format) => format === 2);
  }, STORY_PREFIX);
}

