import { useEffect, useRef, useState } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { TabList, type TabItem } from '../app/TabList';
import { useRoute } from '../app/use-route';
import { FilesTab } from './FilesTab';
import { PasteTab } from './PasteTab';
import { PASTE_FIELD_ID } from './PastedTextField';

type Tab = 'paste' | 'files';

const TABS: Array<TabItem<Tab>> = [
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
  // showModal() focuses the first control, the × in the header; the analyst came to paste, so the
  // text field takes the focus instead.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      element.showModal();
      element.querySelector<HTMLTextAreaElement>(`#${PASTE_FIELD_ID}`)?.focus();
    }
  }, []);

  return (
    <dialog ref={dialog} className="modal add-dialog" aria-labelledby="add-dialog-title" onClose={onClose}>
      <div className="modal-header">
        <h2 id="add-dialog-title">Add documents</h2>
        <button type="button" className="button small" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <TabList label="How to add" tabs={TABS} selected={tab} onSelect={setTab} idPrefix="add" className="add-tabs" tabClassName="add-tab" />
      <div role="tabpanel" id={`add-tabpanel-${tab}`} aria-labelledby={`add-tab-${tab}`}>
        {tab === 'paste' ? <PasteTab onAdded={added} onCancel={onClose} /> : <FilesTab onAdded={added} onCancel={onClose} />}
      </div>
    </dialog>
  );
}
