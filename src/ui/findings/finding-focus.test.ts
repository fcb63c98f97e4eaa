// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusAfterDismiss, focusAfterRestore } from './finding-focus';

/** The panel's markup as SuggestionsPanel renders it: shown groups, then the dismissed section. */
function markup(shown: string[], dismissed: string[]): string {
  const card = (id: string, action: string) =>
    `<li class="finding-card" data-finding-id="${id}"><div class="finding-actions"><button>${action} ${id}</button></div></li>`;
  const dismissedSection = `<section class="finding-group dismissed-findings"><button>Show dismissed</button><ul>${dismissed.map((id) => card(id, 'Restore')).join('')}</ul></section>`;
  return `<section class="finding-group"><ul>${shown.map((id) => card(id, 'Accept')).join('')}</ul></section>${dismissed.length > 0 ? dismissedSection : ''}`;
}

function renderPanel(shown: string[], dismissed: string[]): HTMLElement {
  const panel = document.createElement('section');
  panel.innerHTML = markup(shown, dismissed);
  document.body.replaceChildren(panel);
  return panel;
}

/** React keeps the panel element and replaces what is inside it. */
function rerender(panel: HTMLElement, shown: string[], dismissed: string[]): void {
  panel.innerHTML = markup(shown, dismissed);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

afterEach(() => document.body.replaceChildren());

describe('focus after a suggestion card leaves', () => {
  it('moves to the card that takes the dismissed one’s place', async () => {
    const panel = renderPanel(['a', 'b', 'c'], []);
    focusAfterDismiss(panel, 'b');
    rerender(panel, ['a', 'c'], ['b']);
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Accept c');
  });

  it('moves to the card before when the last one is dismissed', async () => {
    const panel = renderPanel(['a', 'b'], []);
    focusAfterDismiss(panel, 'b');
    rerender(panel, ['a'], ['b']);
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Accept a');
  });

  it('moves to “Show dismissed” when no suggestion is left', async () => {
    const panel = renderPanel(['a'], []);
    focusAfterDismiss(panel, 'a');
    rerender(panel, [], ['a']);
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Show dismissed');
  });

  it('follows a restored card back into its group', async () => {
    const panel = renderPanel(['a'], ['b']);
    rerender(panel, ['a', 'b'], []);
    focusAfterRestore(panel, 'b');
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Accept b');
  });
});
