import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { checkNotEmpty, DEFAULT_LANGUAGE, draftFromText, validateMeta, type DocumentDraft, type IngestProblem, type MetaDraft, type MetaErrors } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { useUiStore } from '../../state/ui-store';
import { DetailsFields } from './DetailsFields';
import { todayIso } from './document-facts';
import { checkDrafts, useAddDrafts } from './use-add-drafts';

const PASTED = 'Pasted text';

/** Paste an article's text, confirm its details, add it. */
export function PasteTab({ onAdded, onCancel }: { onAdded: (documents: SourceDocument[]) => void; onCancel: () => void }) {
  const addDrafts = useAddDrafts();
  const announce = useUiStore((state) => state.announce);
  const [text, setText] = useState('');
  const [edited, setEdited] = useState<Partial<MetaDraft>>({});
  const [errors, setErrors] = useState<MetaErrors>({});
  const [problem, setProblem] = useState<IngestProblem | null>(null);

  // Title and date follow the text until the analyst types their own. Deferred: reading dates
  // from a long paste on every keystroke would make typing lag.
  const deferredText = useDeferredValue(text);
  const proposed = useMemo(() => draftFromText(deferredText.replace(/\r\n?/g, '\n'), PASTED, { kind: 'pasted' }), [deferredText]);
  const valuesFor = (draft: DocumentDraft): MetaDraft => ({
    title: edited.title ?? (draft.text.trim() ? draft.title : ''),
    outlet: edited.outlet ?? draft.outlet,
    published: edited.published ?? draft.published,
    language: edited.language ?? DEFAULT_LANGUAGE,
    url: edited.url ?? draft.url,
    authors: edited.authors ?? draft.authors,
  });
  const values = valuesFor(proposed);
  // Warnings show as the details change; errors wait for Add, so a half-typed field is not scolded.
  const { warnings } = validateMeta(values, todayIso());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = deferredText === text ? proposed : draftFromText(text.replace(/\r\n?/g, '\n'), PASTED, { kind: 'pasted' });
    const nonEmpty = checkNotEmpty(draft.text, PASTED);
    if (!nonEmpty.ok) {
      setProblem(nonEmpty.problem);
      return;
    }
    const confirmed = { ...draft, ...valuesFor(draft) };
    const [check] = checkDrafts([confirmed]);
    setProblem(check?.state === 'duplicate' ? check.problem : null);
    setErrors(check?.state === 'invalid' ? check.errors : {});
    if (check?.state !== 'ok') return;
    const added = await addDrafts([confirmed]);
    if (added[0]) announce(`Added “${added[0].title}”.`);
    onAdded(added);
  };

  return (
    <form className="add-paste" onSubmit={submit} noValidate aria-label="Paste text">
      <div className="modal-body">
        <label className="field" htmlFor="add-paste-text">
          Article text
          <textarea
            id="add-paste-text"
            rows={9}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'add-paste-problem' : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        {problem && (
          <p id="add-paste-problem" className="panel-message error" role="alert">
            {problem.message}
          </p>
        )}
        <DetailsFields idPrefix="add-paste" values={values} errors={errors} warnings={warnings} proposal={proposed.proposal} details={proposed.details} onChange={(patch) => setEdited((e) => ({ ...e, ...patch }))} />
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Add document
        </button>
      </div>
    </form>
  );
}
