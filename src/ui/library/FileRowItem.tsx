import type { IngestProblem, MetaDraft } from '../../core/ingest';
import type { DraftCheck, ConfirmedDraft } from './use-add-drafts';
import { DetailsFields } from './DetailsFields';
import { formatWordCount } from './document-facts';
import { countWords } from '../../core/ingest';

export type FileRow =
  | { key: string; fileName: string; status: 'ready'; draft: ConfirmedDraft }
  | { key: string; fileName: string; status: 'rejected'; problem: IngestProblem };

interface Props {
  row: FileRow;
  index: number;
  check: DraftCheck | null;
  onChange: (key: string, patch: Partial<MetaDraft>) => void;
  onDiscard: (key: string) => void;
}

/** One chosen file: its proposed details to confirm, or why it cannot be added. */
export function FileRowItem({ row, index, check, onChange, onDiscard }: Props) {
  const problem = row.status === 'rejected' ? row.problem : check?.state === 'duplicate' ? check.problem : null;
  return (
    <li className={`file-row ${problem ? 'is-rejected' : ''}`} aria-label={row.fileName}>
      <div className="file-row-header">
        <span className="file-name">{row.fileName}</span>
        {row.status === 'ready' && !problem && <span className="muted">{formatWordCount(countWords(row.draft.text))}</span>}
        <button type="button" className="button small" onClick={() => onDiscard(row.key)} aria-label={`Remove ${row.fileName} from the list`}>
          Remove from list
        </button>
      </div>
      {problem ? (
        <p className="field-error file-problem" role="alert">
          Not added: {problem.message}
        </p>
      ) : (
        row.status === 'ready' && (
          <DetailsFields
            idPrefix={`add-file-${index}`}
            values={row.draft}
            errors={check?.state === 'invalid' ? check.errors : {}}
            warnings={check && check.state !== 'duplicate' ? check.warnings : {}}
            proposal={row.draft.proposal}
            details={row.draft.details}
            onChange={(patch) => onChange(row.key, patch)}
          />
        )
      )}
    </li>
  );
}
