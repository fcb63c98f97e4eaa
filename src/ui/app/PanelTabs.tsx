import { useUiStore, type NarrowPanel } from '../../state/ui-store';

const PANELS: Array<{ id: NarrowPanel; label: string }> = [
  { id: 'sources', label: 'Sources' },
  { id: 'view', label: 'View' },
  { id: 'claims', label: 'Claims' },
];

/** Below 800 px the panels take turns on the screen: this bar (hidden on wider screens) picks one. */
export function PanelTabs() {
  const shown = useUiStore((s) => s.narrowPanel);
  const show = useUiStore((s) => s.showNarrowPanel);
  return (
    <nav className="panel-tabs" aria-label="Panels">
      {PANELS.map((panel) => (
        <button key={panel.id} type="button" className="panel-tab" aria-pressed={shown === panel.id} onClick={() => show(panel.id)}>
          {panel.label}
        </button>
      ))}
    </nav>
  );
}
