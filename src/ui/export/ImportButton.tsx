import { useState } from 'react';
import { ImportDialog } from './ImportDialog';
import './export.css';

/** Header button that opens the import dialog (projects and Web Annotation files). */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
