import { create } from 'zustand';

/** How long "Undo" stays offered after a removal. */
export const UNDO_WINDOW_MS = 10_000;

interface RecentRemoval {
  removed: { id: string; title: string; nonce: number } | null;
  noteRemoved: (id: string, title: string) => void;
  dismiss: () => void;
}

let nonce = 0;

/** The last removed document, for the Undo banner; transient, the tombstone itself is persisted. */
export const useRecentRemoval = create<RecentRemoval>()((set) => ({
  removed: null,
  noteRemoved: (id, title) => set({ removed: { id, title, nonce: ++nonce } }),
  dismiss: () => set({ removed: null }),
}));
