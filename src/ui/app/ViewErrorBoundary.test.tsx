// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from './ViewErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement | null = null;
let root: Root | null = null;

function Reader({ docId }: { docId: string }) {
  if (docId === 'broken') throw new URIError('URI malformed');
  return <p>Reading {docId}</p>;
}

function render(docId: string, onBack = () => {}) {
  container ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(container);
  act(() =>
    root!.render(
      <main>
        <ViewErrorBoundary what="The reader" resetKey={docId} backLabel="Back to the library" onBack={onBack}>
          <Reader docId={docId} />
        </ViewErrorBoundary>
      </main>,
    ),
  );
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  container = null;
  root = null;
  vi.restoreAllMocks();
});

describe('ViewErrorBoundary', () => {
  it('names what failed and why instead of blanking the page, and offers the way back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onBack = vi.fn();
    const page = render('broken', onBack);
    const alert = page.querySelector('[role="alert"]');
    expect(alert?.querySelector('h2')?.textContent).toBe('The reader could not be shown');
    expect(alert?.textContent).toContain('URI malformed. Your documents and claims are unchanged.');
    act(() => [...page.querySelectorAll('button')].find((button) => button.textContent === 'Back to the library')?.click());
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('shows the view again once the route changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(render('broken').textContent).toContain('could not be shown');
    expect(render('doc-1').textContent).toBe('Reading doc-1');
  });
});
