import { useEffect, useState } from 'react';
import { useUiStore } from '../../state/ui-store';

const VISIBLE_MS = 6000;

/** The app's status line: visible for a few seconds, and read out by screen readers. */
export function Announcer() {
  const announcement = useUiStore((s) => s.announcement);
  const [expiredNonce, setExpiredNonce] = useState<number | null>(null);
  useEffect(() => {
    if (!announcement) return;
    const timer = window.setTimeout(() => setExpiredNonce(announcement.nonce), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);
  const visible = announcement !== null && announcement.nonce !== expiredNonce;
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
