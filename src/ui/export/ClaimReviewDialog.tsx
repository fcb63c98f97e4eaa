import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ClaimReviewOptions } from '../../core/formats';
import { checkHttpUrl } from '../../core/ingest/http-url';

interface Props {
  initial: ClaimReviewOptions | null;
  onExport: (options: ClaimReviewOptions) => void;
  onClose: () => void;
}

/** ClaimReview names who publishes the reviews; only the analyst knows, so we ask. */
export function ClaimReviewDialog({ initial, onExport, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [name, setName] = useState(initial?.author.name ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [error, setError] = useState<{ field: 'name' | 'url'; message: string } | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  /** The message is shown, and the focus goes to the field it is about, so it is typed in next. */
  const refuse = (field: 'name' | 'url', message: string) => {
    setError({ field, message });
    (field === 'name' ? nameInput : urlInput).current?.focus();
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      refuse('name', 'Enter the organisation or person publishing these reviews.');
      return;
    }
    if (url.trim() === '') {
      refuse('url', 'Enter the address of the page where the fact check is published; Google requires it.');
      return;
    }
    const checked = checkHttpUrl(url);
    if (!checked.ok) {
      refuse('url', checked.message);
      return;
    }
    onExport({ author: { name: name.trim() }, url: checked.url });
  };

  // Portalled to <body>: inside the header it would inherit the header's light-on-dark styles.
  return createPortal(
    <dialog ref={dialogRef} className="modal claim-review-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="modal-header">
          <h2 id={titleId}>Export ClaimReview</h2>
        </div>
        <div className="modal-body">
          <p className="muted">
            Each Consistent or Discrepant claim that a source carries becomes a schema.org ClaimReview; Unverified claims are left out.
          </p>
          <label className="field">
            Published by (organisation or person)
            <input ref={nameInput} value={name} required aria-invalid={error?.field === 'name'} onChange={(event) => setName(event.target.value)} />
          </label>
          <label className="field">
            Fact-check page URL
            <input ref={urlInput} type="url" value={url} required aria-invalid={error?.field === 'url'} placeholder="https://" onChange={(event) => setUrl(event.target.value)} />
          </label>
          {error && (
            <p className="panel-message error" role="alert">
              {error.message}
            </p>
          )}
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Download
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
