import { useEffect, useRef, useState } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { useRoute } from '../app/use-route';
import { FilesTab } from './FilesTab';
import { PasteTab } from './PasteTab';

type Tab = 'paste' | 'files';

const TABS: Array<{ id: Tab; label: string }> = [
  { id: 'paste', label: 'Paste text' },
  { id: 'files', label: 'Files' },
];

/** The "Add documents" modal: paste one text, or choose or drop several files. */
export function AddDocumentDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (docId: string) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<Tab>('paste');
  const [, navigate] = useRoute();

  // The first new document opens in the reader, so the analyst sees what was added.
  const added = (documents: SourceDocument[]) => {
    if (documents[0]) onAdded(documents[0].id);
    onClose();
    if (documents[0]) navigate({ view: 'read', docId: documents[0].id });
  };

  // No close() on cleanup: unmounting removes the dialog from the top layer anyway, and a close
  // event from StrictMode's trial unmount would shut the dialog the analyst just opened.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const select = (next: Tab) => {
    setTab(next);
    document.getElementById(`add-tab-${next}`)?.focus();
  };

  return (
    <dialog ref={dialog} className="modal add-dialog" aria-labelledby="add-dialog-title" onClose={onClose}>
      <div className="modal-header">
        <h2 id="add-dialog-title">Add documents</h2>
        <button type="button" className="button small" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <div role="tablist" aria-label="How to add" className="add-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`add-tab-${t.id}`}
            type="button"
            role="tab"
            className="add-tab"
            aria-selected={tab === t.id}
            aria-controls={`add-tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') select(t.id === 'paste' ? 'files' : 'paste');
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`add-tabpanel-${tab}`} aria-labelledby={`add-tab-${tab}`}>
        {tab === 'paste' ? <PasteTab onAdded={added} onCancel={onClose} /> : <FilesTab onAdded={added} onCancel={onClose} />}
      </div>
    </dialog>
  );
}
