import { useRef, useState } from 'react';
import { describeSpanCounts } from '../../core/anchoring';
import { contentHash } from '../../core/content-hash';
import { checkNotEmpty } from '../../core/ingest/decode-text';
import { DuplicateChecker, normaliseWhitespace } from '../../core/ingest/duplicates';
import type { SourceDocument } from '../../core/model/document';
import { getActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { latestReplacementReport } from '../../state/placement-reports';
import { useUiStore } from '../../state/ui-store';

/**
 * Replaces a document's text with an edited or corrected version (pasted or from a file); claims
 * citing it re-anchor to the new text.
 */
export function ReplaceTextButton({ document }: { document: SourceDocument }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const replaceText = useDocumentsStore((state) => state.replaceText);
  const announce = useUiStore((state) => state.announce);

  const open = () => {
    setText(document.text);
    setError(null);
    setIsOpen(true);
    dialog.current?.showModal();
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const { readDocumentFile } = await import('../../data/ingest/document-draft');
    const reading = await readDocumentFile(file);
    if (reading.status === 'rejected') setError(reading.problem.message);
    else {
      setText(reading.draft.text);
      setError(null);
    }
  };

  const confirm = async () => {
    const source = `The new text of “${document.title}”`;
    const nonEmpty = checkNotEmpty(text, source);
    if (!nonEmpty.ok) return setError(nonEmpty.problem.message);
    if (normaliseWhitespace(text) === normaliseWhitespace(document.text)) return setError(`${source} is the same as the current text (ignoring spacing).`);
    const others = getActiveDocuments().filter((other) => other.id !== document.id);
    const duplicate = new DuplicateChecker(others).check(text, source, document.title);
    if (!duplicate.ok) return setError(duplicate.problem.message);
    const before = latestReplacementReport(document.id);
    replaceText(document.id, text, await contentHash(text));
    dialog.current?.close();
    // Re-anchoring runs as the text changes; its report (also shown in the Claims panel) is new then.
    const report = latestReplacementReport(document.id);
    const evidence = report && report !== before ? ` Evidence: ${describeSpanCounts(report.spans)}.` : '';
    announce(`Text of “${document.title}” replaced.${evidence}`);
  };

  const titleId = `replace-title-${document.id}`;
  return (
    <>
      <button type="button" className="button" onClick={open}>
        Replace text…
      </button>
      <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={() => setIsOpen(false)}>
        <div className="modal-header">
          <h2 id={titleId}>Replace the text of “{document.title}”</h2>
        </div>
        {isOpen && (
          <div className="modal-body">
            <p className="muted">
              Use this for a corrected or updated version of the same article. Claims that cite it are re-anchored to the new text. Evidence that
              moved to another passage or was placed approximately is marked for review; evidence that cannot be found again is kept and marked
              orphaned.
            </p>
            <label className="field">
              New text
              <textarea value={text} rows={14} onChange={(event) => setText(event.target.value)} />
            </label>
            <label className="field">
              Or load the new version from a file (.txt, .md, .html)
              <input type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" onChange={(event) => void loadFile(event.target.files?.[0])} />
            </label>
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
          </div>
        )}
        <div className="modal-footer">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={() => void confirm()}>
            Replace text
          </button>
        </div>
      </dialog>
    </>
  );
}
