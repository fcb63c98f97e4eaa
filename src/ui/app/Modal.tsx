import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  title: string;
  className?: string;
  /** When given, the dialog is a form and this runs on submit (Enter in a field). */
  onSubmit?: (event: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
  footer: ReactNode;
}

/**
 * A modal dialog: the native <dialog> (focus trapping, Escape and the backdrop come from the
 * platform), portalled to <body> so it never inherits the header's light-on-dark styles.
 */
export function Modal({ title, className, onSubmit, onClose, children, footer }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const content = (
    <>
      <div className="modal-header">
        <h2 id={titleId}>{title}</h2>
      </div>
      <div className="modal-body">{children}</div>
      <div className="modal-footer">{footer}</div>
    </>
  );
  return createPortal(
    <dialog ref={dialogRef} className={`modal ${className ?? ''}`} aria-labelledby={titleId} onClose={onClose}>
      {onSubmit ? (
        <form onSubmit={onSubmit} noValidate>
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>,
    document.body,
  );
}
