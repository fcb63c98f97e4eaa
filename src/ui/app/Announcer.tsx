import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useUiStore } from '../../state/ui-store';
import { placeAnnouncer, type AnnouncerPlacement } from './announcer-placement';
import { isTyping } from './is-typing';

const VISIBLE_MS = 6000;

/**
 * The app's status line: visible for a few seconds (Esc hides it), in the corner over the claims
 * panel rather than over the text being read, and read out by screen readers. It moves away from
 * the field being typed in (the claim editor's Note sits in that corner).
 */
export function Announcer() {
  const announcement = useUiStore((s) => s.announcement);
  const [expiredNonce, setExpiredNonce] = useState<number | null>(null);
  useEffect(() => {
    if (!announcement) return;
    const timer = window.setTimeout(() => setExpiredNonce(announcement.nonce), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);
  const visible = announcement !== null && announcement.nonce !== expiredNonce;
  useEffect(() => {
    if (!visible) return;
    // Esc puts the message away at once (a dialog open at the time closes as well, as usual).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setExpiredNonce(announcement.nonce);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [visible, announcement]);
  const { ref, placement } = useClearOfTyping(visible, announcement?.nonce);
  return (
    <div
      ref={ref}
      data-placement={placement}
      className={`announcer at-${placement} ${visible ? 'is-visible' : ''} ${announcement?.tone === 'error' ? 'is-error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {visible ? announcement.text : ''}
    </div>
  );
}

/** The placement that keeps the status line off the focused field, followed while it is shown. */
function useClearOfTyping(visible: boolean, nonce: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<AnnouncerPlacement>('corner');
  useLayoutEffect(() => {
    if (!visible) return;
    const place = () => {
      const element = ref.current;
      if (!element) return;
      const focused = document.activeElement;
      const field = focused && isTyping(focused) ? focused.getBoundingClientRect() : null;
      // The placement the box was laid out in, read from the element so that the two always agree.
      const shownAt = (element.dataset.placement ?? 'corner') as AnnouncerPlacement;
      setPlacement(placeAnnouncer(element.getBoundingClientRect(), shownAt, field, { width: window.innerWidth, height: window.innerHeight }));
    };
    // Checked every frame while shown (six seconds at most): focus moves, a field grows as it is
    // typed in, and a panel's content shifts the field without any event to listen to.
    let frame = 0;
    const follow = () => {
      place();
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [visible, nonce]);
  return { ref, placement };
}
