import { useUiStore, type SidePanelTab } from '../../state/ui-store';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { SuggestionsPanel } from '../findings/SuggestionsPanel';

const TABS: Array<{ id: SidePanelTab; label: string }> = [
  { id: 'claims', label: 'Claims' },
  { id: 'suggestions', label: 'Suggestions' },
];

export function SidePanel() {
  const tab = useUiStore((s) => s.sidePanel);
  const show = useUiStore((s) => s.showSidePanel);
  return (
    <div className="side-panel">
      <div role="tablist" aria-label="Claims and suggestions" className="side-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`side-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`side-tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="side-tab"
            onClick={() => show(t.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const next = TABS[(TABS.findIndex((x) => x.id === t.id) + 1) % TABS.length]!;
                show(next.id);
                document.getElementById(`side-tab-${next.id}`)?.focus();
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`side-tabpanel-${tab}`} aria-labelledby={`side-tab-${tab}`} className="side-tabpanel">
        {tab === 'claims' ? <ClaimsPanel /> : <SuggestionsPanel />}
      </div>
    </div>
  );
}
