// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCompareKeys, type CompareKeyActions } from './use-compare-keys';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Stands in for the claim shortcuts: a bubble-phase window listener that honours defaultPrevented. */
const claimKeys: string[] = [];
function recordClaimKey(event: KeyboardEvent) {
  if (!event.defaultPrevented) claimKeys.push(event.key);
}

function mockActions() {
  return { next: vi.fn<() => void>(), previous: vi.fn<() => void>(), nextDifference: vi.fn<() => void>(), previousDifference: vi.fn<() => void>(), openSearch: vi.fn<() => void>(), focusColumn: vi.fn<(column: number) => void>() };
}
let actions: ReturnType<typeof mockActions> & CompareKeyActions;

function Harness() {
  useCompareKeys(actions, 4);
  return (
    <>
      <main>
        <div className="compare-row" tabIndex={0} data-testid="row" />
      </main>
      <aside className="app-side">
        <button type="button" data-testid="claim">
          Claim
        </button>
      </aside>
    </>
  );
}

let root: Root;
let host: HTMLDivElement;

beforeEach(() => {
  actions = mockActions();
  claimKeys.length = 0;
  window.addEventListener('keydown', recordClaimKey);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<Harness />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  window.removeEventListener('keydown', recordClaimKey);
});

function press(testId: string, key: string, altKey = false) {
  const target = host.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
  target.focus();
  const code = /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`;
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code, altKey, bubbles: true, cancelable: true }));
  });
}

describe('useCompareKeys', () => {
  it('takes Alt+1–4 and j/k/n in the compare view, so the claim shortcuts do not also act on them', () => {
    press('row', '2', true);
    press('row', 'j');
    press('row', 'k');
    press('row', 'n');
    press('row', 'N');
    press('row', '/');
    expect(actions.previousDifference).toHaveBeenCalledOnce();
    expect(actions.openSearch).toHaveBeenCalledOnce();
    expect(actions.focusColumn).toHaveBeenCalledWith(1);
    expect(actions.next).toHaveBeenCalledOnce();
    expect(actions.previous).toHaveBeenCalledOnce();
    expect(actions.nextDifference).toHaveBeenCalledOnce();
    expect(claimKeys).toEqual([]);
  });

  it('leaves plain digits to the claim shortcuts (the active claim’s status), wherever the focus is', () => {
    for (const key of ['1', '2', '3']) press('row', key);
    expect(actions.focusColumn).not.toHaveBeenCalled();
    expect(claimKeys).toEqual(['1', '2', '3']);
  });

  it('leaves digits and j/k/n pressed in the side panel to the claim shortcuts', () => {
    for (const key of ['1', '2', '3', 'j', 'k', 'n']) press('claim', key);
    expect(actions.focusColumn).not.toHaveBeenCalled();
    expect(actions.next).not.toHaveBeenCalled();
    expect(actions.previous).not.toHaveBeenCalled();
    expect(actions.nextDifference).not.toHaveBeenCalled();
    expect(claimKeys).toEqual(['1', '2', '3', 'j', 'k', 'n']);
  });
});
