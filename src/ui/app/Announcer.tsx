import { useEffect, useState } from 'react';
import { useUiStore } from '../../state/ui-store';

const VISIBLE_MS = 6000;

/** The app's status line: visible for a few seconds, and read out by screen readers. */
export function Announcer() {
  const announcement = useUiStore((s) => s.announcement);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!announcement) return;
    setVisible(true);
    const timer = window.setTimeout(() => setVisible(false), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);
  return (
    <div
      className={`announcer ${visible ? 'is-visible' : ''} ${announcement?.tone === 'error' ? 'is-error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {visible ? announcement?.text : ''}
    </div>
  );
}
