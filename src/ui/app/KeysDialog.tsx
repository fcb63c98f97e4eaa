import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { keySectionsFor, type KeyView } from './keymap';

/** The list of every key of the current view, as a modal dialog; Esc or Close calls onClose. */
export function KeysDialog({ view, onClose }: { view: KeyView; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  return createPortal(
    <dialog ref={dialog} className="modal keys-overlay" aria-labelledby={titleId} onClose={onClose}>
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
  );
}
