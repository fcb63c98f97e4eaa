// What this browser knows about sharing: per story, the relay and how we are let in (the desk
// secret for an owner, the invitation token for a guest), and the analyst's name and colour shown
// to the desk. Kept in localStorage, not in the story: tokens and secrets are personal and must
// never travel to the rest of the desk with the story's contents.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ShareRole } from '../core/share/invitation-token';

/**
 * `room` names the story on the relay: made at random when sharing starts, so that stories with the
 * same local id in two browsers (every sample story is "sample") never meet on a relay.
 */
export type StoryShare =
  | { kind: 'owner'; relay: string; room: string; secret: string }
  | { kind: 'guest'; relay: string; room: string; token: string; role: Exclude<ShareRole, 'owner'>; expires: number };

export interface DeskIdentity {
  name: string;
  colour: string;
}

interface ShareState {
  /** Null-prototype: story ids come from links and must not reach Object.prototype. */
  shares: Record<string, StoryShare>;
  identity: DeskIdentity | null;
  setShare: (storyId: string, share: StoryShare) => void;
  forgetShare: (storyId: string) => void;
  setIdentity: (identity: DeskIdentity) => void;
}

export const IDENTITY_COLOURS = ['#b5179e', '#1d6fa3', '#2a7d2e', '#a8550f', '#6a4c93', '#b00020'] as const;

const withoutPrototype = (entries: Record<string, StoryShare>): Record<string, StoryShare> => Object.assign(Object.create(null) as Record<string, StoryShare>, entries);

export const useShareStore = create<ShareState>()(
  persist(
    (set) => ({
      shares: withoutPrototype({}),
      identity: null,
      setShare: (storyId, share) => set((state) => ({ shares: withoutPrototype({ ...state.shares, [storyId]: share }) })),
      forgetShare: (storyId) =>
        set((state) => {
          const shares = withoutPrototype({ ...state.shares });
          delete shares[storyId];
          return { shares };
        }),
      setIdentity: (identity) => set({ identity }),
    }),
    {
      name: 'crosscheck-sharing',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<Pick<ShareState, 'shares' | 'identity'>>;
        return { ...current, identity: saved.identity ?? null, shares: withoutPrototype(saved.shares ?? {}) };
      },
    },
  ),
);
