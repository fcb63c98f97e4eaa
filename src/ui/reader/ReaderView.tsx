import { useDocument, useDocumentsStore } from '../../state/documents-store';
import { DocumentHeader } from './DocumentHeader';
import { DocumentText } from './DocumentText';
import { ReaderWelcome } from './ReaderWelcome';
import { RemovalBanner } from './RemovalBanner';
import './reader.css';
import { ownValue } from '../../core/util/id-record';

/** The reader (#/read/<id>): the whole document with its details, or guidance when none is open. */
export function ReaderView({ docId }: { docId: string | null }) {
  const document = useDocument(docId);
  const hydrated = useDocumentsStore((state) => state.hydrated);
  const removed = useDocumentsStore((state) => (docId ? ownValue(state.documents, docId)?.removedAt != null : false));

  let body: React.ReactNode;
  if (docId === null) body = <ReaderWelcome />;
  else if (document) {
    body = (
      <article className="reader" aria-labelledby="reader-title" key={document.id} data-reader-doc={document.id}>
        <DocumentHeader document={document} />
        <DocumentText document={document} />
      </article>
    );
  } else if (!hydrated) body = <p className="panel-message">Opening the library…</p>;
  else {
    body = (
      <>
        <p className="panel-message">
          {removed ? 'This document was removed from the library.' : `There is no document “${docId}” in the library; it may have been removed in another tab.`}
        </p>
        <ReaderWelcome />
      </>
    );
  }
  return (
    <div className="reader-view">
      <RemovalBanner />
      {body}
    </div>
  );
}
