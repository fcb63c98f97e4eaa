// Copying from a view puts the document's own characters on the clipboard. The compare cells and
// the reader interleave screen-reader labels ("inserted:", "deleted:") and markers with the text,
// and the browser's copy takes them along: a quote pasted elsewhere would not be what the source wrote.
import { useEffect } from 'react';
import { ownValue } from '../../core/util/id-record';
import { useDocumentsStore } from '../../state/documents-store';
import { isTyping } from '../app/is-typing';
import { selectionToSpan } from './selection-span';

/** The text a selection in one document stands for, or null when it is not within one document. */
export function documentTextOfSelection(selection: Selection | null, textOf: (docId: string) => string | undefined): string | null {
  const outcome = selectionToSpan(selection);
  if (outcome.kind !== 'span') return null;
  const text = textOf(outcome.span.docId);
  return text === undefined || outcome.span.end > text.length ? null : text.slice(outcome.span.start, outcome.span.end);
}

/** Rewrites a copy made in one document's text (not in a field) to that document's characters. */
export function useCopyDocumentText(): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (!event.clipboardData || isTyping(event.target)) return;
      const text = documentTextOfSelection(window.getSelection(), (docId) => ownValue(useDocumentsStore.getState().documents, docId)?.text);
      if (text === null) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, []);
}
