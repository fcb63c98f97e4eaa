import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The header's actions (share, add, import, export, keys). From 1280 px they sit in the header;
 * below, one Menu button opens them as a panel under the header, so the header keeps to one line
 * on a tablet and to two on a phone.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    // A dialog opened from the menu stays open: only a press outside both closes the menu.
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node) && !document.querySelector('dialog[open]')) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  return (
    <div
      className="header-menu"
      ref={wrapper}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open || (event.target as Element).closest('dialog, [role="menu"]')) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button ref={toggle} type="button" className="button menu-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Menu
      </button>
      <div id={id} className={`app-actions${open ? ' is-open' : ''}`}>
        {children}
      </div>
    </div>
  );
}
