import type { CSSProperties, Ref } from 'react';
import type { IngestProblem, MetaDraft } from '../../core/ingest';
import type { DraftCheck, ConfirmedDraft } from './use-add-drafts';
import { DetailsFields } from './DetailsFields';
import { formatWordCount } from './document-facts';

export type FileRow =
  | { key: string; fileName: string; status: 'ready'; draft: ConfirmedDraft }
  | { key: string; fileName: string; status: 'rejected'; problem: IngestProblem };

/** Where the virtual list puts the row, and how it measures it. */
export interface RowPlacement {
  ref: Ref<HTMLLIElement>;
  'data-index': number;
  'aria-posinset': number;
  'aria-setsize': number;
  style: CSSProperties;
}

interface Props {
  row: FileRow;
  check: DraftCheck | null;
  placement: RowPlacement;
  onChange: (key: string, patch: Partial<MetaDraft>) => void;
  onDiscard: (key: string) => void;
  onFocusRow: (key: string) => void;
}

/** Why the row's file cannot be added, if it cannot. */
export function rowProblem(row: FileRow, check: DraftCheck | null): IngestProblem | null {
  return row.status === 'rejected' ? row.problem : check?.state === 'duplicate' ? check.problem : null;
}

/** One chosen file: its proposed details to confirm, or why it cannot be added. */
export function FileRowItem({ row, check, placement, onChange, onDiscard, onFocusRow }: Props) {
  const problem = rowProblem(row, check);
  const problemId = `add-${row.key}-problem`;
  return (
    <li
      {...placement}
      className={`file-row ${problem ? 'is-rejected' : ''}`}
      aria-label={row.fileName}
      aria-describedby={problem ? problemId : undefined}
      onFocus={() => onFocusRow(row.key)}
    >
      <div className="file-row-header">
        <span className="file-name">{row.fileName}</span>
        {row.status === 'ready' && !problem && <span className="muted">{formatWordCount(row.draft.wordCount)}</span>}
        <button type="button" className="button small" onClick={() => onDiscard(row.key)} aria-label={`Remove ${row.fileName} from the list`}>
          Remove from list
        </button>
      </div>
      {problem ? (
        // Not an alert: rows mount again as the list scrolls, and each would be announced anew.
        <p id={problemId} className="field-error file-problem">
          Not added: {problem.message}
        </p>
      ) : (
        row.status === 'ready' && (
          <DetailsFields
            idPrefix={`add-${row.key}`}
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
