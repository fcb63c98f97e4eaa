import { Suspense } from 'react';
import { useDocument, useDocumentsStore } from '../../state/documents-store';
import { lazyWhenIdle } from '../app/lazy-when-idle';
import { ReaderWelcome } from './ReaderWelcome';
import { RemovalBanner } from './RemovalBanner';
import './reader.css';
import { ownValue } from '../../core/util/id-record';

// The first screen is the library's home: a document's reader loads apart, as the page goes idle.
const ReaderDocument = lazyWhenIdle(async () => (await import('./ReaderDocument')).ReaderDocument);

/** The reader (#/read/<id>): the whole document with its details, or guidance when none is open. */
export function ReaderView({ docId }: { docId: string | null }) {
  const document = useDocument(docId);
  const hydrated = useDocumentsStore((state) => state.hydrated);
  const removed = useDocumentsStore((state) => (docId ? ownValue(state.documents, docId)?.removedAt != null : false));

  let body: React.ReactNode;
  if (docId === null) body = <ReaderWelcome />;
  else if (document) {
    body = (
      <Suspense fallback={<p className="panel-message">Opening the document…</p>}>
        <ReaderDocument key={document.id} document={document} />
      </Suspense>
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
