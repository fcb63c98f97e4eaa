import { lazy, Suspense } from 'react';

// Loaded on first use, like the compare screen.
const OverviewScreen = lazy(() => import('./OverviewScreen').then((module) => ({ default: module.OverviewScreen })));

export function OverviewView() {
  return (
    <Suspense fallback={<p className="panel-message" role="status">Loading the overview…</p>}>
      <OverviewScreen />
    </Suspense>
  );
}
