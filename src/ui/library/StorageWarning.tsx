import { currentStoryDoc } from '../../state/current-story';
import { useClaimsStore } from '../../state/claims-store';
import { useDocumentsStore } from '../../state/documents-store';
import { useStorageHealth } from '../../state/storage-health';
import { SEED_ORIGIN } from '../../state/story-docs';
import { discardDamaged } from '../../state/story-edits';
import { storyMaps, type DamagedRecord } from '../../state/story-layout';
import { downloadFile } from '../export/download-file';

function exportDamaged(records: readonly DamagedRecord[]): void {
  const content = JSON.stringify(records.map(({ kind, key, problem, raw }) => ({ kind, key, problem, raw })), null, 2);
  downloadFile({ fileName: `crosscheck-damaged-records-${new Date().toISOString().slice(0, 10)}.json`, mimeType: 'application/json', content });
}

/**
 * The one storage banner: reads and saves that failed (with Retry while they are retried), and
 * records that could not be read, kept aside for export instead of being dropped.
 */
export function StorageWarning() {
  const problems = useStorageHealth((state) => state.problems);
  const damagedDocuments = useDocumentsStore((state) => state.damaged);
  const damagedClaims = useClaimsStore((state) => state.damaged);
  const list = Object.values(problems);
  const damaged = [...damagedDocuments, ...damagedClaims];
  if (list.length === 0 && damaged.length === 0) return null;
  return (
    <div className="storage-banners">
      {list.length > 0 && (
        <div className="panel-message error storage-warning" role="alert">
          <strong>Changes may not be saved.</strong>
          <ul>
            {list.map((problem) => (
              <li key={problem.storeName}>
                {problem.message}{' '}
                {problem.retry && (
                  <button type="button" className="button small" onClick={problem.retry}>
                    Retry
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p>Keep this tab open and export your work (Export → Crosscheck project) before closing it.</p>
        </div>
      )}
      {damaged.length > 0 && (
        <div className="panel-message error damaged-records" role="alert">
          <p>
            {damaged.length === 1
              ? '1 damaged record kept aside — it could not be read, so it is not shown; nothing was deleted.'
              : `${damaged.length} damaged records kept aside — they could not be read, so they are not shown; nothing was deleted.`}
          </p>
          <button type="button" className="button small" onClick={() => exportDamaged(damaged)}>
            Export them
          </button>{' '}
          <button
            type="button"
            className="button small"
            onClick={() => {
              const doc = currentStoryDoc();
              if (doc) discardDamaged(storyMaps(doc), SEED_ORIGIN, damaged);
            }}
          >
            Discard
          </button>
        </div>
      )}
    </div>
  );
}
