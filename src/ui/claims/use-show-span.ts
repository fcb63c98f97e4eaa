import { useCallback } from 'react';
import { useUiStore } from '../../state/ui-store';
import { useRoute } from '../app/use-route';

export interface ShownSpan {
  docId: string;
  start: number;
  end: number;
}

/** Opens a span's document in the reader and brings the span into view, flashing it. */
export function useShowSpan(): (span: ShownSpan) => void {
  const focusSpan = useUiStore((s) => s.focusSpan);
  const [, navigate] = useRoute();
  return useCallback(
    (span: ShownSpan) => {
      navigate({ view: 'read', docId: span.docId });
      focusSpan(span);
    },
    [navigate, focusSpan],
  );
}
