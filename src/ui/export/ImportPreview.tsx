import { describeSpanCounts, type PlacedSpan } from '../../core/anchoring';
import {
  defaultResolution, planItemKey, resolutionChoices, type ClaimPlanItem, type DocumentPlanItem, type ImportPlan, type Resolution,
} from '../../core/import-plan';
import type { ImportProblem } from '../../core/formats';
import type { ImportSource } from '../../core/formats/read-import-file';

interface Props {
  fileName: string;
  source: ImportSource;
  plan: ImportPlan;
  /** What the file does unusually but readably, e.g. offsets counted in UTF-16. */
  notices: ImportProblem[];
  /** How the file's spans were placed in the library's texts (Web Annotations only). */
  placements: PlacedSpan[];
  resolutions: Record<string, Resolution>;
  onResolve: (item: DocumentPlanItem | ClaimPlanItem, resolution: Resolution) => void;
}

const KIND_LABEL: Record<DocumentPlanItem['kind'], string> = {
  new: 'New',
  unchanged: 'Unchanged',
  mapped: 'Same text as a local document',
  missing: 'Text not included',
  changed: 'Changed',
  conflict: 'Conflict',
};

const RESOLUTION_LABEL: Record<Resolution, string> = {
  'keep-mine': 'Keep mine',
  'take-theirs': 'Take theirs',
  'keep-both': 'Keep both',
};

function details(item: DocumentPlanItem | ClaimPlanItem): string {
  switch (item.kind) {
    case 'changed':
    case 'conflict':
      return `Differs in: ${item.fields.join(', ')}`;
    case 'mapped':
      return `Evidence goes to “${item.localId}”`;
    case 'missing':
      return 'Its evidence stays orphaned until the document is added';
    default:
      return '';
  }
}

function ResolutionChoice({ item, resolutions, onResolve }: { item: DocumentPlanItem | ClaimPlanItem } & Pick<Props, 'resolutions' | 'onResolve'>) {
  const choices = resolutionChoices(item);
  if (choices.length === 0) return null;
  const label = 'statement' in item.incoming ? `Resolution for claim “${item.incoming.statement}”` : `Resolution for document “${item.incoming.title}”`;
  return (
    <select
      aria-label={label}
      value={resolutions[planItemKey(item)] ?? defaultResolution(item) ?? undefined}
      onChange={(event) => onResolve(item, event.target.value as Resolution)}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {RESOLUTION_LABEL[choice]}
        </option>
      ))}
    </select>
  );
}

/**
 * Rows listed per section of items that need no choice (new, or without text); items with a choice
 * are always listed. A project of 5,000 new documents rendered 5,000 rows before it could be confirmed.
 */
const MAX_LISTED_WITHOUT_CHOICE = 100;

/** The rows to list: every item with a choice, and the first of the others. */
function listedItems<T extends DocumentPlanItem | ClaimPlanItem>(items: readonly T[]): T[] {
  let without = 0;
  return items.filter((item) => resolutionChoices(item).length > 0 || (without += 1) <= MAX_LISTED_WITHOUT_CHOICE);
}

function count(items: Array<{ kind: string }>, kind: string): number {
  return items.filter((item) => item.kind === kind).length;
}

/** What an import would do, item by item (unchanged ones only counted), with a choice wherever both sides changed. */
export function ImportPreview({ fileName, source, plan, notices, placements, resolutions, onResolve }: Props) {
  const sections: Array<{ title: string; items: Array<DocumentPlanItem | ClaimPlanItem> }> = [
    { title: 'Documents', items: plan.documents },
    { title: 'Claims', items: plan.claims },
  ];
  return (
    <section aria-label="Import preview" className="import-preview">
      <p>
        <strong>{fileName}</strong> is a valid {source === 'project' ? 'Crosscheck project' : 'Web Annotation file'}. Review what it changes, then confirm.
      </p>
      <p className="import-summary" aria-label="Summary">
        {sections.map(({ title, items }) => (
          <span key={title}>
            {title}: {count(items, 'new')} new, {count(items, 'changed')} changed, {count(items, 'conflict')} conflicting, {count(items, 'unchanged')} unchanged
            {title === 'Documents' && count(items, 'mapped') + count(items, 'missing') > 0 && `, ${count(items, 'mapped') + count(items, 'missing')} without text`}
          </span>
        ))}
        {plan.newDismissedFindings.length > 0 && <span>Dismissed suggestions: {plan.newDismissedFindings.length} more</span>}
      </p>
      {notices.length > 0 && (
        <ul className="panel-message" aria-label="Notes on this file">
          {notices.map((notice) => (
            <li key={`${notice.path} ${notice.message}`}>{notice.message}</li>
          ))}
        </ul>
      )}
      {placements.length > 0 && (
        <p className="panel-message">
          Evidence placed in your library’s texts: {describeSpanCounts(placements)}.
          {placements.some((span) => span.fate === 'moved' || span.fate === 'approximate') ? ' Those to review are marked in their claims until you confirm or re-select them.' : ''}
        </p>
      )}
      {plan.orphanedEvidence > 0 && (
        <p className="panel-message">
          {plan.orphanedEvidence} evidence span{plan.orphanedEvidence === 1 ? ' points' : 's point'} at documents that are not in your library; they are kept and shown as
          orphaned until those documents are added.
        </p>
      )}
      {sections.map(({ title, items: all }) => {
        const changes = all.filter((item) => item.kind !== 'unchanged');
        const items = listedItems(changes);
        const unlisted = changes.length - items.length;
        return items.length === 0 ? null : (
          <div key={title} className="import-section">
            <h3>{title}</h3>
            <table className="import-table">
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col">{title === 'Claims' ? 'Statement' : 'Title'}</th>
                  <th scope="col">Details</th>
                  <th scope="col">Resolution</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={planItemKey(item)} data-import-item={planItemKey(item)} data-import-kind={item.kind}>
                    <td>
                      <span className={`import-kind import-kind-${item.kind}`}>{KIND_LABEL[item.kind]}</span>
                    </td>
                    <td>{'statement' in item.incoming ? item.incoming.statement : item.incoming.title}</td>
                    <td className="muted">{details(item)}</td>
                    <td>
                      <ResolutionChoice item={item} resolutions={resolutions} onResolve={onResolve} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {unlisted > 0 && (
              <p className="muted">
                …and {unlisted.toLocaleString('en')} more {title.toLowerCase()} that need no choice; they come in with the rest.
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
