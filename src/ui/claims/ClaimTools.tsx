import { SelectionToolbar } from './SelectionToolbar';
import { useClaimShortcuts } from './use-claim-shortcuts';
import { useEvidenceClicks } from './use-evidence-clicks';
import { useSelectionTracker } from './use-selection-tracker';

/**
 * The app-wide part of claims: selection memory, keyboard shortcuts, clicks on highlighted evidence
 * and the floating toolbar.
 * The app shell mounts it once, so it works whichever side panel tab is open.
 */
export function ClaimTools() {
  useSelectionTracker();
  useClaimShortcuts();
  useEvidenceClicks();
  return <SelectionToolbar />;
}
