import { lazy, Suspense, useRef, useState } from 'react';
import { useReturnFocus } from '../app/use-return-focus';
import { ViewErrorBoundary } from '../app/ViewErrorBoundary';
import './export.css';

// Reading and planning an import (Web Annotation parsing, the merge plan, its preview) loads when
// the dialog first opens, keeping it out of the initial JavaScript.
const ImportDialog = lazy(() => import('./ImportDialog').then((module) => ({ default: module.ImportDialog })));

/** Header button that opens the import dialog (projects and Web Annotation files). */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, button);
  return (
    <>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import
      </button>
      {open && (
        <ViewErrorBoundary what="The import dialog" modal backLabel="Close" onBack={() => setOpen(false)}>
          <Suspense fallback={null}>
            <ImportDialog onClose={() => setOpen(false)} />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </>
  );
}
