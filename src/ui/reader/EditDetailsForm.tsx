import { useState, type FormEvent } from 'react';
import { hasMetaErrors, validateMeta, type MetaDraft, type MetaErrors } from '../../core/ingest/validate-meta';
import type { SourceDocument } from '../../core/model/document';
import { useDocumentsStore } from '../../state/documents-store';
import { useUiStore } from '../../state/ui-store';
import { DetailsFields } from '../library/DetailsFields';
import { todayIso } from '../library/document-facts';

interface Props {
  document: SourceDocument;
  onDone: () => void;
}

/** Edits title, outlet, date and language; a changed date counts as set by the analyst. */
export function EditDetailsForm({ document, onDone }: Props) {
  const updateMeta = useDocumentsStore((state) => state.updateMeta);
  const announce = useUiStore((state) => state.announce);
  const [values, setValues] = useState<MetaDraft>({
    title: document.title,
    outlet: document.outlet,
    published: document.published ?? '',
    language: document.language,
  });
  const [errors, setErrors] = useState<MetaErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateMeta(values, todayIso());
    setErrors(found);
    if (hasMetaErrors(found)) return;
    const published = values.published || null;
    const dateChanged = published !== document.published;
    updateMeta(document.id, {
      title: values.title.trim(),
      outlet: values.outlet.trim(),
      language: values.language.trim(),
      published,
      publishedBasis: published === null ? null : dateChanged ? 'analyst' : document.publishedBasis,
    });
    announce(`Saved the details of “${values.title.trim()}”.`);
    onDone();
  };

  return (
    <form className="edit-details" onSubmit={submit} noValidate aria-label="Edit details">
      <DetailsFields idPrefix={`edit-${document.id}`} values={values} errors={errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      <div className="edit-actions">
        <button type="submit" className="button primary">
          Save details
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
