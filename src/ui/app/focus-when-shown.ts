/**
 * Frames to wait for a view to show an element after a route change (the hash change is handled
 * a task later, then React renders): about half a second, far more than the reader needs.
 */
const MAX_WAIT_FRAMES = 30;

/**
 * Focuses `find()` as soon as it exists, checking once per frame; if it never appears, focuses
 * `fallback()` instead so the focus does not stay on <body>. Returns a cancel function.
 */
export function focusWhenShown(find: () => HTMLElement | null, fallback: () => HTMLElement | null): () => void {
  let frame = 0;
  let handle = requestAnimationFrame(function attempt() {
    const target = find();
    if (target) target.focus();
    else if (frame >= MAX_WAIT_FRAMES) fallback()?.focus();
    else {
      frame += 1;
      handle = requestAnimationFrame(attempt);
    }
  });
  return () => cancelAnimationFrame(handle);
}
