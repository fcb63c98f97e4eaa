import { useClaimsStore } from '../../state/claims-store';
import { shorten } from './claim-labels';

/** Claims one analyst deleted while another edited them: both changes were kept; someone decides. */
export function DeletedWhileEdited() {
  const entries = useClaimsStore((state) => state.deletedWhileEdited);
  const claims = useClaimsStore((state) => state.claims);
  const restoreClaim = useClaimsStore((state) => state.restoreClaim);
  const deleteClaim = useClaimsStore((state) => state.deleteClaim);
  if (entries.length === 0) return null;
  return (
    <ul className="deleted-while-edited" aria-label="Claims deleted while being edited">
      {entries.map((entry) => (
        <li key={entry.claimId} className="panel-message">
          “{shorten(claims.get(entry.claimId)?.statement ?? '', 60)}” was deleted by {entry.deletedBy} while it was being edited; the edit is kept.{' '}
          <button type="button" className="button small" onClick={() => restoreClaim(entry.claimId)}>
            Restore
          </button>{' '}
          <button type="button" className="button small danger" onClick={() => deleteClaim(entry.claimId)}>
            Delete
          </button>
        </li>
      ))}
    </ul>
  );
}
