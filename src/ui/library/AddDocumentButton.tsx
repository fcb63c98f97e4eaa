import { useState } from 'react';
import { createPortal } from 'react-dom';
import { AddDocumentDialog } from './AddDocumentDialog';
import './library.css';

/** The header's "Add document" action; the dialog starts fresh each time it opens. */
export function AddDocumentButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Add document
      </button>
      {/* Portalled out of the header so that the header's inverted button styles do not reach it. */}
      {open && createPortal(<AddDocumentDialog onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
