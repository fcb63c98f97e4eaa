import { lazy, Suspense } from 'react';
import { useUiStore, type SidePanelTab } from '../../state/ui-store';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { TabList, type TabItem } from './TabList';
import { ViewErrorBoundary } from './ViewErrorBoundary';

// Loaded when first shown: the Claims tab is the one open at start.
const SuggestionsPanel = lazy(() => import('../findings/SuggestionsPanel').then((module) => ({ default: module.SuggestionsPanel })));

const TABS: Array<TabItem<SidePanelTab>> = [
  { id: 'claims', label: 'Claims' },
  { id: 'suggestions', label: 'Suggestions' },
];

export function SidePanel() {
  const tab = useUiStore((s) => s.sidePanel);
  const show = useUiStore((s) => s.showSidePanel);
  return (
    <div className="side-panel">
      <TabList label="Claims and suggestions" tabs={TABS} selected={tab} onSelect={show} idPrefix="side" className="side-tabs" tabClassName="side-tab" />
      <div role="tabpanel" id={`side-tabpanel-${tab}`} aria-labelledby={`side-tab-${tab}`} className="side-tabpanel">
        {tab === 'claims' ? (
          <ViewErrorBoundary what="The claims list" backLabel="Show suggestions" onBack={() => show('suggestions')}>
            <ClaimsPanel />
          </ViewErrorBoundary>
        ) : (
          <ViewErrorBoundary what="Suggestions" backLabel="Show claims" onBack={() => show('claims')}>
            <Suspense fallback={<p className="panel-message">Opening suggestions…</p>}>
              <SuggestionsPanel />
            </Suspense>
          </ViewErrorBoundary>
        )}
      </div>
    </div>
  );
}
