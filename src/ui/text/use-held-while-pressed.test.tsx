// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useHeldWhilePressed } from './use-held-while-pressed';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders the hook over `value`, and gives what it shows now and a way to change the value. */
function renderHeld(first: string) {
  let shown = '';
  function Probe({ value }: { value: string }) {
    shown = useHeldWhilePressed(value);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe value={first} />));
  return {
    shown: () => shown,
    change: (value: string) => act(() => root.render(<Probe value={value} />)),
    unmount: () => act(() => root.unmount()),
  };
}

const pointer = (type: string, target: EventTarget = document.body) => act(() => void target.dispatchEvent(new Event(type, { bubbles: true })));

describe('useHeldWhilePressed', () => {
  it('shows a value that arrives during a press only once the press ends', () => {
    const view = renderHeld('before');
    view.change('fresh');
    expect(view.shown()).toBe('fresh');
    pointer('pointerdown');
    view.change('during');
    expect(view.shown()).toBe('fresh');
    view.change('later still');
    expect(view.shown()).toBe('fresh');
    pointer('pointerup');
    expect(view.shown()).toBe('later still');
    view.unmount();
  });

  it('ends the press when it is cancelled or the window loses the focus', () => {
    const view = renderHeld('before');
    for (const [type, target] of [['pointercancel', document.body], ['blur', window]] as const) {
      pointer('pointerdown');
      view.change(`after ${type}`);
      expect(view.shown()).not.toBe(`after ${type}`);
      pointer(type, target);
      expect(view.shown()).toBe(`after ${type}`);
    }
    view.unmount();
  });
});
