import { useState } from 'react';
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
      {open && <AddDocumentDialog onClose={() => setOpen(false)} />}
    </>
  );
}
