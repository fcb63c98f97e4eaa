// Where the keyboard focus goes when a suggestion card leaves under it (accepted, dismissed or
// restored): without this it falls to <body> and a keyboard user starts again from the top.

/** After React has committed the change the caller just made (it renders before the next frame). */
function afterRender(focus: () => void): void {
  requestAnimationFrame(focus);
}

const SHOWN_CARDS = '.finding-group:not(.dismissed-findings) .finding-card';

function firstAction(card: Element | undefined): HTMLElement | null {
  return card?.querySelector<HTMLElement>('.finding-actions button') ?? null;
}

/**
 * A dismissed card leaves the list: the focus goes to the card that takes its place, else the one
 * before it, else the "Show dismissed" button.
 */
export function focusAfterDismiss(panel: HTMLElement | null, findingId: string): void {
  if (panel === null) return;
  const before = [...panel.querySelectorAll(SHOWN_CARDS)];
  const index = before.findIndex((card) => card.getAttribute('data-finding-id') === findingId);
  afterRender(() => {
    const after = [...panel.querySelectorAll(SHOWN_CARDS)];
    const target = firstAction(after[Math.min(Math.max(index, 0), after.length - 1)]) ?? panel.querySelector<HTMLElement>('.dismissed-findings > button');
    target?.focus();
  });
}

/** A restored card moves back into its group: the focus follows it there. */
export function focusAfterRestore(panel: HTMLElement | null, findingId: string): void {
  if (panel === null) return;
  afterRender(() => {
    const card = [...panel.querySelectorAll(SHOWN_CARDS)].find((element) => element.getAttribute('data-finding-id') === findingId);
    firstAction(card)?.focus();
  });
}

/**
 * After a mark or mention opens its passage in the main view (unmounting the control that was
 * pressed): the main view takes the focus, without scrolling, so the next Tab starts there.
 */
export function focusMainView(): void {
  afterRender(() => document.getElementById('main')?.focus({ preventScroll: true }));
}
