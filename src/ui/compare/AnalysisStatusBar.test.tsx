// @vitest-environment jsdom
// Issue 18: the analysis runs once per content. A view that unmounts does not stop it (only Cancel
// or other documents do), and progress messages re-render the progress bar alone, not the views
// awaiting the result.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisProgress, AnalysisResult } from '../../core/model/analysis';
import { summarizeSources, type SourceOverview } from '../../core/overview/source-overview';
import type { AnalysisRun } from '../../data/analysis-runner';
import { useAnalysis } from '../../data/use-analysis';
import type { StoredDocument } from '../../state/documents-store';
import { useDocumentsStore } from '../../state/documents-store';
import { AnalysisStatusBar } from './AnalysisStatusBar';
import { OverviewScreen } from './OverviewScreen';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface FakeRun {
  report: (progress: AnalysisProgress) => void;
  finish: (result: AnalysisResult) => void;
  /** Settles the run's writes: null when the result was stored, else the browser's reason. */
  settleStorage: (refusal: string | null) => void;
  cancel: ReturnType<typeof vi.fn<() => void>>;
  supersede: ReturnType<typeof vi.fn<() => void>>;
}

const runs: FakeRun[] = [];
/** What the fake storage holds for any documents: the overview stored with their result, or none. */
let storedOverview: SourceOverview | null = null;

vi.mock('../../data/analysis-runner', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../data/analysis-runner')>();
  return {
    ...original,
    readStoredOverview: (storageKey: Promise<string>) => storageKey.then(() => storedOverview),
    startAnalysisRun: (_documents: unknown, _boilerplate: boolean, storageKey: Promise<string>, onProgress: (progress: AnalysisProgress) => void): AnalysisRun => {
      storageKey.catch(() => undefined);
      let finish: (result: AnalysisResult) => void = () => undefined;
      let fail: (error: Error) => void = () => undefined;
      const result = new Promise<AnalysisResult>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
      let settleStorage: (refusal: string | null) => void = () => undefined;
      const stored = new Promise<string | null>((resolve) => (settleStorage = resolve));
      const run: FakeRun = {
        report: onProgress,
        finish,
        settleStorage,
        cancel: vi.fn(() => fail(new original.AnalysisCancelledError())),
        supersede: vi.fn(() => fail(new original.AnalysisSupersededError())),
      };
      runs.push(run);
      return { result, stored, cancel: run.cancel, supersede: run.supersede };
    },
  };
});

const DOCUMENT: StoredDocument = {
  id: 'a',
  title: 'A',
  outlet: '',
  published: null,
  publishedBasis: null,
  language: 'en',
  note: '',
  url: null,
  authors: [],
  proposedFrom: {},
  text: 'Wang Yi met Sergey Lavrov in Jakarta on Thursday.',
  contentHash: 'hash-a',
  origin: { kind: 'pasted' },
  updatedAt: '2026-01-01T00:00:00.000Z',
  removedAt: null,
  addedAt: '2026-01-01T00:00:00.000Z',
};

const RESULT: AnalysisResult = {
  version: 1,
  documents: [{ id: 'a', title: 'A', published: null, length: DOCUMENT.text.length }],
  passages: {},
  groups: [],
  findings: [],
  overview: { ranked: [], heatMap: { docs: [], share: [] }, clusters: [] } as unknown as AnalysisResult['overview'],
};

let viewRenders = 0;

function AwaitingView() {
  const analysis = useAnalysis();
  return <p className="view">{analysis.status}</p>;
}

function StatusBar() {
  return <AnalysisStatusBar analysis={useAnalysis()} />;
}

let container: HTMLElement;
let root: Root;
let client: QueryClient;

function renderOverview() {
  act(() =>
    root.render(
      <QueryClientProvider client={client}>
        <OverviewScreen />
      </QueryClientProvider>,
    ),
  );
}

