/**
 * Scrolls `element` into view within the panel that holds it, never the page around the app, so
 * the top bar stays in place. (`container` is newer than TypeScript's DOM types.)
 */
export function scrollIntoPanel(element: Element | null | undefined, block: ScrollLogicalPosition = 'nearest'): void {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const options: ScrollIntoViewOptions & { container: 'nearest' } = { block, container: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' };
  element?.scrollIntoView(options);
}
