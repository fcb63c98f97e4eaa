import { useEffect, useState, type RefObject } from 'react';
import { useUiStore } from '../../state/ui-store';
import { scrollIntoPanel } from '../app/scroll-into-panel';
import type { Highlight } from '../text/text-spans';

/** How long a focused span stays outlined after the flash animation. */
const FOCUS_VISIBLE_MS = 2500;
const FOCUS_KEY = 'focus';

/**
 * When the ui-store's focusTarget points into this document: a highlight for the span, scrolled
 * into view once rendered, then removed again.
 */
export function useFocusHighlight(docId: string, container: RefObject<HTMLElement | null>): Highlight | null {
  const target = useUiStore((state) => state.focusTarget);
  const [expired, setExpired] = useState<number | null>(null);
  const active = target && target.docId === docId && target.end > target.start ? target : null;

  useEffect(() => {
    if (!active) return;
    const frame = window.requestAnimationFrame(() => {
      scrollIntoPanel(container.current?.querySelector(`mark[data-highlight~="${FOCUS_KEY}"]`), 'center');
    });
    const timer = window.setTimeout(() => setExpired(active.nonce), FOCUS_VISIBLE_MS);
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [active, container]);

  if (!active || expired === active.nonce) return null;
  return { key: FOCUS_KEY, start: active.start, end: active.end, className: 'hl-focus', label: 'The passage you asked to see' };
}
