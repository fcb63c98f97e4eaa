import { useStorageHealth } from '../../state/storage-health';

/** Saving problems of any persisted store: the analyst must know before closing the tab. */
export function StorageWarning() {
  const problems = useStorageHealth((state) => state.problems);
  const list = Object.values(problems);
  if (list.length === 0) return null;
  return (
    <div className="panel-message error storage-warning" role="alert">
      <strong>Changes may not be saved.</strong>
      <ul>
        {list.map((problem) => (
          <li key={problem.storeName}>{problem.message}</li>
        ))}
      </ul>
      <p>Keep this tab open and export your work (Export → Crosscheck project) before closing it.</p>
    </div>
  );
}
