import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { keySectionsFor, type KeyView } from './keymap';
import { isTyping } from './is-typing';

/** `?` anywhere (outside a field) lists every key of the current view; Esc or Close hides it. */
export function KeysOverlay({ view }: { view: KeyView }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  return (
    <>
      <button type="button" className="button keys-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" title="Keyboard shortcuts (?)" onClick={() => setOpen(true)}>
        ?
      </button>
      {open
        ? createPortal(
            <dialog ref={dialog} className="modal keys-overlay" aria-labelledby={titleId} onClose={() => setOpen(false)}>
              <div className="modal-header">
                <h2 id={titleId}>Keys in this view</h2>
                <button type="button" className="button small" onClick={() => dialog.current?.close()}>
                  Close
                </button>
              </div>
              <div className="modal-body">
                {keySectionsFor(view).map((section) => (
                  <section key={section.title} className="keys-section">
                    <h3>{section.title}</h3>
                    <dl>
                      {section.lines.map((line) => (
                        <div key={line.does} className="keys-line">
                          <dt>
                            {line.keys.map((key) => (
                              <kbd key={key}>{key}</kbd>
                            ))}
                          </dt>
                          <dd>{line.does}</dd>
                        </div>
                      ))}
                    </dl>
                  </section>
                ))}
              </div>
            </dialog>,
            document.body,
          )
        : null}
    </>
  );
}
