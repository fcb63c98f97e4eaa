import { lazy, Suspense } from 'react';
import { parseCompareSettings } from './compare-settings';

// The compare screens (word diff, virtualised rows, the variants apparatus) load on first use,
// keeping them out of the JavaScript every page load needs.
const CompareScreen = lazy(() => import('./CompareScreen').then((module) => ({ default: module.CompareScreen })));
const VariantsScreen = lazy(() => import('./VariantsScreen').then((module) => ({ default: module.VariantsScreen })));

export function CompareView(props: { docs: string[]; params: Record<string, string> }) {
  const variants = parseCompareSettings(props.params).layout === 'variants';
  return (
    <Suspense fallback={<p className="panel-message" role="status">Loading the compare view…</p>}>
      {variants ? <VariantsScreen {...props} /> : <CompareScreen {...props} />}
    </Suspense>
  );
}
