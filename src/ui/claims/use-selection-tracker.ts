import { useEffect } from 'react';
import { useUiStore } from '../../state/ui-store';
import { selectionToSpan } from '../text/selection-span';

function insideDocumentText(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return Boolean(element?.closest('[data-doc-id]'));
}

/**
 * Remembers the last selection made in document text. A click into the panel (a field, a button)
 * may collapse the live selection, so the actions fall back to this; a click back into a document
 * forgets it, so an old selection is never used by surprise.
 */
export function useSelectionTracker(): void {
  const setLastSelection = useUiStore((s) => s.setLastSelection);
  useEffect(() => {
    const onSelectionChange = () => {
      const selection = window.getSelection();
      const outcome = selectionToSpan(selection);
      if (outcome.kind === 'span') setLastSelection({ kind: 'span', ...outcome.span });
      else if (outcome.kind === 'across-documents') setLastSelection(outcome);
      else if (insideDocumentText(selection?.anchorNode ?? null)) setLastSelection(null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [setLastSelection]);
}
