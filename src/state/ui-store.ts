import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type SidePanelTab = 'claims' | 'suggestions';

/** On a narrow screen one panel shows at a time, chosen in the tab bar. */
export type NarrowPanel = 'sources' | 'view' | 'claims';

/** A request to bring a span into view and flash it; the nonce makes repeated requests distinct. */
export interface FocusTarget {
  docId: string;
  start: number;
  end: number;
  nonce: number;
}

/** A place besides the status line that shows a message: the Claims panel's notice under its buttons. */
export type AnnouncementPlace = 'claims-notice';

/** The last text selection made in a document view; kept because clicking a button can collapse it. */
export type LastSelection = { kind: 'span'; docId: string; start: number; end: number } | { kind: 'across-documents' };

interface UiState {
  sidePanel: SidePanelTab;
  /** Whether the Sources panel is shown, by view; wide views start with it folded away. */
  sourcesShown: Record<'read' | 'compare' | 'overview' | 'timeline', boolean>;
  setSourcesShown: (view: keyof UiState['sourcesShown'], shown: boolean) => void;
  /** The claim shown open in the Claims panel, if any. */
  selectedClaimId: string | null;
  narrowPanel: NarrowPanel;
  showNarrowPanel: (panel: NarrowPanel) => void;
  /**
   * The last claim opened (or created), open or not: the one "Add to claim" and the status keys act
   * on. Remembered across reloads.
   */
  activeClaimId: string | null;
  focusTarget: FocusTarget | null;
  /**
   * A claim to bring into the Claims panel's view and focus, once the panel has rendered it (the
   * list renders only the claims on screen); the panel clears it when done.
   */
  claimToReveal: { claimId: string; nonce: number } | null;
  revealClaim: (claimId: string) => void;
  claimRevealed: () => void;
  /**
   * A short message for screen readers and the status line ("Claim created", errors…).
   * `alsoShownIn` names a place on screen that shows the same words: the status line then stays
   * out of sight while that place is in view, so that the message is seen once (and read once).
   */
  announcement: { text: string; tone: 'info' | 'error'; nonce: number; alsoShownIn: AnnouncementPlace | null } | null;
  showSidePanel: (tab: SidePanelTab) => void;
  selectClaim: (id: string | null) => void;
  focusSpan: (target: Omit<FocusTarget, 'nonce'>) => void;
  announce: (text: string, tone?: 'info' | 'error', alsoShownIn?: AnnouncementPlace) => void;
  lastSelection: LastSelection | null;
  setLastSelection: (selection: LastSelection | null) => void;
}

let nonce = 0;

/**
 * View state. Only the active claim is saved (in localStorage, synchronously, so the first render
 * already names it); the URL holds the rest of what must survive a reload.
 */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      sidePanel: 'claims',
      sourcesShown: { read: true, compare: false, overview: true, timeline: false },
      setSourcesShown: (view, shown) => set((state) => ({ sourcesShown: { ...state.sourcesShown, [view]: shown } })),
      selectedClaimId: null,
      narrowPanel: 'view',
      showNarrowPanel: (narrowPanel) => set({ narrowPanel }),
      activeClaimId: null,
      focusTarget: null,
      claimToReveal: null,
      revealClaim: (claimId) => set({ claimToReveal: { claimId, nonce: ++nonce } }),
      claimRevealed: () => set({ claimToReveal: null }),
      announcement: null,
      showSidePanel: (sidePanel) => set({ sidePanel }),
      selectClaim: (selectedClaimId) => set(selectedClaimId === null ? { selectedClaimId } : { selectedClaimId, activeClaimId: selectedClaimId }),
      focusSpan: (target) => set({ focusTarget: { ...target, nonce: ++nonce } }),
      announce: (text, tone = 'info', alsoShownIn) => set({ announcement: { text, tone, nonce: ++nonce, alsoShownIn: alsoShownIn ?? null } }),
      lastSelection: null,
      setLastSelection: (lastSelection) => set({ lastSelection }),
    }),
    {
      name: 'crosscheck-ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ activeClaimId: state.activeClaimId }),
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as { activeClaimId?: unknown };
        return { ...current, activeClaimId: typeof saved.activeClaimId === 'string' ? saved.activeClaimId : null };
      },
    },
  ),
);
