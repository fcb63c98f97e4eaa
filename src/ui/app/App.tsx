import { SourcesPanel } from '../library/SourcesPanel';
import { StorageWarning } from '../library/StorageWarning';
import { AddDocumentButton } from '../library/AddDocumentButton';
import { ReaderView } from '../reader/ReaderView';
import { CompareView } from '../compare/CompareView';
import { OverviewView } from '../compare/OverviewView';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { SidePanel } from './SidePanel';
import { ExportMenu } from '../export/ExportMenu';
import { ImportButton } from '../export/ImportButton';
import { Announcer } from './Announcer';
import { KeysOverlay } from './KeysOverlay';
import { PanelTabs } from './PanelTabs';
import { HeaderMenu } from './HeaderMenu';
import { ClaimTools } from '../claims/ClaimTools';
import { useRoute, useStoryFromUrl } from './use-route';
import { StoryPicker } from './StoryPicker';
import { ShareControl } from '../share/ShareControl';
import { rememberComparison, useStoryView, type Comparison } from '../../state/story-view';
import { useUiStore } from '../../state/ui-store';
import { formatRoute, type Route } from './route';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { SaveStatus } from './SaveStatus';
import { useCopyDocumentText } from '../text/copy-document-text';

// Opening an invitation link is rare: its dialog loads apart from the initial JavaScript.
const JoinInvitation = lazy(() => import('../share/JoinInvitation').then((module) => ({ default: module.JoinInvitation })));
// The timeline reads dates with chrono-node: loaded when the view is first opened.
const TimelineView = lazy(() => import('../findings/TimelineView').then((module) => ({ default: module.TimelineView })));

/** Screens on which Sources is a drawer over the view (app.css says the same). */
const DRAWER_SCREENS = '(min-width: 800px) and (max-width: 1279px)';

const NAV: Array<{ label: string; route: Route; view: Route['view'] }> = [
  { label: 'Read', route: { view: 'read', docId: null }, view: 'read' },
  { label: 'Compare', route: { view: 'compare', docs: [], params: {} }, view: 'compare' },
  { label: 'Overview', route: { view: 'overview' }, view: 'overview' },
  { label: 'Timeline', route: { view: 'timeline' }, view: 'timeline' },
];

const VIEW_NAMES: Record<Route['view'], string> = { read: 'The reader', compare: 'The comparison', overview: 'The overview', timeline: 'The timeline' };

export function App() {
  const [route, navigate] = useRoute();
  useStoryFromUrl();
  useCopyDocumentText();
  const compareRoute = useCompareTabRoute(route);
  const sourcesShown = useUiStore((s) => s.sourcesShown[route.view]);
  const setSourcesShown = useUiStore((s) => s.setSourcesShown);
  const narrowPanel = useUiStore((s) => s.narrowPanel);
  const routeKey = formatRoute(route);
  useShowViewOnNavigation(routeKey, route);
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route: follow the link by moving focus, not by changing the hash.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <button
          type="button"
          className="button sources-toggle"
          aria-expanded={sourcesShown}
          aria-controls="sources-panel"
          onClick={() => setSourcesShown(route.view, !sourcesShown)}
        >
          {sourcesShown ? 'Hide sources' : 'Show sources'}
        </button>
        <div className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>Crosscheck</span>
        </div>
        <StoryPicker />
        <nav aria-label="Views" className="app-nav">
          {NAV.map((item) => (
            <button
              key={item.view}
              type="button"
              className="nav-tab"
              aria-current={route.view === item.view ? 'page' : undefined}
              onClick={() => navigate(item.view === 'compare' ? compareRoute : item.route)}
            >
              {item.label}
            </button>
          ))}
        </nav>
        <SaveStatus />
        <HeaderMenu>
          <ShareControl />
          <AddDocumentButton />
          <ImportButton />
          <ExportMenu />
          <KeysOverlay view={route.view} />
        </HeaderMenu>
      </header>
      <StorageWarning />
      <div className={`app-body ${sourcesShown ? '' : 'sources-hidden'} narrow-shows-${narrowPanel}`}>
        <aside id="sources-panel" className="app-sources" aria-label="Sources" hidden={!sourcesShown}>
          <SourcesPanel />
        </aside>
        <main id="main" className="app-main" tabIndex={-1}>
          <ViewErrorBoundary
            what={VIEW_NAMES[route.view]}
            resetKey={formatRoute(route)}
            backLabel="Back to the library"
            onBack={() => navigate({ view: 'read', docId: null })}
          >
            <MainView route={route} />
          </ViewErrorBoundary>
        </main>
        <aside className="app-side" aria-label="Claims and suggestions">
          <SidePanel />
        </aside>
      </div>
      <PanelTabs />
      <ClaimTools />
      <Suspense fallback={null}>
        <JoinInvitation />
      </Suspense>
      <Announcer />
    </div>
  );
}

/**
 * On a phone, opening a document or a comparison shows the view (the library's home shows the
 * sources); on a tablet, it closes the Sources drawer it was picked in. Wider screens keep
 * Sources beside the view.
 */
function useShowViewOnNavigation(routeKey: string, route: Route) {
  const view = route.view;
  // The library's home (no document open) is the list of sources.
  const home = route.view === 'read' && !route.docId;
  const showNarrowPanel = useUiStore((s) => s.showNarrowPanel);
  const setSourcesShown = useUiStore((s) => s.setSourcesShown);
  const first = useRef(true);
  useEffect(() => {
    showNarrowPanel(home ? 'sources' : 'view');
    // The first route is the one the app opened on: a drawer shown then was left open on purpose.
    if (first.current) {
      first.current = false;
      return;
    }
    if (window.matchMedia(DRAWER_SCREENS).matches) setSourcesShown(view, false);
  }, [routeKey, view, home, showNarrowPanel, setSourcesShown]);
}

/**
 * Where the header's Compare tab goes: the comparison on screen, else the ticked sources (2 to 4
 * side by side, 5 to 50 as variants),
 * else the story's last comparison, else the empty picker. A comparison shown is remembered.
 */
function useCompareTabRoute(route: Route): Route {
  const selection = useStoryView((state) => state.selection);
  const last = useStoryView((state) => state.lastComparison);
  const comparing = route.view === 'compare' && route.docs.length >= 2 ? route : null;
  const shown = comparing ? JSON.stringify({ docs: comparing.docs, params: comparing.params }) : null;
  useEffect(() => {
    if (shown) rememberComparison(JSON.parse(shown) as Comparison);
  }, [shown]);
  if (comparing) return comparing;
  if (last && last.docs.join(',') === selection.join(',')) return { view: 'compare', ...last };
  if (selection.length >= 2 && selection.length <= 4) return { view: 'compare', docs: selection, params: {} };
  if (selection.length > 4 && selection.length <= 50) return { view: 'compare', docs: selection, params: { view: 'variants' } };
  if (last && last.docs.length >= 2) return { view: 'compare', ...last };
  return { view: 'compare', docs: [], params: {} };
}

function MainView({ route }: { route: Route }) {
  switch (route.view) {
    case 'read':
      return <ReaderView docId={route.docId} />;
    case 'compare':
      return <CompareView docs={route.docs} params={route.params} />;
    case 'overview':
      return <OverviewView />;
    case 'timeline':
      return (
        <Suspense fallback={<p className="panel-message">Loading the timeline…</p>}>
          <TimelineView />
        </Suspense>
      );
  }
}
