import { lazy, Suspense } from 'react';

// The compare screen (word diff, virtualised rows) loads on first use, keeping it out of the
// JavaScript every page load needs.
const CompareScreen = lazy(() => import('./CompareScreen').then((module) => ({ default: module.CompareScreen })));

export function CompareView(props: { docs: string[]; params: Record<string, string> }) {
  return (
    <Suspense fallback={<p className="panel-message" role="status">Loading the compare view…</p>}>
      <CompareScreen {...props} />
    </Suspense>
  );
}
