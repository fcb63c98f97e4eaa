import { useLayoutEffect, type RefObject } from 'react';
import { create } from 'zustand';

/** The claims panel's inline message: the outcome of the last claim action, shown beside its buttons. */
export interface ClaimNotice {
  text: string;
  tone: 'info' | 'error';
}

/**
 * Whether the notice can be seen: 'off-screen' when the Claims panel is not shown (another tab, a
 * narrow screen showing another panel) or is scrolled past it; 'unmeasured' between the panel's
 * first paint and the browser's first report, when it is taken as seen so that the status line
 * does not flash up with the same words.
 */
export type NoticeVisibility = 'on-screen' | 'off-screen' | 'unmeasured';

export const useClaimNotice = create<{ notice: ClaimNotice | null; visibility: NoticeVisibility }>()(() => ({ notice: null, visibility: 'off-screen' }));

/** At least half of the notice in view counts as seen: its first line is then readable. */
const SEEN_RATIO = 0.5;

/** Keeps the notice's visibility as the browser reports it (no layout is read here). */
export function useNoticeVisibility(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    useClaimNotice.setState({ visibility: 'unmeasured' });
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1)!;
        useClaimNotice.setState({ visibility: entry.isIntersecting && entry.intersectionRatio >= SEEN_RATIO ? 'on-screen' : 'off-screen' });
      },
      { threshold: [0, SEEN_RATIO] },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      useClaimNotice.setState({ visibility: 'off-screen' });
    };
  }, [ref]);
}
