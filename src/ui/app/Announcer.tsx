import { useEffect, useState } from 'react';
import { useUiStore } from '../../state/ui-store';

const VISIBLE_MS = 6000;

/**
 * The app's status line: visible for a few seconds (Esc hides it), in the corner over the claims
 * panel rather than over the text being read, and read out by screen readers.
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
  return (
    <div
      className={`announcer ${visible ? 'is-visible' : ''} ${announcement?.tone === 'error' ? 'is-error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {visible ? announcement.text : ''}
    </div>
  );
}
