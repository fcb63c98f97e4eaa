import type { SourceDocument } from '../../core/model/document';
import { DocumentHeader } from './DocumentHeader';
import { DocumentText } from './DocumentText';

/** One document in the reader: its details and actions, then its text. */
export function ReaderDocument({ document }: { document: SourceDocument }) {
  return (
    <article className="reader" aria-labelledby="reader-title" data-reader-doc={document.id}>
      <DocumentHeader document={document} />
      <DocumentText document={document} />
    </article>
  );
}
