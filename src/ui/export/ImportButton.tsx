import { useEffect, useRef, useState } from 'react';
import { ImportDialog } from './ImportDialog';
import './export.css';

/** Header button that opens the import dialog (projects and Web Annotation files). */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The dialog unmounts on Import or Cancel, so the browser's own focus return never runs; the
  // button can take the focus only once the modal dialog (which makes the page inert) is gone.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