function render(showView: boolean) {
  act(() =>
    root.render(
      <QueryClientProvider client={client}>
        {showView && (
          <Profiler id="awaiting-view" onRender={() => (viewRenders += 1)}>
            <AwaitingView />
          </Profiler>
        )}
        <StatusBar />
      </QueryClientProvider>,
    ),
  );
}

beforeEach(() => {
  runs.length = 0;
  storedOverview = null;
  viewRenders = 0;
  client = new QueryClient();
  useDocumentsStore.setState({ documents: { a: DOCUMENT } });
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  client.clear();
});

describe('the analysis while views come and go', () => {
  it('sends progress to the progress bar only, and keeps running when the view awaiting it unmounts', async () => {
    render(true);
    expect(runs).toHaveLength(1);
    const run = runs[0] as FakeRun;
    const rendersBeforeProgress = viewRenders;
    act(() => run.report({ stage: 'aligning', done: 1, total: 1 }));
    act(() => run.report({ stage: 'finding', done: 1, total: 1 }));
    expect(container.querySelector('.analysis-stage')?.textContent).toBe('Looking for disagreements…');
    expect(viewRenders).toBe(rendersBeforeProgress);

    render(false);
    render(true);
    expect(run.cancel).not.toHaveBeenCalled();
    expect(run.supersede).not.toHaveBeenCalled();
    expect(runs).toHaveLength(1);

    await act(async () => run.finish(RESULT));
    await vi.waitFor(() => expect(container.querySelector('.view')?.textContent).toBe('ready'));
  });

  it('says so beside the result when the browser refused to store it, and nothing when it stored it', async () => {
    render(true);
    await act(async () => (runs[0] as FakeRun).finish(RESULT));
    await vi.waitFor(() => expect(container.querySelector('.view')?.textContent).toBe('ready'));
    await act(async () => (runs[0] as FakeRun).settleStorage(null));
    expect(container.querySelector('.analysis-status')).toBeNull();

    act(() => useDocumentsStore.setState({ documents: { a: { ...DOCUMENT, text: `${DOCUMENT.text} Again.`, contentHash: 'hash-a2' } } }));
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    await act(async () => (runs[1] as FakeRun).finish(RESULT));
    await act(async () => (runs[1] as FakeRun).settleStorage('QuotaExceededError: The quota has been exceeded.'));
    await vi.waitFor(() =>
      expect(container.querySelector('.analysis-status[role=status]')?.textContent).toBe(
        'The browser did not store this analysis (QuotaExceededError: The quota has been exceeded.); it is kept while this tab is open, and runs again after a reload.',
      ),
    );
  });

  it('stops when the analyst presses Cancel, and says so', async () => {
    render(true);
    const run = runs[0] as FakeRun;
    await act(async () => (container.querySelector('.analysis-status button') as HTMLButtonElement).click());
    expect(run.cancel).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(container.querySelector('.analysis-status')?.textContent).toContain('Analysis cancelled.'));
    expect(container.querySelector('.view')?.textContent).toBe('error');
  });
});

describe('the Overview after a reload', () => {
  const overview = summarizeSources(['a'], {}, [], 30);

  it('draws the overview stored with the result without reading the result or analysing', async () => {
    storedOverview = overview;
    renderOverview();
    await vi.waitFor(() => expect(container.querySelectorAll('.heat-map th[scope=row]')).toHaveLength(1));
    expect(container.querySelector('.analysis-status')).toBeNull();
    expect(runs).toHaveLength(0);
  });

  it('analyses, with progress and Cancel, when no overview of these documents is stored', async () => {
    renderOverview();
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(container.querySelector('.analysis-status button')?.textContent).toBe('Cancel');
    expect(container.querySelector('.heat-map')).toBeNull();
    await act(async () => (runs[0] as FakeRun).finish({ ...RESULT, overview }));
    await vi.waitFor(() => expect(container.querySelectorAll('.heat-map th[scope=row]')).toHaveLength(1));
    expect(container.querySelector('.analysis-status')).toBeNull();
  });
});
