import { useCallback, useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { checkNotEmpty, DEFAULT_LANGUAGE, draftFromPaste, PASTED_SOURCE, validateMeta, type DocumentDraft, type IngestProblem, type MetaDraft, type MetaErrors } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { pastedDrafts, type PastedDraft, type PastedDrafts } from '../../data/ingest/pasted-drafts';
import { useUiStore } from '../../state/ui-store';
import { DetailsFields } from './DetailsFields';
import { PastedTextField } from './PastedTextField';
import { todayIso } from './document-facts';
import { checkDrafts, useAddDrafts } from './use-add-drafts';

const META_FIELDS: readonly (keyof MetaDraft)[] = ['title', 'outlet', 'published', 'language', 'url', 'authors'];

const EMPTY: PastedDraft = { text: '', draft: draftFromPaste('') };

/** The latest text's draft, built in a worker; until it comes, the previous text's. */
function usePastedDraft(text: string): { drafted: PastedDraft; draftNow: () => Promise<PastedDraft> } {
  const drafts = useRef<PastedDrafts | null>(null);
  const [drafted, setDrafted] = useState(EMPTY);
  useEffect(() => {
    drafts.current = pastedDrafts();
    return () => drafts.current?.close();
  }, []);
  useEffect(() => {
    if (text === '') return;
    let current = true;
    drafts.current?.draft(text).then((next) => current && next.text === text && setDrafted(next));
    return () => {
      current = false;
    };
  }, [text]);
  const shown = text === '' ? EMPTY : drafted;
  const draftNow = async (): Promise<PastedDraft> => {
    if (shown.text === text) return shown;
    return drafts.current ? drafts.current.draft(text) : { text, draft: draftFromPaste(text) };
  };
  return { drafted: shown, draftNow };
}

/** Paste an article's text, confirm its details, add it. */
export function PasteTab({ onAdded, onCancel }: { onAdded: (documents: SourceDocument[]) => void; onCancel: () => void }) {
  const addDrafts = useAddDrafts();
  const announce = useUiStore((state) => state.announce);
  const [text, setText] = useState('');
  const [edited, setEdited] = useState<Partial<MetaDraft>>({});
  const [errors, setErrors] = useState<MetaErrors>({});
  const [problem, setProblem] = useState<IngestProblem | null>(null);
  // A second Add while a long text's draft is still coming would add it twice.
  const adding = useRef(false);

  // Title and date follow the text until the analyst types their own, proposed in a worker so
  // that a long paste never stalls typing.
  const { drafted, draftNow } = usePastedDraft(text);
  const proposed = drafted.draft;
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

  // The proposal comes from a worker, maybe while the analyst is in a field: a field keeps what it
  // showed once entered, so a proposal arriving then never changes it under the cursor.
  const keepEnteredField = (event: FocusEvent<HTMLDivElement>) => {
    const field = META_FIELDS.find((name) => event.target.id === `add-paste-${name}`);
    if (field && edited[field] === undefined) setEdited((current) => ({ ...current, [field]: values[field] }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (adding.current) return;
    adding.current = true;
    try {
      const { draft } = await draftNow();
      const nonEmpty = checkNotEmpty(draft.text, PASTED_SOURCE);
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
    } finally {
      adding.current = false;
    }
  };

  const changeText = useCallback((next: string) => {
    setText(next);
    setProblem(null);
  }, []);

  return (
    <form className="add-paste" onSubmit={submit} noValidate aria-label="Paste text">
      <div className="modal-body">
        <PastedTextField text={text} problemId={problem ? 'add-paste-problem' : null} onChange={changeText} />
        {problem && (
          <p id="add-paste-problem" className="panel-message error" role="alert">
            {problem.message}
          </p>
        )}
        <div onFocus={keepEnteredField}>
          <DetailsFields idPrefix="add-paste" values={values} errors={errors} warnings={warnings} proposal={proposed.proposal} details={proposed.details} onChange={(patch) => setEdited((e) => ({ ...e, ...patch }))} />
        </div>
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
