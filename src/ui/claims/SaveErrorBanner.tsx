import { useClaimsStore } from '../../state/claims-store';

/** Stays until a write succeeds: the analyst must know that closing the tab would lose work. */
export function SaveErrorBanner() {
  const saveError = useClaimsStore((s) => s.saveError);
  if (saveError === null) return null;
  return (
    <div className="panel-message error claims-save-error" role="alert">
      Changes are kept in this tab but could not be saved: {saveError}. Retrying…
    </div>
  );
}
