import { useEffect, useRef, useState, type FormEvent } from 'react';
import { authorsText, hasMetaErrors, sourcesOfKept, typedAuthors, typedUrl, validateMeta, type MetaDraft, type MetaErrors, type ProposedDetails } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { useDocumentsStore } from '../../state/documents-store';
import { useUiStore } from '../../state/ui-store';
import { DetailsFields } from '../library/DetailsFields';
import { todayIso } from '../library/document-facts';
import { dropDetailsDraft, keepDetailsDraft, keptDetailsDraft } from './details-drafts';

interface Props {
  document: SourceDocument;
  onDone: () => void;
}

/** The details as they were proposed when the document was added, for those still unchanged. */
function keptProposals(document: SourceDocument): ProposedDetails {
  const { url, outlet, authors } = document.proposedFrom;
  return {
    ...(url !== undefined && document.url !== null ? { url: { value: document.url, from: url } } : {}),
    ...(outlet !== undefined ? { outlet: { value: document.outlet, from: outlet } } : {}),
    ...(authors !== undefined ? { authors: { value: document.authors, from: authors } } : {}),
  };
}

/** Edits the document's details; a changed date counts as set by the analyst, a changed URL, outlet or author list as typed by them. */
export function EditDetailsForm({ document, onDone }: Props) {
  const updateMeta = useDocumentsStore((state) => state.updateMeta);
  const announce = useUiStore((state) => state.announce);
  const [saved] = useState<MetaDraft>(() => ({
    title: document.title,
    outlet: document.outlet,
    published: document.published ?? '',
    language: document.language,
    url: document.url ?? '',
    authors: authorsText(document.authors),
  }));
  const [kept] = useState(() => keptDetailsDraft(document.id));
  const [values, setValues] = useState<MetaDraft>(kept ?? saved);
  // Leaving the form by opening another source or view keeps what was typed (details-drafts.ts);
  // Save and Cancel are the two ways to close it on purpose.
  const latest = useRef({ values, closed: false });
  useEffect(() => {
    latest.current.values = values;
  }, [values]);
  useEffect(() => {
    const state = latest.current;
    return () => {
      if (state.closed) return;
      const changed = (Object.keys(saved) as Array<keyof MetaDraft>).some((field) => state.values[field] !== saved[field]);
      if (changed) keepDetailsDraft(document.id, state.values);
      else dropDetailsDraft(document.id);
    };
  }, [document.id, saved]);
  const close = () => {
    latest.current.closed = true;
    dropDetailsDraft(document.id);
    onDone();
  };
  const details = keptProposals(document);
  const form = useRef<HTMLFormElement>(null);
  // The form replaces the button that opened it: the focus goes to its first field, not to <body>.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);
  const [errors, setErrors] = useState<MetaErrors>({});
  // Warnings show as the analyst types and never stop Save.
  const { warnings } = validateMeta(values, todayIso());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors: found } = validateMeta(values, todayIso());
    setErrors(found);
    if (hasMetaErrors(found)) return;
    const published = values.published || null;
    const dateChanged = published !== document.published;
    const outlet = values.outlet.trim();
    const url = typedUrl(values.url);
    const authors = typedAuthors(values.authors);
    updateMeta(document.id, {
      title: values.title.trim(),
      outlet,
      url,
      authors,
      proposedFrom: sourcesOfKept(details, { url, outlet, authors }),
      language: values.language.trim(),
      published,
      publishedBasis: published === null ? null : dateChanged ? 'analyst' : document.publishedBasis,
    });
    announce(`Saved the details of “${values.title.trim()}”.`);
    close();
  };

  return (
    <form ref={form} className="edit-details" onSubmit={submit} noValidate aria-label="Edit details">
      {kept && <p className="panel-message">These are the changes you typed before leaving this source; they are not saved yet.</p>}
      <DetailsFields idPrefix={`edit-${document.id}`} values={values} errors={errors} warnings={warnings} details={details} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      <div className="edit-actions">
        <button type="submit" className="button primary">
          Save details
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
