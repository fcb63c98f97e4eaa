// Content that arrives while the analyst presses on the page (a mouse button, a finger) waits for
// the release: a block added above the text moves every word below it, and a click pressed on one
// word and released on another opens nothing, a drag selects other words than the ones it started
// on. Only what is drawn with the held value waits; nothing is dropped.
import { useState, useSyncExternalStore } from 'react';

let pressed = false;
const listeners = new Set<() => void>();

function setPressed(next: boolean): void {
  if (next === pressed) return;
  pressed = next;
  for (const listener of listeners) listener();
}

const press = () => setPressed(true);
const release = () => setPressed(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    document.addEventListener('pointerdown', press, true);
    document.addEventListener('pointerup', release, true);
    document.addEventListener('pointercancel', release, true);
    // A release outside the page may never reach it: leaving the window ends the press.
    window.addEventListener('blur', release);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    document.removeEventListener('pointerdown', press, true);
    document.removeEventListener('pointerup', release, true);
    document.removeEventListener('pointercancel', release, true);
    window.removeEventListener('blur', release);
    pressed = false;
  };
}

const isPressed = () => pressed;

/** `value` as it was when the current press began, while the page is pressed; `value` otherwise. */
export function useHeldWhilePressed<T>(value: T): T {
  const [held, setHeld] = useState(value);
  const down = useSyncExternalStore(subscribe, isPressed, () => false);
  if (down) return held;
  // Kept up to date while nothing is pressed (state derived during render, as React allows).
  if (held !== value) setHeld(() => value);
  return value;
}
