import { lazy, Suspense, useRef, useState } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { useReturnFocus } from '../app/use-return-focus';
import { describePublished, formatWordCount, wordCountOf } from '../library/document-facts';
import { keptDetailsDraft } from './details-drafts';
import { RemoveDocumentButton } from './RemoveDocumentButton';
import { ReplaceTextButton } from './ReplaceTextButton';

// The date field reads typed dates with chrono-node: loaded when the analyst first edits details.
const EditDetailsForm = lazy(() => import('./EditDetailsForm').then((module) => ({ default: module.EditDetailsForm })));

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Title and details of the open document, with "Edit details" and "Remove". */
export function DocumentHeader({ document }: { document: SourceDocument }) {
  // Details typed and left unsaved on an earlier visit open again with the form.
  const [editing, setEditing] = useState(() => keptDetailsDraft(document.id) !== undefined);
  const editButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(editing, editButton);
  const published = describePublished(document);
  return (
    <header className="reader-header">
      <h1 id="reader-title" className="reader-title" tabIndex={-1}>{document.title}</h1>
      {editing ? (
        <Suspense fallback={<p className="panel-message">Opening the details…</p>}>
          <EditDetailsForm key={document.id} document={document} onDone={() => setEditing(false)} />
        </Suspense>
      ) : (
        <>
          <dl className="reader-meta">
            <div>
              <dt>Outlet</dt>
              <dd>{document.outlet || 'Unknown'}</dd>
            </div>
            <div>
              <dt>Published</dt>
              <dd>
                {published.date}
                {published.basis && <span className={`date-basis basis-${document.publishedBasis}`}>{published.basis}</span>}
              </dd>
            </div>
            {document.authors.length > 0 && (
              <div>
                <dt>Authors</dt>
                <dd>{document.authors.join(', ')}</dd>
              </div>
            )}
            <div>
              <dt>Language</dt>
              <dd>{languageName(document.language)}</dd>
            </div>
            <div>
              <dt>Length</dt>
              <dd>{formatWordCount(wordCountOf(document))}</dd>
            </div>
          </dl>
          {document.url && (
            <p className="reader-url">
              <a href={document.url} target="_blank" rel="noopener noreferrer">
                {document.url}
              </a>
            </p>
          )}
          {document.note && <p className="reader-note">{document.note}</p>}
          <div className="reader-actions">
            <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
            <ReplaceTextButton key={document.id} document={document} />
            <RemoveDocumentButton document={document} />
          </div>
        </>
      )}
    </header>
  );
}
