import { useRef } from 'react';
import type { Claim } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { useClaimsStore } from '../../state/claims-store';
import { useDocumentsStore } from '../../state/documents-store';
import { useRecentRemoval } from './recent-removal';

function claimsCiting(claims: readonly Claim[], docId: string): number {
  return claims.filter((claim) => claim.evidence.some((evidence) => evidence.docId === docId)).length;
}

/** Removes the document (undoable); asks first when claims cite it as evidence. */
export function RemoveDocumentButton({ document }: { document: SourceDocument }) {
  const removeDocument = useDocumentsStore((state) => state.removeDocument);
  const noteRemoved = useRecentRemoval((state) => state.noteRemoved);
  const citing = useClaimsStore((state) => claimsCiting(state.list, document.id));
  const dialog = useRef<HTMLDialogElement>(null);

  const remove = () => {
    dialog.current?.close();
    removeDocument(document.id);
    noteRemoved(document.id, document.title);
  };

  return (
    <>
      <button type="button" className="button danger" onClick={() => (citing > 0 ? dialog.current?.showModal() : remove())}>
        Remove
      </button>
      <dialog ref={dialog} className="modal confirm-remove" aria-labelledby={`remove-title-${document.id}`}>
        <div className="modal-header">
          <h2 id={`remove-title-${document.id}`}>Remove “{document.title}”?</h2>
        </div>
        <div className="modal-body">
          <p>
            This document is evidence in {citing} {citing === 1 ? 'claim' : 'claims'}; {citing === 1 ? 'it' : 'they'} will be kept and
            the evidence from this document marked orphaned. You can undo the removal for a few seconds afterwards.
          </p>
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Keep document
          </button>
          <button type="button" className="button danger" onClick={remove}>
            Remove document
          </button>
        </div>
      </dialog>
    </>
  );
}
