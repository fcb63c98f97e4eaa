import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ViewErrorBoundary } from '../app/ViewErrorBoundary';
import { focusWhenShown } from '../app/focus-when-shown';
import './library.css';

// Readability and the date parser come with the dialog, loaded on first use.
const AddDocumentDialog = lazy(() => import('./AddDocumentDialog').then((module) => ({ default: module.AddDocumentDialog })));

/** The header's "Add documents" action; the dialog starts fresh each time it opens. */
export function AddDocumentButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const addedDocId = useRef<string | null>(null);
  // The dialog unmounts on Add or Cancel, so the browser's own focus return never runs and the
  // focus would fall to <body>. Once the modal (which makes the page inert) is gone, an added
  // document's heading takes the focus as the reader shows it; after a cancel, this button does.
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const docId = addedDocId.current;
    addedDocId.current = null;
    if (docId === null) {
      button.current?.focus();
      return;
    }
    return focusWhenShown(
      () => document.querySelector<HTMLElement>(`[data-reader-doc="${CSS.escape(docId)}"] h1`),
      () => document.getElementById('main'),
    );
  }, [open]);
  return (
    <>
      <button ref={button} type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Add documents
      </button>
      {/* Portalled out of the header so that the header's inverted button styles do not reach it. */}
      {open &&
        createPortal(
          <ViewErrorBoundary what="The add-document dialog" modal backLabel="Close" onBack={() => setOpen(false)}>
            <Suspense fallback={null}>
              <AddDocumentDialog
                onClose={() => setOpen(false)}
                onAdded={(docId) => {
                  addedDocId.current = docId;
                }}
              />
            </Suspense>
          </ViewErrorBoundary>,
          document.body,
        )}
    </>
  );
}
