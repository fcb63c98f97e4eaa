import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useUiStore } from '../../state/ui-store';
import { useClaimNotice } from '../claims/claim-notice';
import { firstClear, marginTo, placementBoxes, SHOWN_PLACEMENTS, type AnnouncerPlacement, type ShownPlacement, type Viewport } from './announcer-placement';
import { isTyping } from './is-typing';

const VISIBLE_MS = 6000;

/**
 * The app's status line: visible for a few seconds (Esc hides it), in the corner over the claims
 * panel rather than over the text being read, and read out by screen readers. It moves away from
 * the field being typed in (the claim editor's Note sits in that corner). A message the Claims
 * panel's notice shows as well is only read out while that notice is in view.
 */
export function Announcer() {
  const announcement = useUiStore((s) => s.announcement);
  const claimNotice = useClaimNotice((s) => s.visibility);
  const [expiredNonce, setExpiredNonce] = useState<number | null>(null);
  useEffect(() => {
    if (!announcement) return;
    const timer = window.setTimeout(() => setExpiredNonce(announcement.nonce), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);
  const current = announcement !== null && announcement.nonce !== expiredNonce;
  const shown = current && !(announcement.alsoShownIn === 'claims-notice' && claimNotice !== 'off-screen');
  useEffect(() => {
    if (!shown) return;
    // Esc puts the message away at once (a dialog open at the time closes as well, as usual).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setExpiredNonce(announcement.nonce);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shown, announcement]);
  const { ref, placement } = useClearOfTyping(shown, announcement?.nonce);
  return (
    <div
      ref={ref}
      data-placement={placement}
      className={`announcer at-${placement} ${shown ? 'is-visible' : ''} ${announcement?.tone === 'error' ? 'is-error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {current ? announcement.text : ''}
    </div>
  );
}

/** The field that has the focus while `active`, if the user types in it; followed through focus events. */
function useTypingField(active: boolean): Element | null {
  const [field, setField] = useState<Element | null>(null);
  useEffect(() => {
    if (!active) return;
    const follow = () => {
      const focused = document.activeElement;
      setField(focused && isTyping(focused) ? focused : null);
    };
    follow();
    document.addEventListener('focusin', follow);
    document.addEventListener('focusout', follow);
    return () => {
      document.removeEventListener('focusin', follow);
      document.removeEventListener('focusout', follow);
    };
  }, [active]);
  return active ? field : null;
}

function useViewport(active: boolean): Viewport {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [viewport, setViewport] = useState<Viewport>(read);
  useEffect(() => {
    if (!active) return;
    const follow = () => setViewport((before) => {
      const now = read();
      return now.width === before.width && now.height === before.height ? before : now;
    });
    follow();
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, [active]);
  return viewport;
}

/**
 * The placement that keeps the status line off the focused field, followed while it is shown.
 * The field moves and grows as it is typed in, or when the panel's content shifts it without an
 * event of its own; one IntersectionObserver per placement, its root shrunk to that placement's
 * box, reports each time the field starts or stops overlapping it. The status line's own box is
 * read once per message, field and window size.
 */
function useClearOfTyping(shown: boolean, nonce: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<AnnouncerPlacement>('corner');
  const field = useTypingField(shown);
  const viewport = useViewport(shown);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!shown || !element || !field) return;
    // The placement the box was laid out in, read from the element so that the two always agree.
    const shownAt = (element.dataset.placement ?? 'corner') as AnnouncerPlacement;
    const { left, top, right, bottom } = element.getBoundingClientRect();
    const boxes = placementBoxes({ left, top, right, bottom }, shownAt, viewport);
    const covered = new Set<ShownPlacement>();
    const observers = SHOWN_PLACEMENTS.map((candidate) => {
      const observer = new IntersectionObserver(
        (entries) => {
          // A field that only touches the box's edge counts as covered: the observer reports no
          // change between touching and overlapping.
          if (entries.at(-1)!.isIntersecting) covered.add(candidate);
          else covered.delete(candidate);
          setPlacement(firstClear(covered));
        },
        { rootMargin: marginTo(boxes[candidate], viewport) },
      );
      observer.observe(field);
      return observer;
    });
    return () => {
      for (const observer of observers) observer.disconnect();
    };
  }, [shown, nonce, field, viewport]);
  return { ref, placement: field ? placement : 'corner' };
}
