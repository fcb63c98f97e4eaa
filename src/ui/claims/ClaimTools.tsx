import { SelectionToolbar } from './SelectionToolbar';
import { useClaimShortcuts } from './use-claim-shortcuts';
import { useSelectionTracker } from './use-selection-tracker';

/** The app-wide part of claims: selection memory, keyboard shortcuts, the floating toolbar. */
export function ClaimTools() {
  useSelectionTracker();
  useClaimShortcuts();
  return <SelectionToolbar />;
}
