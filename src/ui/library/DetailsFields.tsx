import { useState } from 'react';
import { authorsText, FIRST_LINE_URL, parseTypedDate, type MetaDraft, type MetaErrors, type MetaWarnings, type ProposedDate, type ProposedDetails } from '../../core/ingest';

const READS_AS = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What the date field's text will be saved as, said back to the analyst as they type. */
function datePreview(typed: string): string | null {
  const parsed = parseTypedDate(typed);
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'problem') return parsed.message;
  return `Reads as ${READS_AS.format(new Date(`${parsed.iso}T00:00:00Z`))}.`;
}

interface Props {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  values: MetaDraft;
  errors: MetaErrors;
  /** Shown under their field without blocking: the details can be saved as they are. */
  warnings?: MetaWarnings;
  onChange: (patch: Partial<MetaDraft>) => void;
  /** A date read from the text; marked as such while the field still holds it. */
  proposal?: ProposedDate | null;
  /** URL, outlet and authors read from the page or the text; each marked while its field still holds it. */
  details?: ProposedDetails;
}

/** "Proposed from og:site_name." while the field holds the proposal; nothing once the analyst changed it. */
function detailHint(from: string | undefined, kept: boolean): string | undefined {
  if (from === undefined || !kept) return undefined;
  if (from === FIRST_LINE_URL) return 'Taken from the first line of the text (that line is not kept in the text).';
  return `Proposed from ${from}.`;
}

interface FieldProps {
  id: string;
  className?: string;
  label: string;
  error: string | undefined;
  warning?: string | undefined;
  hint?: string | undefined;
  children: (describedBy: string | undefined) => React.ReactNode;
}

function Field({ id, className, label, error, warning, hint, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, warning && !error ? `${id}-warning` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field-wrap ${className}` : 'field-wrap'}>
      <label className="field" htmlFor={id}>
        {label}
        {children(describedBy)}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
      {warning && !error && (
        <span id={`${id}-warning`} className="field-warning">
          {warning}
        </span>
      )}
    </div>
  );
}

/** Title, outlet, publication date, language, URL and authors, with a message under each invalid field. */
export function DetailsFields({ idPrefix, values, errors, warnings = {}, onChange, proposal, details = {} }: Props) {
  // The field keeps what was typed; the draft gets the ISO date once the text reads as one (until
  // then the typed text, which validation refuses with the parser's message).
  const [typed, setTyped] = useState(values.published);
  const [sent, setSent] = useState(values.published);
  if (values.published !== sent) {
    setSent(values.published);
    setTyped(values.published);
  }
  const typeDate = (text: string) => {
    const parsed = parseTypedDate(text);
    const published = parsed.kind === 'date' ? parsed.iso : parsed.kind === 'empty' ? '' : text;
    setTyped(text);
    setSent(published);
    onChange({ published });
  };
  const proposed = proposal && values.published === proposal.date;
  const origin = proposal?.source === 'page-metadata' ? (proposal.from ?? 'the page’s metadata') : 'the text';
  const preview = datePreview(typed);
  const dateHint = [
    preview,
    proposed ? `Proposed from ${origin}: “${proposal.quote}”. Confirm or change it.` : 'As 2016-09-28, 28/09/2016 (day/month/year) or Sept. 28, 2016; empty if unknown.',
  ]
    .filter(Boolean)
    .join(' ');
  const outletKept = details.outlet !== undefined && values.outlet === details.outlet.value;
  const urlKept = details.url !== undefined && values.url === details.url.value;
  const authorsKept = details.authors !== undefined && values.authors === authorsText(details.authors.value);
  return (
    <div className="details-fields">
      <Field id={`${idPrefix}-title`} label="Title" error={errors.title}>
        {(describedBy) => (
          <input
            id={`${idPrefix}-title`}
            value={values.title}
            required
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ title: event.target.value })}
          />
        )}
      </Field>
      <div className="details-row">
        <Field id={`${idPrefix}-outlet`} label="Outlet" error={errors.outlet} hint={detailHint(details.outlet?.from, outletKept)}>
          {(describedBy) => (
            <input
              id={`${idPrefix}-outlet`}
              value={values.outlet}
              className={outletKept ? 'is-proposed' : undefined}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ outlet: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-published`} className="date-field" label="Publication date" error={errors.published} warning={warnings.published} hint={dateHint}>
          {(describedBy) => (
            <input
              id={`${idPrefix}-published`}
              type="text"
              inputMode="text"
              autoComplete="off"
              placeholder="DD/MM/YYYY"
              value={typed}
              className={proposed ? 'is-proposed' : undefined}
              aria-invalid={errors.published ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => typeDate(event.target.value)}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-language`} label="Language" error={errors.language}>
          {(describedBy) => (
            <input
              id={`${idPrefix}-language`}
              value={values.language}
              size={8}
              aria-invalid={errors.language ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ language: event.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="details-row">
        <Field id={`${idPrefix}-url`} label="URL" error={errors.url} hint={detailHint(details.url?.from, urlKept) ?? 'Where the text was published (http or https); empty if unknown.'}>
          {(describedBy) => (
            <input
              id={`${idPrefix}-url`}
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://"
              value={values.url}
              className={urlKept ? 'is-proposed' : undefined}
              aria-invalid={errors.url ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ url: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-authors`} className="authors-field" label="Authors" error={errors.authors} hint={detailHint(details.authors?.from, authorsKept) ?? 'Separate names with commas.'}>
          {(describedBy) => (
            <input
              id={`${idPrefix}-authors`}
              autoComplete="off"
              value={values.authors}
              className={authorsKept ? 'is-proposed' : undefined}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ authors: event.target.value })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
