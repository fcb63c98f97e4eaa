import { Suspense, useRef, useState } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { currentStoryReadOnly } from '../../state/story-sharing';
import { removeSources, sourcesCount } from './source-actions';
import { lazyWhenIdle } from '../app/lazy-when-idle';
import { useReturnFocus } from '../app/use-return-focus';

const TransferDialog = lazyWhenIdle(async () => (await import('./TransferDialog')).TransferDialog);

interface Props {
  /** The ticked sources, in list order. */
  selected: SourceDocument[];
  onRemoved: () => void;
}

/** What can be done with the ticked sources besides comparing them: remove, move, copy. */
export function SelectionActions({ selected, onRemoved }: Props) {
  const [transfer, setTransfer] = useState<'move' | 'copy' | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  useReturnFocus(transfer !== null, opener);
  if (selected.length === 0) return null;
  const readOnly = currentStoryReadOnly();
  return (
    <div className="selection-actions" role="group" aria-label="Ticked sources">
      <button
        type="button"
        className="button small danger"
        disabled={readOnly}
        aria-keyshortcuts="Delete"
        title="Remove the ticked sources (Delete; Ctrl+Z brings them back)"
        onClick={() => {
          removeSources(selected.map((doc) => doc.id));
          onRemoved();
        }}
      >
        Remove {sourcesCount(selected.length)}
      </button>
      <button
        type="button"
        className="button small"
        disabled={readOnly}
        onClick={(event) => {
          opener.current = event.currentTarget;
          setTransfer('move');
        }}
      >
        Move to story…
      </button>
      <button
        type="button"
        className="button small"
        onClick={(event) => {
          opener.current = event.currentTarget;
          setTransfer('copy');
        }}
      >
        Copy to story…
      </button>
      {transfer && (
        <Suspense fallback={null}>
          <TransferDialog mode={transfer} documents={selected} onClose={() => setTransfer(null)} />
        </Suspense>
      )}
    </div>
  );
}
