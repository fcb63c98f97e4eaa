// Where a tab that is going keeps the edits whose writes had not finished. IndexedDB writes are
// asynchronous and the browser aborts those not yet committed when the page goes (a reload, a
// closed tab, a slow disk); localStorage writes are synchronous, so `keep` in `pagehide` still
// lands. The next page that opens the same database applies what was kept (a Yjs update merges
// with what is stored, changing nothing already there) and forgets it once it is stored.
import { pageStorage } from './page-storage';

export interface UnloadBackup {
  /** Keeps `update` (this page's edits not yet known to be stored); best effort, never throws. */
  keep(update: Uint8Array): void;
  /** What pages before this one kept, each with a function that forgets it. */
  restore(): KeptUpdate[];
}

export interface KeptUpdate {
  update: Uint8Array;
  forget: () => void;
}

const PREFIX = 'crosscheck-unsaved:';
/** btoa takes a string of byte-valued characters; built a slice at a time to keep the stack small. */
const SLICE = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}

function decoded(text: string): Uint8Array | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The backup of database `name` in `storage`, one entry per page (two tabs never overwrite each other). */
export function storageUnloadBackup(name: string, storage: Storage | null = pageStorage()): UnloadBackup {
  const prefix = `${PREFIX}${name}:`;
  const ownKey = `${prefix}${crypto.randomUUID()}`;
  return {
    keep(update) {
      try {
        storage?.setItem(ownKey, toBase64(update));
      } catch {
        // Full or refused: the Leave-site prompt was the warning; nothing more can be done now.
      }
    },
    restore() {
      const kept: KeptUpdate[] = [];
      try {
        const keys: string[] = [];
        for (let i = 0; storage && i < storage.length; i += 1) {
          const key = storage.key(i);
          if (key?.startsWith(prefix) && key !== ownKey) keys.push(key);
        }
        for (const key of keys) {
          const value = storage?.getItem(key);
          // A value that is not base64 is not ours to apply or to delete: it stays as it is.
          const update = value ? decoded(value) : null;
          if (update) kept.push({ update, forget: () => storage?.removeItem(key) });
        }
      } catch {
        // Storage refused: nothing is restored, and nothing is lost from it either.
      }
      return kept;
    },
  };
}
