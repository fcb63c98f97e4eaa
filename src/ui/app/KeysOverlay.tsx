import { Suspense, useEffect, useState } from 'react';
import type { KeyView } from './keymap';
import { isTyping } from './is-typing';
import { lazyWhenIdle } from './lazy-when-idle';

const KeysDialog = lazyWhenIdle(async () => (await import('./KeysDialog')).KeysDialog);

/** `?` anywhere (outside a field) lists every key of the current view; Esc or Close hides it. */
export function KeysOverlay({ view }: { view: KeyView }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="button keys-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" title="Keyboard shortcuts (?)" onClick={() => setOpen(true)}>
        ?
      </button>
      {open ? (
        <Suspense fallback={null}>
          <KeysDialog view={view} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
